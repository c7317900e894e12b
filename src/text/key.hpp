// SPDX-License-Identifier: MIT
// A name's key, for counting names across pages: the same name written in another case, another
// Unicode form or the other tone placement ("Các chuyên gia", "các chuyên gia"; "Uỷ ban", "Ủy ban")
// has the same key. No ICU type in this header, so that the writers may use it.
#pragma once

#include <string>
#include <string_view>

namespace chidao::detail {

/// `utf8` lower-cased (ICU case folding), in NFC, with old-style tone placement moved ("hoà" → "hòa")
/// and unusual spaces made plain: the text the grammar matches. Invalid UTF-8 becomes U+FFFD first.
[[nodiscard]] std::string name_key( std::string_view utf8 );

}  // namespace chidao::detail
