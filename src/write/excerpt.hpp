// SPDX-License-Identifier: MIT
// The start of a text, for views that show a line of it (the outline, the HTML page's tree).
#pragma once

#include <cstddef>
#include <string>

namespace chidao::detail {

/// Cuts `text` to at most `limit` code points at a space, adding "…". Line breaks become spaces.
[[nodiscard]] inline std::string excerpt( const std::string& text, std::size_t limit )
{
   std::string flat;
   flat.reserve( text.size() );
   for( const char c : text ) {
      const bool space = c == '\n' || c == '\r' || c == '\t';
      if( !( space && !flat.empty() && flat.back() == ' ' ) ) {
         flat += space ? ' ' : c;
      }
   }
   std::size_t points = 0;
   std::size_t cut = flat.size();
   std::size_t last_space = std::string::npos;
   for( std::size_t i = 0; i < flat.size(); ++i ) {
      if( ( static_cast< unsigned char >( flat[ i ] ) & 0xC0 ) == 0x80 ) {
         continue;  // a continuation byte: same code point
      }
      if( points == limit ) {
         cut = last_space != std::string::npos && last_space > i / 2 ? last_space : i;
         return flat.substr( 0, cut ) + "…";
      }
      if( flat[ i ] == ' ' ) {
         last_space = i;
      }
      ++points;
   }
   return flat;
}

}  // namespace chidao::detail
