// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>
#include <future>
#include <vector>

#include "chidao/parse.hpp"
#include "chidao/write.hpp"

// One parser serves many threads at once and gives each the same answer as alone.
TEST( parser, may_be_called_from_many_threads_at_once )
{
   std::vector< std::filesystem::path > inputs;
   for( const auto& entry : std::filesystem::recursive_directory_iterator( CHIDAO_FIXTURES_DIR ) ) {
      if( entry.path().extension() == ".txt" && entry.path().parent_path().filename() != "encodings" ) {
         inputs.push_back( entry.path() );
      }
   }
   const chidao::parser parser;
   std::vector< std::string > alone;
   for( const auto& p : inputs ) {
      alone.push_back( chidao::to_json( parser.parse_file( p ) ) );
   }
   std::vector< std::future< std::vector< std::string > > > runs;
   for( int t = 0; t < 4; ++t ) {
      runs.push_back( std::async( std::launch::async, [ & ] {
         std::vector< std::string > out;
         for( int round = 0; round < 5; ++round ) {
            for( const auto& p : inputs ) {
               out.push_back( chidao::to_json( parser.parse_file( p ) ) );
            }
         }
         return out;
      } ) );
   }
   for( auto& run : runs ) {
      const auto out = run.get();
      for( std::size_t i = 0; i < out.size(); ++i ) {
         ASSERT_EQ( out[ i ], alone[ i % alone.size() ] );
      }
   }
}

TEST( for_each_node, visits_every_node_depth_first_in_document_order )
{
   const chidao::Parser parser;  // the spelling of chidao::parser
   const chidao::Document doc = parser.parse( "Bộ trưởng đề nghị:\nThứ nhất, A:\n- a1\n- a2\nThứ hai, B.\nẢnh: TTXVN\n" );
   std::string seen;
   chidao::for_each_node( doc, [ & ]( const chidao::node& n, std::size_t depth ) {
      seen += std::to_string( depth ) + ( std::holds_alternative< chidao::list >( n )        ? "list "
                                          : std::holds_alternative< chidao::statement >( n ) ? "statement "
                                                                                             : "noise " );
   } );
   EXPECT_EQ( seen, "0statement 1list 2list 0noise " );
}
