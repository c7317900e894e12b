// SPDX-License-Identifier: MIT
// Points separated by semicolons after a colon: "… tập trung vào: A; B; C." (focus on: A; B; C.)
// The list ends with its sentence. A colon that opens a quotation ("là: “…; …”") opens no list.
// News prose is full of "x: a; b" that are not lists (prices, scores, "tỷ lệ: 28,3%; 28 trường hợp"),
// so it takes three points or more, each of two words or more; "&gt;" left by a scraper splits nothing.
#pragma once

#include "grammar/quotes.hpp"
#include "grammar/words.hpp"

namespace chidao::grammar {

// clang-format off
struct semicolon_point_end : pg::sor< pg::one< ';', ':' >, sentence_end, eol > {};
struct html_entity          : pg::seq< pg::one< '&' >, pg::plus< pg::ranges< 'a', 'z', '0', '9', '#', '#' > >, pg::one< ';' > > {};
struct semicolon_point_char : pg::sor< quotation, html_entity, pg::seq< pg::not_at< semicolon_point_end >, line_char > > {};
// A word with a letter in front: "1.830" or "28,3%" make no point.
struct point_word          : pg::seq< pg::star< pg::not_at< word_letter >, pg::not_at< semicolon_point_end >, semicolon_point_char >,
                                      word_letter, pg::star< word_char > > {};
// What a point holds is read in runs up to a byte where a quotation, an entity or the point's end may
// begin (the lead bytes 0xE2 and 0xC2 of the quotation marks and "…", '"', '&', the separators and stops),
// not a character at a time through semicolon_point_char: the list is tried at every colon, and most
// colons open no list, so the sentence after each is read to its end in vain.
struct semicolon_run       : byte_run< bytes_but< ';', ':', '.', '!', '?', '\n', '&', '"', '\xE2', '\xC2' > > {};
struct semicolon_point     : pg::seq< pg::at< point_word, point_word >, pg::plus< pg::sor< semicolon_run, semicolon_point_char > > > {};
struct semicolon_separator : pg::seq< pg::one< ';' >, pg::star< blank > > {};
struct semicolon_points    : pg::seq< semicolon_point, semicolon_separator, semicolon_point,
                                      pg::plus< semicolon_separator, semicolon_point > > {};
// Looked at before it is matched, so that its actions run only for a real list.
struct semicolon_list      : pg::seq< pg::one< ':' >, pg::star< blank >, pg::not_at< open_quote >,
                                      pg::at< semicolon_points >, semicolon_points > {};
// clang-format on

}  // namespace chidao::grammar
