// SPDX-License-Identifier: MIT
// Spans in code points slice a Python-like string of code points; spans in UTF-16 units slice a
// JavaScript-like UTF-16 string: both on text with characters outside the BMP.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <fstream>
#include <iterator>

#include "chidao/parse.hpp"
#include "encoded.hpp"
#include "text/readable.hpp"

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

// Every unit is counted in the text as parse() decoded it (issue 13): the same text in UTF-8, in
// UTF-16 with a byte order mark, in Windows-1258 and with an invalid byte read leniently gives the
// same spans in code points and in UTF-16 units. Counting the input's bytes as UTF-8 gave spans past
// the end of the text for UTF-16.
namespace {

using spans = std::vector< std::pair< std::size_t, std::size_t > >;

void collect( const std::vector< chidao::node >& nodes, spans& out )
{
   for( const auto& n : nodes ) {
      if( const auto* l = std::get_if< chidao::list >( &n ) ) {
         out.emplace_back( l->span.begin, l->span.end );
         for( const auto& item : l->items ) {
            out.emplace_back( item.span.begin, item.span.end );
            collect( item.children, out );
         }
      }
      else if( const auto* st = std::get_if< chidao::statement >( &n ) ) {
         out.emplace_back( st->span.begin, st->span.end );
         collect( st->children, out );
      }
      else {
         out.emplace_back( std::get< chidao::noise >( n ).span.begin, std::get< chidao::noise >( n ).span.end );
      }
   }
}

spans spans_of( const chidao::document& doc, bool with_warnings = false )
{
   spans out;
   collect( doc.nodes, out );
   for( const auto& sp : doc.speakers ) {
      for( const auto& m : sp.mentions ) {
         out.emplace_back( m.span.begin, m.span.end );
      }
   }
   for( const auto& w : doc.warnings ) {
      if( with_warnings ) {
         out.emplace_back( w.span.begin, w.span.end );
      }
   }
   return out;
}

// Every span of the document parsed from `input`, in `unit`. Converted two ways, which must agree:
// by the parse itself (parse_options::offsets, through the text it decoded), and afterwards by
// convert_offsets(), which reads the input again.
spans all_spans( const std::string& input, const std::string& encoding, bool lenient, chidao::offset_unit unit )
{
   chidao::parse_options options;
   options.encoding = encoding;
   options.lenient = lenient;
   auto doc = chidao::parse( input, "x", options );
   chidao::convert_offsets( doc, input, unit, encoding );
   options.offsets = unit;
   const chidao::document converted_by_parse = chidao::parse( input, "x", options );
   EXPECT_EQ( converted_by_parse.offsets, unit );
   EXPECT_EQ( spans_of( converted_by_parse, true ), spans_of( doc, true ) ) << "parse_options::offsets and convert_offsets() differ";
   return spans_of( doc );
}

std::string read_fixture( const std::string& name )
{
   std::ifstream in( std::string( CHIDAO_FIXTURES_DIR ) + "/" + name, std::ios::binary );
   return { std::istreambuf_iterator< char >( in ), std::istreambuf_iterator< char >() };
}

}  // namespace

TEST( offsets, count_the_decoded_text_in_every_encoding )
{
   const std::string nfc = "Ông Ba nói. Bộ trưởng đề nghị, thứ nhất, cần A; thứ hai, cần B 😀.\n";
   // Windows-1258 writes tones as combining marks: its fixture is compared with its own text in UTF-8.
   const std::string windows_1258 = read_fixture( "encodings/windows_1258.txt" );
   std::string windows_1258_utf8;
   icu::UnicodeString( windows_1258.data(), static_cast< int32_t >( windows_1258.size() ), "windows-1258" ).toUTF8String( windows_1258_utf8 );
   for( const auto unit : { chidao::offset_unit::code_points, chidao::offset_unit::utf16 } ) {
      const spans utf8 = all_spans( nfc, "", false, unit );
      ASSERT_GE( utf8.size(), 5u );  // a statement, a list, two points, a mention
      EXPECT_EQ( all_spans( "\xFF\xFE" + encoded( nfc, "UTF-16LE" ), "", false, unit ), utf8 );
      EXPECT_EQ( all_spans( encoded( nfc, "UTF-16BE" ), "utf-16be", false, unit ), utf8 );
      EXPECT_EQ( all_spans( std::string( "\xFF\xFE\0\0", 4 ) + encoded( nfc, "UTF-32LE" ), "", false, unit ), utf8 );
      // One invalid byte for "Ô": one U+FFFD, one code point, as Python's errors="replace" reads it.
      std::string invalid = nfc;
      invalid.replace( 0, 2, "\x80" );
      std::string replaced = nfc;
      replaced.replace( 0, 2, "\xEF\xBF\xBD" );
      EXPECT_EQ( all_spans( invalid, "", true, unit ), all_spans( replaced, "", false, unit ) );
      const spans legacy = all_spans( windows_1258, "windows-1258", false, unit );
      ASSERT_FALSE( legacy.empty() );
      EXPECT_EQ( legacy, all_spans( windows_1258_utf8, "", false, unit ) );
   }
}

// The same for chidao's own converters, where a VNI letter may be two bytes: spans in code points and
// UTF-16 units of each legacy fixture are those of its text in UTF-8, and in bytes they differ.
TEST( offsets, count_the_decoded_text_in_tcvn3_vni_and_viscii )
{
   for( const auto& [ fixture, encoding ] : { std::pair{ "encodings/tcvn3_passage.txt", "tcvn3" }, std::pair{ "encodings/vni_passage.txt", "vni" },
                                              std::pair{ "encodings/viscii_passage.txt", "viscii" } } ) {
      const std::string legacy = read_fixture( fixture );
      ASSERT_FALSE( legacy.empty() ) << fixture;
      const std::string utf8 = chidao::detail::readable_text( legacy, "x", encoding ).utf8();
      for( const auto unit : { chidao::offset_unit::code_points, chidao::offset_unit::utf16 } ) {
         const spans in_legacy = all_spans( legacy, encoding, false, unit );
         ASSERT_GE( in_legacy.size(), 5u ) << fixture;  // a statement, a list, two points, a mention
         EXPECT_EQ( in_legacy, all_spans( utf8, "", false, unit ) ) << fixture;
      }
      EXPECT_NE( all_spans( legacy, encoding, false, chidao::offset_unit::bytes ), all_spans( utf8, "", false, chidao::offset_unit::bytes ) );
   }
}
