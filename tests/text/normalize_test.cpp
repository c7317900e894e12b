// SPDX-License-Identifier: MIT
#include "text/normalize.hpp"

#include <gtest/gtest.h>

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/edits.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "code_point.hpp"

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
   // Ogham space mark: its lead byte 0xE1 also begins "ạ" … "ỹ", which stay letters.
   EXPECT_EQ( normalize_for_matching( "Thứ\xE1\x9A\x80nhất ạ\xE1\x9A\x80ỹ" ), "thứ nhất ạ ỹ" );
   EXPECT_EQ( normalize_for_matching( "\xE1\x9A\x80" ), " " );
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

namespace {

// The fine edits as (changed, old length, new length) triples.
std::vector< std::array< int32_t, 3 > > fine_edits( const icu::Edits& edits )
{
   std::vector< std::array< int32_t, 3 > > all;
   UErrorCode status = U_ZERO_ERROR;
   for( auto it = edits.getFineIterator(); it.next( status ); ) {
      all.push_back( { it.hasChange() ? 1 : 0, it.oldLength(), it.newLength() } );
   }
   return all;
}

}  // namespace

// chidao folds case from a table of ICU's foldings instead of calling CaseMap::utf8Fold on the whole
// text: both must give the same text and the same edits, for every code point.
TEST( fold_case, equals_icu_full_case_folding_for_every_code_point )
{
   std::string text;
   for( UChar32 c = 1; c <= 0x10FFFF; ++c ) {
      if( U_IS_SURROGATE( c ) ) {
         continue;
      }
      text += utf8_of( c );
      if( c % 7 == 0 ) {
         text += "ab";  // unchanged runs between changes, as in prose
      }
   }
   std::string expected;
   icu::StringByteSink< std::string > sink( &expected );
   icu::Edits expected_edits;
   UErrorCode status = U_ZERO_ERROR;
   icu::CaseMap::utf8Fold( U_FOLD_CASE_DEFAULT, icu::StringPiece( text.data(), static_cast< int32_t >( text.size() ) ), sink,
                           &expected_edits, status );
   ASSERT_TRUE( U_SUCCESS( status ) );
   icu::Edits edits;
   const std::string folded = chidao::detail::fold_case( text, edits );
   EXPECT_TRUE( folded == expected );  // (not EXPECT_EQ: a failure would print 4 MB)
   EXPECT_TRUE( fine_edits( edits ) == fine_edits( expected_edits ) );
   EXPECT_EQ( chidao::detail::fold_case( "ẞ Straße ǅ ΐ", edits ), "ss strasse ǆ \xCE\xB9\xCC\x88\xCC\x81" );  // ΐ: ι, diaeresis, acute
}

// A long text is normalized a chunk of lines at a time: it must read exactly as its lines do one by one,
// text and offsets, across every chunk boundary (CR LF, decomposed letters, old tones, capitals, spaces).
// The text is shifted by 0 to 80 bytes, so that a chunk's nominal end falls on every byte of its lines.
void expect_read_as_its_lines( const std::string& text )
{
   icu::Edits identity;
   identity.addUnchanged( static_cast< int32_t >( text.size() ) );
   const auto whole = chidao::detail::normalize( text, identity );
   std::string expected;
   std::vector< std::pair< std::size_t, std::size_t > > expected_map;  // (source begin, end) per normalized offset
   for( std::size_t begin = 0; begin < text.size(); ) {
      const std::size_t newline = text.find( '\n', begin );
      const std::size_t end = newline == std::string::npos ? text.size() : newline + 1;
      icu::Edits part_identity;
      part_identity.addUnchanged( static_cast< int32_t >( end - begin ) );
      const auto part = chidao::detail::normalize( std::string_view( text ).substr( begin, end - begin ), part_identity );
      for( std::size_t n = 0; n < part.text.size(); ++n ) {
         expected_map.emplace_back( begin + part.map.to_source_begin( n ), begin + part.map.to_source_end( n ) );
      }
      expected += part.text;
      begin = end;
   }
   ASSERT_EQ( whole.text, expected );
   for( std::size_t n = 0; n < whole.text.size(); ++n ) {
      ASSERT_EQ( whole.map.to_source_begin( n ), expected_map[ n ].first ) << "at " << n;
      ASSERT_EQ( whole.map.to_source_end( n ), expected_map[ n ].second ) << "at " << n;
   }
}

