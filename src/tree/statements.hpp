// SPDX-License-Identifier: MIT
// Who says what, a phase of the tree builder after the page's layout: the statements the grammar found,
// each with its speaker resolved (coreference looks back, so mentions and statements are read in
// document order) and its span (src/tree/statement_spans). Later phases decide which lists a statement
// holds and where it sits in the tree, and record that in the statements made here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "attribute/attribute.hpp"
#include "chidao/document.hpp"
#include "parse/events.hpp"
#include "tree/layout.hpp"
#include "tree/speakers.hpp"

namespace chidao::detail {

struct statement_build {
   statement_form form = statement_form::speaker_first;
   std::size_t begin = 0, end = 0;  // the statement's own text, normalized
   text_range head;                 // its speaker and verb
   std::size_t paragraph = 0;
   std::size_t speaker = speaker_registry::none;  // index into the registry's people
   text_range speaker_text;
   text_range verb;
   std::string verb_text;           // for statements with no verb in the text (interview answers)
   speech_act act = speech_act::assertive;
   attribution how = attribution::same_sentence;
   text_range addressee;
   std::vector< std::size_t > lists;  // lists it introduces
   std::size_t span_end = 0;          // the statement and the lists it introduces
};

struct page_statements {
   std::vector< statement_build > statements;  // in document order, none overlapping another
   std::vector< attribute::naming > named;     // people named in full, in document order
};

/// The statements of `events` and the people `mentions` name, their speakers resolved in `registry`;
/// `text` is the normalized page `layout` describes. What lies in a repeated paragraph is left out, and
/// so are questions (their speaker is still a mention) and a bare name that names nobody on the page.
/// Each statement's span_end is its end: it holds no list yet.
[[nodiscard]] page_statements build_statements( const std::vector< statement_event >& events,
                                                const std::vector< mention_event >& mentions, const page_layout& layout,
                                                const std::string& text, speaker_registry& registry );

/// The statements as the attribution stage reads them, in the same order.
[[nodiscard]] std::vector< attribute::said > said_of( const std::vector< statement_build >& statements );

}  // namespace chidao::detail
