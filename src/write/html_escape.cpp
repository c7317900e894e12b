// SPDX-License-Identifier: MIT
#include "write/html_escape.hpp"

namespace chidao::detail {
namespace {

// The length of the valid UTF-8 sequence at text[i], or 0 (no overlong forms, surrogates or code
// points past U+10FFFF): what a browser would show as U+FFFD.
std::size_t sequence_length( const std::string_view text, const std::size_t i )
{
   const auto byte = [ & ]( std::size_t k ) { return static_cast< unsigned char >( text[ k ] ); };
   const unsigned char c = byte( i );
   if( c < 0x80 ) {
      return 1;
   }
   std::size_t n = 0;
   unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
   if( c >= 0xC2 && c <= 0xDF ) {
      n = 2;
   }
   else if( c >= 0xE0 && c <= 0xEF ) {
      n = 3;
      low = c == 0xE0 ? 0xA0 : 0x80;
      high = c == 0xED ? 0x9F : 0xBF;
   }
   else if( c >= 0xF0 && c <= 0xF4 ) {
      n = 4;
      low = c == 0xF0 ? 0x90 : 0x80;
      high = c == 0xF4 ? 0x8F : 0xBF;
   }
   if( n == 0 || i + n > text.size() || byte( i + 1 ) < low || byte( i + 1 ) > high ) {
      return 0;
   }
   for( std::size_t k = 2; k < n; ++k ) {
      if( ( byte( i + k ) & 0xC0 ) != 0x80 ) {
         return 0;
      }
   }
   return n;
}

}  // namespace

// Text as the page shows it, in an element or in a double-quoted attribute: the scraped text is never
// markup. NUL, which a browser drops from text, and invalid UTF-8 show as U+FFFD.
void escape_to( std::string& out, const std::string_view text )
{
   for( std::size_t i = 0; i < text.size(); ) {
      const char c = text[ i ];
      switch( c ) {
         case '&': out += "&amp;"; break;
         case '<': out += "&lt;"; break;
         case '>': out += "&gt;"; break;
         case '"': out += "&quot;"; break;
         case '\'': out += "&#39;"; break;
         case '\0': out += "\uFFFD"; break;
         default: {
            const std::size_t n = sequence_length( text, i );
            if( n == 0 ) {
               out += "\uFFFD";
               ++i;
               continue;
            }
            out.append( text.substr( i, n ) );
            i += n;
            continue;
         }
      }
      ++i;
   }
}

std::string escaped( const std::string_view text )
{
   std::string out;
   escape_to( out, text );
   return out;
}

}  // namespace chidao::detail
