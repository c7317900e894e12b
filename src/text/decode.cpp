#include "text/decode.hpp"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <limits>

#include "chidao/error.hpp"
#include "text/source_position.hpp"

namespace chidao::detail {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

std::string describe_invalid( std::string_view bytes, std::size_t begin, std::size_t end )
{
   std::string hex;
   for( std::size_t i = begin; i < end; ++i ) {
      hex += fmt::format( "{}0x{:02X}", hex.empty() ? "" : " ", static_cast< unsigned char >( bytes[ i ] ) );
   }
   if( end == bytes.size() && ( static_cast< unsigned char >( bytes[ begin ] ) >= 0xC2 ) &&
       ( static_cast< unsigned char >( bytes[ begin ] ) <= 0xF4 ) ) {
      return fmt::format( "invalid UTF-8: truncated sequence {} at end of input", hex );
   }
   return fmt::format( "invalid UTF-8: byte sequence {} is not a character", hex );
}

}  // namespace

decoded_text decode( const std::string_view bytes, const bool lenient, const std::string& source )
{
   if( bytes.size() > static_cast< std::size_t >( std::numeric_limits< std::int32_t >::max() ) ) {
      throw error( errc::input_too_large, source_position{ source, 0, 1, 1 },
                   fmt::format( "input of {} bytes exceeds the 2 GiB limit", bytes.size() ) );
   }
   decoded_text out;
   std::size_t start = 0;
   if( bytes.starts_with( utf8_bom ) ) {
      start = utf8_bom.size();
      out.edits.addReplace( static_cast< int32_t >( start ), 0 );
   }
   const auto* const s = reinterpret_cast< const uint8_t* >( bytes.data() );
   const auto length = static_cast< int32_t >( bytes.size() );
   int32_t run_begin = static_cast< int32_t >( start );  // start of the current run of valid bytes
   int32_t i = run_begin;
   out.utf8.reserve( bytes.size() );
   while( i < length ) {
      if( s[ i ] < 0x80 ) {  // ASCII fast path
         ++i;
         continue;
      }
      const int32_t before = i;
      UChar32 c;
      U8_NEXT( s, i, length, c );  // advances past the maximal invalid subpart when c < 0
      if( c >= 0 ) {
         continue;
      }
      if( !lenient ) {
         throw error( errc::invalid_utf8, position_of( bytes, static_cast< std::size_t >( before ), source ),
                      describe_invalid( bytes, static_cast< std::size_t >( before ), static_cast< std::size_t >( i ) ) );
      }
      out.utf8.append( bytes.substr( static_cast< std::size_t >( run_begin ), static_cast< std::size_t >( before - run_begin ) ) );
      out.edits.addUnchanged( before - run_begin );
      out.utf8.append( replacement_character );
      out.edits.addReplace( i - before, static_cast< int32_t >( replacement_character.size() ) );
      out.replaced.emplace_back( static_cast< std::size_t >( before ), static_cast< std::size_t >( i ) );
      run_begin = i;
   }
   out.utf8.append( bytes.substr( static_cast< std::size_t >( run_begin ) ) );
   out.edits.addUnchanged( length - run_begin );
   return out;
}

}  // namespace chidao::detail
