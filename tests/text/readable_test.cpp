// SPDX-License-Identifier: MIT
#include "text/readable.hpp"

#include <gtest/gtest.h>

using chidao::detail::readable_text;

TEST( readable_text, maps_a_utf8_input_past_its_byte_order_mark )
{
   const readable_text text( "\xEF\xBB\xBFThứ nhất, A.", "x", "" );
   EXPECT_EQ( text.utf8(), "Thứ nhất, A." );
   EXPECT_EQ( text.from_input( 0 ), 0u );
   EXPECT_EQ( text.from_input( 3 ), 0u );
   EXPECT_EQ( text.to_input( 0 ), 3u );
   EXPECT_EQ( text.between( 3, 15 ), "Thứ nhất" );
   EXPECT_EQ( text.end_of( 3, "Thứ nhất" ), 15u );
}

TEST( readable_text, maps_utf16_characters_to_their_bytes )
{
   const readable_text text( std::string( "\xFF\xFET\0\xE9\x1E", 6 ), "x", "" );  // BOM, "T", "ứ"
   EXPECT_EQ( text.utf8(), "Tứ" );
   EXPECT_EQ( text.from_input( 2 ), 0u );
   EXPECT_EQ( text.from_input( 4 ), 1u );
   EXPECT_EQ( text.from_input( 5 ), 1u );  // inside "ứ": its start
   EXPECT_EQ( text.from_input( 6 ), 4u );
   EXPECT_EQ( text.to_input( 0 ), 2u );
   EXPECT_EQ( text.to_input( 4 ), 6u );
   EXPECT_EQ( text.between( 4, 6 ), "ứ" );
}

TEST( readable_text, shows_invalid_bytes_as_replacement_characters )
{
   const readable_text text( "a\xFF\xFE" "b", "x", "" );
   EXPECT_EQ( text.utf8(), "a\uFFFD\uFFFDb" );
   EXPECT_EQ( text.between( 1, 2 ), "\uFFFD" );
   EXPECT_EQ( text.between( 3, 4 ), "b" );
}

// chidao gives markers in NFC; the input may write their tones as combining marks.
TEST( readable_text, finds_where_a_marker_in_nfc_ends_in_combining_tones )
{
   const readable_text text( "x Th\u01B0\u0301 nh\u00E2\u0301t, y", "x", "" );
   EXPECT_EQ( text.end_of( 2, "Thứ nhất" ), 16u );
   EXPECT_EQ( text.between( 2, 16 ), "Th\u01B0\u0301 nh\u00E2\u0301t" );
   EXPECT_EQ( text.end_of( 2, "Thứ hai" ), 2u );  // not there
   EXPECT_EQ( text.end_of( 2, "Thư" ), 2u );       // "Thư" is followed by its tone: not a whole "Thư"
}
