// SPDX-License-Identifier: MIT
// Spoken markers that open a point: "Thứ nhất" (first), "Một là" (one is), and the closers
// "Cuối cùng" (finally), "Sau cùng" (lastly), "Điều cuối cùng" (the last thing).
#pragma once

#include "grammar/lookalikes.hpp"
#include "grammar/numerals.hpp"
#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct is         : TAO_PEGTL_STRING( "là" ) {};
struct thing      : TAO_PEGTL_STRING( "điều" ) {};
struct end        : TAO_PEGTL_STRING( "cuối" ) {};
struct after      : TAO_PEGTL_STRING( "sau" ) {};
struct together   : TAO_PEGTL_STRING( "cùng" ) {};
struct dash       : TAO_PEGTL_STRING( "–" ) {};
struct em_dash    : TAO_PEGTL_STRING( "—" ) {};
struct tens       : TAO_PEGTL_STRING( "mươi" ) {};  // "hai mươi" (twenty)
struct before     : TAO_PEGTL_STRING( "trước" ) {};
struct most       : TAO_PEGTL_STRING( "hết" ) {};   // "trước hết" (first of all)
struct foremost   : TAO_PEGTL_STRING( "tiên" ) {};  // "trước tiên" (first of all)
// clang-format on
}  // namespace lex

// The first words of the spoken markers that are no count word: entered in the first-word table as
// marker words (see spoken_start).
using marker_first_words = word_list< lex::ordinal_prefix, lex::one, lex::thing, lex::end, lex::after, lex::before >;

// clang-format off
// "Thứ nhất", "Thứ hai" … "Thứ mười chín": the marker proper, as it is reported. Weekdays are refused
// here, and "Thứ hai mươi" (twentieth) is no second point.
struct thu_marker        : pg::seq< pg::not_at< weekday_date >, word< lex::ordinal_prefix >, gap, ordinal_number,
                                    pg::not_at< gap, word< lex::tens > > > {};
// "Một là", "Hai là" … "Mười chín là".
struct la_marker         : pg::seq< cardinal_number, gap, word< lex::is > > {};
// "Điều cuối cùng", "Cuối cùng", "Sau cùng". Longest first.
struct closer_marker     : pg::sor< pg::seq< word< lex::thing >, gap, word< lex::end >, gap, word< lex::together > >,
                                    pg::seq< word< lex::end >, gap, word< lex::together > >,
                                    pg::seq< word< lex::after >, gap, word< lex::together > > > {};

// "Trước hết", "Trước tiên" (first of all): a first point when a second follows close by ("Trước hết, …
// Hai là, … Thứ ba, …"); alone it is only "first of all", and the tree builder drops a list of one.
struct opener_marker    : pg::seq< word< lex::before >, gap, pg::sor< word< lex::most >, word< lex::foremost > > > {};

// The punctuation between a marker and its content: "Thứ nhất, …", "Một là: …", "Thứ hai – …", "— …".
struct marker_punctuation : pg::seq< pg::star< blank >, pg::sor< pg::one< ',', ':', '-' >, lex::dash, lex::em_dash > > {};
// "Thứ hai là, …", "thứ ba, là …": "là" (is) after an ordinal, before or after its comma, belongs to the
// marker's punctuation, not to the content.
struct ordinal_copula     : pg::seq< pg::opt< marker_punctuation >, gap, word< lex::is >, pg::opt< marker_punctuation > > {};

// At the start of a paragraph a marker may be followed by punctuation, by the content, or by nothing.
struct thu_point         : pg::seq< thu_marker, pg::sor< ordinal_copula, marker_punctuation, gap, pg::at< line_end > >,
                                    pg::star< blank > > {};
struct la_point          : pg::seq< la_marker, pg::opt< marker_punctuation >, pg::star< blank > > {};
// The opener needs its punctuation or "là": "Trước hết là …", "Trước hết, …".
struct opener_point      : pg::seq< opener_marker, pg::sor< ordinal_copula, marker_punctuation >, pg::star< blank > > {};
struct closer_point      : pg::seq< closer_marker, pg::sor< ordinal_copula, marker_punctuation, gap, pg::at< line_end > >,
                                    pg::star< blank > > {};

// Inside a sentence, after a clause comma ("đề nghị, thứ nhất, cần …"), only punctuation or "là"
// after the ordinal makes it a marker: "…, thứ hai Nhật Bản" is not one.
struct thu_inline_point  : pg::seq< thu_marker, pg::sor< ordinal_copula, marker_punctuation >, pg::star< blank > > {};
// "… . Cuối cùng, …", "…; cuối cùng là …": a closer inside a paragraph, with its punctuation or "là"
// ("cuối cùng" alone is "in the end"). The tree builder takes it only to end a list whose last point
// stands in the same paragraph.
struct closer_inline_point : pg::seq< closer_marker, pg::sor< ordinal_copula, marker_punctuation >, pg::star< blank > > {};
// clang-format on

}  // namespace chidao::grammar
