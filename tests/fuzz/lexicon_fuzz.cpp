// SPDX-License-Identifier: MIT
// Lexicon loading: any file either loads or is refused with an error naming its line.
#include <cstdint>
#include <string>

#include "chidao/error.hpp"
#include "chidao/lexicon.hpp"
#include "chidao/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput( const uint8_t* data, size_t size )
{
   chidao::parse_options options;
   try {
      options.lexicon.add( std::string( reinterpret_cast< const char* >( data ), size ), "fuzz.lexicon" );
   }
   catch( const chidao::error& ) {
      return 0;
   }
   // A lexicon that loads must be usable.
   (void)chidao::parse( "Bộ trưởng Bùi Thanh Sơn đề nghị, thứ nhất, A; thứ hai, B.", "fuzz", options );
   return 0;
}
