// SPDX-License-Identifier: MIT
#include "text/readable.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/decode.hpp"

namespace chidao::detail {

bool is_valid_utf8( std::string_view text ) noexcept
{
   const auto* s = reinterpret_cast< const uint8_t* >( text.data() );
   const auto length = static_cast< int64_t >( text.size() );
   int64_t i = 0;
   while( i < length ) {
      if( s[ i ] < 0x80 ) {
         ++i;
         continue;
      }
      // U8_NEXT counts in int32_t: a window of at most 4 bytes keeps it in range for any length.
      const auto window = static_cast< int32_t >( std::min< int64_t >( length - i, 4 ) );
      int32_t k = 0;
      UChar32 c;
      U8_NEXT( s + i, k, window, c );
      if( c < 0 ) {
         return false;
      }
      i += k;
   }
   return true;
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
