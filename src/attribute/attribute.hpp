// SPDX-License-Identifier: MIT
// Discourse attribution: which statement announces or carries each list, and how that was decided.
// This is work over sentences and paragraphs, between the events and the tree: the tree builder
// tells it what it found (statements, lists, paragraphs, people named, in normalized offsets) and
// gets back an owner for each list. It reads the text only to classify paragraphs (questions,
// interview turns, sub-headlines).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "chidao/document.hpp"
#include "parse/events.hpp"

namespace chidao::detail::attribute {

inline constexpr std::size_t none = static_cast< std::size_t >( -1 );

/// A statement as attribution sees it.
struct said {
   std::size_t begin = 0;       ///< its own text, normalized
   std::size_t end = 0;
   std::size_t paragraph = 0;
   statement_form form = statement_form::speaker_first;
   std::size_t speaker = none;  ///< the person or group, none when unresolved
   text_range speaker_text;     ///< the speaker as written
   bool in_list = false;        ///< inside a point of a list: it cannot also own a later list
};

/// Statements sorted by start, searched back from a position.
class statement_index {
public:
   explicit statement_index( const std::vector< said >& statements );

   /// How many statements start before `pos`.
   [[nodiscard]] std::size_t before( std::size_t pos ) const;
   /// The latest statement starting before `start` whose own text runs past `at` (and, when `free`,
   /// not inside a list), or none.
   [[nodiscard]] std::size_t reaching( std::size_t start, std::size_t at, bool free = false ) const;
   /// The innermost, latest-starting statement holding a list's first marker ("… đề nghị, thứ nhất,
   /// …"), or none. `cut` is where the text before the point ends: a statement starting there is not
   /// before the point (the attribution stage gives a quotation opening with the point its list).
   [[nodiscard]] std::size_t holding( std::size_t marker, std::size_t cut ) const;

private:
   const std::vector< said >& statements_;
   std::vector< std::size_t > reach_;  // the furthest end among statements 0..i: a search back stops early
};

/// A list as attribution sees it: its first point, and where its count was announced.
struct enumeration {
   std::size_t marker = 0;         ///< where its first marker starts
   std::size_t content = 0;        ///< where the first point's content starts, after the marker
   std::size_t cut = 0;            ///< where the text before the first point ends
   std::size_t paragraph = 0;      ///< the paragraph of the first point
   bool at_paragraph_start = true;
   bool nested = false;            ///< inside a point of another list, whose speaker it shares
   bool inline_data = false;       ///< a semicolon list: parts of one sentence, not points a speaker sets out
   std::optional< text_range > announcement;  ///< "3 nhiệm vụ", when a count announces it
};

/// A person named in full (titles and a name): who an interview's lead or label introduces.
struct naming {
   text_range where;
   std::size_t person = none;
};

/// What attribution reads. Statements are sorted by `begin`, namings by position, paragraphs are the
/// prose lines in order.
struct page {
   std::string_view text;
   const std::vector< text_range >& paragraphs;
   const std::vector< said >& statements;
   const std::vector< naming >& named;
   const std::vector< std::size_t >& interview_leads;  ///< "Trả lời phỏng vấn …", "Trao đổi với …"
};

/// Who a list belongs to.
struct owner {
   std::size_t statement = none;  ///< the statement holding the list, or none
   attribution how = attribution::same_sentence;
   /// No statement holds the list, but its first point names who speaks ("Thứ nhất, theo ông Lẫm, …"),
   /// or it is an interview answer to be made for the interviewee: the speaker, else none.
   std::size_t speaker = none;
   bool answer = false;           ///< an interview answer: the caller makes its statement
   text_range answer_text;        ///< the paragraph introducing the answer; empty: it starts at the list
   text_range speaker_text;       ///< for answers: how the interviewee is written
};

/// An owner for each list, in the order given. Nobody is guessed: a list the journalist writes keeps
/// no speaker.
[[nodiscard]] std::vector< owner > attribute_lists( const page& p, const std::vector< enumeration >& lists );

/// Paragraph shapes of interviews: a question, a turn opened by a dash, the thanks that ends it; and a
/// sub-headline (a short line without final punctuation), after which a sidebar begins.
[[nodiscard]] bool is_question( std::string_view paragraph );
[[nodiscard]] bool is_turn( std::string_view paragraph );
[[nodiscard]] bool is_closing( std::string_view paragraph );
[[nodiscard]] bool is_subheading( std::string_view paragraph );
/// A paragraph opening with a quotation mark: quoted speech going on.
[[nodiscard]] bool opens_quotation( std::string_view paragraph );

}  // namespace chidao::detail::attribute
