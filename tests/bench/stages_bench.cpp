// SPDX-License-Identifier: MIT
// Throughput of each stage of the pipeline, in bytes of input per second, so that a regression shows
// where it is: decode, normalize (with its offset map), grammar (events only), tree (events to a
// document), JSON. Each stage runs alone over the documents, its input prepared beforehand.
//
// Input: CHIDAO_BENCH_INPUT, a file of documents joined by "\n\n=====\n\n" (the corpus format; the
// first CHIDAO_BENCH_BYTES bytes of it, 16 MiB by default), else the articles under fixtures/.
//   CHIDAO_BENCH_INPUT=build/corpus/vi-news.txt build/rel/tests/bench/stages_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "chidao/lexicon.hpp"
#include "chidao/parse.hpp"
#include "chidao/write.hpp"
#include "parse/parse.hpp"
#include "text/decode.hpp"
#include "text/normalize.hpp"
#include "tree/builder.hpp"

namespace {

std::string read_file( const std::filesystem::path& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream s;
   s << in.rdbuf();
   return s.str();
}

std::vector< std::string > load_documents()
{
   std::vector< std::string > documents;
   if( const char* input = std::getenv( "CHIDAO_BENCH_INPUT" ) ) {
      const char* limit = std::getenv( "CHIDAO_BENCH_BYTES" );
      const std::size_t budget = limit ? std::strtoull( limit, nullptr, 10 ) : std::size_t{ 16 } << 20;
      std::ifstream in( input, std::ios::binary );
      std::string text( budget, '\0' );
      in.read( text.data(), static_cast< std::streamsize >( budget ) );
      text.resize( static_cast< std::size_t >( in.gcount() ) );
      const std::string separator = "\n\n=====\n\n";
      for( std::size_t at = 0; at < text.size(); ) {
         const std::size_t end = text.find( separator, at );
         if( end == std::string::npos ) {
            break;  // the last document may be cut by the budget: left out
         }
         documents.push_back( text.substr( at, end - at ) );
         at = end + separator.size();
      }
   }
   else {
      for( const auto& entry : std::filesystem::directory_iterator( std::filesystem::path( CHIDAO_FIXTURES_DIR ) / "articles" ) ) {
         if( entry.path().extension() == ".txt" ) {
            documents.push_back( read_file( entry.path() ) );
         }
      }
   }
   return documents;
}

// Every stage's input, prepared once.
struct prepared {
   std::vector< std::string > raw;
   std::vector< chidao::detail::decoded_text > decoded;
   std::vector< chidao::detail::normalized_text > normalized;
   std::vector< std::unique_ptr< chidao::detail::source_text > > sources;  // the same, as the tree reads them
   std::vector< chidao::detail::builder > events;  // the grammar's events, waiting for the tree
   std::vector< chidao::document > documents;
   std::size_t bytes = 0;
   chidao::lexicon lexicon;

   prepared()
   {
      raw = load_documents();
      for( std::size_t i = 0; i < raw.size(); ++i ) {
         bytes += raw[ i ].size();
         decoded.push_back( chidao::detail::decode( raw[ i ], true, "bench" ) );
         normalized.push_back( chidao::detail::normalize( decoded[ i ].text( raw[ i ] ), decoded[ i ].edits ) );
         events.emplace_back();
         chidao::detail::parse_normalized( normalized[ i ].text, context( i ), events[ i ] );
         sources.push_back( std::make_unique< chidao::detail::source_text >( raw[ i ], true, "bench", "" ) );
         chidao::detail::builder copy = events[ i ];
         documents.push_back( std::move( copy ).finish( "bench", *sources[ i ], lexicon.tables() ) );
      }
      std::cerr << "stages_bench: " << raw.size() << " documents, " << bytes << " bytes\n";
   }

   [[nodiscard]] chidao::detail::grammar_context context( std::size_t i ) const
   {
      return { normalized[ i ].text.data(), raw[ i ], &normalized[ i ].map, &lexicon.tables() };
   }
};

const prepared& input()
{
   static const prepared p;
   return p;
}

void run( benchmark::State& state, const std::function< void( const prepared&, std::size_t ) >& stage )
{
   const prepared& p = input();
   for( auto _ : state ) {
      for( std::size_t i = 0; i < p.raw.size(); ++i ) {
         stage( p, i );
      }
   }
   state.SetBytesProcessed( static_cast< int64_t >( state.iterations() ) * static_cast< int64_t >( p.bytes ) );
   state.counters[ "documents" ] = benchmark::Counter( static_cast< double >( p.raw.size() ), benchmark::Counter::kIsIterationInvariantRate );
}

void decode( benchmark::State& state )
{
   run( state, []( const prepared& p, std::size_t i ) { benchmark::DoNotOptimize( chidao::detail::decode( p.raw[ i ], true, "bench" ) ); } );
}

void normalize( benchmark::State& state )
{
   run( state, []( const prepared& p, std::size_t i ) {
      benchmark::DoNotOptimize( chidao::detail::normalize( p.decoded[ i ].text( p.raw[ i ] ), p.decoded[ i ].edits ) );
   } );
}

// A sink that keeps nothing: the grammar alone.
class discard final : public chidao::detail::event_sink {
public:
   void marker( const chidao::detail::marker_event& ) override {}
   void semicolon_point( chidao::detail::text_range ) override {}
   void semicolon_list( chidao::detail::text_range ) override {}
   void announced_count( unsigned, chidao::detail::text_range ) override {}
   void paragraph( chidao::detail::text_range ) override {}
   void noise( chidao::noise_kind, chidao::detail::text_range ) override {}
   void statement( const chidao::detail::statement_event& ) override {}
   void mention( const chidao::detail::mention_event& ) override {}
   void interview_lead( std::size_t ) override {}
   void quotation( chidao::detail::text_range ) override {}
   void sentence_end( std::size_t ) override {}
};

void grammar( benchmark::State& state )
{
   run( state, []( const prepared& p, std::size_t i ) {
      discard sink;
      chidao::detail::parse_normalized( p.normalized[ i ].text, p.context( i ), sink );
   } );
}

// Includes copying the recorded events, which finish() consumes.
void tree( benchmark::State& state )
{
   run( state, []( const prepared& p, std::size_t i ) {
      chidao::detail::builder events = p.events[ i ];
      benchmark::DoNotOptimize( std::move( events ).finish( "bench", *p.sources[ i ], p.lexicon.tables() ) );
   } );
}

void json( benchmark::State& state )
{
   run( state, []( const prepared& p, std::size_t i ) { benchmark::DoNotOptimize( chidao::to_json( p.documents[ i ] ) ); } );
}

void whole_parse( benchmark::State& state )
{
   const chidao::parser parser;
   run( state, [ &parser ]( const prepared& p, std::size_t i ) { benchmark::DoNotOptimize( parser.parse( p.raw[ i ], "bench" ) ); } );
}

BENCHMARK( decode )->Unit( benchmark::kMillisecond );
BENCHMARK( normalize )->Unit( benchmark::kMillisecond );
BENCHMARK( grammar )->Unit( benchmark::kMillisecond );
BENCHMARK( tree )->Unit( benchmark::kMillisecond );
BENCHMARK( json )->Unit( benchmark::kMillisecond );
BENCHMARK( whole_parse )->Unit( benchmark::kMillisecond );

}  // namespace

BENCHMARK_MAIN();
