// SPDX-License-Identifier: MIT
#include "write/json_string.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <bit>
#include <cstdint>

#if defined( __SSE2__ )
#include <emmintrin.h>
#endif

#include "text/readable.hpp"

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

// Where the first byte that needs an escape ('"', '\\', a control character) lies at or after `i`.
std::size_t next_escape( const std::string_view text, std::size_t i )
{
   const auto* s = reinterpret_cast< const uint8_t* >( text.data() );
   const std::size_t n = text.size();
#if defined( __SSE2__ )
   // Sixteen bytes at a time: in Vietnamese prose one byte in several hundred needs an escape.
   for( ; n - i >= 16; i += 16 ) {
      const __m128i v = _mm_loadu_si128( reinterpret_cast< const __m128i* >( s + i ) );
      const __m128i control = _mm_cmpeq_epi8( _mm_min_epu8( v, _mm_set1_epi8( 0x1F ) ), v );  // v <= 0x1F
      const __m128i marks = _mm_or_si128( _mm_cmpeq_epi8( v, _mm_set1_epi8( '"' ) ), _mm_cmpeq_epi8( v, _mm_set1_epi8( '\\' ) ) );
      if( const auto found = static_cast< unsigned >( _mm_movemask_epi8( _mm_or_si128( control, marks ) ) ); found != 0 ) {
         return i + static_cast< std::size_t >( std::countr_zero( found ) );
      }
   }
#endif
   while( i != n && s[ i ] >= 0x20 && s[ i ] != '"' && s[ i ] != '\\' ) {
      ++i;
   }
   return i;
}

}  // namespace

void append_json_string( std::string& out, std::string_view text )
{
   if( !is_valid_utf8( text ) ) {
      // What is replaced, and how much, is nlohmann's own rule; it writes the string.
      out += nlohmann::json( text ).dump( -1, ' ', false, nlohmann::json::error_handler_t::replace );
      return;
   }
   const auto& escapes = ascii_escapes();
   out.reserve( out.size() + text.size() + 2 );
   out += '"';
   std::size_t run = 0;  // start of the bytes copied as they are
   for( std::size_t i = next_escape( text, 0 ); i != text.size(); i = next_escape( text, run ) ) {
      out.append( text.data() + run, i - run );
      out += escapes[ static_cast< uint8_t >( text[ i ] ) ];
      run = i + 1;
   }
   out.append( text.data() + run, text.size() - run );
   out += '"';
}

}  // namespace chidao::detail
