// SPDX-License-Identifier: MIT
// Every fixtures/<folder>/<name>.txt is parsed and compared with <name>.json; each pair is the
// GoogleTest case <folder>.<name>. An input without an expectation, or the reverse, fails. Where
// <name>.jsonl, <name>.outline or <name>.md exists, the JSON line, the outline (100 columns, no colour) or
// the Markdown is compared too.
//
// Options for a fixture, when it needs any, sit in <name>.options, one per line: "lenient", or
// "lexicon FILE" (a lexicon file beside the fixture, as `chidao --lexicon FILE`), "encoding NAME".
//
// Regenerating is a deliberate act:
//   CHIDAO_UPDATE_FIXTURES='markers/inline_*' build/tests/fixture_runner
// rewrites only the matching expectations and reports them as skipped. Read the diff before committing.
#include <fnmatch.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chidao/parse.hpp"
#include "chidao/write.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path fixtures_root = CHIDAO_FIXTURES_DIR;

std::string read_file( const fs::path& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream s;
   s << in.rdbuf();
   return s.str();
}

std::vector< std::string > split_lines( const std::string& text )
{
   std::vector< std::string > lines;
   std::istringstream in( text );
   for( std::string line; std::getline( in, line ); ) {
      lines.push_back( line );
   }
   return lines;
}

// A line diff (longest common subsequence) of expected and actual, with "-"/"+" marks and a little
// context, so a failure shows what changed rather than two walls of JSON.
std::string line_diff( const std::string& expected, const std::string& actual )
{
   const auto a = split_lines( expected );
   const auto b = split_lines( actual );
   std::vector< std::vector< unsigned > > lcs( a.size() + 1, std::vector< unsigned >( b.size() + 1, 0 ) );
   for( std::size_t i = a.size(); i-- > 0; ) {
      for( std::size_t j = b.size(); j-- > 0; ) {
         lcs[ i ][ j ] = a[ i ] == b[ j ] ? lcs[ i + 1 ][ j + 1 ] + 1 : std::max( lcs[ i + 1 ][ j ], lcs[ i ][ j + 1 ] );
      }
   }
   struct row {
      char mark;
      std::size_t line;
      std::string text;
   };
   std::vector< row > rows;
   std::size_t i = 0, j = 0;
   while( i < a.size() || j < b.size() ) {
      if( i < a.size() && j < b.size() && a[ i ] == b[ j ] ) {
         rows.push_back( { ' ', i + 1, a[ i ] } );
         ++i, ++j;
      }
      else if( j < b.size() && ( i == a.size() || lcs[ i ][ j + 1 ] >= lcs[ i + 1 ][ j ] ) ) {
         rows.push_back( { '+', j + 1, b[ j ] } );
         ++j;
      }
      else {
         rows.push_back( { '-', i + 1, a[ i ] } );
         ++i;
      }
   }
   std::string out;
   const std::size_t context = 2;
   for( std::size_t k = 0; k < rows.size(); ++k ) {
      bool near_change = false;
      for( std::size_t d = ( k >= context ? k - context : 0 ); d <= std::min( rows.size() - 1, k + context ); ++d ) {
         near_change = near_change || rows[ d ].mark != ' ';
      }
      if( near_change ) {
         out += rows[ k ].mark + std::string( " " ) + std::to_string( rows[ k ].line ) + ": " + rows[ k ].text + "\n";
      }
   }
   return out;
}

class fixture_test : public testing::Test {
public:
   fixture_test( fs::path input, std::string relative ) : input_( std::move( input ) ), relative_( std::move( relative ) ) {}

