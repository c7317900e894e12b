// SPDX-License-Identifier: MIT
// Without libFuzzer (g++), a fuzz target replays files: each argument is a file or a directory of them.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput( const uint8_t* data, size_t size );

int main( int argc, char** argv )
{
   std::size_t replayed = 0;
   const auto replay = [ & ]( const std::filesystem::path& p ) {
      std::ifstream in( p, std::ios::binary );
      std::ostringstream s;
      s << in.rdbuf();
      const std::string bytes = s.str();
      LLVMFuzzerTestOneInput( reinterpret_cast< const uint8_t* >( bytes.data() ), bytes.size() );
      ++replayed;
   };
   for( int i = 1; i < argc; ++i ) {
      if( std::filesystem::is_directory( argv[ i ] ) ) {
         for( const auto& e : std::filesystem::recursive_directory_iterator( argv[ i ] ) ) {
            if( e.is_regular_file() ) {
               replay( e.path() );
            }
         }
      }
      else {
         replay( argv[ i ] );
      }
   }
   std::printf( "%zu passed, 0 failed\n", replayed );
   return replayed > 0 ? 0 : 1;
}
