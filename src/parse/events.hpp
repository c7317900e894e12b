// SPDX-License-Identifier: MIT
// What the grammar reports, in normalized byte offsets. The tree builder listens; tests can too.
#pragma once

#include <cstddef>
#include <vector>

#include "chidao/document.hpp"

namespace chidao::detail {

/// A half-open range of normalized byte offsets.
struct text_range {
   std::size_t begin = 0;
   std::size_t end = 0;
   friend bool operator==( const text_range&, const text_range& ) = default;
};

/// A marker that may open a point. Whether it does is the tree builder's decision.
struct marker_event {
   list_style style = list_style::thu;
   bool closer = false;           ///< "Cuối cùng": the next point of an open spoken list
   bool opener = false;           ///< "Trước hết": a first point only if the next follows close by
   unsigned ordinal = 0;          ///< the number written; 0 for bullets and closers
   unsigned letter_ordinal = 0;   ///< for "i." "v." "x.": the same mark read as a letter; else 0
   text_range marker;             ///< the marker as written
   std::size_t content_begin = 0; ///< after the marker, its punctuation and spaces
   std::size_t cut = 0;           ///< where the previous point's text ends when this one follows it
   bool at_paragraph_start = true;
};

/// A mention of someone who may speak, with the parts coreference needs.
struct mention_event {
   enum class kind_t { person, group, reference, pronoun } kind = kind_t::person;
   text_range whole;
   std::vector< text_range > titles;  ///< each title with its complements: "Bộ trưởng Bộ Ngoại giao"
   std::vector< text_range > heads;   ///< the title heads alone: "bộ trưởng"
   text_range name;                   ///< "Bùi Thanh Sơn", or a given name after an honorific ("Sơn")
   bool given_name_only = false;
   bool bare_name = false;            ///< a name with no title or honorific ("Esperon"): only a known person
   bool institution = false;          ///< a group that is a body: "Bộ Công Thương", "Tổ chức Y tế Thế giới"
   bool title_capitalized = false;    ///< the first title is written with a capital: an office, "Thủ tướng"
   text_range honorific;
   unsigned reference_title = 0;      ///< for references: the lexicon's title index
};


struct statement_event {
   statement_form form = statement_form::speaker_first;
   mention_event speaker;
   text_range verb;
   speech_act act = speech_act::assertive;
   text_range addressee;  ///< empty when none
   text_range head;       ///< from the statement's start to the end of its verb (or speaker)
   text_range quote;      ///< after_quote: the quotation; begin == npos when it opened the paragraph
};

class event_sink {
public:
   virtual ~event_sink() = default;
   virtual void marker( const marker_event& m ) = 0;
   /// One point of a semicolon list; the list itself follows once all its points are reported.
   virtual void semicolon_point( text_range point ) = 0;
   virtual void semicolon_list( text_range list ) = 0;
   virtual void announced_count( unsigned count, text_range where ) = 0;
   /// A paragraph (one line of prose), after the markers inside it; `line` excludes the line end.
   virtual void paragraph( text_range line ) = 0;
   /// Page furniture; `lines` includes its line ends.
   virtual void noise( noise_kind kind, text_range lines ) = 0;
   virtual void statement( const statement_event& s ) = 0;
   /// A full mention (titles and a name) that is not the speaker of a statement.
   virtual void mention( const mention_event& m ) = 0;
   /// "Trả lời phỏng vấn …" opens the paragraph starting at `where`.
   virtual void interview_lead( std::size_t where ) = 0;
   /// The words between the marks of a quotation in which points were looked for, in document order.
   virtual void quotation( text_range words ) = 0;
   /// A sentence ends at `at`, after its stop: a blank follows. May be reported more than once, and
   /// out of order where a quotation is read again.
   virtual void sentence_end( std::size_t at ) = 0;
};

}  // namespace chidao::detail
