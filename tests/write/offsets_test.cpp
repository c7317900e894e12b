// SPDX-License-Identifier: MIT
// Spans in code points slice a Python-like string of code points; spans in UTF-16 units slice a
// JavaScript-like UTF-16 string: both on text with characters outside the BMP.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "chidao/parse.hpp"

namespace {

const std::string text = "Biểu tượng 😀 và chữ 𠀀. Bộ trưởng đề nghị, thứ nhất, 𠀀 cần A; thứ hai, cần 😀B.\n";

std::u32string code_points( const std::string& utf8 )
{
   std::u32string out;
   const icu::UnicodeString u = icu::UnicodeString::fromUTF8( utf8 );
   for( int32_t i = 0; i < u.length(); i = u.moveIndex32( i, 1 ) ) {
      out += static_cast< char32_t >( u.char32At( i ) );
   }
   return out;
}

const chidao::list& the_list( const chidao::document& doc )
{
   const auto& st = std::get< chidao::statement >( doc.nodes.at( 0 ) );
   return std::get< chidao::list >( st.children.at( 0 ) );
}

}  // namespace

TEST( offsets, bytes_slice_the_utf8_input )
{
   const auto doc = chidao::parse( text, "x" );
   const auto& item = the_list( doc ).items[ 1 ];
   EXPECT_EQ( text.substr( item.span.begin, item.span.end - item.span.begin ), "thứ hai, cần 😀B." );
}

TEST( offsets, code_points_slice_a_string_of_code_points )
{
   auto doc = chidao::parse( text, "x" );
   chidao::convert_offsets( doc, text, chidao::offset_unit::code_points );
   const std::u32string s = code_points( text );
   for( const auto& item : the_list( doc ).items ) {
      EXPECT_EQ( s.substr( item.span.begin, item.span.end - item.span.begin ).substr( 0, 3 ), U"thứ" );
   }
   const auto& second = the_list( doc ).items[ 1 ];
   EXPECT_EQ( s.substr( second.span.begin, second.span.end - second.span.begin ), U"thứ hai, cần 😀B." );
   // "Bộ trưởng", never named, speaks as a role: its mention is converted like every other span.
   const auto& mention = doc.speakers.at( 0 ).mentions.at( 0 );
   EXPECT_EQ( s.substr( mention.span.begin, mention.span.end - mention.span.begin ), U"Bộ trưởng" );
}

TEST( offsets, utf16_units_slice_a_utf16_string )
{
   auto doc = chidao::parse( text, "x" );
   chidao::convert_offsets( doc, text, chidao::offset_unit::utf16 );
   const icu::UnicodeString u = icu::UnicodeString::fromUTF8( text );
   const auto& second = the_list( doc ).items[ 1 ];
   std::string sliced;
   u.tempSubStringBetween( static_cast< int32_t >( second.span.begin ), static_cast< int32_t >( second.span.end ) ).toUTF8String( sliced );
   EXPECT_EQ( sliced, "thứ hai, cần 😀B." );
   EXPECT_EQ( second.span.end - second.span.begin, 17u );  // 16 code points, the emoji two units
}
