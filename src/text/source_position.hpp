// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "chidao/error.hpp"

namespace chidao::detail {

/// Line and column (in code points) of byte `offset` of `bytes`, counting LF, CRLF and CR as line ends.
/// Used only on error paths, so it rescans.
[[nodiscard]] source_position position_of( std::string_view bytes, std::size_t offset, std::string source );

}  // namespace chidao::detail
