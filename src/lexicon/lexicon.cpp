// SPDX-License-Identifier: MIT
#include "chidao/lexicon.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <tuple>

#if defined( __SSE2__ )
#include <emmintrin.h>
#endif

#include "chidao/document.hpp"
#include "chidao/error.hpp"
#include "grammar/announcement.hpp"
#include "grammar/lookalikes.hpp"
#include "grammar/ordinal.hpp"
#include "lexicon/tables.hpp"
#include "text/decode.hpp"
#include "text/normalize.hpp"

namespace chidao {
namespace detail {

// Compiled-in grammar/lexicons/*.txt (generated at configure time).
struct embedded_lexicon {
   const char* name;
   std::string_view text;
};
extern const embedded_lexicon embedded_lexicons[];
extern const std::size_t embedded_lexicon_count;

bool continues_word( std::string_view text )
{
   if( text.empty() ) {
      return false;
   }
   const auto c0 = static_cast< unsigned char >( text[ 0 ] );
   if( c0 < 0x80 ) {
      return ( c0 >= 'a' && c0 <= 'z' ) || ( c0 >= 'A' && c0 <= 'Z' ) || ( c0 >= '0' && c0 <= '9' );
   }
   int32_t i = 0;
   UChar32 c;
   U8_NEXT( reinterpret_cast< const uint8_t* >( text.data() ), i, static_cast< int32_t >( std::min< std::size_t >( text.size(), 4 ) ), c );
   return c >= 0 && u_isalnum( c );
}

void word_trie::insert( const std::string_view entry, const std::uint32_t value )
{
   std::uint32_t at = 0;
   for( const char c : entry ) {
      const auto byte = static_cast< unsigned char >( c );
      const std::uint32_t child = child_of( at, byte );
      at = child != 0 ? child : add_child( at, byte );
   }
   if( !nodes_[ at ].terminal ) {
      ++entries_;
   }
   nodes_[ at ].terminal = true;
   nodes_[ at ].value = value;
}

std::uint32_t word_trie::add_child( const std::uint32_t at, const unsigned char byte )
{
   const auto end = static_cast< std::uint32_t >( nodes_.size() );
   if( at == 0 ) {
      nodes_.emplace_back();
      labels_.push_back( byte );
      root_[ byte ] = end;
      return end;
   }
   const std::uint32_t count = nodes_[ at ].child_count;
   if( count == 0 || std::has_single_bit( count ) ) {  // no block, or a full one: a new one at the end
      const std::uint32_t from = nodes_[ at ].children;
      const std::uint32_t places = count == 0 ? 1 : 2 * count;
      nodes_.resize( end + places );
      labels_.resize( end + places );
      std::copy_n( nodes_.begin() + from, count, nodes_.begin() + end );
      std::copy_n( labels_.begin() + from, count, labels_.begin() + end );
      nodes_[ at ].children = end;
   }
   const std::uint32_t child = nodes_[ at ].children + count;
   nodes_[ child ] = node{};
   labels_[ child ] = byte;
   nodes_[ at ].child_count = static_cast< std::uint16_t >( count + 1 );
   return child;
}

std::pair< std::size_t, std::uint32_t > word_trie::longest( std::string_view text ) const
{
   std::pair< std::size_t, std::uint32_t > best{ 0, 0 };
   std::uint32_t at = 0;
   std::size_t i = 0;
   while( true ) {
      if( nodes_[ at ].terminal && i > 0 && !continues_word( text.substr( i ) ) ) {
         best = { i, nodes_[ at ].value };
      }
      if( i >= text.size() ) {
         break;
      }
      const char c = text[ i ] == '\t' ? ' ' : text[ i ];
      const std::uint32_t child = child_of( at, static_cast< unsigned char >( c ) );
      if( child == 0 ) {
         break;
      }
      at = child;
      ++i;
      if( c == ' ' ) {  // "Bộ  trưởng" with two spaces is still "bộ trưởng"
         while( i < text.size() && ( text[ i ] == ' ' || text[ i ] == '\t' ) ) {
            ++i;
         }
      }
   }
   return best;
}

namespace {

// Bytes that go on a first word (see first_words::classes_at): ASCII letters and digits, the lead bytes
// of Vietnamese letters (0xC3–0xC9: U+00C0–U+027F; 0xE1: U+1000–U+1FFF, "ạ" … "ỹ" among them) and
// continuation bytes. Any other lead byte ends the word: the characters it begins are no Vietnamese
// letter, so a word of the lexicons that ends before one ("nói😀", "nói。") is still found.
constexpr bool is_ascii_word_byte( int b ) { return ( b >= 'a' && b <= 'z' ) || ( b >= '0' && b <= '9' ) || ( b >= 'A' && b <= 'Z' ); }

constexpr std::array< bool, 256 > word_bytes = [] {
   std::array< bool, 256 > table{};
   for( int b = 0; b < 256; ++b ) {
      table[ static_cast< std::size_t >( b ) ] = is_ascii_word_byte( b ) || ( b >= 0x80 && b <= 0xBF ) || ( b >= 0xC3 && b <= 0xC9 ) || b == 0xE1;
   }
   return table;
}();

// The ASCII letters and digits, which first_word_at reads in a loop of their own.
constexpr std::array< bool, 256 > ascii_word_bytes = [] {
   std::array< bool, 256 > table{};
   for( int b = 0; b < 256; ++b ) {
      table[ static_cast< std::size_t >( b ) ] = is_ascii_word_byte( b );
   }
   return table;
}();

constexpr bool is_continuation( unsigned char b ) { return ( b & 0xC0 ) == 0x80; }

// The key of a first word: its length and its bytes eight at a time (zeros after the word), each chunk
// multiplied by a constant of its own; slot_of mixes the sum once more. A word of up to 16 bytes is hashed
// with no loop over its bytes, whose length would be mispredicted at nearly every word, and with its two
// multiplications side by side. (A word never holds a zero byte: the padding is unambiguous.) The chunks
// are read as the machine's words, the same way here and in first_word_at.
constexpr std::uint64_t chunk_factor( std::size_t k ) { return 0x9FB21C651E98DF25ULL + 2 * k * 0xD6E8FEB86659FD93ULL; }

std::uint64_t key_of_bytes( const unsigned char* p, std::size_t length )
{
   std::uint64_t h = length;
   for( std::size_t k = 0; 8 * k < length; ++k ) {
      std::uint64_t chunk = 0;
      std::memcpy( &chunk, p + 8 * k, std::min< std::size_t >( 8, length - 8 * k ) );
      h ^= chunk * chunk_factor( k );
   }
   return h;
}

#if defined( __SSE2__ )
// The bytes x with lo <= x <= hi (hi - lo < 255), as 0xFF in each lane. SSE2 has no unsigned compare:
// x - lo is moved into the signed range, where one compare tells whether it is at most hi - lo.
__m128i bytes_in( __m128i x, unsigned char lo, unsigned char hi )
{
   const __m128i from_lo = _mm_add_epi8( x, _mm_set1_epi8( static_cast< char >( 0x80 - lo ) ) );
   return _mm_cmplt_epi8( from_lo, _mm_set1_epi8( static_cast< char >( hi - lo - 0x7F ) ) );
}
unsigned lanes( __m128i x ) { return static_cast< unsigned >( _mm_movemask_epi8( x ) ); }

// The first `length` bytes of an eight-byte chunk, for length 0 to 8.
constexpr std::uint64_t first_bytes( std::size_t length ) { return length >= 8 ? ~0ULL : ( 1ULL << ( 8 * length ) ) - 1; }
constexpr std::array< std::uint64_t, 17 > low_chunk_mask = [] {
   std::array< std::uint64_t, 17 > m{};
   for( std::size_t n = 0; n <= 16; ++n ) {
      m[ n ] = first_bytes( n );
   }
   return m;
}();
constexpr std::array< std::uint64_t, 17 > high_chunk_mask = [] {
   std::array< std::uint64_t, 17 > m{};
   for( std::size_t n = 0; n <= 16; ++n ) {
      m[ n ] = n > 8 ? first_bytes( n - 8 ) : 0;
   }
   return m;
}();

// What first_word_at reads of sixteen bytes, a bit for each byte: which bytes go on a first word
// (word_bytes), and where the bytes break what a plain word is made of, whichever word they fall in.
struct sixteen_bytes {
   unsigned word;      // a byte that goes on a first word (word_bytes)
   unsigned not_plain; // see classify
};

// A plain word is made of ASCII letters and digits and whole Latin letters of grammar::latin_letter:
// each lead byte of 0xC3–0xC9 is followed by one continuation byte (0x80–0xBF), each 0xE1 by two, the
// first of them 0xB8–0xBB ("ạ" … "ỹ"), and 0xC3 not by 0x97 or 0xB7 (× and ÷). A bit of not_plain is
// set where a byte differs from what the lead bytes before it call for: a continuation byte no lead
// calls for, a byte a lead calls for that is no continuation byte, the second byte of 0xE1 out of its
// range, or the second byte of × and ÷. A word from byte `at` of `length` bytes is then plain when no bit
// is set from its first byte to the byte after it (a lead at its end calls for a byte past it): a lead
// byte never comes just before a word, which begins after a byte that is no word byte.
[[gnu::always_inline]] inline sixteen_bytes classify( const unsigned char* s )
{
   const __m128i v = _mm_loadu_si128( reinterpret_cast< const __m128i* >( s ) );
   // Setting bit 5 makes each capital its small letter and moves no other byte into 'a'–'z'.
   const __m128i letters = bytes_in( _mm_or_si128( v, _mm_set1_epi8( 0x20 ) ), 'a', 'z' );
   const __m128i ascii = _mm_or_si128( letters, bytes_in( v, '0', '9' ) );
   const __m128i continuation = _mm_cmplt_epi8( v, _mm_set1_epi8( static_cast< char >( 0xC0 ) ) );  // 0x80–0xBF: below 0xC0, signed
   const __m128i lead2 = bytes_in( v, 0xC3, 0xC9 );
   const __m128i lead3 = _mm_cmpeq_epi8( v, _mm_set1_epi8( static_cast< char >( 0xE1 ) ) );
   const __m128i sign_second = _mm_or_si128( _mm_cmpeq_epi8( v, _mm_set1_epi8( static_cast< char >( 0x97 ) ) ),
                                             _mm_cmpeq_epi8( v, _mm_set1_epi8( static_cast< char >( 0xB7 ) ) ) );
   const unsigned two = lanes( lead2 );
   const unsigned three = lanes( lead3 );
   const unsigned called_for = ( two << 1 ) | ( three << 1 ) | ( three << 2 );
   const unsigned not_plain = ( called_for ^ lanes( continuation ) ) | ( ( three << 1 ) & ~lanes( bytes_in( v, 0xB8, 0xBB ) ) ) |
                              ( ( lanes( _mm_cmpeq_epi8( v, _mm_set1_epi8( static_cast< char >( 0xC3 ) ) ) ) << 1 ) & lanes( sign_second ) );
   return { lanes( _mm_or_si128( _mm_or_si128( ascii, continuation ), _mm_or_si128( lead2, lead3 ) ) ), not_plain };
}

// The word of `length` bytes from byte `at` is made of whole Latin letters (see classify).
bool is_plain( const sixteen_bytes& b, unsigned at, unsigned length )
{
   return ( ( b.not_plain >> at ) & ( ( 2u << length ) - 1 ) ) == 0;
}

// key_of_bytes of a word shorter than sixteen bytes, with sixteen bytes to read from its start.
std::uint64_t key_of_short_word( const unsigned char* s, unsigned length )
{
   std::uint64_t low = 0;
   std::uint64_t high = 0;
   std::memcpy( &low, s, 8 );
   std::memcpy( &high, s + 8, 8 );
   return length ^ ( low & low_chunk_mask[ length ] ) * chunk_factor( 0 ) ^ ( high & high_chunk_mask[ length ] ) * chunk_factor( 1 );
}
#endif

}  // namespace

// The hash of the first word of `text`.
std::uint64_t first_words::key_of( std::string_view text )
{
   const auto* s = reinterpret_cast< const unsigned char* >( text.data() );
   std::size_t length = 0;
   while( length != text.size() && word_bytes[ s[ length ] ] ) {
      ++length;
   }
   return key_of_bytes( s, length );
}

// The first word's classes and, for a plain Latin word, its length. The key is cut where key_of cuts it
// (the first byte that is no word byte); the word is plain when that byte is ASCII or the end, and the
// bytes before it are ASCII letters and digits and whole Latin letters of grammar::latin_letter. Any
// other character on the way (× or ÷, another script, a stray byte) leaves the word to word_chars.
// Sixteen bytes are classified at once where the text has them; shorter texts and longer words take
// the loop below.
first_words::found first_words::first_word_at( std::string_view text ) const
{
   if( first_.empty() ) {
      return {};
   }
   const auto* s = reinterpret_cast< const unsigned char* >( text.data() );
#if defined( __SSE2__ )
   if( text.size() >= 16 ) {
      const sixteen_bytes b = classify( s );
      if( const unsigned stops = ~b.word & 0xFFFFu; stops != 0 ) {
         const auto length = static_cast< unsigned >( std::countr_zero( stops ) );
         const class_set classes = first_.at_filled( key_of_short_word( s, length ) );
         const bool plain = s[ length ] < 0x80 && is_plain( b, 0, length );
         return { classes, plain ? length : 0u };
      }
   }
#endif
   return first_word_in_loop( text );
}

namespace {

bool is_count_digit( unsigned char c ) { return c >= '1' && c <= '9'; }

std::size_t after_blanks( const unsigned char* s, std::size_t p, const std::size_t n )
{
   while( p != n && ( s[ p ] == ' ' || s[ p ] == '\t' ) ) {
      ++p;
   }
   return p;
}

}  // namespace

// Where sixteen bytes lie ahead, their classes serve every word that ends among them.
first_words::run first_words::plain_run( std::string_view text, const class_set excluded ) const
{
   if( first_.empty() ) {
      return {};
   }
   const auto* s = reinterpret_cast< const unsigned char* >( text.data() );
   const std::size_t n = text.size();
   std::size_t p = 0;
   while( p != n ) {
#if defined( __SSE2__ )
      if( n - p >= 16 ) {
         const std::size_t window = p;
         const sixteen_bytes b = classify( s + window );
         const unsigned stops = ~b.word & 0xFFFFu;
         // Each word whose end is among the sixteen bytes, with sixteen bytes from its start to hash.
         while( p - window < 16 && n - p >= 16 ) {
            const auto at = static_cast< unsigned >( p - window );
            const unsigned ahead = stops >> at;
            if( ahead == 0 ) {
               break;
            }
            const auto length = static_cast< unsigned >( std::countr_zero( ahead ) );
            const class_set classes = first_.at_filled( key_of_short_word( s + p, length ) );
            const bool plain = s[ p + length ] < 0x80 && is_plain( b, at, length );
            if( length == 0 || !plain || ( classes & excluded ) != 0 || is_count_digit( s[ p ] ) ) {
               return { p, { classes, plain ? length : 0u } };
            }
            p = after_blanks( s, p + length, n );
         }
         if( p != window ) {
            continue;
         }
      }
#endif
      // A word of sixteen bytes or more, or one near the end of the text.
      const found word = first_word_at( text.substr( p ) );
      if( word.plain_length == 0 || ( word.classes & excluded ) != 0 || is_count_digit( s[ p ] ) ) {
         return { p, word };
      }
      p = after_blanks( s, p + word.plain_length, n );
   }
   return { p, {} };
}

namespace {

// The plain word at the start of `text` a character at a time: its length and key, or none when the
// word is not plain (see first_words::first_word_at).
std::optional< std::pair< std::size_t, std::uint64_t > > plain_word_in_loop( std::string_view text )
{
   const auto* s = reinterpret_cast< const unsigned char* >( text.data() );
   const std::size_t n = text.size();
   std::size_t i = 0;
   for( ;; ) {
      while( i != n && ascii_word_bytes[ s[ i ] ] ) {
         ++i;
      }
      if( i == n || s[ i ] < 0x80 ) {
         return std::pair{ i, key_of_bytes( s, i ) };
      }
      const unsigned char b = s[ i ];
      if( b >= 0xC3 && b <= 0xC9 && i + 1 != n && is_continuation( s[ i + 1 ] ) &&
          !( b == 0xC3 && ( s[ i + 1 ] == 0x97 || s[ i + 1 ] == 0xB7 ) ) ) {
         i += 2;
      }
      else if( b == 0xE1 && i + 2 < n && s[ i + 1 ] >= 0xB8 && s[ i + 1 ] <= 0xBB && is_continuation( s[ i + 2 ] ) ) {
         i += 3;
      }
      else {
         return std::nullopt;
      }
   }
}

}  // namespace

// first_word_at a character at a time. Out of line: its registers would otherwise be saved and restored
// at every call of the sixteen-byte path.
first_words::found first_words::first_word_in_loop( std::string_view text ) const
{
   if( const auto word = plain_word_in_loop( text ) ) {
      return { first_.at_filled( word->second ), static_cast< std::uint32_t >( word->first ) };
   }
   return { classes_at( text ), 0 };
}

namespace {

// The key of a pair of words (see first_words::may_begin_pair); a first word alone pairs with
// `no_second_word`, which no second word's key is but by chance (a chance costs a walk of a trie).
constexpr std::uint64_t no_second_word = ~0ULL;
std::uint64_t pair_key( std::uint64_t first, std::uint64_t second ) { return first * 0xC2B2AE3D27D4EB4FULL ^ second; }

// The length and key of the plain word at the start of `text` (as first_word_at finds it), or a length
// of 0 when the word is not plain or there is none.
[[gnu::always_inline]] inline std::pair< std::size_t, std::uint64_t > plain_word( std::string_view text )
{
#if defined( __SSE2__ )
   if( const auto* s = reinterpret_cast< const unsigned char* >( text.data() ); text.size() >= 16 ) {
      const sixteen_bytes b = classify( s );
      if( const unsigned stops = ~b.word & 0xFFFFu; stops != 0 ) {
         const auto length = static_cast< unsigned >( std::countr_zero( stops ) );
         if( s[ length ] < 0x80 && is_plain( b, 0, length ) ) {
            return { length, key_of_short_word( s, length ) };
         }
         return { 0, 0 };
      }
   }
#endif
   return plain_word_in_loop( text ).value_or( std::pair< std::size_t, std::uint64_t >{ 0, 0 } );
}

}  // namespace

bool first_words::may_begin_pair( const word_class c, const std::string_view text, const std::size_t first_length ) const
{
   const auto bit = static_cast< class_set >( 1u << static_cast< unsigned >( c ) );
   const auto* s = reinterpret_cast< const unsigned char* >( text.data() );
#if defined( __SSE2__ )
   const std::uint64_t first = text.size() >= 16 && first_length < 16 ? key_of_short_word( s, static_cast< unsigned >( first_length ) )
                                                                     : key_of_bytes( s, first_length );
#else
   const std::uint64_t first = key_of_bytes( s, first_length );
#endif
   if( ( pairs_.at( pair_key( first, no_second_word ) ) & bit ) != 0 ) {
      return true;
   }
   const std::size_t second = after_blanks( s, first_length, text.size() );
   if( second == first_length ) {
      return false;  // the word is not followed by a space: only an entry of it alone could begin here
   }
   const auto [ length, key ] = plain_word( text.substr( second ) );
   return length == 0 || ( pairs_.at( pair_key( first, key ) ) & bit ) != 0;
}

void first_words::add( std::string_view entry, word_class c )
{
   const auto bit = static_cast< class_set >( 1u << static_cast< unsigned >( c ) );
   const std::uint64_t first = key_of( entry );
   first_.add( first, bit );
   // Cut where key_of cuts: the second word is the one after a space there (an entry has one space
   // between words); an entry of one word, or whose first word ends at anything else, has none.
   std::size_t cut = 0;
   while( cut != entry.size() && word_bytes[ static_cast< unsigned char >( entry[ cut ] ) ] ) {
      ++cut;
   }
   const bool has_second = cut < entry.size() && entry[ cut ] == ' ';
   pairs_.add( pair_key( first, has_second ? key_of( entry.substr( cut + 1 ) ) : no_second_word ), bit );
}

void first_words::filter::add( const std::uint64_t key, const class_set classes )
{
   keys_[ key ] |= classes;
   // slots_per_key_ slots a key or more: a key of the text shares a slot with some key about one time in that many.
   if( slots_.size() < slots_per_key_ * keys_.size() ) {
      fill();
   }
   else {
      slots_[ slot_of( key ) ] |= classes;
   }
}

void first_words::filter::fill()
{
   unsigned bits = 13;  // 8192 slots at least
   while( ( std::size_t{ 1 } << bits ) < slots_per_key_ * keys_.size() ) {
      ++bits;
   }
   slots_.assign( std::size_t{ 1 } << bits, 0 );
   shift_ = 64 - bits;
   for( const auto& [ key, classes ] : keys_ ) {
      slots_[ slot_of( key ) ] |= classes;
   }
}

namespace {

std::string_view trim( std::string_view s )
{
   while( !s.empty() && ( s.front() == ' ' || s.front() == '\t' || s.front() == '\r' ) ) {
      s.remove_prefix( 1 );
   }
   while( !s.empty() && ( s.back() == ' ' || s.back() == '\t' || s.back() == '\r' ) ) {
      s.remove_suffix( 1 );
   }
   return s;
}

// Entries are matched against normalized text, so they are normalized the same way; inner runs of
// white space become one space.
std::string normalized_entry( std::string_view entry )
{
   const std::string n = normalize_for_matching( entry );
   std::string out;
   for( const char c : n ) {
      if( c == ' ' || c == '\t' ) {
         if( !out.empty() && out.back() != ' ' ) {
            out += ' ';
         }
      }
      else {
         out += c;
      }
   }
   while( !out.empty() && out.back() == ' ' ) {
      out.pop_back();
   }
   return out;
}

struct section {
   word_class cls;
   std::uint32_t value;
};

// An entry read from a lexicon text, inserted once the whole text is known to be valid.
struct pending_entry {
   word_class cls;
   std::uint32_t value;
   std::string entry;
};

// Entry bounds. Matching walks an entry's trie path at each position of the text, so the longest entry
// bounds the cost per byte of text: an entry of thousands of words would make parsing
// O(text × entry). The longest compiled-in entry has 10 words in 70 bytes.
constexpr std::size_t max_entry_words = 16;
constexpr std::size_t max_entry_bytes = 200;

[[noreturn]] void fail( const std::string& name, std::size_t line, const std::string& message )
{
   throw error( errc::invalid_lexicon, source_position{ name, 0, line, 1 }, message );
}

section parse_section( std::string_view header, std::vector< std::string >& reference_titles, std::size_t references_before,
                       const std::string& name, std::size_t line )
{
   const std::string_view inside = trim( header.substr( 1, header.size() - 2 ) );
   static constexpr std::pair< std::string_view, word_class > plain[] = {
      { "title", word_class::title },         { "complement", word_class::complement },
      { "surname", word_class::surname },     { "honorific", word_class::honorific },
      { "group", word_class::group },         { "adverb", word_class::adverb },
      { "addressee", word_class::addressee }, { "institution", word_class::institution },
      { "body", word_class::body },
   };
   for( const auto& [ spelling, cls ] : plain ) {
      if( inside == spelling ) {
         return { cls, 0 };
      }
   }
   static constexpr std::pair< std::string_view, speech_act > verbs[] = {
      { "verb directive", speech_act::directive },
      { "verb assertive", speech_act::assertive },
      { "verb evaluative", speech_act::evaluative },
   };
   for( const auto& [ spelling, act ] : verbs ) {
      if( inside == spelling ) {
         return { word_class::verb, static_cast< std::uint32_t >( act ) };
      }
   }
   if( inside.starts_with( "reference " ) && !trim( inside.substr( 10 ) ).empty() ) {
      reference_titles.push_back( normalized_entry( trim( inside.substr( 10 ) ) ) );
      return { word_class::reference, static_cast< std::uint32_t >( references_before + reference_titles.size() - 1 ) };
   }
   fail( name, line,
         fmt::format( "unknown lexicon section '{}' (expected title, complement, surname, honorific, group, adverb, "
                      "addressee, institution, body, verb directive|assertive|evaluative, or reference TITLE)",
                      header ) );
}

// Reads every entry of `text` before changing `tables`, so an error leaves them as they were.
void add_text( lexicon_tables& tables, std::string_view text, const std::string& name )
{
   try {
      (void)decode( text, false, name );
   }
   catch( const error& e ) {
      fail( name, e.where().line, e.message() );
   }
   std::optional< section > current;
   std::vector< pending_entry > entries;
   std::vector< std::string > reference_titles;
   const std::size_t references_before = tables.reference_titles.size();
   std::size_t line_number = 0;
   std::size_t start = 0;
   while( start <= text.size() ) {
      std::size_t end = text.find( '\n', start );
      if( end == std::string_view::npos ) {
         end = text.size();
      }
      ++line_number;
      const std::string_view line = trim( text.substr( start, end - start ) );
      start = end + 1;
      if( line.empty() || line.front() == '#' ) {
         continue;
      }
      if( line.front() == '[' ) {
         if( line.back() != ']' ) {
            fail( name, line_number, fmt::format( "section header '{}' lacks its closing ']'", line ) );
         }
         current = parse_section( line, reference_titles, references_before, name, line_number );
         continue;
      }
      if( !current ) {
         fail( name, line_number, fmt::format( "entry '{}' comes before any [section]", line ) );
      }
      std::string entry = normalized_entry( line );
      if( entry.empty() ) {
         fail( name, line_number, "entry is empty after normalization" );
      }
      const auto words = static_cast< std::size_t >( std::count( entry.begin(), entry.end(), ' ' ) ) + 1;
      if( words > max_entry_words || entry.size() > max_entry_bytes ) {
         fail( name, line_number,
               fmt::format( "entry of {} words and {} bytes is longer than an entry may be ({} words, {} bytes)", words,
                            entry.size(), max_entry_words, max_entry_bytes ) );
      }
      entries.push_back( { current->cls, current->value, std::move( entry ) } );
   }
   for( std::string& title : reference_titles ) {
      tables.reference_titles.push_back( std::move( title ) );
   }
   // In order, so that entries sharing their first words share a stretch of their trie (a stable sort:
   // of an entry given twice, the value given last is kept).
   std::stable_sort( entries.begin(), entries.end(), []( const pending_entry& a, const pending_entry& b ) {
      return std::tie( a.cls, a.entry ) < std::tie( b.cls, b.entry );
   } );
   for( const pending_entry& e : entries ) {
      tables.of( e.cls ).insert( e.entry, e.value );
      tables.starts.add( e.entry, e.cls );
   }
}

}  // namespace
}  // namespace detail

detail::lexicon_tables::lexicon_tables()
{
   for( const std::string_view word : grammar::count_words::spellings ) {
      starts.add( word, word_class::number_word );
   }
   starts.add( grammar::spelling_of( static_cast< const grammar::lex::and_word* >( nullptr ) ), word_class::and_word );
   for( const std::string_view word : grammar::marker_first_words::spellings ) {
      starts.add( word, word_class::marker_word );
   }
}

lexicon::lexicon()
{
   static const std::shared_ptr< const detail::lexicon_tables > shared = [] {
      auto tables = std::make_shared< detail::lexicon_tables >();
      for( std::size_t i = 0; i < detail::embedded_lexicon_count; ++i ) {
         detail::add_text( *tables, detail::embedded_lexicons[ i ].text,
                           std::string( "grammar/lexicons/" ) + detail::embedded_lexicons[ i ].name );
      }
      return tables;
   }();
   tables_ = shared;
}

void lexicon::add( std::string_view text, const std::string& name )
{
   // Tables no other lexicon shares are extended in place: copying them for each file made loading
   // many files quadratic. Shared ones (the defaults, a copy's) are copied once, then owned.
   if( tables_.use_count() != 1 ) {
      tables_ = std::make_shared< detail::lexicon_tables >( *tables_ );
   }
   // Made by make_shared of a non-const object, owned by this lexicon alone: changing it is sound.
   detail::add_text( const_cast< detail::lexicon_tables& >( *tables_ ), text, name );  // throws before changing
}

void lexicon::load( const std::filesystem::path& file )
{
   std::ifstream in( file, std::ios::binary );
   if( !in ) {
      throw error( errc::io_failure, source_position{ file.string() }, "cannot open lexicon" );
   }
   std::ostringstream content;
   content << in.rdbuf();
   add( content.str(), file.string() );
}

std::size_t lexicon::size() const noexcept
{
   std::size_t n = 0;
   for( const auto& t : tables_->tries ) {
      n += t.size();
   }
   return n;
}

}  // namespace chidao
