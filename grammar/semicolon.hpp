// Points separated by semicolons after a colon: "… tập trung vào: A; B; C." (focus on: A; B; C.)
// The list ends with its sentence. A colon that opens a quotation ("là: “…; …”") opens no list.
#pragma once

#include "grammar/quotes.hpp"
#include "grammar/words.hpp"

namespace chidao::grammar {

// clang-format off
struct semicolon_point_end : pg::sor< pg::one< ';', ':' >, sentence_end, eol > {};
struct semicolon_point     : pg::plus< pg::sor< quotation, pg::seq< pg::not_at< semicolon_point_end >, line_char > > > {};
struct semicolon_separator : pg::seq< pg::one< ';' >, pg::star< blank > > {};
struct semicolon_points    : pg::seq< semicolon_point, pg::plus< semicolon_separator, semicolon_point > > {};
// Looked at before it is matched, so that its actions run only for a real list.
struct semicolon_list      : pg::seq< pg::one< ':' >, pg::star< blank >, pg::not_at< open_quote >,
                                      pg::at< semicolon_points >, semicolon_points > {};
// clang-format on

}  // namespace chidao::grammar
