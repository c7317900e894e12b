// SPDX-License-Identifier: MIT
// Markers written with digits, letters and symbols at the start of a line: "1." "1)" "(1)" "1/",
// "a)" "b." "(c)", "I." "II.", and bullets "-" "–" "•" "●" "▪" "+" "*". A space must follow, so "18/12/2021",
// "10:08" and "1.000 người" are not markers.
#pragma once

#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct d_stroke   : TAO_PEGTL_STRING( "đ" ) {};   // Vietnamese lists run a, b, c, d, đ, e …
struct en_dash    : TAO_PEGTL_STRING( "–" ) {};
struct bullet     : TAO_PEGTL_STRING( "•" ) {};
struct black_circle : TAO_PEGTL_STRING( "●" ) {};
struct black_square : TAO_PEGTL_STRING( "▪" ) {};
// clang-format on
}  // namespace lex

// clang-format off
struct number_digits  : pg::rep_min_max< 1, 2, digit > {};
struct numeric_marker : pg::sor< pg::seq< pg::one< '(' >, number_digits, pg::one< ')' > >,
                                 pg::seq< number_digits, pg::one< '.', ')', '/' > > > {};

struct roman_digits   : pg::rep_min_max< 1, 6, pg::one< 'i', 'v', 'x', 'l' > > {};
struct roman_marker   : pg::seq< roman_digits, pg::one< '.', ')' > > {};

struct letter         : pg::sor< lex::d_stroke, pg::range< 'a', 'z' > > {};
struct letter_marker  : pg::sor< pg::seq< pg::one< '(' >, letter, pg::one< ')' > >,
                                 pg::seq< letter, pg::one< ')', '.' > > > {};
// Inside a paragraph only the forms with a parenthesis: "… . b) …"; "b." there is more often an initial.
struct letter_paren_marker : pg::sor< pg::seq< pg::one< '(' >, letter, pg::one< ')' > >, pg::seq< letter, pg::one< ')' > > > {};

struct bullet_marker  : pg::sor< pg::one< '-', '+', '*' >, lex::en_dash, lex::bullet, lex::black_circle,
                                 lex::black_square > {};

// A marker followed by a space; a bullet also needs content on its line ("-" alone is page furniture).
struct numeric_point  : pg::seq< numeric_marker, gap > {};
struct roman_point    : pg::seq< roman_marker, gap > {};
struct letter_point   : pg::seq< letter_marker, gap > {};
struct bullet_point   : pg::seq< bullet_marker, gap, pg::not_at< line_end > > {};
// clang-format on

}  // namespace chidao::grammar
