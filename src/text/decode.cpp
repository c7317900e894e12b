// SPDX-License-Identifier: MIT
#include "text/decode.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstring>
#include <limits>
#include <memory>
#include <vector>

#include "chidao/error.hpp"
#include "text/legacy_encodings.hpp"
#include "text/readable.hpp"
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

// Records a run of replaced sequences: the first max_replaced_runs one by one, the rest together. A run
// that starts where the last one ended continues it.
void record_run( decoded_text& out, std::size_t begin, std::size_t end, std::size_t sequences )
{
   decoded_text::replaced_run& last = out.runs_beyond != 0 ? out.replaced_beyond : out.replaced.empty() ? out.replaced_beyond : out.replaced.back();
   if( last.sequences != 0 && last.end == begin ) {
      last.end = end;
      last.sequences += sequences;
   }
   else if( out.replaced.size() < max_replaced_runs ) {
      out.replaced.push_back( { begin, end, sequences } );
   }
   else {
      if( out.runs_beyond++ == 0 ) {
         out.replaced_beyond.begin = begin;
      }
      out.replaced_beyond.end = end;
      out.replaced_beyond.sequences += sequences;
   }
}

// Converts through an ICU converter, recording for each character the bytes it came from.
decoded_text convert( std::string_view bytes, bool lenient, const std::string& source, const std::string& encoding )
{
   UErrorCode status = U_ZERO_ERROR;
   const std::unique_ptr< UConverter, decltype( &ucnv_close ) > converter( ucnv_open( encoding.c_str(), &status ), &ucnv_close );
   if( U_FAILURE( status ) ) {
      throw error( errc::invalid_encoding, source_position{ source, 0, 1, 1 },
                   fmt::format( "unknown encoding '{}' (tcvn3, vni, viscii, or an ICU converter name such as windows-1258 or utf-16le)", encoding ) );
   }
   if( !lenient ) {
      ucnv_setToUCallBack( converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status );
   }
   // A byte gives at most one UTF-16 unit in most encodings; SCSU and BOCU-1 may give a supplementary
   // character (two units) for one byte. The buffer is sized for the first, and once for the second if
   // it overflows.
   std::vector< UChar > units;
   std::vector< int32_t > offsets;
   UChar* target = nullptr;
   const char* from = nullptr;
   for( const std::size_t per_byte : { 1, 2 } ) {
      units.assign( per_byte * bytes.size() + 2, 0 );
      offsets.assign( units.size(), 0 );
      target = units.data();
      from = bytes.data();
      status = U_ZERO_ERROR;
      ucnv_resetToUnicode( converter.get() );
      ucnv_toUnicode( converter.get(), &target, units.data() + units.size(), &from, bytes.data() + bytes.size(),
                      offsets.data(), true, &status );
      if( status != U_BUFFER_OVERFLOW_ERROR ) {
         break;
      }
   }
   if( U_FAILURE( status ) ) {
      const auto at = static_cast< std::size_t >( from - bytes.data() );
      const std::size_t bad = at > 0 ? at - 1 : 0;  // the converter stops just after the bad byte
      throw error( errc::invalid_encoding, position_of( bytes, bad, source ),
                   fmt::format( "byte 0x{:02X} is not a character in {}", static_cast< unsigned char >( bytes[ bad ] ), encoding ) );
   }
   const auto count = static_cast< int32_t >( target - units.data() );
   decoded_text out;
   out.converted = true;
   out.encoding = encoding;
   out.utf8.reserve( bytes.size() * 2 );
   std::size_t source_at = 0;
   for( int32_t i = 0; i < count; ) {
      const int32_t start = i;
      UChar32 c;
      U16_NEXT( units.data(), i, count, c );
      // The character's bytes run from its offset to the next character's (or the end).
      const std::size_t begin = static_cast< std::size_t >( std::max( offsets[ start ], 0 ) );
      const std::size_t end = i < count ? static_cast< std::size_t >( std::max( offsets[ i ], 0 ) ) : bytes.size();
      if( begin > source_at ) {  // bytes that gave no character (a byte order mark)
         out.edits.addReplace( static_cast< int32_t >( begin - source_at ), 0 );
      }
      char buffer[ U8_MAX_LENGTH ];
      int32_t n = 0;
      U8_APPEND_UNSAFE( buffer, n, c );
      out.utf8.append( buffer, static_cast< std::size_t >( n ) );
      const std::size_t taken = std::max( end, begin ) - begin;
      if( c == 0xFFFD && lenient ) {
         record_run( out, begin, std::max( end, begin + 1 ), 1 );
      }
      if( taken == static_cast< std::size_t >( n ) && std::string_view( buffer, static_cast< std::size_t >( n ) ) == bytes.substr( begin, taken ) ) {
         out.edits.addUnchanged( n );
      }
      else {
         out.edits.addReplace( static_cast< int32_t >( taken ), n );
      }
      source_at = std::max( end, begin );
   }
   if( source_at < bytes.size() ) {
      out.edits.addReplace( static_cast< int32_t >( bytes.size() - source_at ), 0 );
   }
   return out;
}

