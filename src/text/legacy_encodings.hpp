// SPDX-License-Identifier: MIT
// The legacy Vietnamese encodings ICU has no converter for, read with tables of our own: TCVN3 (the
// "ABC" fonts, VN3 of TCVN 5712:1993), VNI (the VNI-Windows fonts, a vowel's marks in a byte after it)
// and VISCII. A character is one byte, or two in VNI: decode() builds the text and its map to the
// input's bytes from them, as it does from an ICU converter's offsets.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace chidao::detail {

enum class legacy_encoding { tcvn3, vni, viscii };

/// The encoding `name` names ("tcvn3", "tcvn5712-3", "vni", "vni-windows", "viscii"; case, '-' and '_'
/// ignored), or none: then it is an ICU converter's name, or no encoding's.
[[nodiscard]] std::optional< legacy_encoding > legacy_encoding_named( std::string_view name ) noexcept;

/// The name messages use: "tcvn3", "vni", "viscii".
[[nodiscard]] std::string_view name_of( legacy_encoding encoding ) noexcept;

/// The character at `bytes[at]` (`at` < `bytes.size()`).
struct legacy_character {
   char16_t code_point;  // every character of these encodings is in the BMP; not_a_character: none
   std::size_t length;   // bytes it takes: 1, or 2 for a VNI vowel and the byte of its marks
   bool stray_mark;      // VNI: a mark byte that follows no vowel it goes on (not_a_character then)
};

/// U+FFFF, a noncharacter no table holds: the byte is not a character in the encoding.
inline constexpr char16_t not_a_character = 0xFFFF;

[[nodiscard]] legacy_character read_legacy( legacy_encoding encoding, std::string_view bytes, std::size_t at ) noexcept;

}  // namespace chidao::detail
