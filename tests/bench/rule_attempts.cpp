// SPDX-License-Identifier: MIT
// How much the grammar tries: rule attempts per input byte, counted by a PEGTL control that wraps the
// normal one, and the rules tried most. A measure of work that load on the machine does not blur.
//   build/rel/tests/bench/rule_attempts FILE [BYTES]
// FILE holds documents joined by "\n\n=====\n\n" (the corpus format); the first BYTES bytes (default
// 2,000,000) are read, cut at a document boundary.
#include <tao/pegtl/demangle.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/lexicon.hpp"
#include "parse/actions.hpp"
#include "text/decode.hpp"
#include "text/normalize.hpp"
#include "tree/builder.hpp"

namespace {

namespace pg = tao::pegtl;

struct rule_count {
   std::string_view name;
   const std::size_t* attempts;
   const std::size_t* within;  // attempts while this rule was being matched, its own included
};

std::vector< rule_count >& counted_rules()
{
   static std::vector< rule_count > all;
   return all;
}

std::size_t total_attempts = 0;

// The rules being matched, each once however deeply it recurses: an attempt counts for each of them.
std::vector< std::size_t* >& open_rules()
{
   static std::vector< std::size_t* > all;
   return all;
}

template< typename Rule >
struct counting : pg::normal< Rule > {
   static inline std::size_t attempts = 0;
   static inline std::size_t within = 0;
   static inline std::size_t depth = 0;

   template< typename ParseInput, typename... States >
   static void start( const ParseInput& /*unused*/, States&&... /*unused*/ ) noexcept
   {
      if( attempts++ == 0 ) {
         counted_rules().push_back( { pg::demangle< Rule >(), &attempts, &within } );
      }
      ++total_attempts;
      if( depth++ == 0 ) {
         open_rules().push_back( &within );
      }
      for( std::size_t* w : open_rules() ) {
         ++*w;
      }
   }
   template< typename ParseInput, typename... States >
   static void success( const ParseInput& /*unused*/, States&&... /*unused*/ ) noexcept
   {
      close();
   }
   template< typename ParseInput, typename... States >
   static void failure( const ParseInput& /*unused*/, States&&... /*unused*/ ) noexcept
   {
      close();
   }
   static void close() noexcept
   {
      if( --depth == 0 ) {
         open_rules().pop_back();
      }
   }
};

}  // namespace

int main( int argc, char** argv )
{
   if( argc < 2 ) {
      std::fprintf( stderr, "usage: rule_attempts FILE [BYTES]\n" );
      return 2;
   }
   const std::size_t budget = argc > 2 ? std::strtoull( argv[ 2 ], nullptr, 10 ) : 2'000'000;
   std::ifstream in( argv[ 1 ], std::ios::binary );
   std::string text( budget, '\0' );
   in.read( text.data(), static_cast< std::streamsize >( budget ) );
   text.resize( static_cast< std::size_t >( in.gcount() ) );
   const std::string separator = "\n\n=====\n\n";
   const chidao::lexicon lexicon;
   std::size_t bytes = 0;
   std::size_t documents = 0;
   for( std::size_t at = 0; at < text.size(); ) {
      const std::size_t end = text.find( separator, at );
      if( end == std::string::npos ) {
         break;
      }
      const std::string_view document( text.data() + at, end - at );
      at = end + separator.size();
      const auto decoded = chidao::detail::decode( document, true, "attempts" );
      const auto normalized = chidao::detail::normalize( decoded.text( document ), decoded.edits );
      const chidao::detail::grammar_context context{ normalized.text.data(), document, &normalized.map, &lexicon.tables() };
      chidao::detail::builder sink;
      chidao::detail::parse_state st( context, sink );
      pg::memory_input< pg::tracking_mode::lazy, pg::eol::lf_crlf, const char* > input( normalized.text.data(), normalized.text.size(),
                                                                                     "attempts" );
      if( !pg::parse< chidao::grammar::document, chidao::detail::action, counting >( input, st ) ) {
         std::fprintf( stderr, "rule_attempts: the grammar refused a document\n" );
         return 1;
      }
      bytes += document.size();
      ++documents;
   }
   std::printf( "%zu documents, %zu bytes: %zu rule attempts, %.1f per byte\n", documents, bytes, total_attempts,
                static_cast< double >( total_attempts ) / static_cast< double >( std::max< std::size_t >( bytes, 1 ) ) );
   auto& rules = counted_rules();
   std::sort( rules.begin(), rules.end(), []( const rule_count& a, const rule_count& b ) { return *a.attempts > *b.attempts; } );
   for( std::size_t i = 0; i < std::min< std::size_t >( 15, rules.size() ); ++i ) {
      std::printf( "%8.3f per byte  %.*s\n", static_cast< double >( *rules[ i ].attempts ) / static_cast< double >( bytes ),
                   static_cast< int >( std::min< std::size_t >( rules[ i ].name.size(), 110 ) ), rules[ i ].name.data() );
   }
   // Where the attempts are made: the grammar's own rules by the attempts made inside them.
   std::erase_if( rules, []( const rule_count& r ) { return !r.name.starts_with( "chidao::grammar::" ) || r.name.find( '<' ) != std::string_view::npos; } );
   std::sort( rules.begin(), rules.end(), []( const rule_count& a, const rule_count& b ) { return *a.within > *b.within; } );
   std::printf( "attempts made within a rule, per byte:\n" );
   for( std::size_t i = 0; i < std::min< std::size_t >( 40, rules.size() ); ++i ) {
      std::printf( "%8.3f per byte  %.*s\n", static_cast< double >( *rules[ i ].within ) / static_cast< double >( bytes ),
                   static_cast< int >( rules[ i ].name.size() - 17 ), rules[ i ].name.data() + 17 );
   }
   return 0;
}
