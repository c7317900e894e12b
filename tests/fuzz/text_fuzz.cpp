// SPDX-License-Identifier: MIT
// The text layer: decode (strict and lenient) and normalize; the offset map must stay inside the input
// and never turn a span around.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "chidao/error.hpp"
#include "text/decode.hpp"
#include "text/normalize.hpp"

extern "C" int LLVMFuzzerTestOneInput( const uint8_t* data, size_t size )
{
   const std::string_view bytes( reinterpret_cast< const char* >( data ), size );
   try {
      (void)chidao::detail::decode( bytes, false, "fuzz" );
   }
   catch( const chidao::error& ) {
   }
   const auto decoded = chidao::detail::decode( bytes, true, "fuzz" );
   const auto normalized = chidao::detail::normalize( decoded.text( bytes ), decoded.edits );
   std::size_t previous = 0;
   for( std::size_t n = 0; n <= normalized.text.size(); ++n ) {
      const std::size_t begin = normalized.map.to_source_begin( n );
      const std::size_t end = normalized.map.to_source_end( n );
      if( begin > size || end > size || begin < previous ) {
         std::abort();  // outside the input, or going backwards
      }
      previous = begin;
   }
   return 0;
}
