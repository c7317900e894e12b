// SPDX-License-Identifier: MIT
// A document: lines, each empty, page furniture, or a paragraph. A paragraph may open with a marker
// and may carry markers after a clause comma, semicolon or colon or at a sentence start, semicolon lists, counts announced
// for a list, and quotations, inside which only points are recognised.
#pragma once

#include "grammar/announcement.hpp"
#include "grammar/noise.hpp"
#include "grammar/numbering.hpp"
#include "grammar/ordinal.hpp"
#include "grammar/quotes.hpp"
#include "grammar/semicolon.hpp"
#include "grammar/speaker.hpp"
#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct but        : TAO_PEGTL_STRING( "song" ) {};
struct but_also   : TAO_PEGTL_STRING( "nhưng" ) {};
// clang-format on
}  // namespace lex

// clang-format off
// “Điều cuối cùng …”, Bộ trưởng yêu cầu. A quotation may open with a spoken marker.
struct quoted_opening    : pg::seq< open_quote, pg::star< blank >, pg::sor< closer_point, thu_point, la_point > > {};
// "- Thứ nhất, …": in interviews a dash opens each turn, and the answer may enumerate.
struct dashed_opening    : pg::seq< bullet_point, pg::sor< thu_inline_point, la_point > > {};
struct paragraph_opening : pg::sor< quoted_opening, closer_point, opener_point, thu_point, la_point, numeric_point, roman_point,
                                    letter_point, dashed_opening, bullet_point > {};

// "…, thứ nhất, …", "…; hai là …", "… như sau: thứ nhất, …"
struct clause_separator  : pg::one< ',', ';', ':' > {};
// Where a spoken marker may begin: its first word is a marker word ("thứ", "một", "điều", "cuối", "sau",
// "trước") or a number word ("hai" … "mười"). One look at the word's classes, which the statements tried
// at the same place ask for too, spares the four markers at nearly every separator.
struct spoken_start      : pg::not_at< no_entry_of< word_class::marker_word, word_class::number_word > > {};
struct spoken_inline_point : pg::seq< spoken_start, pg::sor< thu_inline_point, la_point, closer_inline_point, opener_point > > {};
struct inline_point      : pg::seq< clause_separator, gap, pg::opt< word< lex::and_word >, gap >, spoken_inline_point > {};
// "… hai quy luật. Thứ nhất, … . Thứ hai, …": a point opening a sentence inside a paragraph.
struct ellipsis          : TAO_PEGTL_STRING( "…" ) {};
struct sentence_stop     : pg::sor< pg::one< '.', '!', '?' >, ellipsis > {};
// A stop before a blank ends a sentence ("TP.HCM", "1.000" end none): the tree builder starts a nominal
// statement with its sentence. The rules below that begin with a stop begin with this one, and one of
// them is tried at every stop; its action runs when it matches, even where the rule around it then
// fails, so each sentence end is reported.
struct sentence_boundary      : pg::seq< sentence_stop, pg::at< blank > > {};
struct sentence_point    : pg::seq< sentence_boundary, gap, spoken_inline_point > {};
// "a) … . b) …", "a) …; b) …": the next letter of a list opened at a paragraph's start, after a stop or a
// semicolon. The tree builder takes it only to continue an open letter list, never to open one.
struct stop_letter_point : pg::seq< pg::sor< sentence_boundary, pg::one< ';' > >, gap, letter_paren_marker, gap > {};
// "Một là … và hai là …", "… và thứ ba là …": the next point joined by "và" (and), tried where a word
// starts (after a separator, inline_point takes "; và thứ ba").
struct conjoined_point   : pg::seq< word< lex::and_word >, gap, spoken_inline_point > {};

// Speech in quotation marks may enumerate: “… có ba khía cạnh. Một là, … Hai là, …”, ông An nói. Inside
// it, points after a stop, a separator or "và" are read; words are read whole, so "và" is tried only
// where a word starts.
struct word_token        : looked_up_word {};
// Most of a quotation is words and spaces, read as one run up to a byte where something may begin: a
// separator or a stop (inline_point, sentence_point), "v" ("và", conjoined_point), and the lead bytes of
// the closing marks, the ellipsis and the dashes (0xE2: ” ’ …, 0xC2: », '"'), so that no run passes the
// end of the quotation.
struct quoted_run        : byte_run< bytes_but< ',', ';', ':', '.', '!', '?', '\n', '\r', 'v', '"', '\xE2', '\xC2' > > {};
struct quoted_char       : pg::sor< quoted_run, inline_point, sentence_point, conjoined_point, word_token, line_char > {};
struct speech_quotation  : quotation_in< quoted_char > {};

