// SPDX-License-Identifier: MIT
// Valid UTF-8 → the text the grammar reads, with a way back to the original bytes.
//
// Four passes, each recording its rewrites as ICU Edits, composed into one offset_map:
//   1. layout: CRLF, CR, NEL, U+2028/2029 → "\n"; NBSP, thin and other spaces, zero-width space → " "
//   2. NFC (ICU Normalizer2), skipped when the text is already NFC
//   3. full case folding (as ICU's CaseMap::utf8Fold, from a table of ICU's foldings), so "THỨ NHẤT",
//      "Thứ nhất" and "thứ nhất" read alike
//   4. tone placement: the old style puts the tone on the last vowel of "oa", "oe", "uy" at the end of
//      a syllable ("hoà", "khoẻ", "thuỷ", "uỷ"); it is moved to the first ("hòa", "khỏe", "thủy", "ủy")
//      so that both spellings match the same rules. "quý", "hoàn", "tuyển" are left alone.
// Where the text is NFC already (most news text), passes 1 to 3 run as one loop that records only the
// rewrites that move offsets.
#pragma once

#include <string>
#include <string_view>

#include "text/offset_map.hpp"

namespace chidao::detail {

struct normalized_text {
   std::string text;
   offset_map map;  // normalized offsets → original offsets
};

/// How normalize() runs its passes: `fastest` runs layout and case folding in one loop where the text
/// is NFC already; `by_passes` runs each pass on its own, the reference the other must equal.
enum class normalization_route { fastest, by_passes };

/// `utf8` must be valid UTF-8 (the output of decode()); `decode_edits` maps the original to it.
[[nodiscard]] normalized_text normalize( std::string_view utf8, const icu::Edits& decode_edits,
                                         normalization_route route = normalization_route::fastest );

/// `utf8` in NFC, nothing else changed: for texts of input converted from another encoding.
[[nodiscard]] std::string to_nfc( std::string_view utf8 );

/// Pass 3 alone: `utf8` case-folded, its rewrites added to `edits` exactly as ICU's CaseMap::utf8Fold
/// (U_FOLD_CASE_DEFAULT) records them.
[[nodiscard]] std::string fold_case( std::string_view utf8, icu::Edits& edits );

/// The normalized text alone, for lexicon entries and tests.
[[nodiscard]] std::string normalize_for_matching( std::string_view utf8 );

}  // namespace chidao::detail
