// SPDX-License-Identifier: MIT
#include "text/normalize.hpp"

#include <gtest/gtest.h>

#include <string>

using chidao::detail::normalize_for_matching;

TEST( normalize, folds_case_including_letters_with_diacritics )
{
   EXPECT_EQ( normalize_for_matching( "THỨ NHẤT" ), "thứ nhất" );
   EXPECT_EQ( normalize_for_matching( "Điều Cuối Cùng" ), "điều cuối cùng" );
}

TEST( normalize, composes_decomposed_text )
{
   // "thứ" as t h u U+031B U+0301 (NFD), and as ư U+0301 (the Windows-1258 keyboard style)
   EXPECT_EQ( normalize_for_matching( "thu\xCC\x9B\xCC\x81" ), "thứ" );
   EXPECT_EQ( normalize_for_matching( "th\xC6\xB0\xCC\x81" ), "thứ" );
}

TEST( normalize, moves_old_style_tones_to_the_first_vowel )
{
   EXPECT_EQ( normalize_for_matching( "hoà bình" ), "hòa bình" );
   EXPECT_EQ( normalize_for_matching( "thuỷ" ), "thủy" );
   EXPECT_EQ( normalize_for_matching( "Uỷ ban" ), "ủy ban" );
   EXPECT_EQ( normalize_for_matching( "khoẻ" ), "khỏe" );
   EXPECT_EQ( normalize_for_matching( "HOÀ" ), "hòa" );
   EXPECT_EQ( normalize_for_matching( "hoà" ), normalize_for_matching( "hòa" ) );
}

TEST( normalize, leaves_tones_that_have_one_placement_alone )
{
   EXPECT_EQ( normalize_for_matching( "quý" ), "quý" );     // "qu" is a consonant
   EXPECT_EQ( normalize_for_matching( "hoàn" ), "hoàn" );   // a final consonant fixes the tone
   EXPECT_EQ( normalize_for_matching( "tuyển" ), "tuyển" );
}

TEST( normalize, makes_line_ends_and_spaces_uniform )
{
   EXPECT_EQ( normalize_for_matching( "a\r\nb\rc" ), "a\nb\nc" );
   EXPECT_EQ( normalize_for_matching( "Thứ\xC2\xA0nhất" ), "thứ nhất" );      // NBSP
   EXPECT_EQ( normalize_for_matching( "Thứ\xE2\x80\x89nhất" ), "thứ nhất" );  // thin space
   EXPECT_EQ( normalize_for_matching( "Thứ\xE2\x80\x8Bnhất" ), "thứ nhất" );  // zero-width space
}

TEST( normalize, spans_map_back_to_the_original_bytes )
{
   const std::string original = "\xEF\xBB\xBFHOÀ\r\nthuỷ";
   icu::Edits identity;
   identity.addReplace( 3, 0 );
   identity.addUnchanged( static_cast< int32_t >( original.size() - 3 ) );
   const auto n = chidao::detail::normalize( std::string_view( original ).substr( 3 ), identity );
   EXPECT_EQ( n.text, "hòa\nthủy" );
   const std::size_t thuy = n.text.find( "thủy" );
   EXPECT_EQ( original.substr( n.map.to_source_begin( 0 ), n.map.to_source_end( 4 ) - n.map.to_source_begin( 0 ) ), "HOÀ" );
   EXPECT_EQ( original.substr( n.map.to_source_begin( thuy ) ), "thuỷ" );
}
