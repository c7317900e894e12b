// SPDX-License-Identifier: MIT
#include "text/readable.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/decode.hpp"

namespace chidao::detail {

namespace {

// The UTF-8 automaton of RFC 3629 (Unicode's "well-formed" sequences: no overlong form, no surrogate,
// nothing past U+10FFFF), as a shift table: a state is a bit offset into a 64-bit row, and the row of
// a byte holds, at each state's offset, the offset of the state that byte leads to. The next state is
// one load (which depends only on the byte) and one shift, so the loop carries one cycle from byte to
// byte and takes no branch that depends on the text: Vietnamese mixes one-, two- and three-byte
// characters every few bytes, and a loop that branches on each character's length mispredicts there.
enum utf8_state : unsigned {
   accept,             // between characters
   reject,             // not UTF-8; never left
   one_trail,          // one trail byte (0x80–0xBF) still to come
   two_trails,         // two to come
   after_e0,           // E0: the next byte is A0–BF (no overlong form), then one trail
   after_ed,           // ED: the next byte is 80–9F (no surrogate), then one trail
   after_f0,           // F0: the next byte is 90–BF (no overlong form), then two trails
   three_trails,       // F1–F3: three trails
   after_f4,           // F4: the next byte is 80–8F (nothing past U+10FFFF), then two trails
   utf8_state_count
};
constexpr unsigned state_bits = 6;  // 9 states of 6 bits fill 54 of the row's 64
static_assert( utf8_state_count * state_bits <= 64 );

constexpr utf8_state next_state( utf8_state from, unsigned byte )
{
   const bool trail = byte >= 0x80 && byte <= 0xBF;
   switch( from ) {
      case accept:
         if( byte < 0x80 ) return accept;
         if( byte >= 0xC2 && byte <= 0xDF ) return one_trail;
         if( byte == 0xE0 ) return after_e0;
         if( byte == 0xED ) return after_ed;
         if( byte >= 0xE1 && byte <= 0xEF ) return two_trails;
         if( byte == 0xF0 ) return after_f0;
         if( byte >= 0xF1 && byte <= 0xF3 ) return three_trails;
         if( byte == 0xF4 ) return after_f4;
         return reject;
      case one_trail: return trail ? accept : reject;
      case two_trails: return trail ? one_trail : reject;
      case after_e0: return byte >= 0xA0 && byte <= 0xBF ? one_trail : reject;
      case after_ed: return byte >= 0x80 && byte <= 0x9F ? one_trail : reject;
      case after_f0: return byte >= 0x90 && byte <= 0xBF ? two_trails : reject;
      case three_trails: return trail ? two_trails : reject;
      case after_f4: return byte >= 0x80 && byte <= 0x8F ? two_trails : reject;
      default: return reject;
   }
}

constexpr std::array< std::uint64_t, 256 > utf8_rows = [] {
   std::array< std::uint64_t, 256 > rows{};
   for( unsigned byte = 0; byte < 256; ++byte ) {
      for( unsigned from = 0; from < utf8_state_count; ++from ) {
         rows[ byte ] |= std::uint64_t{ next_state( static_cast< utf8_state >( from ), byte ) * state_bits } << ( from * state_bits );
      }
   }
   return rows;
}();

}  // namespace

namespace {

// The automaton over s[ from, to ), from the state `state`.
std::uint64_t run_automaton( std::uint64_t state, const unsigned char* s, std::size_t from, const std::size_t to ) noexcept
{
   for( ; from != to; ++from ) {
      state = utf8_rows[ s[ from ] ] >> ( state & 63 );
   }
   return state;
}

}  // namespace

bool is_valid_utf8( const std::string_view text ) noexcept
{
   constexpr std::uint64_t accepted = accept * state_bits;
   const auto* s = reinterpret_cast< const unsigned char* >( text.data() );
   const std::size_t n = text.size();
   if( n < 64 ) {
      return ( run_automaton( accepted, s, 0, n ) & 63 ) == accepted;
   }
   // Each byte's step waits on the one before (a shift by the state), so the two halves of the text
   // are read side by side, two steps in flight. They are cut before the first byte from the middle on
   // that is no continuation byte: in valid text a character begins there, so the text is valid exactly
   // when both halves are. (Past three continuation bytes the text is invalid anyway, and the second
   // half, opening with one, is found so.)
   std::size_t middle = n / 2;
   for( int k = 0; k < 3 && ( s[ middle ] & 0xC0 ) == 0x80; ++k ) {
      ++middle;
   }
   std::uint64_t first = accepted;
   std::uint64_t second = accepted;
   const std::size_t side_by_side = std::min( middle, n - middle );
   for( std::size_t i = 0; i != side_by_side; ++i ) {
      first = utf8_rows[ s[ i ] ] >> ( first & 63 );
      second = utf8_rows[ s[ middle + i ] ] >> ( second & 63 );
   }
   first = run_automaton( first, s, side_by_side, middle );
   second = run_automaton( second, s, middle + side_by_side, n );
   return ( first & 63 ) == accepted && ( second & 63 ) == accepted;
}

bool is_utf8_as_given( const std::string_view original, const std::string& encoding ) noexcept
{
   return encoding.empty() && !original.starts_with( "\xFF\xFE" ) && !original.starts_with( "\xFE\xFF" ) &&
          !original.starts_with( std::string_view( "\0\0\xFE\xFF", 4 ) ) && is_valid_utf8( original );
}

readable_text::readable_text( const std::string_view bytes, const std::string& source, const std::string& encoding )
   : readable_text( bytes, decode( bytes, true, source, encoding ) )
{}

readable_text::readable_text( const std::string_view bytes, decoded_text&& decoded ) : input_size_( bytes.size() )
{
   utf8_ = decoded.as_input ? std::string( bytes ) : std::move( decoded.utf8 );
   UErrorCode status = U_ZERO_ERROR;
   auto it = decoded.edits.getFineChangesIterator();
   while( it.next( status ) && U_SUCCESS( status ) ) {
      const auto s = static_cast< std::size_t >( it.sourceIndex() );
      const auto t = static_cast< std::size_t >( it.destinationIndex() );
      const std::size_t e = s + static_cast< std::size_t >( it.oldLength() );
      const std::size_t te = t + static_cast< std::size_t >( it.newLength() );
      // decode() gives a run of invalid sequences as one edit (one U+FFFD each): the page shows each
      // sequence as its character, so the run is cut again into its sequences.
      if( !decoded.converted && te - t > 3 && ( te - t ) % 3 == 0 && std::string_view( utf8_ ).substr( t, 3 ) == "\xEF\xBF\xBD" ) {
         const auto* in = reinterpret_cast< const uint8_t* >( bytes.data() );
         std::size_t at = s, out = t;
         while( at < e ) {
            auto k = static_cast< int32_t >( at );
            UChar32 c;
            U8_NEXT( in, k, static_cast< int32_t >( e ), c );  // past the maximal invalid subpart
            regions_.push_back( { at, static_cast< std::size_t >( k ), out, out + 3 } );
            at = static_cast< std::size_t >( k );
            out += 3;
         }
         continue;
      }
      regions_.push_back( { s, e, t, te } );
   }
   // ICU's UTF-16LE and UTF-16BE converters keep a byte order mark as U+FEFF: it is no text either.
   constexpr std::string_view bom = "\xEF\xBB\xBF";
   if( decoded.converted && utf8_.starts_with( bom ) && !regions_.empty() && regions_.front().text_end == bom.size() ) {
      utf8_.erase( 0, bom.size() );
      regions_.front().text_end = 0;
      for( std::size_t i = 1; i < regions_.size(); ++i ) {
         regions_[ i ].text_begin -= bom.size();
         regions_[ i ].text_end -= bom.size();
      }
   }
}

std::size_t readable_text::from_input( std::size_t at ) const
{
   at = std::min( at, input_size_ );
   // The last region starting at or before `at`: a region that starts there is the character at `at`.
   const auto after = std::upper_bound( regions_.begin(), regions_.end(), at,
                                        []( std::size_t v, const region& r ) { return v < r.input_begin; } );
   if( after == regions_.begin() ) {
      return at;
   }
   const region& r = *std::prev( after );
   return at < r.input_end ? r.text_begin : r.text_end + ( at - r.input_end );
}

std::size_t readable_text::to_input( std::size_t at ) const
{
   at = std::min( at, utf8_.size() );
   // The last region starting at or before `at`: after a deletion (a byte order mark), the character
   // that follows it, which starts at the same offset.
   const auto after = std::upper_bound( regions_.begin(), regions_.end(), at,
                                        []( std::size_t v, const region& r ) { return v < r.text_begin; } );
   if( after == regions_.begin() ) {
      return at;
   }
   const region& r = *std::prev( after );
   return at < r.text_end ? r.input_begin : r.input_end + ( at - r.text_end );
}

std::string_view readable_text::between( const std::size_t begin, const std::size_t end ) const
{
   const std::size_t b = from_input( begin );
   const std::size_t e = std::max( b, from_input( end ) );
   return std::string_view( utf8_ ).substr( b, e - b );
}

std::size_t readable_text::end_of( const std::size_t begin, const std::string_view nfc ) const
{
   const std::size_t from = from_input( begin );
   // A combining mark right after a match belongs to its last letter: then the text reads otherwise.
   const auto ends_a_character = [ & ]( std::size_t at ) {
      if( at >= utf8_.size() ) {
         return true;
      }
      UChar32 c;
      U8_GET_UNSAFE( reinterpret_cast< const uint8_t* >( utf8_.data() ), at, c );
      return u_getCombiningClass( c ) == 0;
   };
   if( nfc.empty() ) {
      return begin;
   }
   if( utf8_.compare( from, nfc.size(), nfc ) == 0 && ends_a_character( from + nfc.size() ) ) {
      return to_input( from + nfc.size() );  // the text is written as the marker is: the common case
   }
   UErrorCode status = U_ZERO_ERROR;
   const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance( status );
   if( U_FAILURE( status ) ) {
      return begin;
   }
   // Longer prefixes, a code point at a time, until one reads as `nfc`; NFC never grows a text by more
   // than a few times, so the search stops well past any match.
   const std::size_t limit = std::min( utf8_.size(), from + 4 * nfc.size() + 16 );
   for( std::size_t at = from; at < limit; ) {
      U8_FWD_1_UNSAFE( reinterpret_cast< const uint8_t* >( utf8_.data() ), at );
      std::string composed;
      normalizer->normalize( icu::UnicodeString::fromUTF8( icu::StringPiece( utf8_.data() + from, static_cast< int32_t >( at - from ) ) ), status )
         .toUTF8String( composed );
      if( U_FAILURE( status ) ) {
         return begin;
      }
      if( composed == nfc && ends_a_character( at ) ) {
         return to_input( at );
      }
   }
   return begin;
}

}  // namespace chidao::detail
