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
   std::string utf8;
   icu::Edits edits;                    // original → utf8
   // [begin, end) in the original of each invalid sequence replaced by U+FFFD
   std::vector< std::pair< std::size_t, std::size_t > > replaced;
   bool converted = false;  // from another encoding through ICU: utf8 is not a copy of the input
};

/// Throws chidao::error(errc::invalid_utf8) naming `source`, line, column, byte offset and the
/// offending bytes, unless `lenient`; errc::input_too_large past 2 GiB (ICU edits count in int32_t).
/// With an `encoding` (an ICU converter name), or a UTF-16 byte order mark, the bytes are converted
/// through ICU, and the edits map every converted character back to the bytes it came from.
[[nodiscard]] decoded_text decode( std::string_view bytes, bool lenient, const std::string& source,
                                   const std::string& encoding = {} );

}  // namespace chidao::detail
