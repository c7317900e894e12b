// SPDX-License-Identifier: MIT
#include "text/readable.hpp"

#include <gtest/gtest.h>

#include <unicode/utf8.h>

#include <array>
#include <random>
#include <string>
#include <string_view>

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

namespace {
// Well-formed as ICU's U8_NEXT reads it: every character decodes.
bool valid_by_icu( std::string_view bytes )
{
   const auto* s = reinterpret_cast< const uint8_t* >( bytes.data() );
   const auto length = static_cast< int32_t >( bytes.size() );
   for( int32_t i = 0; i < length; ) {
      UChar32 c;
      U8_NEXT( s, i, length, c );
      if( c < 0 ) {
         return false;
      }
   }
   return true;
}
}  // namespace

// is_valid_utf8 reads bytes with an automaton instead of U8_NEXT: it must agree with ICU on every
// string of up to three bytes, on every four-byte string that begins with a lead of four bytes (F0–F7)
// and ends at the edge of a range, and on random strings of such bytes.
TEST( is_valid_utf8, agrees_with_icu_on_every_short_string )
{
   using chidao::detail::is_valid_utf8;
   EXPECT_TRUE( is_valid_utf8( "" ) );
   std::string text( 3, '\0' );
   std::size_t valid = 0;
   for( unsigned a = 0; a < 256; ++a ) {
      text[ 0 ] = static_cast< char >( a );
      ASSERT_EQ( is_valid_utf8( text.substr( 0, 1 ) ), valid_by_icu( text.substr( 0, 1 ) ) ) << std::hex << a;
      for( unsigned b = 0; b < 256; ++b ) {
         text[ 1 ] = static_cast< char >( b );
         ASSERT_EQ( is_valid_utf8( text.substr( 0, 2 ) ), valid_by_icu( text.substr( 0, 2 ) ) ) << std::hex << a << ' ' << b;
         for( unsigned c = 0; c < 256; ++c ) {
            text[ 2 ] = static_cast< char >( c );
            const bool expected = valid_by_icu( text );
            ASSERT_EQ( is_valid_utf8( text ), expected ) << std::hex << a << ' ' << b << ' ' << c;
            valid += expected ? 1 : 0;
         }
      }
   }
   EXPECT_GT( valid, 1000000u );  // the loop saw valid text as well as invalid
   const unsigned char edges[] = { 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF };
   std::string four( 4, '\0' );
   for( unsigned lead = 0xF0; lead <= 0xF7; ++lead ) {
      four[ 0 ] = static_cast< char >( lead );
      for( unsigned b = 0; b < 256; ++b ) {
         four[ 1 ] = static_cast< char >( b );
         for( unsigned c = 0; c < 256; ++c ) {
            four[ 2 ] = static_cast< char >( c );
            for( const unsigned char d : edges ) {
               four[ 3 ] = static_cast< char >( d );
               ASSERT_EQ( is_valid_utf8( four ), valid_by_icu( four ) ) << std::hex << lead << ' ' << b << ' ' << c << ' ' << +d;
            }
         }
      }
   }
   const std::string pieces = std::string( "a\x7F\x80\x8F\x90\x9F\xA0\xBF\xC0\xC1\xC2\xDF\xE0\xE1\xEC\xED\xEE\xEF\xF0\xF1\xF4\xF5\xFF" ) + std::string( 1, '\0' );
   std::mt19937 random( 5 );
   for( int round = 0; round < 200000; ++round ) {
      std::string random_text;
      for( int k = 0, n = static_cast< int >( random() % 10 ); k < n; ++k ) {
         random_text += pieces[ random() % pieces.size() ];
      }
      ASSERT_EQ( is_valid_utf8( random_text ), valid_by_icu( random_text ) ) << random_text;
   }
   EXPECT_TRUE( is_valid_utf8( "Thủ tướng Phạm Minh Chính 😀" ) );
   EXPECT_FALSE( is_valid_utf8( "Th\xE1\xBB" ) );  // cut short at the end
   // Longer texts are read in two halves side by side: Vietnamese text with a piece of the bytes above
   // now and then, wherever it falls (the middle among them), and texts that are continuation bytes
   // around their middle.
   const std::array< std::string_view, 5 > letters{ "a", "ư", "ạ", "😀", " " };
   for( int round = 0; round < 100000; ++round ) {
      std::string long_text;
      for( int k = 0, n = 30 + static_cast< int >( random() % 60 ); k < n; ++k ) {
         long_text += random() % 40 == 0 ? std::string( 1, pieces[ random() % pieces.size() ] ) : std::string( letters[ random() % letters.size() ] );
      }
      ASSERT_EQ( is_valid_utf8( long_text ), valid_by_icu( long_text ) ) << long_text;
   }
   for( std::size_t trail = 0; trail <= 8; ++trail ) {
      std::string run = std::string( 40, 'a' ) + "\xF0" + std::string( trail, '\x80' ) + std::string( 40, 'a' );
      ASSERT_EQ( is_valid_utf8( run ), valid_by_icu( run ) ) << trail;
      run = std::string( 40, 'a' ) + std::string( trail, '\x80' ) + std::string( 40, 'a' );
      ASSERT_EQ( is_valid_utf8( run ), valid_by_icu( run ) ) << trail;
   }
}
