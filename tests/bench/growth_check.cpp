// SPDX-License-Identifier: MIT
// Linear time and bounded memory, measured (issue: never hang, never blow up):
//   time(8N) / time(N) <= 15, N = 2 MiB, for prose and for text dense in markers, quotes, speakers,
//   inline lists and titles (a linear parse read 5.4 to 11.3 here, idle and with both cores busy; the
//   quadratic loops found so far read 30 to 64, and one made on purpose 141);
//   peak memory of one document within a small constant factor of its size, not growing with it;
//   a multi-document run's memory bounded by its largest document, not by the whole input.
//   build/check/tests/bench/growth_check build/check/chidao
// CHIDAO_GROWTH_ONLY=KIND measures that kind alone, without the CLI figures (to see a bound fail fast).
// Prints each figure and exits 1 when one is out of bounds. Timings are the best of five, in the
// parsing thread's CPU time.
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>

#include "chidao/parse.hpp"

namespace {

// A different full name for every copy: a surname and three given names, for 16 × 32³ people.
std::string name_for( std::size_t copy )
{
   static const char* const surnames[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng",
                                           "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Võ", "Đinh" };
   static const char* const given[] = { "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Hùng", "Khánh", "Lan",
                                        "Long", "Minh", "Nam", "Ngọc", "Phong", "Quang", "Sơn", "Tâm", "Thanh", "Thảo",
                                        "Trung", "Tuấn", "Vân", "Việt", "Xuân", "Yến", "Đức", "Hạnh", "Kiên", "Lâm", "Mai" };
   std::string out = surnames[ copy % 16 ];
   for( std::size_t rest = copy / 16, k = 0; k < 3; ++k, rest /= 32 ) {
      out += ' ';
      out += given[ rest % 32 ];
   }
   return out;
}

// `piece` again and again to `bytes`, each copy numbered where the piece says "#" and with its own
// person where it says "@", so that no two paragraphs are the same (repeated paragraphs are page
// noise, a different path through chidao) and a page can name thousands of people.
std::string repeat_to( std::string_view piece, std::size_t bytes )
{
   std::string out;
   out.reserve( bytes + piece.size() + 64 );
   for( std::size_t copy = 0; out.size() < bytes; ++copy ) {
      for( const char c : piece ) {
         if( c == '#' ) {
            out += std::to_string( copy );
         }
         else if( c == '@' ) {
            out += name_for( copy );
         }
         else {
            out += c;
         }
      }
   }
   return out;
}

// CPU time of this thread, so that another process on the machine does not count against chidao.
double thread_seconds()
{
   timespec now{};
   clock_gettime( CLOCK_THREAD_CPUTIME_ID, &now );
   return static_cast< double >( now.tv_sec ) + static_cast< double >( now.tv_nsec ) * 1e-9;
}

// Runs `work` in a child process forked from this one and returns what it computed, or -1 when the
// child failed. Every figure is taken this way, from a parent that stays small.
template< typename Work >
auto in_child( Work work ) -> decltype( work() )
{
   using result = decltype( work() );
   int channel[ 2 ];
   if( pipe( channel ) != 0 ) {
      return -1;
   }
   const pid_t child = fork();
   if( child == 0 ) {
      const result value = work();
      (void)!write( channel[ 1 ], &value, sizeof value );
      _exit( 0 );
   }
   close( channel[ 1 ] );
   result value = -1;
   if( read( channel[ 0 ], &value, sizeof value ) != sizeof value ) {
      value = -1;
   }
   close( channel[ 0 ] );
   waitpid( child, nullptr, 0 );
   return value;
}

// The best of five parses of `piece` repeated to `bytes`, each in a fresh child so that small and
// large inputs both start from a cold heap: in one process, glibc keeps a small run's memory for the
// next while a large run's blocks are mapped and unmapped every time, which flatters the small input.
double best_seconds( std::string_view piece, std::size_t bytes )
{
   double best = 1e9;
   for( int i = 0; i < 5; ++i ) {
      const double seconds = in_child( [ & ] {
         const std::string text = repeat_to( piece, bytes );
         const double start = thread_seconds();
         const chidao::document doc = chidao::parse( text, "growth" );
         return doc.source.empty() ? -1.0 : thread_seconds() - start;
      } );
      if( seconds < 0 ) {
         std::fprintf( stderr, "growth_check: a timing child failed\n" );
         std::exit( 2 );
      }
      best = std::min( best, seconds );
   }
   return best;
}

// A "Vm…:" figure of /proc/self/status, in bytes.
long status_bytes( const char* field )
{
   std::ifstream status( "/proc/self/status" );
   std::string line;
   while( std::getline( status, line ) ) {
      if( line.starts_with( field ) ) {
         return std::stol( line.substr( std::strlen( field ) ) ) * 1024L;
      }
   }
   return -1;
}

// Memory a parse adds at its peak, in bytes: a child builds the text, notes its resident size,
// parses, and reports its high-water mark minus that. (getrusage's ru_maxrss is no use here: a
// forked child starts from its parent's resident size, whatever the parent held before.)
long peak_parsing( std::string_view piece, std::size_t bytes )
{
   return in_child( [ & ] {
      const std::string text = repeat_to( piece, bytes );
      const long before = status_bytes( "VmRSS:" );
      (void)chidao::parse( text, "growth" );
      return status_bytes( "VmHWM:" ) - before;
   } );
}

// Peak resident memory, in bytes, of the CLI over `file`. The child's ru_maxrss starts from this
// process's resident size at the fork, so main() measures this first, while it is still small.
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
   const char* only = std::getenv( "CHIDAO_GROWTH_ONLY" );
   if( only != nullptr ) {
      argc = 1;  // no CLI figures
   }
   const char* marker_dense = "Thứ nhất, cần A#.\nThứ hai, cần B#.\nMột là x#; hai là y#; thứ ba, z#.\n1. a#\n2. b#\n- c#\n- d#\n";
   const char* prose = "Bộ trưởng nhấn mạnh, cục diện thế giới hiện nay đang chịu tác động to lớn bởi diễn biến phức tạp của dịch bệnh. ";
   if( argc > 1 ) {
      // First, while this process is small (see peak_cli). The CLI reads files in batches of up to 1 MB
      // and keeps a few per worker in flight, so the smaller run must fill that pipeline too: 100
      // documents (6.4 MiB), not 10 (0.6 MiB, less than one batch), whose peak left the batches out
      // and put a flat 1.4–1.5 against the bound.
      const std::string document = repeat_to( prose, 64 * 1024 ) + "\n";
      const auto write = [ & ]( const std::string& path, int documents ) {
         std::ofstream out( path, std::ios::binary );
         for( int i = 0; i < documents; ++i ) {
            out << ( i ? "\n\n=====\n\n" : "" ) << document;
         }
      };
      write( "/tmp/chidao_growth_100.txt", 100 );
      write( "/tmp/chidao_growth_1000.txt", 1000 );
      const long own = status_bytes( "VmRSS:" );
      const long few = peak_cli( argv[ 1 ], "/tmp/chidao_growth_100.txt" );
      const long many = peak_cli( argv[ 1 ], "/tmp/chidao_growth_1000.txt" );
      const double ratio = static_cast< double >( many ) / static_cast< double >( few );
      std::printf( "CLI memory, 1000 vs 100 documents of 64 KiB (64 MiB vs 6.4 MiB): %.1f vs %.1f MiB, ratio %.2f (at most 1.5; "
                   "this process held %.1f MiB at the fork)\n",
                   static_cast< double >( many ) / ( 1 << 20 ), static_cast< double >( few ) / ( 1 << 20 ), ratio,
                   static_cast< double >( own ) / ( 1 << 20 ) );
      failures += few <= 0 || many <= 0 || ratio > 1.5 || own >= few ? 1 : 0;
      std::remove( "/tmp/chidao_growth_100.txt" );
      std::remove( "/tmp/chidao_growth_1000.txt" );
      // One dense document through the whole CLI: the input, its tree and its JSON are all alive at the
      // peak, so the bound is higher than for the parse alone.
      double factors[ 2 ] = {};
      for( int k = 0; k < 2; ++k ) {
         const std::size_t size = ( k == 0 ? 4u : 32u ) << 20;
         {
            std::ofstream out( "/tmp/chidao_growth_dense.txt", std::ios::binary );
            out << repeat_to( marker_dense, size );
         }
         const long peak = peak_cli( argv[ 1 ], "/tmp/chidao_growth_dense.txt" );
         factors[ k ] = static_cast< double >( peak ) / static_cast< double >( size );
         std::printf( "CLI memory, one %2zu MiB marker-dense document as JSON: %.1f times its size (at most 60)\n", size >> 20,
                      factors[ k ] );
         failures += peak <= 0 || factors[ k ] > 60.0 ? 1 : 0;
      }
      std::remove( "/tmp/chidao_growth_dense.txt" );
      if( factors[ 1 ] > 1.25 * factors[ 0 ] ) {
         std::printf( "CLI memory grows faster than the document: %.1f then %.1f times\n", factors[ 0 ], factors[ 1 ] );
         ++failures;
      }
   }
   const std::size_t n = 1 << 20;
   const struct {
      const char* name;
      const char* piece;
   } kinds[] = {
      { "prose", prose },
      { "marker-dense", marker_dense },
      { "quote-dense", "“Đối ngoại địa phương là nhiệm vụ chung”, ông nói. “Thứ nhất, “lồng” nhau”, Bộ trưởng ghi nhận; “mở " },
      // Many people, each introducing a list and quoted: speakers, statements and lists together.
      { "speaker-dense", "Bộ trưởng @ đề nghị:\nThứ nhất, cần A#.\nThứ hai, cần B#.\n“Câu #”, ông @ nhấn mạnh. Bộ trưởng cho biết thêm.\n" },
      // One paragraph of statements with inline lists, and one of titles: rules tried at every title or
      // list once ran over all the rest of the paragraph. One speaker here: many people are the
      // speaker-dense kind's load, and with both this ratio sat at 9 (hash indexes outgrowing the cache).
      { "inline-lists", "Bộ trưởng Bùi Thanh Sơn đề nghị, thứ nhất, cần A#; thứ hai, cần B#. " },
      { "title-chain", "Bộ trưởng, Phó Thủ tướng, " },
      // An interview of many turns, each answering with a list: interview answers are made statements,
      // and each list looks for the answer it joins among those made before.
      { "interview", "Trả lời phỏng vấn báo chí, Thứ trưởng @ cho biết ngành đạt nhiều kết quả.\n\nXin Thứ trưởng cho biết "
                     "trọng tâm #?\n\nNgành sẽ tập trung vào các nhiệm vụ sau:\n\nThứ nhất, cần A#.\n\nThứ hai, cần B#.\n\n"
                     "Xin Thứ trưởng cho biết thêm?\n\nThứ nhất, cần C#.\n\nThứ hai, cần D#.\n\n" },
   };
   // The lexicon is built once per process, not per document: build it here, so that the children
   // share it and count only what a document costs.
   (void)chidao::parse( "", "warm-up" );
   // Every figure is taken in a child forked from this small process: a child reuses, without growing,
   // whatever free heap it inherits resident.
   const auto skipped = [ & ]( const char* name ) { return only != nullptr && std::strcmp( only, name ) != 0; };
   for( const auto& kind : kinds ) {
      if( skipped( kind.name ) ) {
         continue;
      }
      double factors[ 2 ] = {};
      for( int k = 0; k < 2; ++k ) {
         const std::size_t size = k == 0 ? 4 * n : 32 * n;
         const long added = peak_parsing( kind.piece, size );
         factors[ k ] = static_cast< double >( added ) / static_cast< double >( size );
         std::printf( "memory of one %2zu MiB %-13s document: %.1f times its size (at most 40)\n", size >> 20, kind.name, factors[ k ] );
         failures += added < 0 || factors[ k ] > 40.0 ? 1 : 0;
      }
      // Memory per byte must not grow with the document: 8 times the text, about 8 times the memory.
      if( factors[ 1 ] > 1.25 * factors[ 0 ] ) {
         std::printf( "memory of %s documents grows faster than their size: %.1f then %.1f times\n", kind.name, factors[ 0 ], factors[ 1 ] );
         ++failures;
      }
   }
   // One line of 100 MB: it parses, in time and memory in line with the rest.
   if( only == nullptr ) {
      const auto start = std::chrono::steady_clock::now();
      const long added = peak_parsing( prose, 100u << 20 );
      const double seconds = std::chrono::duration< double >( std::chrono::steady_clock::now() - start ).count();
      const double factor = static_cast< double >( added ) / static_cast< double >( 100u << 20 );
      std::printf( "one 100 MiB line of prose: %.1f s, %.1f times its size (at most 40)\n", seconds, factor );
      failures += added < 0 || factor > 40.0 ? 1 : 0;
   }
   // N = 2 MiB: at 1 MiB the parse takes 20-60 ms, where a millisecond of noise moves the ratio by 5%.
   // Timings are CPU time of the parsing thread, so other processes do not count, but they still share
   // the caches and memory bus: a linear parse read 5.4 to 11.3 on an idle or a loaded machine, and the
   // super-linear growth this guards against read 30 to 64 (a quadratic loop over statements gave 36).
   // The bound sits between the two with room on both sides: no exact figure belongs in the gate (those
   // are scripts/bench's). A ratio over it is measured again, up to three times in all; real growth
   // beyond linear fails every time.
   constexpr double time_bound = 15.0;
   for( const auto& kind : kinds ) {
      if( skipped( kind.name ) ) {
         continue;
      }
      double ratio = 0;
      for( int attempt = 1; attempt <= 3; ++attempt ) {
         const double small = best_seconds( kind.piece, 2 * n );
         const double large = best_seconds( kind.piece, 16 * n );
         ratio = large / small;
         std::printf( "time %-13s  2 MiB %.3f s  16 MiB %.3f s  ratio %.2f (at most %.0f)%s\n", kind.name, small, large, ratio,
                      time_bound, attempt > 1 ? ", measured again" : "" );
         if( ratio <= time_bound ) {
            break;
         }
      }
      failures += ratio > time_bound ? 1 : 0;
   }
   if( failures == 0 ) {
      std::printf( "all figures within bounds\n" );
   }
   else {
      std::printf( "%d figures out of bounds\n", failures );
   }
   return failures == 0 ? 0 : 1;
}
