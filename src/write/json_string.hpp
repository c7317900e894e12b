// SPDX-License-Identifier: MIT
// A string as a JSON string literal, appended to `out`: the bytes nlohmann's dump() writes for it
// (ensure_ascii off, invalid UTF-8 replaced by U+FFFD), without building a JSON value first.
#pragma once

#include <string>
#include <string_view>

namespace chidao::detail {

void append_json_string( std::string& out, std::string_view text );

}  // namespace chidao::detail
