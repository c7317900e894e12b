// SPDX-License-Identifier: MIT
// Where each statement runs, a phase of the tree builder after speakers are resolved. Each statement
// first wishes for a span by its form; then, in each paragraph, statements are cut so that none
// overlaps another: they are siblings in the tree, and a reader of the spans must be able to tell whose
// words a byte is.
#pragma once

#include <cstddef>
#include <vector>

#include "chidao/document.hpp"
#include "parse/events.hpp"
#include "tree/layout.hpp"

namespace chidao::detail {

struct statement_extent {
   statement_form form = statement_form::speaker_first;
   std::size_t begin = 0, end = 0;  // the statement's own text, normalized
   text_range head;                 // its speaker and verb: always inside [begin, end)
   std::size_t paragraph = 0;
   friend bool operator==( const statement_extent&, const statement_extent& ) = default;
};

/// The span a statement of `form` with `head` wishes for, before its neighbours are known:
/// - opening a paragraph, a sentence or a clause: from its head to the end of the paragraph;
/// - nominal ("… – đây là chỉ đạo của Bộ trưởng"): from the start of its sentence to the speaker;
/// - after a quotation ("“…”, Bộ trưởng yêu cầu."): from the quotation (or its paragraph, when the
///   quotation opened it) to the speaker and a final stop.
[[nodiscard]] statement_extent wished_extent( statement_form form, text_range head, text_range quote,
                                              const page_layout& layout, const std::string& text );

/// Cuts the statements of each paragraph apart, in place: each ends where the next starts. A statement
/// that wishes to start before its head (nominal, after a quotation) and would reach back over the
/// previous speaker starts at its own head instead. Returns, for each extent, whether it is kept; not:
/// - one whose head lies inside an earlier statement's head (two readings of the same words);
/// - a nominal statement in the sentence of another statement's head ("Thủ tướng trả lời … các ý kiến
///   chất vấn của ĐB QH, …"): it is part of that speaker's words, which it must not cut short.
/// `extents` is in any order; the result is in the same order.
[[nodiscard]] std::vector< bool > separate_statements( std::vector< statement_extent >& extents, const page_layout& layout );

}  // namespace chidao::detail
