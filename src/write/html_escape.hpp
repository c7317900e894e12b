// SPDX-License-Identifier: MIT
// HTML escaping shared by the page writer and the CLI's index of pages: scraped text is never markup.
#pragma once

#include <string>
#include <string_view>

namespace chidao::detail {

/// Appends `text` escaped for an element or a double-quoted attribute; NUL and invalid UTF-8 become U+FFFD.
void escape_to( std::string& out, std::string_view text );
[[nodiscard]] std::string escaped( std::string_view text );

}  // namespace chidao::detail
