// SPDX-License-Identifier: MIT
// The input and the texts chidao reads it as, in one object: the only way from the grammar's offsets
// back to the input. Three texts:
//   original    the bytes as given; every span counts them;
//   utf8        the input as UTF-8 in NFC, where a node's texts are cut from: the input itself when it
//               is UTF-8 (invalid sequences read leniently stay as they are), else its conversion;
//   normalized  what the grammar reads (normalize(): line ends, case, tone placement).
// and two maps from the normalized text: to the original bytes and to utf8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chidao/document.hpp"
#include "parse/events.hpp"
#include "text/decode.hpp"
#include "text/normalize.hpp"
#include "text/offset_map.hpp"
#include "text/readable.hpp"

namespace chidao::detail {

class source_text {
public:
   /// Decodes (see decode(), which may throw chidao::error) and normalizes `original`, which must
   /// outlive this object.
   source_text( std::string_view original, bool lenient, const std::string& name, const std::string& encoding );

   source_text( const source_text& ) = delete;
   source_text& operator=( const source_text& ) = delete;

   [[nodiscard]] std::string_view original() const noexcept { return original_; }
   [[nodiscard]] std::string_view utf8() const noexcept { return utf8_; }
   [[nodiscard]] const std::string& normalized() const noexcept { return normalized_.text; }
   /// What decoding found: replaced runs of invalid bytes, the hint for a doubtful encoding.
   [[nodiscard]] const decoded_text& decoded() const noexcept { return decoded_; }

   /// The original bytes a normalized range came from: a start inside a rewritten character moves to
   /// the character's start, an end to its end.
   [[nodiscard]] span to_original( text_range r ) const
   {
      return { normalized_.map.to_source_begin( r.begin ), normalized_.map.to_source_end( r.end ) };
   }
   /// The text a normalized range came from, in utf8().
   [[nodiscard]] std::string_view text( text_range r ) const
   {
      const std::size_t begin = utf8_map().to_source_begin( r.begin );
      return utf8_.substr( begin, utf8_map().to_source_end( r.end ) - begin );
   }
   /// Normalized offsets → utf8() offsets (the grammar looks there for capitals).
   [[nodiscard]] const offset_map& utf8_map() const noexcept { return converted_map_ ? *converted_map_ : normalized_.map; }

   /// Whether the input is valid UTF-8 read as it is: spans in code points or UTF-16 units then count
   /// the input itself (a UTF-8 byte order mark included, as Python's "utf-8" codec keeps it).
   [[nodiscard]] bool read_as_given() const noexcept
   {
      return !decoded_.converted && decoded_.replaced.empty() && decoded_.runs_beyond == 0;
   }
   /// The decoded text with its way back to the input (a BOM dropped, each maximal invalid subpart one
   /// U+FFFD): what spans in other units count when the input is not read as given. Made on demand.
   [[nodiscard]] readable_text decoded_text_view() const { return readable_text( original_, decoded_text( decoded_ ) ); }

private:
   std::string_view original_;
   decoded_text decoded_;
   normalized_text normalized_;
   std::string converted_;                      // converted input: decoded_.utf8 in NFC (windows-1258 keeps tones as marks)
   std::optional< offset_map > converted_map_;  // converted input: normalized → converted_
   std::string_view utf8_;
};

/// Rewrites `doc`'s spans, parsed from `source`, from bytes into `unit`, counted in the text as
/// `source` decoded it (as chidao::convert_offsets(), without decoding again). In src/write/offsets.cpp.
void convert_offsets( document& doc, const source_text& source, offset_unit unit );

}  // namespace chidao::detail