TEST( normalize, a_long_text_reads_as_its_lines_one_by_one )
{
   const std::string pattern = "THỨ NHẤT, Uỷ ban hoà giải.\r\nthu\xCC\x9B\xCC\x81 hai\xC2\xA0là khoẻ.\r\n\nĐiều Cuối Cùng\xE2\x80\xA8ông Sơn\n";
   std::string body;
   while( body.size() < ( std::size_t( 1 ) << 17 ) + 200 ) {  // two chunk boundaries
      body += pattern;
   }
   for( std::size_t shift = 0; shift <= 80; ++shift ) {
      SCOPED_TRACE( "shifted by " + std::to_string( shift ) );
      expect_read_as_its_lines( std::string( shift, 'a' ) + body );
      if( HasFatalFailure() ) {
         return;
      }
   }
}

// Where a chunk is NFC, normalize() runs layout and case folding as one loop that records only the
// edits that move offsets; the passes one by one are the reference. Random texts of the pieces that
// each pass rewrites, next to each other in every order, must read the same both ways: the same text
// and the same original span for every normalized offset.
TEST( normalize, the_fused_passes_read_as_the_passes_one_by_one )
{
   const std::vector< std::string > pieces = {
      "a", "Z", " ", "\n", "\r\n", "\r", ".", "Ủ", "ủ", "Đ", "THỨ", "Hoà", "HOÀ", "uỷ", "UỶ", "quý", "qUỶ", "oẹ", "OÈ ", "hoạt", "TOÀN", "uỳ", "ù",
      "\xC2\xA0", "\xE2\x80\x8B", "\xE2\x80\xA8", "\xEF\xBB\xBF", "\xC2\x85", "\xE1\x9A\x80", "\xE3\x80\x80",
      "ẞ", "İ", "ΐ", "Ω", "ẖ" /* h and a combining macron below: as long, two code points */, "\xE2\x84\xA6" /* OHM SIGN, 3 bytes, folds to 2 */, "ǅ", "Σ", "“", "”", "…", "–",
      "u\xCC\x9B\xCC\x81" /* decomposed ứ */, "x\xCC\x81" /* NFC, but a combining mark */, "\xCC\x81", "한", "😀", "\xF0\x9D\x90\x80",
      // Runs of ASCII longer than sixteen bytes (read sixteen at a time), with the bytes around A–Z.
      "The QUICK brown Fox jumps", "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`abcdefghijklmnopqrstuvwxyz{", "0123456789 !\"#$%&'()*+,-./:;<=>?\t~\x7F",
   };
   std::mt19937 random( 20261130 );
   for( int round = 0; round < 3000; ++round ) {
      std::string text;
      const int count = 1 + static_cast< int >( random() % 16 );
      for( int k = 0; k < count; ++k ) {
         text += pieces[ random() % pieces.size() ];
      }
      SCOPED_TRACE( "text: " + text );
      icu::Edits identity;
      identity.addUnchanged( static_cast< int32_t >( text.size() ) );
      using chidao::detail::normalization_route;
      const auto fused = chidao::detail::normalize( text, identity, normalization_route::fastest );
      const auto by_passes = chidao::detail::normalize( text, identity, normalization_route::by_passes );
      ASSERT_EQ( fused.text, by_passes.text );
      for( std::size_t n = 0; n <= fused.text.size(); ++n ) {
         ASSERT_EQ( fused.map.to_source_begin( n ), by_passes.map.to_source_begin( n ) ) << "at " << n;
         ASSERT_EQ( fused.map.to_source_end( n ), by_passes.map.to_source_end( n ) ) << "at " << n;
      }
   }
}
