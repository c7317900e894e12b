// SPDX-License-Identifier: MIT
#include "chidao/lexicon.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <sstream>

#include "chidao/document.hpp"
#include "chidao/error.hpp"
#include "grammar/announcement.hpp"
#include "grammar/lookalikes.hpp"
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

void word_trie::add_edge( const std::uint32_t at, const unsigned char byte, const std::uint32_t child )
{
   if( at == 0 ) {
      root_[ byte ] = child;
      return;
   }
   if( 2 * ( edge_count_ + 1 ) > edges_.size() ) {
      std::vector< edge > old( std::max< std::size_t >( 64, 2 * edges_.size() ) );
      old.swap( edges_ );
      const std::size_t mask = edges_.size() - 1;
      for( const edge& e : old ) {
         if( e.key != 0 ) {
            std::size_t slot = edge_slot( e.key, mask );
            while( edges_[ slot ].key != 0 ) {
               slot = ( slot + 1 ) & mask;
            }
            edges_[ slot ] = e;
         }
      }
   }
   const std::uint64_t key = ( std::uint64_t{ at } << 8 ) | byte;
   const std::size_t mask = edges_.size() - 1;
   std::size_t slot = edge_slot( key, mask );
   while( edges_[ slot ].key != 0 ) {
      slot = ( slot + 1 ) & mask;
   }
   edges_[ slot ] = { key, child };
   ++edge_count_;
}

void word_trie::insert( std::string_view entry, std::uint32_t value )
{
   std::uint32_t at = 0;
   for( const char c : entry ) {
      const auto byte = static_cast< unsigned char >( c );
      std::uint32_t child = child_of( at, byte );
      if( child == 0 ) {
         child = static_cast< std::uint32_t >( nodes_.size() );
         nodes_.emplace_back();
         add_edge( at, byte, child );
      }
      at = child;
   }
   if( !nodes_[ at ].terminal ) {
      ++entries_;
   }
   nodes_[ at ].terminal = true;
   nodes_[ at ].value = value;
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

// The key of a first word: FNV-1a over its bytes.
constexpr std::uint64_t key_basis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t key_step( std::uint64_t h, unsigned char b ) { return ( h ^ b ) * 0x100000001b3ULL; }

}  // namespace

// The hash of the first word of `text`, read in the same loop that finds its end.
std::uint64_t first_words::key_of( std::string_view text )
{
   std::uint64_t h = key_basis;
   for( const char c : text ) {
      const auto b = static_cast< unsigned char >( c );
      if( !word_bytes[ b ] ) {
         break;
      }
      h = key_step( h, b );
   }
   return h;
}

// One loop for the key and the word. It hashes what key_of hashes (ASCII letters and digits, and the
// Latin letters of grammar::latin_letter, whose bytes all go on a key), in the same order, and it stops
// where key_of stops when that is at an ASCII byte or the end. Any other character on the way (× or ÷,
// another script, a stray byte) hands the word to the general path: key_of, and word_chars.
first_words::found first_words::first_word_at( std::string_view text ) const
{
   if( slots_.empty() ) {
      return {};
   }
   const auto* s = reinterpret_cast< const unsigned char* >( text.data() );
   const std::size_t n = text.size();
   std::uint64_t h = key_basis;
   std::size_t i = 0;
   for( ;; ) {
      while( i != n && ascii_word_bytes[ s[ i ] ] ) {
         h = key_step( h, s[ i++ ] );
      }
      if( i == n || s[ i ] < 0x80 ) {
         return { slots_[ slot_of( h ) ], static_cast< std::uint32_t >( i ) };
      }
      const unsigned char b = s[ i ];
      if( b >= 0xC3 && b <= 0xC9 && i + 1 != n && is_continuation( s[ i + 1 ] ) &&
          !( b == 0xC3 && ( s[ i + 1 ] == 0x97 || s[ i + 1 ] == 0xB7 ) ) ) {
         h = key_step( key_step( h, b ), s[ i + 1 ] );
         i += 2;
      }
      else if( b == 0xE1 && i + 2 < n && s[ i + 1 ] >= 0xB8 && s[ i + 1 ] <= 0xBB && is_continuation( s[ i + 2 ] ) ) {
         h = key_step( key_step( key_step( h, b ), s[ i + 1 ] ), s[ i + 2 ] );
         i += 3;
      }
      else {
         return { classes_at( text ), 0 };
      }
   }
}

void first_words::add( std::string_view entry, word_class c )
{
   const std::uint64_t key = key_of( entry );
   const auto bit = static_cast< class_set >( 1u << static_cast< unsigned >( c ) );
   words_[ key ] |= bit;
   // 32 slots a word or more: a word of the text shares a slot with some first word about one time in 32.
   if( slots_.size() < 32 * words_.size() ) {
      fill();
   }
   else {
      slots_[ slot_of( key ) ] |= bit;
   }
}

void first_words::fill()
{
   unsigned bits = 13;  // 8192 slots at least
   while( ( std::size_t{ 1 } << bits ) < 32 * words_.size() ) {
      ++bits;
   }
   slots_.assign( std::size_t{ 1 } << bits, 0 );
   shift_ = 64 - bits;
   for( const auto& [ key, classes ] : words_ ) {
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
