// SPDX-License-Identifier: MIT
// Number words that count points: "một" … "mười chín" (one … nineteen) after "là", and the ordinal
// spellings after "thứ", where one is "nhất" and four is "tư".
#pragma once

#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct one        : TAO_PEGTL_STRING( "một" ) {};
struct first      : TAO_PEGTL_STRING( "nhất" ) {};   // "thứ nhất" (first)
struct two        : TAO_PEGTL_STRING( "hai" ) {};
struct three      : TAO_PEGTL_STRING( "ba" ) {};
struct four       : TAO_PEGTL_STRING( "bốn" ) {};
struct four_ordinal : TAO_PEGTL_STRING( "tư" ) {};   // "thứ tư" (fourth), "mười tư" (fourteen)
struct five       : TAO_PEGTL_STRING( "năm" ) {};
struct five_after_ten : TAO_PEGTL_STRING( "lăm" ) {}; // "mười lăm" (fifteen)
struct six        : TAO_PEGTL_STRING( "sáu" ) {};
struct seven      : TAO_PEGTL_STRING( "bảy" ) {};
struct seven_variant : TAO_PEGTL_STRING( "bẩy" ) {}; // northern spelling of "bảy"
struct eight      : TAO_PEGTL_STRING( "tám" ) {};
struct nine       : TAO_PEGTL_STRING( "chín" ) {};
struct ten        : TAO_PEGTL_STRING( "mười" ) {};
// clang-format on
}  // namespace lex

// One number word; `value` is what it counts. Actions read it, so each value/spelling pair is a type.
template< unsigned Value, typename Spelling >
struct numeral : word< Spelling > {
   static constexpr unsigned value = Value;
};

// clang-format off
struct unit_after_ten : pg::sor< numeral< 1, lex::one >, numeral< 2, lex::two >, numeral< 3, lex::three >,
                                 numeral< 4, lex::four >, numeral< 4, lex::four_ordinal >,
                                 numeral< 5, lex::five_after_ten >, numeral< 6, lex::six >,
                                 numeral< 7, lex::seven >, numeral< 7, lex::seven_variant >,
                                 numeral< 8, lex::eight >, numeral< 9, lex::nine > > {};
// "mười một" (eleven) … "mười chín" (nineteen): ten plus the unit. Tried before "mười" alone.
struct teen           : pg::seq< word< lex::ten >, gap, unit_after_ten > {};

// Cardinals, as in "Một là" (one is), "Hai là" (two is). Tried at every paragraph start and clause, so
// a word is compared with the number words of its first letter only (no two groups share a first
// letter; within "m" the teens come before "mười" alone).
struct cardinal_number : pg::sor< pg::seq< pg::at< pg::one< 'm' > >, pg::sor< teen, numeral< 1, lex::one >, numeral< 10, lex::ten > > >,
                                  pg::seq< pg::at< pg::one< 'b' > >, pg::sor< numeral< 3, lex::three >, numeral< 4, lex::four >,
                                                                             numeral< 7, lex::seven >, numeral< 7, lex::seven_variant > > >,
                                  pg::seq< pg::at< pg::one< 'h' > >, numeral< 2, lex::two > >,
                                  pg::seq< pg::at< pg::one< 'n' > >, numeral< 5, lex::five > >,
                                  pg::seq< pg::at< pg::one< 's' > >, numeral< 6, lex::six > >,
                                  pg::seq< pg::at< pg::one< 't' > >, numeral< 8, lex::eight > >,
                                  pg::seq< pg::at< pg::one< 'c' > >, numeral< 9, lex::nine > > > {};

// Ordinals after "thứ": "nhất" (first), "hai" (second), "tư" (fourth) …, or one digit ("Thứ 3 là …";
// "lần thứ 31", the 31st session, is no point), not an amount ("thứ 2.5").
struct ordinal_digit_run : pg::range< '1', '9' > {};
struct ordinal_digits : pg::seq< ordinal_digit_run, pg::not_at< digit >, pg::not_at< pg::one< '.', ',' >, digit > > {};
struct ordinal_number : pg::sor< ordinal_digits, teen, numeral< 1, lex::first >, numeral< 2, lex::two >, numeral< 3, lex::three >,
                                 numeral< 4, lex::four_ordinal >, numeral< 5, lex::five >, numeral< 6, lex::six >,
                                 numeral< 7, lex::seven >, numeral< 7, lex::seven_variant >,
                                 numeral< 8, lex::eight >, numeral< 9, lex::nine >, numeral< 10, lex::ten > > {};
// clang-format on

}  // namespace chidao::grammar
