// SPDX-License-Identifier: MIT
// Byte spans → code point or UTF-16 spans, for callers that index strings in those units.
#include <algorithm>
#include <vector>

#include "chidao/parse.hpp"

namespace chidao {
namespace {

// units_before[i] = how many units precede byte i, for every byte offset 0..size (offsets inside a
// character map to the unit of that character's start; spans never point there).
std::vector< std::size_t > unit_table( std::string_view text, offset_unit unit )
{
   std::vector< std::size_t > units( text.size() + 1, 0 );
   std::size_t count = 0;
   for( std::size_t i = 0; i < text.size(); ++i ) {
      const auto c = static_cast< unsigned char >( text[ i ] );
      units[ i ] = count;
      if( ( c & 0xC0 ) != 0x80 ) {  // a lead byte (or a stray byte) starts a code point
         count += ( unit == offset_unit::utf16 && c >= 0xF0 ) ? 2 : 1;  // 4-byte sequences are surrogate pairs
      }
      else if( i > 0 ) {
         units[ i ] = units[ i - 1 ];
      }
   }
   units[ text.size() ] = count;
   return units;
}

struct converter {
   const std::vector< std::size_t >& units;
   void operator()( span& s ) const
   {
      s.begin = units[ std::min( s.begin, units.size() - 1 ) ];
      s.end = units[ std::min( s.end, units.size() - 1 ) ];
   }
   void operator()( std::vector< node >& nodes ) const
   {
      for( node& n : nodes ) {
         std::visit( *this, n );
      }
   }
   void operator()( list& l ) const
   {
      ( *this )( l.span );
      for( item& it : l.items ) {
         ( *this )( it.span );
         ( *this )( it.children );
      }
   }
   void operator()( statement& st ) const
   {
      ( *this )( st.span );
      ( *this )( st.children );
   }
   void operator()( noise& z ) const { ( *this )( z.span ); }
};

}  // namespace

void convert_offsets( document& doc, std::string_view original, offset_unit unit )
{
   if( unit == offset_unit::bytes ) {
      return;
   }
   const std::vector< std::size_t > units = unit_table( original, unit );
   const converter convert{ units };
   convert( doc.nodes );
   for( speaker& sp : doc.speakers ) {
      for( mention& m : sp.mentions ) {
         convert( m.span );
      }
   }
   for( mention& m : doc.unresolved ) {
      convert( m.span );
   }
   for( warning& w : doc.warnings ) {
      convert( w.span );
   }
}

}  // namespace chidao
