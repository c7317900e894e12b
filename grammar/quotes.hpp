// Quotations. Inside a quotation within a sentence no marker is recognised: a title such as
// “Thứ nhất là con người” names something, it does not enumerate. A quotation that opens its
// paragraph may open with a spoken marker (see quoted_opening): “Điều cuối cùng …”, Bộ trưởng yêu cầu.
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
template< typename Open, typename Close >
struct quotation_of : pg::seq< Open, pg::star< pg::not_at< pg::sor< Close, eol > >, line_char >, pg::opt< Close > > {};

struct open_quote : pg::sor< lex::left_double, lex::low_double, lex::left_single, lex::left_guillemet, pg::one< '"' > > {};
struct quotation  : pg::sor< quotation_of< lex::left_double, lex::right_double >,
                             quotation_of< lex::low_double, pg::sor< lex::left_double, lex::right_double > >,  // „…“ or „…”
                             quotation_of< lex::left_single, lex::right_single >,
                             quotation_of< lex::left_guillemet, lex::right_guillemet >,
                             quotation_of< pg::one< '"' >, pg::one< '"' > > > {};
// clang-format on

}  // namespace chidao::grammar
