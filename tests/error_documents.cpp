// SPDX-License-Identifier: MIT
// Prints an error document (to_json(error), as the CLI and the C API write them) for every error code
// the library has, one a line, for tests/schema_test.py. The codes are found by their spelling, not
// from a list here: a code added to chidao::errc shows up without editing this file.
#include <chidao/error.hpp>
#include <chidao/write.hpp>

#include <cstring>
#include <iostream>

int main()
{
   // Status values are small (1 … 101); 1024 leaves room for any code added without a wide search.
   for( int value = 0; value < 1024; ++value ) {
      const auto code = static_cast< chidao::errc >( value );
      if( std::strcmp( chidao::to_string( code ), "unknown" ) != 0 ) {
         std::cout << chidao::to_json( chidao::error( code, { "error-documents.txt", 12, 2, 3 }, "a message" ) ) << '\n';
      }
   }
}
