// Linear time and bounded memory, measured (issue: never hang, never blow up):
//   time(8N) / time(N) <= 9 for ordinary prose, marker-dense text and quote-dense text;
//   peak memory of one document within a small constant factor of its size;
//   a multi-document run's memory bounded by its largest document, not by the whole input.
//   build/check/tests/bench/growth_check build/check/chidao
// Prints each figure and exits 1 when one is out of bounds. Timings are the best of three.
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "chidao/parse.hpp"

namespace {

// `piece` again and again to `bytes`, each copy numbered where the piece says "#", so that no two
// paragraphs are the same (repeated paragraphs are page noise, a different path through chidao).
std::string repeat_to( std::string_view piece, std::size_t bytes )
{
   std::string out;
   out.reserve( bytes + piece.size() + 16 );
   for( std::size_t copy = 0; out.size() < bytes; ++copy ) {
      for( const char c : piece ) {
         if( c == '#' ) {
            out += std::to_string( copy );
         }
         else {
            out += c;
         }
      }
   }
   return out;
}

double best_seconds( const std::string& text )
{
   const chidao::parser parser;
   double best = 1e9;
   for( int i = 0; i < 3; ++i ) {
      const auto start = std::chrono::steady_clock::now();
      const chidao::document doc = parser.parse( text, "growth" );
      best = std::min( best, std::chrono::duration< double >( std::chrono::steady_clock::now() - start ).count() );
      if( doc.source.empty() ) {
         std::abort();
      }
   }
   return best;
}

// Peak resident memory, in bytes, of a child process that parses `text` once.
long peak_parsing( const std::string& text )
{
   const pid_t child = fork();
   if( child == 0 ) {
      (void)chidao::parse( text, "growth" );
      _exit( 0 );
   }
   int status = 0;
   rusage usage{};
   wait4( child, &status, 0, &usage );
   return usage.ru_maxrss * 1024L;
}

// Peak resident memory, in bytes, of the CLI over `file`.
long peak_cli( const char* chidao, const std::string& file )
{
   const pid_t child = fork();
   if( child == 0 ) {
      const int null = open( "/dev/null", O_WRONLY );
      dup2( null, STDOUT_FILENO );
      execl( chidao, chidao, "-q", "-f", "jsonl", "--split-on", "=====", file.c_str(), static_cast< char* >( nullptr ) );
      _exit( 127 );
   }
   int status = 0;
   rusage usage{};
   wait4( child, &status, 0, &usage );
   return WIFEXITED( status ) && WEXITSTATUS( status ) == 0 ? usage.ru_maxrss * 1024L : -1;
}

}  // namespace

int main( int argc, char** argv )
{
   int failures = 0;
   const std::size_t n = 1 << 20;  // 1 MiB, then 8 MiB
   const struct {
      const char* name;
      const char* piece;
   } kinds[] = {
      { "prose", "Bộ trưởng nhấn mạnh, cục diện thế giới hiện nay đang chịu tác động to lớn bởi diễn biến phức tạp của dịch bệnh. " },
      { "marker-dense", "Thứ nhất, cần A#.\nThứ hai, cần B#.\nMột là x#; hai là y#; thứ ba, z#.\n1. a#\n2. b#\n- c#\n- d#\n" },
      { "quote-dense", "“Đối ngoại địa phương là nhiệm vụ chung”, ông nói. “Thứ nhất, “lồng” nhau”, Bộ trưởng ghi nhận; “mở " },
   };
   for( const auto& kind : kinds ) {
      const double small = best_seconds( repeat_to( kind.piece, n ) );
      const double large = best_seconds( repeat_to( kind.piece, 8 * n ) );
      const double ratio = large / small;
      std::printf( "time %-12s  1 MiB %.3f s  8 MiB %.3f s  ratio %.2f (at most 9)\n", kind.name, small, large, ratio );
      failures += ratio > 9.0 ? 1 : 0;
   }
   const long base = peak_parsing( "" );
   for( const std::size_t size : { 4 * n, 32 * n } ) {
      const long peak = peak_parsing( repeat_to( kinds[ 1 ].piece, size ) );
      const double factor = static_cast< double >( peak - base ) / static_cast< double >( size );
      std::printf( "memory of one %zu MiB document: %.1f times its size (at most 40)\n", size >> 20, factor );
      failures += factor > 40.0 ? 1 : 0;
   }
   // One line of 100 MB: it parses, in time and memory in line with the rest.
   {
      const std::string line = repeat_to( kinds[ 0 ].piece, 100u << 20 );
      const auto start = std::chrono::steady_clock::now();
      const long peak = peak_parsing( line );
      const double seconds = std::chrono::duration< double >( std::chrono::steady_clock::now() - start ).count();
      const double factor = static_cast< double >( peak - base ) / static_cast< double >( line.size() );
      std::printf( "one 100 MiB line of prose: %.1f s, %.1f times its size (at most 40)\n", seconds, factor );
      failures += factor > 40.0 ? 1 : 0;
   }
   if( argc > 1 ) {
      const std::string document = repeat_to( kinds[ 0 ].piece, 64 * 1024 ) + "\n";
      const auto write = [ & ]( const std::string& path, int documents ) {
         std::ofstream out( path, std::ios::binary );
         for( int i = 0; i < documents; ++i ) {
            out << ( i ? "\n\n=====\n\n" : "" ) << document;
         }
      };
      write( "/tmp/chidao_growth_10.txt", 10 );
      write( "/tmp/chidao_growth_1000.txt", 1000 );
      const long few = peak_cli( argv[ 1 ], "/tmp/chidao_growth_10.txt" );
      const long many = peak_cli( argv[ 1 ], "/tmp/chidao_growth_1000.txt" );
      const double ratio = static_cast< double >( many ) / static_cast< double >( few );
      std::printf( "CLI memory, 1000 vs 10 documents of 64 KiB (64 MiB vs 0.6 MiB): %.1f vs %.1f MiB, ratio %.2f (at most 1.5)\n",
                   static_cast< double >( many ) / ( 1 << 20 ), static_cast< double >( few ) / ( 1 << 20 ), ratio );
      failures += few <= 0 || many <= 0 || ratio > 1.5 ? 1 : 0;
      std::remove( "/tmp/chidao_growth_10.txt" );
      std::remove( "/tmp/chidao_growth_1000.txt" );
   }
   std::printf( "%d passed, %d failed\n", failures == 0 ? 1 : 0, failures );
   return failures == 0 ? 0 : 1;
}
