// SPDX-License-Identifier: MIT
// The whole parse, strict and lenient, every writer, and the lossless reading: no input may crash,
// hang or lose a byte (the leaves must rebuild the input).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "chidao/parse.hpp"
#include "chidao/write.hpp"

extern "C" int LLVMFuzzerTestOneInput( const uint8_t* data, size_t size )
{
   const std::string_view bytes( reinterpret_cast< const char* >( data ), size );
   static const chidao::parser strict;
   static const chidao::parser lenient = [] {
      chidao::parse_options options;
      options.lenient = true;
      return chidao::parser( options );
   }();
   try {
      (void)chidao::to_json( strict.parse( bytes, "fuzz" ) );
   }
   catch( const chidao::error& ) {
      // rejected input is an answer, not a failure
   }
   chidao::document doc = lenient.parse( bytes, "fuzz" );
   if( !chidao::verify_roundtrip( doc, bytes ) ) {
      std::abort();  // a byte was lost or claimed twice
   }
   (void)chidao::to_json( doc, bytes, {} );
   (void)chidao::to_outline( doc );
   (void)chidao::to_markdown( doc );
   chidao::convert_offsets( doc, bytes, chidao::offset_unit::utf16 );
   return 0;
}
