// SPDX-License-Identifier: MIT
#include "write/json_string.hpp"

#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

namespace chidao::detail {
namespace {

// What each ASCII byte becomes: empty for itself. nlohmann names five control characters and writes the
// others as \u00xx in lower case; DEL and '/' stay as they are.
const std::array< std::string_view, 128 >& ascii_escapes()
{
   static const auto table = [] {
      static std::array< std::string, 128 > spelled;
      std::array< std::string_view, 128 > t{};
      for( int c = 0; c < 0x20; ++c ) {
         static constexpr char hex[] = "0123456789abcdef";
         spelled[ static_cast< std::size_t >( c ) ] = std::string( "\\u00" ) + hex[ c >> 4 ] + hex[ c & 15 ];
      }
      spelled[ '\b' ] = "\\b";
      spelled[ '\t' ] = "\\t";
      spelled[ '\n' ] = "\\n";
      spelled[ '\f' ] = "\\f";
      spelled[ '\r' ] = "\\r";
      spelled[ '"' ] = "\\\"";
      spelled[ '\\' ] = "\\\\";
      for( std::size_t c = 0; c < 128; ++c ) {
         t[ c ] = spelled[ c ];
      }
      return t;
   }();
   return table;
}

}  // namespace

void append_json_string( std::string& out, std::string_view text )
{
   const auto& escapes = ascii_escapes();
   const std::size_t start = out.size();
   out += '"';
   const auto* s = reinterpret_cast< const uint8_t* >( text.data() );
   const auto length = static_cast< int32_t >( text.size() );
   int32_t run = 0;  // start of the bytes copied as they are
   for( int32_t i = 0; i < length; ) {
      if( s[ i ] < 0x80 ) {
         const std::string_view escape = escapes[ s[ i ] ];
         if( !escape.empty() ) {
            out.append( text.data() + run, static_cast< std::size_t >( i - run ) );
            out += escape;
            run = i + 1;
         }
         ++i;
         continue;
      }
      UChar32 c;
      U8_NEXT( s, i, length, c );
      if( c < 0 ) {
         // Invalid UTF-8: what is replaced, and how much, is nlohmann's own rule; it writes the string.
         out.resize( start );
         out += nlohmann::json( text ).dump( -1, ' ', false, nlohmann::json::error_handler_t::replace );
         return;
      }
   }
   out.append( text.data() + run, static_cast< std::size_t >( length - run ) );
   out += '"';
}

}  // namespace chidao::detail
