// SPDX-License-Identifier: MIT
#include "text/source_position.hpp"

#include <algorithm>

namespace chidao::detail {

source_position position_of( const std::string_view bytes, std::size_t offset, std::string source )
{
   offset = std::min( offset, bytes.size() );
   source_position where{ std::move( source ), offset, 1, 1 };
   for( std::size_t i = 0; i < offset; ++i ) {
      const auto c = static_cast< unsigned char >( bytes[ i ] );
      if( c == '\n' || ( c == '\r' && ( i + 1 >= bytes.size() || bytes[ i + 1 ] != '\n' ) ) ) {
         ++where.line;
         where.column = 1;
      }
      else if( c != '\r' && ( c & 0xC0 ) != 0x80 ) {
         ++where.column;  // count lead bytes only: one per code point
      }
   }
   return where;
}

}  // namespace chidao::detail
