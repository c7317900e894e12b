// SPDX-License-Identifier: MIT
#include "text/normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>
#include <vector>

#if defined( __SSE2__ )
#include <emmintrin.h>
#endif

#include "io/huge_pages.hpp"
#include "text/key.hpp"

namespace chidao::detail {
namespace {

void check( UErrorCode status, const char* what )
{
   if( U_FAILURE( status ) ) {
      // Input is valid UTF-8 by now, so an ICU failure is a bug or resource exhaustion, not bad input.
      throw std::runtime_error( std::string( what ) + ": " + u_errorName( status ) );
   }
}

// Copies `utf8`, letting `rewrite(c, s, next, length, consumed, replacement)` replace code point c
// (and, by raising `consumed`, the bytes after it). Unchanged runs are copied in bulk and recorded once.
// Only the code points at the candidates that `next_candidate(s, i, length)` finds (the first at or
// after i, or length when there is none) are decoded and offered: a pass that rewrites a few characters
// does not decode the rest. A candidate must begin with an ASCII or a lead byte.
template< typename NextCandidate, typename Rewrite >
std::string rewrite_code_points( std::string_view utf8, icu::Edits& edits, NextCandidate next_candidate, Rewrite rewrite )
{
   std::string out;
   out.reserve( utf8.size() );
   std::string replacement;
   const auto* s = reinterpret_cast< const uint8_t* >( utf8.data() );
   const auto length = static_cast< int32_t >( utf8.size() );
   int32_t run_begin = 0;
   int32_t i = 0;
   while( ( i = next_candidate( s, i, length ) ) < length ) {
      const int32_t before = i;
      UChar32 c;
      U8_NEXT_UNSAFE( s, i, c );
      int32_t consumed = i - before;
      replacement.clear();
      if( rewrite( c, s, i, length, consumed, replacement ) ) {
         out.append( utf8.substr( static_cast< std::size_t >( run_begin ), static_cast< std::size_t >( before - run_begin ) ) );
         edits.addUnchanged( before - run_begin );
         out.append( replacement );
         edits.addReplace( consumed, static_cast< int32_t >( replacement.size() ) );
         i = before + consumed;
         run_begin = i;
      }
   }
   out.append( utf8.substr( static_cast< std::size_t >( run_begin ) ) );
   edits.addUnchanged( length - run_begin );
   return out;
}

// The next candidate of a pass that tells candidates by their bytes: the bytes are read one by one, and a
// candidate is never a continuation byte (0x80–0xBF), so none is mistaken.
template< typename IsCandidate >
auto scanning_for( IsCandidate is_candidate )
{
   return [ is_candidate ]( const uint8_t* s, int32_t i, int32_t length ) {
      while( i < length && !is_candidate( s, i, length ) ) {
         ++i;
      }
      return i;
   };
}

// Pass 1: one line end, one space.
bool rewrite_layout( UChar32 c, const uint8_t* s, int32_t next, int32_t length, int32_t& consumed, std::string& replacement )
{
   switch( c ) {
      case '\r':
         if( next < length && s[ next ] == '\n' ) {
            consumed = 2;
         }
         replacement += '\n';
         return true;
      case 0x0085:  // NEXT LINE
      case 0x2028:  // LINE SEPARATOR
      case 0x2029:  // PARAGRAPH SEPARATOR
         replacement += '\n';
         return true;
      case 0x00A0:  // NO-BREAK SPACE
      case 0x1680:
      case 0x202F:  // NARROW NO-BREAK SPACE
      case 0x205F:
      case 0x3000:
      case 0x200B:  // ZERO WIDTH SPACE
      case 0x2060:  // WORD JOINER
      case 0xFEFF:  // ZERO WIDTH NO-BREAK SPACE (a BOM not at the start)
         replacement += ' ';
         return true;
      default:
         if( c >= 0x2000 && c <= 0x200A ) {  // EN QUAD … HAIR SPACE, THIN SPACE among them
            replacement += ' ';
            return true;
         }
         return false;
   }
}

// Pass 4: old → new tone placement. `c` is the first vowel; the rewrite spans it and the next one.
UChar32 tone_on_first( UChar32 first, UChar32 second, UChar32& bare_second )
{
   // second vowel carrying the tone → (first vowel with that tone, second vowel bare)
   struct shift {
      UChar32 toned_second, toned_first, bare;
   };
   static constexpr shift from_o[] = {
      { 0x00E0, 0x00F2, 'a' }, { 0x00E1, 0x00F3, 'a' }, { 0x1EA3, 0x1ECF, 'a' }, { 0x00E3, 0x00F5, 'a' },
      { 0x1EA1, 0x1ECD, 'a' },  // oà oá oả oã oạ → òa óa ỏa õa ọa
      { 0x00E8, 0x00F2, 'e' }, { 0x00E9, 0x00F3, 'e' }, { 0x1EBB, 0x1ECF, 'e' }, { 0x1EBD, 0x00F5, 'e' },
      { 0x1EB9, 0x1ECD, 'e' },  // oè oé oẻ oẽ oẹ → òe óe ỏe õe ọe
   };
   static constexpr shift from_u[] = {
      { 0x1EF3, 0x00F9, 'y' }, { 0x00FD, 0x00FA, 'y' }, { 0x1EF7, 0x1EE7, 'y' }, { 0x1EF9, 0x0169, 'y' },
      { 0x1EF5, 0x1EE5, 'y' },  // uỳ uý uỷ uỹ uỵ → ùy úy ủy ũy ụy
   };
   for( const shift& sh : first == 'o' ? std::span< const shift >( from_o ) : std::span< const shift >( from_u ) ) {
      if( sh.toned_second == second ) {
         bare_second = sh.bare;
         return sh.toned_first;
      }
   }
   return U_SENTINEL;
}

bool is_letter( UChar32 c )
{
   return c < 0x80 ? ( ( c | 0x20 ) >= 'a' && ( c | 0x20 ) <= 'z' ) : u_isalpha( c ) != 0;
}

bool is_one_code_point( const std::string_view utf8 )
{
   return !utf8.empty() && std::all_of( utf8.begin() + 1, utf8.end(), []( char c ) { return ( static_cast< unsigned char >( c ) & 0xC0 ) == 0x80; } );
}

void append_utf8( std::string& out, UChar32 c )
{
   char buffer[ U8_MAX_LENGTH ];
   int32_t n = 0;
   U8_APPEND_UNSAFE( buffer, n, c );
   out.append( buffer, static_cast< std::size_t >( n ) );
}

// The first bytes of what rewrite_layout changes: '\r', U+0085 and U+00A0 (0xC2), U+1680 (0xE1 0x9A; not
// 0xE1 alone, which begins every "ạ", "ấ", "ở" of Vietnamese), U+2000–U+2060 (0xE2), U+3000 (0xE3),
// U+FEFF (0xEF). The input is valid UTF-8, so a lead byte 0xE1 has a byte after it.
// (A lambda, not a function: the loop calls it at every character, and a lambda's call is inlined.)
// Computed without a branch: 0xE1 begins half the letters of Vietnamese, and a switch on the lead byte
// was mispredicted at one character in four. The second byte read is the lead itself unless the lead
// is 0xE1, so nothing is read past the text.
constexpr std::array< bool, 256 > layout_leads = [] {
   std::array< bool, 256 > leads{};
   for( const uint8_t b : { 0x0D, 0xC2, 0xE2, 0xE3, 0xEF } ) {
      leads[ b ] = true;
   }
   return leads;
}();
constexpr auto layout_candidate = []( const uint8_t* s, int32_t i, int32_t /*length*/ ) {
   const bool e1 = s[ i ] == 0xE1;
   return layout_leads[ s[ i ] ] | ( e1 & ( s[ i + ( e1 ? 1 : 0 ) ] == 0x9A ) );
};

std::string apply_layout( std::string_view in, icu::Edits& edits )
{
   return rewrite_code_points( in, edits, scanning_for( layout_candidate ), rewrite_layout );
}

const icu::Normalizer2& nfc_instance()
{
   UErrorCode status = U_ZERO_ERROR;
   const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance( status );
   check( status, "NFC instance" );
   return *nfc;
}

bool is_nfc( std::string_view in )
{
   UErrorCode status = U_ZERO_ERROR;
   const bool yes = nfc_instance().isNormalizedUTF8( icu::StringPiece( in.data(), static_cast< int32_t >( in.size() ) ), status );
   check( status, "NFC check" );
   return yes;
}

std::string apply_nfc( std::string_view in, icu::Edits& edits )
{
   if( is_nfc( in ) ) {
      edits.addUnchanged( static_cast< int32_t >( in.size() ) );  // fast path: most news text is NFC already
      return std::string( in );
   }
   const icu::Normalizer2* nfc = &nfc_instance();
   UErrorCode status = U_ZERO_ERROR;
   std::string out;
   out.reserve( in.size() );
   icu::StringByteSink< std::string > sink( &out );
   nfc->normalizeUTF8( 0, icu::StringPiece( in.data(), static_cast< int32_t >( in.size() ) ), sink, &edits, status );
   check( status, "NFC" );
   return out;
}

// Full case folding of one code point as UTF-8, into `out`; false when it folds to itself.
bool fold_code_point( UChar32 c, std::string& out )
{
   UChar source[ 2 ];
   int32_t n = 0;
   U16_APPEND_UNSAFE( source, n, c );
   UChar folded[ 8 ];  // full foldings expand to three code points at most
   UErrorCode status = U_ZERO_ERROR;
   const int32_t length = u_strFoldCase( folded, 8, source, n, U_FOLD_CASE_DEFAULT, &status );
   check( status, "case folding" );
   if( length == n && folded[ 0 ] == source[ 0 ] && ( n == 1 || folded[ 1 ] == source[ 1 ] ) ) {
      return false;
   }
   for( int32_t i = 0; i < length; ) {
      UChar32 f;
      U16_NEXT_UNSAFE( folded, i, f );
      append_utf8( out, f );
   }
   return true;
}

// What the loops below need to know of U+0080 to U+20FF (Latin with its Vietnamese letters, Greek,
// Cyrillic …, and the General Punctuation of “quotes” and dashes), computed once from ICU: most
// characters of a Vietnamese text are there, and a table costs less than ICU's folding of a whole text
// or its NFC check. Anything above is asked of ICU, character by character.
struct character_facts {
   std::uint8_t length = 0;  // of the case folding; 0: folds to itself
   // NFC quick check Yes and combining class 0: a text of such characters is NFC (nothing composes).
   std::uint8_t nfc_inert : 1 = 0;
   // Folded, a vowel that carries the tone in the old placement ("à" of "hoà", "ỷ" of "thuỷ").
   std::uint8_t old_tone_second : 1 = 0;
   // What layout_and_fold's blocks take in place (nearly every letter of Vietnamese): a character of two
   // or three bytes, NFC-inert, that layout leaves alone and that folds to itself or to one code point
   // of its own length, so that no offset moves.
   std::uint8_t in_place : 1 = 0;
   char bytes[ 6 ] = {};     // the case folding
};
constexpr UChar32 facts_table_end = 0x2100;

bool is_nfc_inert( UChar32 c )
{
   return u_getIntPropertyValue( c, UCHAR_NFC_QUICK_CHECK ) == UNORM_YES && u_getCombiningClass( c ) == 0;
}

bool carries_old_tone( UChar32 second )
{
   UChar32 bare = 0;
   return tone_on_first( 'o', second, bare ) != U_SENTINEL || tone_on_first( 'u', second, bare ) != U_SENTINEL;
}

const std::array< character_facts, facts_table_end >& facts_table()
{
   static const auto table = [] {
      auto t = std::make_unique< std::array< character_facts, facts_table_end > >();
      std::string folded;
      for( UChar32 c = 0; c < facts_table_end; ++c ) {
         character_facts& f = ( *t )[ static_cast< std::size_t >( c ) ];
         f.nfc_inert = is_nfc_inert( c );
         folded.clear();
         if( c >= 0x80 && fold_code_point( c, folded ) ) {
            if( folded.size() > sizeof( character_facts::bytes ) ) {
               throw std::logic_error( "case folding longer than the table holds" );
            }
            f.length = static_cast< std::uint8_t >( folded.size() );
            folded.copy( f.bytes, folded.size() );
         }
         UChar32 first = c;
         if( !folded.empty() ) {
            int32_t k = 0;
            U8_NEXT_UNSAFE( folded.data(), k, first );
         }
         f.old_tone_second = carries_old_tone( first ) ? 1 : 0;
         int32_t unused = 0;
         std::string layout;
         const auto width = static_cast< std::size_t >( U8_LENGTH( c ) );
         f.in_place = ( width == 2 || width == 3 ) && f.nfc_inert && !rewrite_layout( c, nullptr, 0, 0, unused, layout ) &&
                      ( folded.empty() || ( folded.size() == width && is_one_code_point( folded ) ) );
      }
      return t;
   }();
   return *table;
}

// Full case folding (as ICU's CaseMap::utf8Fold with U_FOLD_CASE_DEFAULT), with the same edits: one
// replacement per changed code point, unchanged runs copied in bulk. Its own loop, not
// rewrite_code_points: most characters of a Vietnamese text are not ASCII, and each is one table look.
}  // namespace

std::string fold_case( std::string_view in, icu::Edits& edits )
{
   const auto& table = facts_table();
   std::string out;
   out.reserve( in.size() );
   std::string folded;
   const auto* s = reinterpret_cast< const uint8_t* >( in.data() );
   const auto length = static_cast< int32_t >( in.size() );
   int32_t run_begin = 0;
   int32_t i = 0;
   const auto replace = [ & ]( int32_t before, std::string_view by ) {
      out.append( in.substr( static_cast< std::size_t >( run_begin ), static_cast< std::size_t >( before - run_begin ) ) );
      edits.addUnchanged( before - run_begin );
      out.append( by );
      edits.addReplace( i - before, static_cast< int32_t >( by.size() ) );
      run_begin = i;
   };
   while( i < length ) {
      const uint8_t b = s[ i ];
      if( b < 0x80 ) {
         ++i;
         if( b >= 'A' && b <= 'Z' ) {
            const char lower = static_cast< char >( b | 0x20 );
            replace( i - 1, std::string_view( &lower, 1 ) );
         }
         continue;
      }
      const int32_t before = i;
      UChar32 c;
      U8_NEXT_UNSAFE( s, i, c );
      if( c < facts_table_end ) {
         const character_facts& f = table[ static_cast< std::size_t >( c ) ];
         if( f.length != 0 ) {
            replace( before, std::string_view( f.bytes, f.length ) );
         }
         continue;
      }
      folded.clear();
      if( fold_code_point( c, folded ) ) {
         replace( before, folded );
      }
   }
   out.append( in.substr( static_cast< std::size_t >( run_begin ) ) );
   edits.addUnchanged( length - run_begin );
   return out;
}

namespace {

// Each byte of an ASCII character folded ("A" → "a"), or ascii_run_end where the fused loop must look at
// the character: a carriage return (a line end to rewrite) and every byte from 0x80.
constexpr std::uint8_t ascii_run_end = 0x80;
constexpr std::array< std::uint8_t, 256 > ascii_folding = [] {
   std::array< std::uint8_t, 256 > table{};
   for( int b = 0; b < 256; ++b ) {
      table[ static_cast< std::size_t >( b ) ] = b >= 0x80 || b == '\r' ? ascii_run_end
                                               : b >= 'A' && b <= 'Z'  ? static_cast< std::uint8_t >( b | 0x20 )
                                                                        : static_cast< std::uint8_t >( b );
   }
   return table;
}();

// The code point of the letter of two or three bytes at `p` (`three`: 1 for three), in valid UTF-8,
// without a branch on the length: Vietnamese mixes both ("ư", "ạ") about equally, and such a branch
// was mispredicted at every other letter.
inline UChar32 two_or_three_byte_letter( const uint8_t* p, const unsigned three )
{
   const UChar32 lead = p[ 0 ];
   const UChar32 second = p[ 1 ] & 0x3F;
   const UChar32 last = p[ 1 + three ] & 0x3F;
   const UChar32 of_two = ( ( lead & 0x1F ) << 6 ) | second;
   const UChar32 of_three = ( ( lead & 0x0F ) << 12 ) | ( second << 6 ) | last;
   const UChar32 choose_three = -static_cast< UChar32 >( three );  // all ones or none
   return ( of_three & choose_three ) | ( of_two & ~choose_three );
}

// Passes 1 to 3 in one loop, for a chunk of characters that are all NFC-inert (see character_facts):
// the same text as layout, NFC and case folding one after the other. Such a chunk is NFC, and stays
// NFC after layout, which puts ' ' and '\n' (inert too) in the place of inert characters; so the NFC
// pass has nothing to do. Only the edits that move offsets are recorded: a folding that keeps the
// length and gives one code point ("T" → "t", "Ứ" → "ứ") moves none, and offset_map would leave it
// out. A capital or two in every sentence then costs no edit and no merge of edits.
// Returns false at the first character that is not inert (a decomposed letter, a combining mark):
// the chunk then takes the passes one by one. tests/text/normalize_test.cpp compares both routes.
// Where "o" or "u" is followed by a vowel that may carry an old-style tone, the offset of the "o" or
// "u" in `out` goes into `tone_candidates`: tone placement looks there only.
bool layout_and_fold( const std::string_view in, std::string& out, icu::Edits& edits, std::vector< int32_t >& tone_candidates )
{
   const auto& table = facts_table();
   // Two bytes past the text: a letter of two bytes is written as three (see below).
   out.assign( in.size() + 2, '\0' );
   // Written through a plain pointer: a char written through out[] may alias the string's own pointer,
   // which the compiler would then read again after every byte.
   char* o = out.data();
   std::size_t w = 0;
   const auto* s = reinterpret_cast< const uint8_t* >( in.data() );
   const auto length = static_cast< int32_t >( in.size() );
   int32_t run_begin = 0;  // start of the input not yet covered by edits
   int32_t i = 0;
   const auto record = [ & ]( int32_t before, int32_t old_length, std::size_t new_length ) {
      edits.addUnchanged( before - run_begin );
      edits.addReplace( old_length, static_cast< int32_t >( new_length ) );
      run_begin = before + old_length;
   };
   std::string replacement;
   while( i < length ) {
      // A run of ASCII (four bytes on average in Vietnamese: "nghi", "p") in a loop of its own, which keeps
      // its few variables in registers.
      {
         char* to = o + w;
         const uint8_t* from = s + i;
         const uint8_t* const end = s + length;
#if defined( __SSE2__ )
         // Sixteen bytes at a time where the input has them: ASCII folded at once, and the letters among
         // them that are taken in place (character_facts::in_place) found from a mask of their lead
         // bytes, so that one letter's place never waits on the length of the one before it. A branch
         // at each byte was mispredicted at the end of nearly every run. All sixteen are written (out
         // keeps a byte of room for each byte still to read); those past where the block stops are
         // written again.
         while( end - from >= 16 ) {
            const __m128i v = _mm_loadu_si128( reinterpret_cast< const __m128i* >( from ) );
            const __m128i upper = _mm_and_si128( _mm_cmpgt_epi8( v, _mm_set1_epi8( 'A' - 1 ) ), _mm_cmplt_epi8( v, _mm_set1_epi8( 'Z' + 1 ) ) );
            _mm_storeu_si128( reinterpret_cast< __m128i* >( to ), _mm_or_si128( v, _mm_and_si128( upper, _mm_set1_epi8( 0x20 ) ) ) );
            // The high bit of each byte from 0x80, and of a carriage return: what ascii_folding ends a run at;
            // of them, the bytes that begin a character (no continuation byte, 0x80–0xBF).
            const auto special = static_cast< unsigned >( _mm_movemask_epi8( _mm_or_si128( v, _mm_cmpeq_epi8( v, _mm_set1_epi8( '\r' ) ) ) ) );
            const auto continuation = static_cast< unsigned >(
               _mm_movemask_epi8( _mm_cmplt_epi8( v, _mm_set1_epi8( static_cast< char >( 0xC0 ) ) ) ) );  // 0x80–0xBF: below 0xC0, signed
            unsigned leads = special & ~continuation;
            unsigned done = 16;  // bytes of the block taken
            while( leads != 0 ) {
               const auto k = static_cast< unsigned >( std::countr_zero( leads ) );
               leads &= leads - 1;
               // A carriage return, a character of four bytes, one not whole in the block, or one not
               // taken in place: the block stops before it, and the loop below takes it.
               const uint8_t lead = from[ k ];
               const unsigned three = lead >= 0xE0 ? 1 : 0;
               if( lead < 0xC0 || lead >= 0xF0 || k + 2 + three > 16 ) [[unlikely]] {
                  done = k;
                  break;
               }
               const UChar32 c = two_or_three_byte_letter( from + k, three );
               if( c >= facts_table_end || !table[ static_cast< std::size_t >( c ) ].in_place ) [[unlikely]] {
                  done = k;
                  break;
               }
               const character_facts& f = table[ static_cast< std::size_t >( c ) ];
               if( f.length != 0 ) {  // as long as the letter: written over it
                  to[ k ] = f.bytes[ 0 ];
                  to[ k + 1 ] = f.bytes[ 1 ];
                  to[ k + 1 + three ] = f.bytes[ 1 + three ];
               }
               const std::size_t at = static_cast< std::size_t >( to - o ) + k;
               const char before_it = at != 0 ? o[ at - 1 ] : '\0';
               if( f.old_tone_second & ( ( before_it == 'o' ) | ( before_it == 'u' ) ) ) {
                  tone_candidates.push_back( static_cast< int32_t >( at - 1 ) );
               }
            }
            from += done;
            to += done;
            if( done != 16 ) {
               break;
            }
         }
#endif
         while( from != end ) {
            const uint8_t f = ascii_folding[ *from ];
            if( f == ascii_run_end ) {
               break;
            }
            *to++ = static_cast< char >( f );
            ++from;
         }
         w = static_cast< std::size_t >( to - o );
         i = static_cast< int32_t >( from - s );
         if( from == end ) {
            break;
         }
      }
      const int32_t before = i;
      UChar32 c;
      // The text is valid UTF-8 (decoded): the two- and three-byte characters of Vietnamese are read
      // without the general decoder's checks. (An ASCII byte here is a carriage return.)
      const uint8_t lead = s[ i ];
      if( lead >= 0xC0 && lead < 0xF0 ) [[likely]] {
         const unsigned three = lead >= 0xE0 ? 1 : 0;
         c = two_or_three_byte_letter( s + i, three );
         i += static_cast< int32_t >( 2 + three );
      }
      else if( lead < 0x80 ) {
         c = s[ i++ ];
      }
      else {
         U8_NEXT_UNSAFE( s, i, c );
      }
      const auto consumed = static_cast< std::size_t >( i - before );
      std::string_view folded;
      bool old_tone_second = true;  // above the table: let tone placement look (it never rewrites there)
      if( c < facts_table_end ) {
         const character_facts& f = table[ static_cast< std::size_t >( c ) ];
         if( !f.nfc_inert ) {
            return false;
         }
         folded = std::string_view( f.bytes, f.length );
         old_tone_second = f.old_tone_second != 0;
      }
      else if( !is_nfc_inert( c ) ) {
         return false;
      }
      int32_t layout_consumed = i - before;
      replacement.clear();
      if( layout_candidate( s, before, length ) && rewrite_layout( c, s, i, length, layout_consumed, replacement ) ) {
         o[ w++ ] = replacement[ 0 ];  // ' ' or '\n', nothing to fold, no longer than what it replaces
         record( before, layout_consumed, 1 );
         i = before + layout_consumed;
         continue;
      }
      if( c >= facts_table_end && fold_code_point( c, replacement ) ) {
         folded = replacement;
      }
      // One test of the three conditions (each mispredicted often on its own).
      const char before_it = w != 0 ? o[ w - 1 ] : '\0';
      if( old_tone_second & ( ( before_it == 'o' ) | ( before_it == 'u' ) ) ) {
         tone_candidates.push_back( static_cast< int32_t >( w - 1 ) );
      }
      if( folded.empty() && ( consumed == 2 || consumed == 3 ) ) {
         // Copied as they are, three bytes whatever the length (the third of a letter of two is its
         // second again, overwritten next): no branch on the length.
         o[ w ] = static_cast< char >( s[ before ] );
         o[ w + 1 ] = static_cast< char >( s[ before + 1 ] );
         o[ w + 2 ] = static_cast< char >( s[ before + consumed - 1 ] );
         w += consumed;
         continue;
      }
      if( folded.empty() ) {  // one to four bytes, copied as they are
         o[ w ] = static_cast< char >( s[ before ] );
         if( consumed > 1 ) {
            o[ w + 1 ] = static_cast< char >( s[ before + 1 ] );
            if( consumed > 2 ) {
               o[ w + 2 ] = static_cast< char >( s[ before + 2 ] );
               if( consumed > 3 ) {
                  o[ w + 3 ] = static_cast< char >( s[ before + 3 ] );
               }
            }
         }
         w += consumed;
         continue;
      }
      if( folded.size() <= consumed && consumed <= 3 ) {
         // One to three bytes, written as three the same way.
         const std::size_t last = folded.size() - 1;
         o[ w ] = folded[ 0 ];
         o[ w + 1 ] = folded[ last != 0 ? 1 : 0 ];
         o[ w + 2 ] = folded[ last ];
         w += folded.size();
      }
      else if( folded.size() <= consumed ) {
         for( const char f : folded ) {
            o[ w++ ] = f;
         }
      }
      else {
         // out keeps room for a byte for each byte still to read, so that a character written no longer
         // than it was read needs no check; it grows after a folding longer than its letter ("ΐ").
         // (Not a lambda: one that captured w and o would keep them in memory for the whole loop.)
         const std::size_t needed = w + folded.size() + static_cast< std::size_t >( length - i );
         if( needed > out.size() ) {
            out.resize( 2 * needed );
            o = out.data();
         }
         folded.copy( o + w, folded.size() );
         w += folded.size();
      }
      if( consumed != folded.size() || !is_one_code_point( folded ) ) {
         record( before, static_cast< int32_t >( consumed ), folded.size() );
      }
   }
   out.resize( w );
   edits.addUnchanged( length - run_begin );
   return true;
}

// Old tone placement is rewritten from its first vowel, "o" or "u", followed by a toned vowel, which is
// never ASCII.
constexpr auto tone_candidate = []( const uint8_t* s, int32_t i, int32_t length ) {
   return ( s[ i ] == 'o' || s[ i ] == 'u' ) && i + 1 < length && s[ i + 1 ] >= 0x80;
};

// Pass 4 at one candidate: `c` is "o" or "u" and the rewrite spans it and the vowel after it.
bool rewrite_tone( UChar32 c, const uint8_t* s, int32_t next, int32_t length, int32_t& consumed, std::string& replacement )
{
   // "qu" is a consonant: "quý" keeps its tone on y. ("q" is one byte, so the byte before "u" is it.)
   if( next >= length || ( c == 'u' && next >= 2 && s[ next - 2 ] == 'q' ) ) {
      return false;
   }
   int32_t after_second = next;
   UChar32 second;
   U8_NEXT_UNSAFE( s, after_second, second );
   UChar32 bare = 0;
   const UChar32 toned_first = tone_on_first( c, second, bare );
   if( toned_first == U_SENTINEL ) {
      return false;
   }
   if( after_second < length ) {  // only at the end of a syllable: "hoàn", "toán" are not old style
      int32_t peek = after_second;
      UChar32 third;
      U8_NEXT_UNSAFE( s, peek, third );
      if( is_letter( third ) ) {
         return false;
      }
   }
   append_utf8( replacement, toned_first );
   append_utf8( replacement, bare );
   consumed = after_second - ( next - U8_LENGTH( c ) );
   return true;
}

std::string apply_tone_placement( std::string_view in, icu::Edits& edits )
{
   return rewrite_code_points( in, edits, scanning_for( tone_candidate ), rewrite_tone );
}

// Whether pass 4 rewrites anything at the candidates layout_and_fold found: most candidates are no
// old-style tone ("toàn", "hoàn"), and a text without one is then not copied.
bool rewrites_a_tone_at( std::string_view in, const std::vector< int32_t >& candidates )
{
   const auto* s = reinterpret_cast< const uint8_t* >( in.data() );
   const auto length = static_cast< int32_t >( in.size() );
   std::string replacement;
   for( const int32_t at : candidates ) {
      int32_t next = at + 1;  // the candidate is "o" or "u", one byte
      int32_t consumed = 1;
      if( rewrite_tone( s[ at ], s, next, length, consumed, replacement ) ) {
         return true;
      }
   }
   return false;
}

// Pass 4 at the candidates layout_and_fold found (offsets in `in`, in order): the text is not read again.
std::string apply_tone_placement_at( std::string_view in, const std::vector< int32_t >& candidates, icu::Edits& edits )
{
   std::size_t k = 0;
   const auto next_candidate = [ & ]( const uint8_t*, int32_t i, int32_t length ) {
      while( k < candidates.size() && candidates[ k ] < i ) {
         ++k;
      }
      return k < candidates.size() ? candidates[ k ] : length;
   };
   return rewrite_code_points( in, edits, next_candidate, rewrite_tone );
}

// Composes `stage` after `total` (original → previous) into original → current.
void compose( icu::Edits& total, const icu::Edits& stage )
{
   icu::Edits merged;
   UErrorCode status = U_ZERO_ERROR;
   merged.mergeAndAppend( total, stage, status );
   check( status, "composing edits" );
   total = std::move( merged );
}

template< typename Pass >
std::string run_pass( std::string_view in, icu::Edits& total, Pass pass )
{
   icu::Edits stage;
   std::string out = pass( in, stage );
   if( stage.hasChanges() ) {  // most texts are NFC, most have no old-style tones: nothing to compose
      compose( total, stage );
   }
   return out;
}

}  // namespace

normalized_text normalize( const std::string_view utf8, const icu::Edits& decode_edits, const normalization_route route )
{
   // The passes run a chunk of lines at a time, into one text: no pass holds a whole copy of a large
   // document, and a chunk stays in the cache through all four. No pass looks across a line feed (NFC
   // composes nothing with it, CR LF ends with it), so chunks ending after one read as the whole does.
   constexpr std::size_t chunk_size = std::size_t( 1 ) << 16;
   std::string text;
   icu::Edits passes;  // utf8 → text
   std::vector< int32_t > tone_candidates;
   UErrorCode status = U_ZERO_ERROR;
   for( std::size_t begin = 0; begin < utf8.size(); ) {
      const std::size_t newline = utf8.find( '\n', std::min( utf8.size(), begin + chunk_size ) - 1 );
      const std::size_t end = newline == std::string_view::npos ? utf8.size() : newline + 1;
      const std::string_view chunk = utf8.substr( begin, end - begin );
      icu::Edits chunk_edits;
      std::string out;
      tone_candidates.clear();
      if( route == normalization_route::fastest && layout_and_fold( chunk, out, chunk_edits, tone_candidates ) ) {
         if( !tone_candidates.empty() && rewrites_a_tone_at( out, tone_candidates ) ) {
            out = run_pass( out, chunk_edits, [ & ]( std::string_view folded, icu::Edits& stage ) {
               return apply_tone_placement_at( folded, tone_candidates, stage );
            } );
         }
      }
      else {
         chunk_edits.reset();  // a character that is not NFC-inert: the passes one by one
         chunk_edits.addUnchanged( static_cast< int32_t >( chunk.size() ) );
         out = run_pass( chunk, chunk_edits, apply_layout );
         out = run_pass( out, chunk_edits, apply_nfc );
         out = run_pass( out, chunk_edits, fold_case );
         out = run_pass( out, chunk_edits, apply_tone_placement );
      }
      if( begin == 0 && end == utf8.size() ) {
         // One chunk, the common case: nothing to copy, nothing to gather.
         text = std::move( out );
         passes = std::move( chunk_edits );
         break;
      }
      if( begin == 0 ) {
         text.reserve( utf8.size() );
         prefer_huge_pages( text.data(), text.capacity() );
      }
      text += out;
      if( !chunk_edits.hasChanges() ) {
         passes.addUnchanged( static_cast< int32_t >( chunk.size() ) );
      }
      else {
         for( auto it = chunk_edits.getFineIterator(); it.next( status ); ) {
            if( it.hasChange() ) {
               passes.addReplace( it.oldLength(), it.newLength() );
            }
            else {
               passes.addUnchanged( it.oldLength() );
            }
         }
         check( status, "gathering edits" );
      }
      begin = end;
   }
   icu::Edits total( decode_edits );
   if( !decode_edits.hasChanges() && utf8.size() != 0 ) {
      total = std::move( passes );  // valid UTF-8, the common case: the passes' edits are the whole story
   }
   else if( passes.hasChanges() ) {
      compose( total, passes );
   }
   offset_map map( total, text );
   return { std::move( text ), std::move( map ) };
}

std::string to_nfc( const std::string_view utf8 )
{
   icu::Edits ignored;
   return apply_nfc( utf8, ignored );
}

std::string normalize_for_matching( const std::string_view utf8 )
{
   icu::Edits identity;
   identity.addUnchanged( static_cast< int32_t >( utf8.size() ) );
   return normalize( utf8, identity ).text;
}

std::string name_key( const std::string_view utf8 )
{
   // A library user may build a document by hand: its names are not known to be valid UTF-8.
   std::string valid;
   icu::UnicodeString::fromUTF8( icu::StringPiece( utf8.data(), static_cast< int32_t >( utf8.size() ) ) ).toUTF8String( valid );
   return normalize_for_matching( valid );
}

}  // namespace chidao::detail
