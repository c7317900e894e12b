// SPDX-License-Identifier: MIT
// The input as a person reads it, for views that show the text itself (the HTML page): valid UTF-8
// whatever the input's encoding, with a way between its offsets and the input's bytes, which every
// span counts. No ICU type in this header, so that the writers may use it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chidao::detail {

struct decoded_text;

/// Whether `text` is well-formed UTF-8 as ICU's U8_NEXT reads it (RFC 3629: no overlong form, no surrogate,
/// no code point above U+10FFFF, no sequence cut short). decode() asks first, and looks at characters
/// only when the answer is no.
[[nodiscard]] bool is_valid_utf8( std::string_view text ) noexcept;

/// Whether the writers may show `original`'s own bytes as its text: UTF-8 (no encoding given, no UTF-16 or
/// UTF-32 byte order mark) and valid. Else its text is a readable_text's.
[[nodiscard]] bool is_utf8_as_given( std::string_view original, const std::string& encoding ) noexcept;

class readable_text {
public:
   /// Decodes `bytes` as parse() does (`encoding` as in parse_options; empty: UTF-8, or UTF-16 by its
   /// byte order mark), a byte order mark dropped and anything invalid shown as U+FFFD. Throws
   /// chidao::error for an unknown encoding.
   readable_text( std::string_view bytes, const std::string& source, const std::string& encoding );
   /// The same, from what decode() made of `bytes` (leniently or not).
   readable_text( std::string_view bytes, decoded_text&& decoded );

   [[nodiscard]] const std::string& utf8() const noexcept { return utf8_; }

   /// Where input byte `at` falls in utf8(): an offset inside a character that was converted or
   /// replaced maps to that character's start, an offset past the input to the end.
   [[nodiscard]] std::size_t from_input( std::size_t at ) const;
   /// The input byte where utf8() offset `at` falls (a character's start maps to its first byte).
   [[nodiscard]] std::size_t to_input( std::size_t at ) const;
   /// utf8() of input bytes [begin, end).
   [[nodiscard]] std::string_view between( std::size_t begin, std::size_t end ) const;

   /// The input byte where text starting at input byte `begin` has read `nfc`, a text in NFC (a
   /// marker, which chidao gives in NFC, over an input written with combining tone marks or in
   /// another encoding); `begin` when the text there does not read as `nfc`.
   [[nodiscard]] std::size_t end_of( std::size_t begin, std::string_view nfc ) const;

private:
   // Where the two texts differ: a byte order mark dropped, a character converted or replaced.
   // Between regions they move in step, byte for byte.
   struct region {
      std::size_t input_begin, input_end, text_begin, text_end;
   };
   std::string utf8_;
   std::size_t input_size_ = 0;
   std::vector< region > regions_;  // in order of both offsets
};

}  // namespace chidao::detail