// Line and column (in characters, a VNI letter of two bytes one) of byte `at`, for an error message:
// position_of() counts UTF-8's, which these bytes are not.
source_position legacy_position( std::string_view bytes, std::size_t at, const std::string& source, legacy_encoding encoding )
{
   source_position where{ source, at, 1, 1 };
   for( std::size_t i = 0; i < at; ) {
      const char c = bytes[ i ];
      if( c == '\n' || ( c == '\r' && ( i + 1 >= bytes.size() || bytes[ i + 1 ] != '\n' ) ) ) {
         ++where.line;
         where.column = 1;
      }
      else if( c != '\r' ) {
         ++where.column;
      }
      i += read_legacy( encoding, bytes, i ).length;
   }
   return where;
}

// Converts with one of chidao's own tables, recording for each character the bytes it came from: a byte,
// or a VNI vowel and its marks, two bytes for one letter. A byte the encoding does not define is an
// error, or, when lenient, one U+FFFD each, as ICU's converters give them.
decoded_text convert_legacy( std::string_view bytes, bool lenient, const std::string& source, legacy_encoding encoding )
{
   decoded_text out;
   out.converted = true;
   out.encoding = name_of( encoding );
   out.utf8.reserve( bytes.size() + bytes.size() / 2 );
   std::size_t ascii_begin = 0;  // the run of ASCII bytes being copied as they are
   const auto flush_ascii = [ & ]( std::size_t end ) {
      out.utf8.append( bytes.substr( ascii_begin, end - ascii_begin ) );
      out.edits.addUnchanged( static_cast< int32_t >( end - ascii_begin ) );
   };
   for( std::size_t at = 0; at < bytes.size(); ) {
      const legacy_character c = read_legacy( encoding, bytes, at );
      if( c.length == 1 && c.code_point < 0x80 ) {  // ASCII: these encodings keep it as it is
         ++at;
         continue;
      }
      flush_ascii( at );
      if( c.code_point == not_a_character ) {
         const auto b = static_cast< unsigned char >( bytes[ at ] );
         if( !lenient ) {
            throw error( errc::invalid_encoding, legacy_position( bytes, at, source, encoding ),
                         fmt::format( "byte 0x{:02X} at offset {} is not a character in {}{}", b, at, name_of( encoding ),
                                      c.stray_mark ? " (a VNI tone or vowel mark, which follows the vowel it goes on)" : "" ) );
         }
         out.utf8.append( replacement_character );
         out.edits.addReplace( 1, static_cast< int32_t >( replacement_character.size() ) );
         record_run( out, at, at + 1, 1 );
      }
      else {
         char buffer[ U8_MAX_LENGTH ];
         int32_t n = 0;
         U8_APPEND_UNSAFE( buffer, n, c.code_point );
         out.utf8.append( buffer, static_cast< std::size_t >( n ) );
         out.edits.addReplace( static_cast< int32_t >( c.length ), n );
      }
      at += c.length;
      ascii_begin = at;
   }
   flush_ascii( bytes.size() );
   return out;
}

// UTF-16 without a byte order mark: a NUL byte in most of the first few hundred code units, at the
// same place in each (the high byte of Latin letters, digits and spaces), and almost never at the
// other. Vietnamese text in UTF-16 is mostly such letters. Returns "utf-16le", "utf-16be" or "".
std::string_view utf16_without_bom( std::string_view bytes )
{
   const std::size_t pairs = std::min< std::size_t >( bytes.size(), 1024 ) / 2;
   // Text without a NUL byte, nearly every document, is told at once.
   if( pairs < 4 || std::memchr( bytes.data(), '\0', 2 * pairs ) == nullptr ) {
      return {};
   }
   std::size_t even = 0, odd = 0;
   for( std::size_t k = 0; k < pairs; ++k ) {
      even += bytes[ 2 * k ] == '\0' ? 1 : 0;
      odd += bytes[ 2 * k + 1 ] == '\0' ? 1 : 0;
   }
   if( odd * 3 >= pairs && even * 20 <= pairs ) {
      return "utf-16le";
   }
   if( even * 3 >= pairs && odd * 20 <= pairs ) {
      return "utf-16be";
   }
   return {};
}

std::string utf16_hint( std::string_view encoding )
{
   return fmt::format( "the input looks like {} without a byte order mark (a NUL byte every other byte): "
                       "give its encoding (--encoding {})",
                       encoding, encoding );
}

}  // namespace

