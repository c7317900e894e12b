// SPDX-License-Identifier: MIT
// Phrases that look like enumeration markers but are not. Only the ones that can stand where a marker
// would are spelled out; "lần thứ XIII" (the 13th time), "đứng thứ 25/63" (ranked 25th of 63) and
// "Thứ trưởng" (deputy minister) never match a marker because no number word follows "thứ".
#pragma once

#include "grammar/numerals.hpp"
#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct ordinal_prefix : TAO_PEGTL_STRING( "thứ" ) {};  // "thứ" + number = ordinal; also a weekday
struct day        : TAO_PEGTL_STRING( "ngày" ) {};
struct week       : TAO_PEGTL_STRING( "tuần" ) {};
struct coming     : TAO_PEGTL_STRING( "tới" ) {};
struct this_one   : TAO_PEGTL_STRING( "này" ) {};
struct just       : TAO_PEGTL_STRING( "vừa" ) {};
struct past       : TAO_PEGTL_STRING( "qua" ) {};
struct every      : TAO_PEGTL_STRING( "hàng" ) {};
struct until      : TAO_PEGTL_STRING( "đến" ) {};
struct and_word   : TAO_PEGTL_STRING( "và" ) {};
struct or_word    : TAO_PEGTL_STRING( "hoặc" ) {};
struct sunday     : TAO_PEGTL_STRING( "chủ nhật" ) {};
// clang-format on
}  // namespace lex

// clang-format off
// Monday is "thứ Hai" (day two) … Saturday "thứ Bảy" (day seven).
struct weekday_number  : pg::sor< pg::seq< pg::range< '2', '7' >, pg::not_at< digit > >, word< lex::two >, word< lex::three >, word< lex::four_ordinal >, word< lex::five >,
                                  word< lex::six >, word< lex::seven >, word< lex::seven_variant > > {};
// "18/2": a day and month with a slash. "3-5 năm", "2.5 triệu", "20-30%" are ranges and amounts.
struct calendar_date   : pg::seq< pg::rep_min_max< 1, 2, digit >, pg::one< '/' >, pg::rep_min_max< 1, 2, digit >,
                                  pg::not_at< pg::sor< digit, pg::one< '%' > > > > {};
// "ngày 18/2" (the 18th); "ngày càng" (increasingly) is no date.
struct dated_day       : pg::seq< word< lex::day >, gap, digit > {};
// What follows a weekday: "…, ngày 18/2", "… 18/2", "… (23/8)", "… (ngày 5/3)", "… tuần tới", "… này", "… vừa qua",
// "… hàng tuần", "… đến thứ Sáu", "… và Chủ nhật". ("Thứ hai trước hết, …" is a second point.)
struct weekday_context : pg::sor<
   pg::seq< pg::opt< pg::star< blank >, pg::one< ',' > >, pg::star< blank >,
            pg::sor< dated_day, calendar_date, pg::seq< pg::one< '(' >, pg::star< blank >, pg::sor< digit, dated_day > > > >,
   pg::seq< gap, pg::sor< word< lex::week >, word< lex::coming >, word< lex::this_one >,
                          pg::seq< word< lex::just >, gap, word< lex::past > >, word< lex::every > > >,
   pg::seq< gap, pg::sor< word< lex::until >, word< lex::and_word >, word< lex::or_word > >, gap,
            pg::sor< word< lex::ordinal_prefix >, word< lex::sunday > > > > {};
// "Thứ Ba, ngày 18/2/2025" is Tuesday the 18th of February, not a third point.
struct weekday_date    : pg::seq< word< lex::ordinal_prefix >, gap, weekday_number, weekday_context > {};
// clang-format on

}  // namespace chidao::grammar