// Statements open a paragraph, a sentence, or a clause after a comma ("Phát biểu chỉ đạo tại phiên
// họp, Ủy viên Bộ Chính trị, … Phạm Bình Minh nêu rõ, …").
// A sentence may also open with a person named by an honorific ("… . Ông Lê Hồng Minh, Chủ tịch …").
struct sentence_statement : pg::seq< sentence_boundary, gap, pg::sor< statement_head, honorific_mention > > {};
// "…, song Bộ trưởng Bùi Thanh Sơn cũng lưu ý …": a conjunction may open the clause.
struct conjunction       : pg::sor< word< lex::but >, word< lex::but_also >, word< lex::and_word > > {};
struct clause_statement  : pg::seq< pg::one< ',' >, gap, pg::opt< conjunction, gap >, statement_head > {};
// "“…”, Bộ trưởng ghi nhận.": speech in quotation marks, and its attribution when one follows, which makes
// it a statement. One rule, so that a quotation without an attribution is read once, not twice.
struct attribution_after_quote : pg::seq< quote_attribution > {};
struct quoted_speech     : pg::seq< speech_quotation, pg::opt< attribution_after_quote > > {};
// The closing mark of a quotation opened with the paragraph ("“Điều cuối cùng …”, Bộ trưởng yêu cầu.").
struct closing_attribution : pg::seq< close_quote, quote_attribution > {};

// What may begin at a letter or digit, and what at anything else: a token tries only one group, so a
// word is not offered the eight structures that begin with punctuation, nor punctuation the words.
// (Speakers and nominal statements come from lexicons, whose entries may begin with a mark: both
// groups try them.)
// Most words begin none of the structures below: no count ("hai", "5"), no speech verb (nominal_statement),
// no title (person_mention), not "và" (conjoined_point). A run of them and the blanks between is read in
// one step, as word_token and gap would read it, without offering each word the four structures. One
// lookup of the word answers for all but digits: the number words and "và" are in the first-word table.
struct plain_word        : pg::seq< pg::not_at< pg::range< '1', '9' > >,
                                    no_entry_of< word_class::verb, word_class::title, word_class::number_word, word_class::and_word >,
                                    word_chars > {};
// plain_words takes what pg::plus< plain_word, pg::opt< gap > > takes (tests/grammar/rules_test.cpp
// compares them), reading each word once.
struct plain_words       : plain_word_run< word_class::verb, word_class::title, word_class::number_word, word_class::and_word > {};
struct word_start_token  : pg::sor< plain_words, announced_count, nominal_statement, person_mention, conjoined_point, word_token > {};
struct mark_start_token  : pg::sor< quoted_speech, closing_attribution, inline_point, sentence_point, stop_letter_point,
                                    sentence_statement, clause_statement, semicolon_list, nominal_statement, person_mention,
                                    line_char > {};
// Blanks are skipped first and in a run: nothing but line_char could match there, and one word in two
// is followed by one.
struct token             : pg::sor< gap, pg::seq< pg::at< word_char >, word_start_token >, mark_start_token > {};

struct empty_line        : pg::seq< pg::star< blank >, eol > {};
// A paragraph that opens with a point, and one that does not. Tokens read to the end of the line (the
// last alternative of a token is any character of it), so a paragraph whose opening matched never fails.
struct opened_paragraph  : pg::seq< paragraph_opening, pg::opt< pg::sor< statement_head, honorific_mention > >, pg::star< token >,
                                    line_end > {};
struct plain_paragraph   : pg::seq< pg::sor< pg::seq< interview_lead, pg::star< token > >,
                                             pg::seq< statement_head, pg::star< token > >,
                                             pg::seq< honorific_mention, pg::star< token > >, pg::plus< token > >,
                                    line_end > {};
struct paragraph         : pg::sor< opened_paragraph, plain_paragraph > {};
// Leading blanks are not part of a paragraph; a paragraph starts with something on its line.
// A line that opens with a point is never a caption: "Thứ hai, tăng trưởng 5% (Nguồn: TCTK)" is a point.
// (Its opening is tried once: before the page furniture, and not again after it.)
struct line              : pg::sor< empty_line, related_section, pg::seq< pg::star< blank >, opened_paragraph >, noise_line,
                                    pg::seq< pg::star< blank >, pg::at< line_char >, plain_paragraph > > {};
struct document          : pg::seq< pg::star< line >, pg::star< blank >, pg::eof > {};
// clang-format on

}  // namespace chidao::grammar
