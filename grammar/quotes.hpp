// SPDX-License-Identifier: MIT
// Quotations. A quotation opening with a marker mid-sentence is no point: a title such as “Thứ nhất là
// con người” names something, it does not enumerate. A quotation that opens its paragraph may open with
// a spoken marker (see quoted_opening): “Điều cuối cùng …”, Bộ trưởng yêu cầu. Inside speech, points
// after a sentence stop or a clause separator are read (see speech_quotation in document.hpp).
// An unclosed quotation ends with its line.
#pragma once

#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct left_double  : TAO_PEGTL_STRING( "“" ) {};
struct right_double : TAO_PEGTL_STRING( "”" ) {};
struct low_double   : TAO_PEGTL_STRING( "„" ) {};
struct left_single  : TAO_PEGTL_STRING( "‘" ) {};
struct right_single : TAO_PEGTL_STRING( "’" ) {};
struct left_guillemet  : TAO_PEGTL_STRING( "«" ) {};
struct right_guillemet : TAO_PEGTL_STRING( "»" ) {};
// clang-format on
}  // namespace lex

// clang-format off
template< typename Close, typename Char >
struct quoted_words : pg::star< pg::not_at< pg::sor< Close, eol > >, Char > {};
template< typename Open, typename Close, typename Char = line_char >
struct quotation_of : pg::seq< Open, quoted_words< Close, Char >, pg::opt< Close > > {};

struct open_quote : pg::sor< lex::left_double, lex::low_double, lex::left_single, lex::left_guillemet, pg::one< '"' > > {};
// The quotation marks in use; `Char` reads what lies between them.
template< typename Char = line_char >
struct quotation_in : pg::sor< quotation_of< lex::left_double, lex::right_double, Char >,
                               quotation_of< lex::low_double, pg::sor< lex::left_double, lex::right_double >, Char >,  // „…“ or „…”
                               quotation_of< lex::left_single, lex::right_single, Char >,
                               quotation_of< lex::left_guillemet, lex::right_guillemet, Char >,
                               quotation_of< pg::one< '"' >, pg::one< '"' >, Char > > {};
struct quotation  : quotation_in<> {};
// clang-format on

}  // namespace chidao::grammar
