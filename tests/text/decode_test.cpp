// SPDX-License-Identifier: MIT
#include "text/decode.hpp"

#include <gtest/gtest.h>

#include <unicode/unistr.h>

#include <algorithm>

#include "chidao/error.hpp"

using chidao::detail::decode;

TEST( decode, passes_valid_utf8_through_without_a_copy )
{
   const std::string_view input = "Thứ nhất, cần";
   const auto d = decode( input, false, "a.txt" );
   EXPECT_TRUE( d.as_input );
   EXPECT_TRUE( d.utf8.empty() );  // a large document is not held twice
   EXPECT_EQ( d.text( input ).data(), input.data() );
   EXPECT_TRUE( d.replaced.empty() );
}

TEST( decode, drops_a_leading_bom_and_records_it )
{
   const auto d = decode( "\xEF\xBB\xBFMột là", false, "a.txt" );
   EXPECT_FALSE( d.as_input );
   EXPECT_EQ( d.utf8, "Một là" );
   EXPECT_EQ( d.edits.lengthDelta(), -3 );
}

TEST( decode, keeps_a_bom_that_is_not_at_the_start )
{
   const std::string_view input = "a\xEF\xBB\xBF";
   EXPECT_EQ( decode( input, false, "a.txt" ).text( input ), input );
}

TEST( decode, rejects_invalid_utf8_with_file_line_column_byte_and_bytes )
{
   try {
      (void)decode( "dòng một\r\nhai \xC3\x28 ba", false, "bad.txt" );
      FAIL() << "no error";
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( e.code(), chidao::errc::invalid_utf8 );
      EXPECT_EQ( e.where().source, "bad.txt" );
      EXPECT_EQ( e.where().line, 2u );
      EXPECT_EQ( e.where().column, 5u );
      EXPECT_EQ( e.where().byte, 17u );  // "dòng một" is 11 bytes, CRLF 2, "hai " 4
      EXPECT_STREQ( e.what(), "bad.txt:2:5: invalid UTF-8: byte sequence 0xC3 is not a character" );
   }
}

TEST( decode, names_a_sequence_truncated_at_end_of_input )
{
   try {
      (void)decode( "Thứ nh\xE1\xBA", false, "cut.txt" );
      FAIL() << "no error";
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( e.message(), "invalid UTF-8: truncated sequence 0xE1 0xBA at end of input" );
      EXPECT_EQ( e.where().column, 7u );
   }
}

TEST( decode, rejects_overlong_forms_and_surrogates )
{
   EXPECT_THROW( (void)decode( "\xC0\xAF", false, "x" ), chidao::error );          // overlong "/"
   EXPECT_THROW( (void)decode( "\xED\xA0\x80", false, "x" ), chidao::error );      // U+D800
   EXPECT_THROW( (void)decode( "\xF4\x90\x80\x80", false, "x" ), chidao::error );  // above U+10FFFF
}

TEST( decode, lenient_replaces_each_maximal_invalid_subpart_and_records_where )
{
   const auto d = decode( "a\xC3\x28" "b\xE1\xBA", true, "x" );
   EXPECT_EQ( d.utf8, "a\xEF\xBF\xBD(b\xEF\xBF\xBD" );
   ASSERT_EQ( d.replaced.size(), 2u );
   EXPECT_EQ( ( std::pair{ d.replaced[ 0 ].begin, d.replaced[ 0 ].end } ), ( std::pair< std::size_t, std::size_t >{ 1, 2 } ) );
   EXPECT_EQ( ( std::pair{ d.replaced[ 1 ].begin, d.replaced[ 1 ].end } ), ( std::pair< std::size_t, std::size_t >{ 4, 6 } ) );
}

TEST( decode, lenient_records_a_run_of_invalid_sequences_once_with_one_edit )
{
   // Three sequences (0xFF, 0xFE, 0xC3 before '('), each one U+FFFD, recorded as one run and one edit:
   // a binary file is such runs, and a record and an edit per byte cost many times the input.
   const auto d = decode( "a\xFF\xFE\xC3(", true, "x" );
   EXPECT_EQ( d.utf8, "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD(" );
   ASSERT_EQ( d.replaced.size(), 1u );
   EXPECT_EQ( d.replaced[ 0 ].begin, 1u );
   EXPECT_EQ( d.replaced[ 0 ].end, 4u );
   EXPECT_EQ( d.replaced[ 0 ].sequences, 3u );
   EXPECT_EQ( d.edits.numberOfChanges(), 1 );
}

// decode() validates the two- and three-byte letters of Vietnamese by their bytes, and leaves the
// rest to ICU's U8_NEXT: for every lead byte, followed by bytes at the edges of the trail ranges, the
// lenient reading must be ICU's (one U+FFFD per maximal invalid subpart, as UnicodeString::fromUTF8).
TEST( decode, reads_every_lead_and_trail_byte_as_icu_does )
{
   const unsigned char edges[] = { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE1, 0xF4, 0xFF };
   for( unsigned lead = 0x80; lead <= 0xFF; ++lead ) {
      for( const unsigned char second : edges ) {
         for( const unsigned char third : edges ) {
            for( const std::size_t length : { 2u, 3u, 4u, 6u } ) {  // cut short, or followed by more
               std::string bytes = "a";
               bytes += static_cast< char >( lead );
               bytes += static_cast< char >( second );
               bytes += static_cast< char >( third );
               bytes += "\x80z";
               bytes.resize( std::min( bytes.size(), length ) );
               std::string expected;
               icu::UnicodeString::fromUTF8( bytes ).toUTF8String( expected );
               const auto d = decode( bytes, true, "x" );
               ASSERT_EQ( std::string( d.text( bytes ) ), expected ) << std::hex << lead << " " << +second << " " << +third << " " << length;
            }
         }
      }
   }
}
