// SPDX-License-Identifier: MIT
// Words, spaces and lines of the normalized text (NFC, case-folded, one kind of space and line end).
#pragma once

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/icu/utf8.hpp>

namespace chidao::grammar {

namespace pg = tao::pegtl;

// clang-format off
// A letter or digit: ASCII without a call into ICU, anything else by its Unicode Alphabetic property.
struct word_char  : pg::sor< pg::ranges< 'a', 'z', '0', '9' >, pg::utf8::icu::alphabetic > {};
struct word_letter : pg::sor< pg::range< 'a', 'z' >, pg::utf8::icu::alphabetic > {};

// `W` as a whole word: "thứ" never matches the start of "thức".
template< typename W >
struct word       : pg::seq< W, pg::not_at< word_char > > {};

struct blank      : pg::one< ' ', '\t' > {};
struct gap        : pg::plus< blank > {};
struct eol        : pg::one< '\n' > {};
struct line_char  : pg::not_one< '\n' > {};  // '\n' never occurs inside a UTF-8 sequence
struct line_end   : pg::sor< eol, pg::eof > {};
struct rest_of_line : pg::star< line_char > {};
struct digit      : pg::range< '0', '9' > {};

// A sentence ends at ".", "!", "?" or "…" followed by a space or the end of the line.
struct sentence_end : pg::seq< pg::sor< pg::one< '.', '!', '?' >, TAO_PEGTL_STRING( "…" ) >, pg::at< pg::sor< blank, line_end > > > {};
// clang-format on

}  // namespace chidao::grammar