// Validates UTF-8; a leading BOM is dropped.
static decoded_text decode_utf8( const std::string_view bytes, const bool lenient, const std::string& source )
{
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
   int32_t pending_begin = 0;          // the run of invalid sequences being read: where it starts,
   std::size_t pending_sequences = 0;  // and how many it holds (0: none); it ends at run_begin
   const auto flush_run = [ & ] {
      if( pending_sequences != 0 ) {
         out.edits.addReplace( run_begin - pending_begin, static_cast< int32_t >( pending_sequences * replacement_character.size() ) );
         record_run( out, static_cast< std::size_t >( pending_begin ), static_cast< std::size_t >( run_begin ), pending_sequences );
         pending_sequences = 0;
      }
   };
   const auto trail = []( uint8_t b ) { return ( b & 0xC0 ) == 0x80; };
   if( is_valid_utf8( bytes.substr( start ) ) ) {
      i = length;  // most input: nothing to replace, and no character needs to be looked at
   }
   while( i < length ) {
      const uint8_t lead = s[ i ];
      if( lead < 0x80 ) {  // ASCII fast path
         ++i;
         continue;
      }
      // The letters of Vietnamese are two bytes (C2–DF) or three (E1–EC, EE, EF: "ạ" … "ỹ" are E1 BA/BB):
      // validated here without computing the code point. E0, ED and four bytes have tighter bounds on
      // their second byte, and everything invalid needs its exact extent: U8_NEXT below reads them.
      if( lead >= 0xC2 && lead <= 0xDF && i + 1 < length && trail( s[ i + 1 ] ) ) {
         i += 2;
         continue;
      }
      if( lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < length && trail( s[ i + 1 ] ) && trail( s[ i + 2 ] ) ) {
         i += 3;
         continue;
      }
      const int32_t before = i;
      UChar32 c;
      U8_NEXT( s, i, length, c );  // advances past the maximal invalid subpart when c < 0
      if( c >= 0 ) {
         continue;
      }
      if( !lenient ) {
         const std::string_view utf16 = utf16_without_bom( bytes );
         throw error( errc::invalid_utf8, position_of( bytes, static_cast< std::size_t >( before ), source ),
                      describe_invalid( bytes, static_cast< std::size_t >( before ), static_cast< std::size_t >( i ) ) +
                         ( utf16.empty() ? std::string() : "; " + utf16_hint( utf16 ) ) );
      }
      // A run of adjacent invalid sequences is one edit (each sequence still one U+FFFD): an edit, and
      // the two offset-map anchors it becomes, for each byte of a binary file cost 40 times its size.
      if( pending_sequences != 0 && run_begin == before ) {
         ++pending_sequences;  // the run goes on
      }
      else {
         flush_run();
         if( out.utf8.empty() ) {
            out.utf8.reserve( bytes.size() );  // the first invalid sequence: the text is a copy after all
         }
         out.utf8.append( bytes.substr( static_cast< std::size_t >( run_begin ), static_cast< std::size_t >( before - run_begin ) ) );
         out.edits.addUnchanged( before - run_begin );
         pending_begin = before;
         pending_sequences = 1;
      }
      out.utf8.append( replacement_character );
      run_begin = i;
   }
   flush_run();
   if( start == 0 && out.replaced.empty() && out.runs_beyond == 0 ) {
      out.as_input = true;  // nothing replaced, no BOM dropped
   }
   else {
      out.utf8.append( bytes.substr( static_cast< std::size_t >( run_begin ) ) );
   }
   out.edits.addUnchanged( length - run_begin );
   if( const std::string_view utf16 = utf16_without_bom( bytes ); !utf16.empty() ) {
      out.hint = utf16_hint( utf16 );  // valid UTF-8 (NUL is a character), but hardly what was meant
   }
   return out;
}

decoded_text decode( const std::string_view bytes, const bool lenient, const std::string& source, const std::string& encoding )
{
   if( bytes.size() > static_cast< std::size_t >( std::numeric_limits< std::int32_t >::max() ) ) {
      throw error( errc::input_too_large, source_position{ source, 0, 1, 1 },
                   fmt::format( "input of {} bytes exceeds the 2 GiB limit", bytes.size() ) );
   }
   if( const auto legacy = legacy_encoding_named( encoding ) ) {
      return convert_legacy( bytes, lenient, source, *legacy );
   }
   if( !encoding.empty() ) {
      return convert( bytes, lenient, source, encoding );
   }
   // A UTF-32 byte order mark starts with the UTF-16LE one: test it first.
   if( bytes.starts_with( std::string_view( "\xFF\xFE\0\0", 4 ) ) ) {
      return convert( bytes, lenient, source, "UTF-32LE" );
   }
   if( bytes.starts_with( std::string_view( "\0\0\xFE\xFF", 4 ) ) ) {
      return convert( bytes, lenient, source, "UTF-32BE" );
   }
   if( bytes.starts_with( "\xFF\xFE" ) ) {
      return convert( bytes, lenient, source, "UTF-16LE" );  // a byte order mark says UTF-16
   }
   if( bytes.starts_with( "\xFE\xFF" ) ) {
      return convert( bytes, lenient, source, "UTF-16BE" );
   }
   return decode_utf8( bytes, lenient, source );
}

}  // namespace chidao::detail
