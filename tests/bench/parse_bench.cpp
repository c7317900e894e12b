// Throughput of the whole parse (decode, normalize, grammar, tree) on the five seed articles,
// concatenated N times into one document. Reports bytes per second.
//   build/release/tests/bench/chidao_bench --benchmark_filter=seeds/1000
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "chidao/parse.hpp"

namespace {

std::string seeds()
{
   std::string all;
   for( const char* name : { "no_list_statements_and_share_widget", "two_spoken_lists_with_repeated_headlines",
                             "mot_la_then_thu_nhat_lists", "semicolon_list_after_colon",
                             "inline_thu_nhat_and_closing_quote" } ) {
      std::ifstream in( std::filesystem::path( CHIDAO_FIXTURES_DIR ) / "articles" / ( std::string( name ) + ".txt" ),
                        std::ios::binary );
      std::ostringstream s;
      s << in.rdbuf();
      all += s.str();
      all += "\n\n";
   }
   return all;
}

void parse_seeds( benchmark::State& state )
{
   const std::string one = seeds();
   std::string input;
   for( long i = 0; i < state.range( 0 ); ++i ) {
      input += one;
   }
   for( auto _ : state ) {
      benchmark::DoNotOptimize( chidao::parse( input, "seeds" ) );
   }
   state.SetBytesProcessed( static_cast< int64_t >( state.iterations() ) * static_cast< int64_t >( input.size() ) );
}
BENCHMARK( parse_seeds )->Name( "seeds" )->Arg( 1 )->Arg( 10 )->Arg( 100 )->Arg( 1000 )->Unit( benchmark::kMillisecond );

}  // namespace

BENCHMARK_MAIN();
