// SPDX-License-Identifier: MIT
// Throughput of the whole parse (decode, normalize, grammar, tree) on the five seed articles, each
// parsed as its own document, N times over. Reports bytes per second.
//   build/release/tests/bench/chidao_bench --benchmark_filter=seeds/1000
// (Concatenating the seeds into one document would measure little: after the first page's
// "Chia sẻ:" block everything is read as related links, without the content grammar.)
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chidao/parse.hpp"
#include "chidao/write.hpp"

namespace {

std::vector< std::string > seeds()
{
   std::vector< std::string > all;
   for( const char* name : { "no_list_statements_and_share_widget", "two_spoken_lists_with_repeated_headlines",
                             "mot_la_then_thu_nhat_lists", "semicolon_list_after_colon",
                             "inline_thu_nhat_and_closing_quote" } ) {
      std::ifstream in( std::filesystem::path( CHIDAO_FIXTURES_DIR ) / "articles" / ( std::string( name ) + ".txt" ),
                        std::ios::binary );
      std::ostringstream s;
      s << in.rdbuf();
      all.push_back( s.str() );
   }
   return all;
}

void parse_seeds( benchmark::State& state )
{
   const std::vector< std::string > documents = seeds();
   std::size_t bytes = 0;
   for( const auto& d : documents ) {
      bytes += d.size();
   }
   const chidao::parser parser;
   for( auto _ : state ) {
      for( long i = 0; i < state.range( 0 ); ++i ) {
         for( const auto& d : documents ) {
            benchmark::DoNotOptimize( parser.parse( d, "seed" ) );
         }
      }
   }
   state.SetBytesProcessed( static_cast< int64_t >( state.iterations() ) * state.range( 0 ) * static_cast< int64_t >( bytes ) );
}
BENCHMARK( parse_seeds )->Name( "seeds" )->Arg( 1 )->Arg( 10 )->Arg( 100 )->Arg( 1000 )->Unit( benchmark::kMillisecond );

// What a document costs the library whatever it holds: parsing and writing one with nothing to find.
// (The CLI's own cost a document is its time on many such documents, less this: scripts/bench.)
void per_document( benchmark::State& state )
{
   const chidao::parser parser;
   const std::string text = "Xin chào.";
   for( auto _ : state ) {
      benchmark::DoNotOptimize( chidao::to_json( parser.parse( text, "d" ) ) );
   }
}
BENCHMARK( per_document )->Name( "per_document" )->Unit( benchmark::kMicrosecond );

}  // namespace

BENCHMARK_MAIN();
