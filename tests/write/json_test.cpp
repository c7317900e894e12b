// SPDX-License-Identifier: MIT
#include "chidao/write.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <stdexcept>

#include "chidao/parse.hpp"
#include "chidao/version.hpp"

TEST( to_json, writes_the_contract_keys_in_order )
{
   const auto doc = chidao::parse( "Thứ nhất, A.\nThứ hai, B.", "x.txt" );
   EXPECT_EQ( chidao::to_json( doc ),
              R"({"chidao":1,"version":")" + std::string( chidao::version() ) + R"(","offsets":"bytes","source":"x.txt",)"
              R"("nodes":[{"kind":"list","style":"thu","announced":null,"speaker":null,"attribution":null,"span":[0,30],)"
              R"("items":[{"kind":"item","ordinal":1,"marker":"Thứ nhất","span":[0,16],"text":"A.","children":[]},)"
              R"({"kind":"item","ordinal":2,"marker":"Thứ hai","span":[17,30],"text":"B.","children":[]}]}],"speakers":[],"unresolved":[],)"
              R"("warnings":[]})" );
}

// Every document says what its spans count and which chidao wrote it (issue 13): a file in code points
// is never taken for one in bytes, and a document is converted once.
TEST( to_json, says_what_the_spans_count )
{
   auto doc = chidao::parse( "Thứ nhất, A.\nThứ hai, B.", "x.txt" );
   EXPECT_NE( chidao::to_json( doc ).find( R"("offsets":"bytes")" ), std::string::npos );
   chidao::convert_offsets( doc, "Thứ nhất, A.\nThứ hai, B.", chidao::offset_unit::code_points );
   EXPECT_EQ( doc.offsets, chidao::offset_unit::code_points );
   EXPECT_NE( chidao::to_json( doc ).find( R"("offsets":"codepoints")" ), std::string::npos );
   EXPECT_THROW( chidao::convert_offsets( doc, "Thứ nhất, A.\nThứ hai, B.", chidao::offset_unit::utf16 ), std::logic_error );
   EXPECT_FALSE( chidao::verify_roundtrip( doc, "Thứ nhất, A.\nThứ hai, B." ) );  // leaves are in bytes
}

TEST( to_json, writes_a_rejected_input_as_an_error_document )
{
   try {
      (void)chidao::parse( "a\n\xFF", "bad.txt" );
      FAIL();
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( chidao::to_json( e ),
                 R"({"chidao":1,"version":")" + std::string( chidao::version() ) + R"(","source":"bad.txt","error":{"code":"invalid_utf8","message":"invalid UTF-8: byte sequence 0xFF is not a character","line":2,"column":1,"byte":2}})" );
   }
}

// The writer streams JSON without a DOM; nlohmann reading it back and dumping it again must give the
// same bytes, compact and indented, with and without leaves, for every fixture: the layout is the
// library's, and every string is valid JSON.
TEST( to_json, streams_what_nlohmann_would_dump_for_every_fixture )
{
   std::size_t checked = 0;
   for( const auto& entry : std::filesystem::recursive_directory_iterator( CHIDAO_FIXTURES_DIR ) ) {
      if( entry.path().extension() != ".txt" ) {
         continue;
      }
      std::ifstream in( entry.path(), std::ios::binary );
      const std::string bytes( ( std::istreambuf_iterator< char >( in ) ), std::istreambuf_iterator< char >() );
      chidao::parse_options options;
      options.lenient = true;
      chidao::document doc;
      try {
         doc = chidao::parse( bytes, entry.path().filename().string(), options );
      }
      catch( const chidao::error& ) {
         continue;  // an encoding fixture without its options; the error writer is tested above
      }
      for( const bool pretty : { false, true } ) {
         const chidao::json_options json{ pretty };
         for( const std::string& out : { chidao::to_json( doc, json ), chidao::to_json( doc, bytes, json ) } ) {
            const auto read = nlohmann::ordered_json::parse( out );
            EXPECT_EQ( out, pretty ? read.dump( 2 ) + "\n" : read.dump() ) << entry.path();
         }
      }
      ++checked;
   }
   EXPECT_GE( checked, 80u );
}

// Names are kept as written; the key is one per name however a page writes it (case, NFC or NFD, tone
// placement), so speakers can be counted over many pages.
TEST( to_json, gives_each_speaker_a_key_one_per_name_however_written )
{
   chidao::document doc;
   for( const char* name : { "Các chuyên gia", "các chuyên gia", "CA\u0301C CHUYE\u0302N GIA", "Uỷ ban nhân dân", "Ủy ban nhân dân" } ) {
      chidao::speaker sp;
      sp.id = "S" + std::to_string( doc.speakers.size() + 1 );
      sp.name = name;
      sp.kind = chidao::speaker::kind_t::group;
      doc.speakers.push_back( sp );
   }
   const auto json = nlohmann::ordered_json::parse( chidao::to_json( doc ) );
   const auto& speakers = json[ "speakers" ];
   ASSERT_EQ( speakers.size(), 5u );
   EXPECT_EQ( speakers[ 0 ][ "name" ], "Các chuyên gia" );  // as written
   for( std::size_t k = 0; k < 3; ++k ) {
      EXPECT_EQ( speakers[ k ][ "key" ], "các chuyên gia" ) << k;
   }
   EXPECT_EQ( speakers[ 3 ][ "key" ], "ủy ban nhân dân" );
   EXPECT_EQ( speakers[ 4 ][ "key" ], "ủy ban nhân dân" );
   auto key = speakers[ 0 ].begin();
   EXPECT_EQ( ( ++key ).key(), "name" );
   EXPECT_EQ( ( ++key ).key(), "key" );  // right after the name it keys
}
