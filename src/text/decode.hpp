// SPDX-License-Identifier: MIT
// Bytes → valid UTF-8. A leading BOM is dropped; invalid sequences are an error, or, when lenient,
// each maximal invalid subpart becomes U+FFFD (the Unicode-recommended substitution).
#pragma once

#include <unicode/edits.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chidao::detail {

struct decoded_text {
   std::string utf8;                    // empty when `as_input`
   /// Valid UTF-8 without a byte order mark: the text is the input itself, not copied (a large
   /// document would otherwise be held twice).
   bool as_input = false;
   icu::Edits edits;                    // original → text( original )

   /// The decoded text of `input`, the bytes this was decoded from.
   [[nodiscard]] std::string_view text( std::string_view input ) const noexcept { return as_input ? input : std::string_view( utf8 ); }
   // Each run of adjacent invalid sequences, each replaced by U+FFFD: [begin, end) in the original and
   // how many sequences. One entry, and one edit, a run: a binary file read leniently is a run of
   // sequences a byte or two long, and an entry each cost more than the text.
   struct replaced_run {
      std::size_t begin, end, sequences;
   };
   std::vector< replaced_run > replaced;  // the first max_replaced_runs runs
   // The runs after those, together: a file of random bytes has a run every few bytes, and a warning
   // each (some 200 bytes of memory and output) would cost 30 times the input. sequences == 0: none.
   replaced_run replaced_beyond{ 0, 0, 0 };
   std::size_t runs_beyond = 0;
   bool converted = false;  // from another encoding: utf8 is not a copy of the input
   std::string encoding;    // the encoding converted from, as named ("vni", "UTF-16LE" …), for messages
   std::string hint;        // why the input may not be what it was read as (UTF-16 without a BOM), for a warning
};

/// How many runs of replaced sequences are recorded one by one (and become a warning each).
inline constexpr std::size_t max_replaced_runs = 1000;

/// Throws chidao::error(errc::invalid_utf8) naming `source`, line, column, byte offset and the
/// offending bytes, unless `lenient`; errc::input_too_large past 2 GiB (ICU edits count in int32_t).
/// With an `encoding` (tcvn3, vni or viscii, converted with chidao's own tables; any other name an ICU
/// converter's), or a UTF-16 or UTF-32 byte order mark, the bytes are converted, and the edits map every
/// converted character back to the bytes it came from (a VNI letter of two bytes to both).
[[nodiscard]] decoded_text decode( std::string_view bytes, bool lenient, const std::string& source,
                                   const std::string& encoding = {} );

}  // namespace chidao::detail
