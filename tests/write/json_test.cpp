// SPDX-License-Identifier: MIT
#include "chidao/write.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "chidao/parse.hpp"

TEST( to_json, writes_the_contract_keys_in_order )
{
   const auto doc = chidao::parse( "Thứ nhất, A.\nThứ hai, B.", "x.txt" );
   EXPECT_EQ( chidao::to_json( doc ),
              R"({"chidao":1,"source":"x.txt","nodes":[{"kind":"list","style":"thu","announced":null,"speaker":null,"attribution":null,"span":[0,30],)"
              R"("items":[{"kind":"item","ordinal":1,"marker":"Thứ nhất","span":[0,16],"text":"A.","children":[]},)"
              R"({"kind":"item","ordinal":2,"marker":"Thứ hai","span":[17,30],"text":"B.","children":[]}]}],"speakers":[],"unresolved":[],)"
              R"("warnings":[]})" );
}

TEST( to_json, writes_a_rejected_input_as_an_error_document )
{
   try {
      (void)chidao::parse( "a\n\xFF", "bad.txt" );
      FAIL();
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( chidao::to_json( e ),
                 R"({"chidao":1,"source":"bad.txt","error":{"code":"invalid_utf8","message":"invalid UTF-8: byte sequence 0xFF is not a character","line":2,"column":1,"byte":2}})" );
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
