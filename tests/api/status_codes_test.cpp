// SPDX-License-Identifier: MIT
// One list of error codes, and the three places that spell it: the C API's status constants (chidao.h),
// chidao::errc with to_string(), and the "code" enum of the JSON schema. Any of them drifting from the
// list (a code added, renamed or renumbered in one place only) fails here.
#include <chidao/chidao.h>
#include <chidao/error.hpp>

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

struct status_code {
   const char* name;  // as the error document's "code" spells it
   chidao::errc code;
   int c_status;
};

// The list. A new code goes here, into errc and to_string(), chidao.h and the schema, together.
const status_code codes[] = {
   { "invalid_utf8", chidao::errc::invalid_utf8, CHIDAO_INVALID_UTF8 },
   { "input_too_large", chidao::errc::input_too_large, CHIDAO_INPUT_TOO_LARGE },
   { "io_failure", chidao::errc::io_failure, CHIDAO_IO_FAILURE },
   { "invalid_lexicon", chidao::errc::invalid_lexicon, CHIDAO_INVALID_LEXICON },
   { "invalid_encoding", chidao::errc::invalid_encoding, CHIDAO_INVALID_ENCODING },
   { "out_of_memory", chidao::errc::out_of_memory, CHIDAO_OUT_OF_MEMORY },
   { "internal_error", chidao::errc::internal_error, CHIDAO_INTERNAL_ERROR },
};

std::string read( const std::string& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream out;
   out << in.rdbuf();
   return out.str();
}

std::string upper( std::string s )
{
   for( char& c : s ) {
      c = static_cast< char >( std::toupper( static_cast< unsigned char >( c ) ) );
   }
   return s;
}

}  // namespace

TEST( status_codes, c_statuses_are_the_errc_values )
{
   for( const status_code& c : codes ) {
      EXPECT_EQ( c.c_status, static_cast< int >( c.code ) ) << c.name;
   }
}

TEST( status_codes, errc_spells_each_code_as_listed )
{
   for( const status_code& c : codes ) {
      EXPECT_STREQ( chidao::to_string( c.code ), c.name );
   }
}

// errc cannot be enumerated, but to_string() names every value it has (-Wswitch keeps it complete):
// a value it names that the list lacks is a code added to errc only.
TEST( status_codes, errc_has_no_code_the_list_lacks )
{
   std::map< int, std::string > named;
   for( int value = 0; value < 1024; ++value ) {
      const std::string name = chidao::to_string( static_cast< chidao::errc >( value ) );
      if( name != "unknown" ) {
         named[ value ] = name;
      }
   }
   std::map< int, std::string > listed;
   for( const status_code& c : codes ) {
      listed[ c.c_status ] = c.name;
   }
   EXPECT_EQ( named, listed );
}

// The header as written, not only as compiled: every constant of enum chidao_status is CHIDAO_OK or a
// listed code, named after it in capitals.
TEST( status_codes, chidao_h_declares_exactly_the_list )
{
   const std::string header = read( CHIDAO_SOURCE_DIR "/include/chidao/chidao.h" );
   const auto begin = header.find( "enum chidao_status {" );
   ASSERT_NE( begin, std::string::npos ) << "chidao.h has no enum chidao_status";
   const auto end = header.find( "};", begin );
   ASSERT_NE( end, std::string::npos );
   const std::string block = header.substr( begin, end - begin );
   std::map< std::string, int > declared;
   const std::regex constant( R"((CHIDAO_[A-Z0-9_]+)\s*=\s*([0-9]+))" );
   for( std::sregex_iterator m( block.begin(), block.end(), constant ), none; m != none; ++m ) {
      declared[ ( *m )[ 1 ].str() ] = std::stoi( ( *m )[ 2 ].str() );
   }
   std::map< std::string, int > listed{ { "CHIDAO_OK", 0 } };
   for( const status_code& c : codes ) {
      listed[ "CHIDAO_" + upper( c.name ) ] = c.c_status;
   }
   EXPECT_EQ( declared, listed );
}

TEST( status_codes, the_schema_names_exactly_the_list )
{
   const auto schema = nlohmann::json::parse( read( CHIDAO_SOURCE_DIR "/schema/chidao.schema.json" ) );
   std::set< std::string > in_schema;
   for( const auto& name : schema.at( "/$defs/error_document/properties/error/properties/code/enum"_json_pointer ) ) {
      in_schema.insert( name.get< std::string >() );
   }
   std::set< std::string > listed;
   for( const status_code& c : codes ) {
      listed.insert( c.name );
   }
   EXPECT_EQ( in_schema, listed );
}
