// SPDX-License-Identifier: MIT
// A count announced before a list: "5 nhiệm vụ trọng tâm" (5 key tasks), "sáu giải pháp" (six
// solutions), "3 nội dung sau" (the following 3 points). "một số vấn đề" (some issues) is no count.
#pragma once

#include "grammar/lexicon_word.hpp"
#include "grammar/numerals.hpp"
#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct task       : TAO_PEGTL_STRING( "nhiệm vụ" ) {};
struct solution   : TAO_PEGTL_STRING( "giải pháp" ) {};
struct content    : TAO_PEGTL_STRING( "nội dung" ) {};
struct direction  : TAO_PEGTL_STRING( "định hướng" ) {};
struct issue      : TAO_PEGTL_STRING( "vấn đề" ) {};
struct point      : TAO_PEGTL_STRING( "điểm" ) {};
struct requirement : TAO_PEGTL_STRING( "yêu cầu" ) {};
struct goal       : TAO_PEGTL_STRING( "mục tiêu" ) {};
struct group      : TAO_PEGTL_STRING( "nhóm" ) {};
struct proposal   : TAO_PEGTL_STRING( "đề xuất" ) {};
struct recommendation : TAO_PEGTL_STRING( "kiến nghị" ) {};
struct lesson     : TAO_PEGTL_STRING( "bài học" ) {};
struct field      : TAO_PEGTL_STRING( "lĩnh vực" ) {};
struct priority   : TAO_PEGTL_STRING( "ưu tiên" ) {};
struct breakthrough : TAO_PEGTL_STRING( "đột phá" ) {};
struct measure    : TAO_PEGTL_STRING( "biện pháp" ) {};
struct principle  : TAO_PEGTL_STRING( "nguyên tắc" ) {};
struct viewpoint  : TAO_PEGTL_STRING( "quan điểm" ) {};
struct reason     : TAO_PEGTL_STRING( "lý do" ) {};
struct matter     : TAO_PEGTL_STRING( "việc" ) {};
struct item_noun  : TAO_PEGTL_STRING( "điều" ) {};
struct job        : TAO_PEGTL_STRING( "làm" ) {};  // "việc làm" (a job) is no matter to list
// clang-format on
}  // namespace lex

// clang-format off
// Where a counted noun may begin: n g đ v y m k b l ư q ("đ" and "ư" by their lead bytes 0xC4 and 0xC6).
// Most counts are no count of points ("năm 2024", the year 2024; "hai tháng", two months): the word after
// them is turned away by its first byte, not compared with every noun.
struct counted_noun_start : pg::one< 'n', 'g', 'v', 'y', 'm', 'k', 'b', 'l', 'q', '\xC4', '\xC6' > {};
struct counted_noun  : pg::seq< pg::at< counted_noun_start >, pg::sor< word< lex::task >, word< lex::solution >, word< lex::content >, word< lex::direction >,
                                word< lex::issue >, word< lex::point >, word< lex::requirement >, word< lex::goal >,
                                word< lex::group >, word< lex::proposal >, word< lex::recommendation >,
                                word< lex::lesson >, word< lex::field >, word< lex::priority >,
                                word< lex::breakthrough >, word< lex::measure >, word< lex::principle >,
                                word< lex::viewpoint >, word< lex::reason >,
                                pg::seq< word< lex::matter >, pg::not_at< gap, word< lex::job > > >,
                                word< lex::item_noun > > > {};
// 2 to 99 in digits, or a number word from two to nineteen ("một" is too often "a").
struct count_digits  : pg::seq< pg::sor< pg::seq< pg::range< '2', '9' >, pg::not_at< digit > >, pg::seq< pg::range< '1', '9' >, digit > >,
                                pg::not_at< word_char > > {};
// Grouped by first letter, so that a word is compared with the number words of its letter only (no two
// groups share a spelling's start, and within a group the order is kept: "mười hai" before "mười").
struct count_word    : pg::sor< pg::seq< pg::at< pg::one< 'b' > >, pg::sor< numeral< 3, lex::three >, numeral< 4, lex::four >,
                                                                       numeral< 7, lex::seven >, numeral< 7, lex::seven_variant > > >,
                                pg::seq< pg::at< pg::one< 'm' > >, pg::sor< teen, numeral< 10, lex::ten > > >,
                                pg::seq< pg::at< pg::one< 'h' > >, numeral< 2, lex::two > >,
                                pg::seq< pg::at< pg::one< 'n' > >, numeral< 5, lex::five > >,
                                pg::seq< pg::at< pg::one< 's' > >, numeral< 6, lex::six > >,
                                pg::seq< pg::at< pg::one< 't' > >, numeral< 8, lex::eight > >,
                                pg::seq< pg::at< pg::one< 'c' > >, numeral< 9, lex::nine > > > {};
// The words count_word takes, entered in the first-word table as number words (see plain_word).
using count_words = word_list< lex::two, lex::three, lex::four, lex::five, lex::six, lex::seven, lex::seven_variant,
                               lex::eight, lex::nine, lex::ten >;
// Where a count may begin: a digit 1–9, or a number word ("hai" … "mười", the words count_word reads), as
// the state's first-word look tells: count_words are entered in its table as number words. Tried at every
// word that may begin something, where the look is kept already.
struct count_start   : pg::sor< pg::range< '1', '9' >, pg::not_at< no_entry_of< word_class::number_word > > > {};
struct announced_count : pg::seq< pg::at< count_start >, pg::sor< count_digits, count_word >, gap, counted_noun > {};
// clang-format on

}  // namespace chidao::grammar