   void TestBody() override
   {
      chidao::parse_options options;
      const fs::path options_file = fs::path( input_ ).replace_extension( ".options" );
      if( fs::exists( options_file ) ) {
         for( const std::string& line : split_lines( read_file( options_file ) ) ) {
            if( line == "lenient" ) {
               options.lenient = true;
            }
            else if( line.starts_with( "encoding " ) ) {
               options.encoding = line.substr( 9 );
            }
            else if( line.starts_with( "lexicon " ) ) {
               options.lexicon.load( input_.parent_path() / line.substr( 8 ) );
            }
            else if( !line.empty() ) {
               FAIL() << options_file << ": unknown option '" << line << "'";
            }
         }
      }
      std::string json, line, outline, markdown;
      try {
         const chidao::document doc = chidao::parse( read_file( input_ ), relative_, options );
         json = chidao::to_json( doc, { .pretty = true } );
         line = chidao::to_json( doc ) + "\n";  // as --format jsonl writes it
         outline = chidao::to_outline( doc, { .width = 100, .color = false } );
         markdown = chidao::to_markdown( doc );
      }
      catch( const chidao::error& e ) {
         json = chidao::to_json( e, { .pretty = true } );
         line = chidao::to_json( e ) + "\n";
      }
      compare( ".json", json, true );
      compare( ".jsonl", line, false );
      compare( ".outline", outline, false );
      compare( ".md", markdown, false );
   }

private:
   // `required`: the JSON expectation must exist; the other formats are compared where they exist.
   void compare( const char* extension, const std::string& actual, bool required ) const
   {
      const fs::path expected_file = fs::path( input_ ).replace_extension( extension );
      if( !required && !fs::exists( expected_file ) ) {
         return;
      }
      const char* update = std::getenv( "CHIDAO_UPDATE_FIXTURES" );
      const std::string stem = relative_.substr( 0, relative_.size() - 4 );
      if( update != nullptr && fnmatch( update, stem.c_str(), 0 ) == 0 ) {
         std::ofstream( expected_file, std::ios::binary ) << actual;
         GTEST_SKIP() << "regenerated " << expected_file << ": read `git diff " << expected_file << "` before committing";
      }
      ASSERT_TRUE( fs::exists( expected_file ) ) << "no expectation " << expected_file
                                                 << " (write it with CHIDAO_UPDATE_FIXTURES and read it)";
      const std::string expected = read_file( expected_file );
      EXPECT_TRUE( expected == actual ) << relative_ << " differs from " << expected_file << " (- expected, + actual):\n"
                                        << line_diff( expected, actual );
   }

public:

private:
   fs::path input_;
   std::string relative_;
};

class orphan_expectation : public testing::Test {
public:
   explicit orphan_expectation( fs::path json ) : json_( std::move( json ) ) {}
   void TestBody() override { FAIL() << json_ << " has no input " << fs::path( json_ ).replace_extension( ".txt" ); }

private:
   fs::path json_;
};

// GoogleTest names: the folder (slashes as underscores) and the file stem.
std::pair< std::string, std::string > test_name( const fs::path& relative )
{
   std::string suite = relative.parent_path().generic_string();
   std::replace( suite.begin(), suite.end(), '/', '_' );
   return { suite.empty() ? "fixtures" : suite, relative.stem().string() };
}

}  // namespace

int main( int argc, char** argv )
{
   testing::InitGoogleTest( &argc, argv );
   std::vector< fs::path > files;
   for( const auto& entry : fs::recursive_directory_iterator( fixtures_root ) ) {
      if( entry.is_regular_file() ) {
         files.push_back( entry.path() );
      }
   }
   std::sort( files.begin(), files.end() );
   for( const fs::path& file : files ) {
      const fs::path relative = fs::relative( file, fixtures_root );
      const auto [ suite, name ] = test_name( relative );
      if( file.extension() == ".txt" ) {
         testing::RegisterTest( suite.c_str(), name.c_str(), nullptr, nullptr, __FILE__, __LINE__,
                                [ file, rel = relative.generic_string() ]() -> testing::Test* {
                                   return new fixture_test( file, rel );
                                } );
      }
      else if( ( file.extension() == ".json" || file.extension() == ".jsonl" || file.extension() == ".outline" ||
                 file.extension() == ".md" ) &&
               !fs::exists( fs::path( file ).replace_extension( ".txt" ) ) && relative.filename() != "README.md" ) {
         testing::RegisterTest( suite.c_str(), ( name + "_orphan" ).c_str(), nullptr, nullptr, __FILE__, __LINE__,
                                [ file ]() -> testing::Test* { return new orphan_expectation( file ); } );
      }
   }
   return RUN_ALL_TESTS();
}
