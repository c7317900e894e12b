// SPDX-License-Identifier: MIT
#pragma once

namespace chidao {

/// The library version, "MAJOR.MINOR.PATCH".
[[nodiscard]] const char* version() noexcept;

/// The version of the ICU library chidao runs with, "72.1": its Unicode data decide normalization and case.
[[nodiscard]] const char* icu_version() noexcept;

/// The version of the JSON contract ("chidao": N in every document).
inline constexpr int json_contract_version = 1;

}  // namespace chidao
