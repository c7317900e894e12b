// SPDX-License-Identifier: MIT
// The lossless reading: for every fixture, the leaves cover the input exactly, in order, each owned by
// a node of the tree; and the JSON with leaves rebuilds the input byte for byte.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chidao/parse.hpp"
#include "chidao/write.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file( const fs::path& p )
{
   std::ifstream in( p, std::ios::binary );
   std::ostringstream s;
   s << in.rdbuf();
   return s.str();
}

std::vector< fs::path > inputs()
{
   std::vector< fs::path > out;
   for( const auto& e : fs::recursive_directory_iterator( CHIDAO_FIXTURES_DIR ) ) {
      // Invalid UTF-8 cannot travel in JSON strings; those two fixtures are the only ones left out.
      if( e.path().extension() == ".txt" && e.path().stem().string().find( "invalid_utf8" ) == std::string::npos ) {
         out.push_back( e.path() );
      }
   }
   std::sort( out.begin(), out.end() );
   return out;
}

}  // namespace

class leaves : public testing::TestWithParam< fs::path > {};

TEST_P( leaves, rebuild_the_input_byte_for_byte )
{
   const std::string original = read_file( GetParam() );
   chidao::parse_options options;
   const bool utf16 = original.starts_with( "\xFF\xFE" ) || original.starts_with( "\xFE\xFF" );
   if( GetParam().stem() == "windows_1258" ) {
      options.encoding = "windows-1258";
   }
   const chidao::document doc = chidao::parse( original, "x", options );
   std::string problem;
   EXPECT_TRUE( chidao::verify_roundtrip( doc, original, &problem ) ) << problem;
   if( utf16 || !options.encoding.empty() ) {
      return;  // leaves cover the bytes, but JSON strings can carry only UTF-8
   }
   const auto j = nlohmann::json::parse( chidao::to_json( doc, original, {} ) );
   std::string rebuilt;
   for( const auto& l : j.at( "leaves" ) ) {
      rebuilt += l.at( "text" ).get< std::string >();
      const std::string owner = l.at( "owner" );
      EXPECT_NO_THROW( (void)j.at( nlohmann::json::json_pointer( owner ) ) ) << owner;  // a real node
   }
   EXPECT_EQ( rebuilt, original );
}

INSTANTIATE_TEST_SUITE_P( fixtures, leaves, testing::ValuesIn( inputs() ), []( const testing::TestParamInfo< fs::path >& p ) {
   return p.param.parent_path().filename().string() + "_" + p.param.stem().string();
} );

TEST( leaves_kinds, markers_text_statements_and_noise_have_their_owners )
{
   const std::string text = "Bộ trưởng đề nghị:\nThứ nhất, làm A.\nẢnh: TTXVN\nThứ hai, làm B.\n";
   const chidao::document doc = chidao::parse( text, "x" );
   std::string seen;
   for( const auto& l : chidao::leaves( doc, text ) ) {
      seen += std::string( to_string( l.kind ) ) + " " + l.owner + " '" + text.substr( l.span.begin, l.span.end - l.span.begin ) + "'\n";
   }
   EXPECT_EQ( seen,
              "statement_text /nodes/0 'Bộ trưởng đề nghị:'\n"
              "space /nodes/0 '\n'\n"
              "marker /nodes/0/children/0/items/0 'Thứ nhất'\n"
              "punctuation /nodes/0/children/0/items/0 ', '\n"
              "item_text /nodes/0/children/0/items/0 'làm A.'\n"
              "space /nodes/0/children/0 '\n'\n"
              "noise /nodes/0/children/0/items/0/children/0 'Ảnh: TTXVN'\n"
              "space /nodes/0/children/0 '\n'\n"
              "marker /nodes/0/children/0/items/1 'Thứ hai'\n"
              "punctuation /nodes/0/children/0/items/1 ', '\n"
              "item_text /nodes/0/children/0/items/1 'làm B.'\n"
              "space  '\n'\n" );
}
