// SPDX-License-Identifier: MIT
// Byte spans → code point or UTF-16 spans, for callers that index strings in those units.
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "chidao/parse.hpp"
#include "text/readable.hpp"
#include "text/source.hpp"

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
   const detail::readable_text* text;  // for input that is not UTF-8: input bytes → its UTF-8, then units
   [[nodiscard]] std::size_t at( std::size_t byte ) const
   {
      const std::size_t in_text = text != nullptr ? text->from_input( byte ) : byte;
      return units[ std::min( in_text, units.size() - 1 ) ];
   }
   void operator()( span& s ) const
   {
      s.begin = at( s.begin );
      s.end = at( s.end );
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

const char* to_string( offset_unit unit ) noexcept
{
   switch( unit ) {
      case offset_unit::bytes: return "bytes";
      case offset_unit::code_points: return "codepoints";
      case offset_unit::utf16: return "utf16";
   }
   return "unknown";
}

namespace {

void refuse_converted( const document& doc )
{
   if( doc.offsets != offset_unit::bytes ) {
      throw std::logic_error( std::string( "convert_offsets: the spans are in " ) + to_string( doc.offsets ) +
                              " already; a document is converted once, from bytes" );
   }
}

// Units count characters of the text as decoded, through the same decoding as parse(): for valid UTF-8
// the input itself (`decoded` null; a UTF-8 byte order mark counts, as Python's "utf-8" codec keeps
// it); for UTF-16, UTF-32, another encoding or invalid bytes (each maximal invalid subpart one U+FFFD,
// as Python's errors="replace"), the decoded text, without a byte order mark.
void convert( document& doc, std::string_view original, const detail::readable_text* decoded, offset_unit unit )
{
   const std::vector< std::size_t > units = unit_table( decoded != nullptr ? std::string_view( decoded->utf8() ) : original, unit );
   const converter convert{ units, decoded };
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
   doc.offsets = unit;
}

}  // namespace

void convert_offsets( document& doc, std::string_view original, offset_unit unit, const std::string& encoding )
{
   refuse_converted( doc );
   if( unit == offset_unit::bytes ) {
      return;
   }
   const bool as_given = detail::is_utf8_as_given( original, encoding );
   std::optional< detail::readable_text > decoded;
   if( !as_given ) {
      decoded.emplace( original, doc.source, encoding );
   }
   convert( doc, original, decoded ? &*decoded : nullptr, unit );
}

namespace detail {

void convert_offsets( document& doc, const source_text& source, offset_unit unit )
{
   refuse_converted( doc );
   if( unit == offset_unit::bytes ) {
      return;
   }
   std::optional< readable_text > decoded;
   if( !source.read_as_given() ) {
      decoded.emplace( source.decoded_text_view() );
   }
   convert( doc, source.original(), decoded ? &*decoded : nullptr, unit );
}

}  // namespace detail

}  // namespace chidao
