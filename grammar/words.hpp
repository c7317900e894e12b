// SPDX-License-Identifier: MIT
// Words, spaces and lines of the normalized text (NFC, case-folded, one kind of space and line end).
#pragma once

#include <array>
#include <cstring>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/icu/utf8.hpp>

namespace chidao::grammar {

namespace pg = tao::pegtl;

// Byte sets, as 256 flags, for byte_run below. bytes_but< Cs... > holds every byte but Cs (not_one),
// byte_ranges< Lo, Hi, … > the bytes of the inclusive ranges (ranges).
template< char... Cs >
struct bytes_but {
   static constexpr std::array< bool, 256 > flags = [] {
      std::array< bool, 256 > all{};
      all.fill( true );
      ( ( all[ static_cast< unsigned char >( Cs ) ] = false ), ... );
      return all;
   }();
};
template< char... Bounds >
struct byte_ranges {
   static_assert( sizeof...( Bounds ) % 2 == 0, "byte_ranges takes pairs of bounds" );
   static constexpr std::array< bool, 256 > flags = [] {
      std::array< bool, 256 > in{};
      constexpr std::array< char, sizeof...( Bounds ) > bounds{ Bounds... };
      for( std::size_t pair = 0; pair < bounds.size(); pair += 2 ) {
         for( unsigned byte = static_cast< unsigned char >( bounds[ pair ] ); byte <= static_cast< unsigned char >( bounds[ pair + 1 ] ); ++byte ) {
            in[ byte ] = true;
         }
      }
      return in;
   }();
};

// One byte of Set or more, as many as follow: what plus< not_one< Cs... > > and plus< ranges< … > > take.
// PEGTL's loop moves the input one byte at a time, and since a `char` read may alias the input object,
// the compiler stores the position back before every byte it loads. Here the position stays in a
// register and the input moves once: these runs pass over most of a text.
template< typename Set >
struct byte_run {
   using rule_t = byte_run;
   using subs_t = pg::empty_list;

   template< pg::apply_mode, pg::rewind_mode, template< typename... > class Action,
             template< typename... > class Control, typename ParseInput, typename... States >
   [[nodiscard]] static bool match( ParseInput& in, States&... /*unused*/ )
   {
      const char* const begin = in.current();
      const char* const end = begin + in.size();
      const char* at = begin;
      while( at != end && Set::flags[ static_cast< unsigned char >( *at ) ] ) {
         ++at;
      }
      if( at == begin ) {
         return false;
      }
      in.bump( static_cast< std::size_t >( at - begin ) );
      return true;
   }
};

// clang-format off
// The Latin letters of Vietnamese by their UTF-8 bytes, read without decoding or a call into ICU:
// U+00C0–U+00FF but × and ÷ (0xC3 …), U+0100–U+027F (0xC4–0xC9 …: "ă", "đ", "ơ", "ư"), and U+1E00–U+1EFF
// (0xE1 0xB8–0xBB …: "ạ" … "ỹ"). All are Alphabetic (tests/grammar/rules_test.cpp checks each with ICU).
struct latin_letter : pg::sor< pg::seq< pg::one< '\xC3' >, pg::ranges< '\x80', '\x96', '\x98', '\xB6', '\xB8', '\xBF' > >,
                               pg::seq< pg::range< '\xC4', '\xC9' >, pg::range< '\x80', '\xBF' > >,
                               pg::seq< pg::one< '\xE1' >, pg::range< '\xB8', '\xBB' >, pg::range< '\x80', '\xBF' > > > {};
// Any other letter, by its Unicode Alphabetic property. Neither ASCII nor U+2000–U+203F (spaces, dashes,
// “quotes”, "…": no letter among them) is asked about: ICU would be called at the space, comma or
// quotation mark that ends most words.
struct general_punctuation : pg::seq< pg::one< '\xE2' >, pg::one< '\x80' > > {};
struct other_letter : pg::seq< pg::not_at< pg::seven >, pg::not_at< general_punctuation >, pg::utf8::icu::alphabetic > {};
// A letter or digit: ASCII and Latin letters without a call into ICU, anything else by its Unicode
// Alphabetic property. (The text is case-folded, but rules are tested on any text: "A"–"Z" are letters.)
struct word_char  : pg::sor< pg::ranges< 'a', 'z', '0', '9', 'A', 'Z' >, latin_letter, other_letter > {};
struct word_letter : pg::sor< pg::ranges< 'a', 'z', 'A', 'Z' >, latin_letter, other_letter > {};
// One word_char or more: what plus< word_char > takes, with each run of ASCII letters and digits read
// in one tight loop ("nghiệp" is "nghi", "ệ", "p"), not a character at a time through the choice.
struct ascii_word_run : byte_run< byte_ranges< 'a', 'z', '0', '9', 'A', 'Z' > > {};
struct word_chars : pg::plus< pg::sor< ascii_word_run, latin_letter, other_letter > > {};

// The first byte of a spelling (a TAO_PEGTL_STRING), or -1 for a rule of another kind.
template< char C, char... Cs >
constexpr int first_byte_of( const pg::ascii::string< C, Cs... >* /*unused*/ )
{
   return static_cast< unsigned char >( C );
}
constexpr int first_byte_of( const void* /*unused*/ ) { return -1; }

// `W` as a whole word: "thứ" never matches the start of "thức". A spelling's first byte is compared
// before the spelling: PEGTL compares a spelling with memcmp, a call, and most words tried begin
// otherwise ("năm nay" is tried for each counted noun of announced_count).
template< typename W, int First = first_byte_of( static_cast< const W* >( nullptr ) ) >
struct word       : pg::seq< pg::at< pg::one< static_cast< char >( First ) > >, W, pg::not_at< word_char > > {};
template< typename W >
struct word< W, -1 > : pg::seq< W, pg::not_at< word_char > > {};

struct blank      : pg::one< ' ', '\t' > {};
struct gap        : pg::plus< blank > {};
struct eol        : pg::one< '\n' > {};
struct line_char  : pg::not_one< '\n' > {};  // '\n' never occurs inside a UTF-8 sequence
struct line_end   : pg::sor< eol, pg::eof > {};
struct rest_of_line : pg::star< line_char > {};
struct digit      : pg::range< '0', '9' > {};

// Consumes nothing; succeeds where the rest of the line holds the byte C. A lookahead that lets a rule
// needing C somewhere on its line turn a line away before reading it; found with memchr, a byte search
// the C library does many bytes at a time, where a PEG loop would test one byte at a time.
template< char C >
struct line_has {
   using rule_t = line_has;
   using subs_t = pg::empty_list;

   template< pg::apply_mode, pg::rewind_mode, template< typename... > class Action,
             template< typename... > class Control, typename ParseInput, typename... States >
   [[nodiscard]] static bool match( ParseInput& in, States&... /*unused*/ )
   {
      const char* const begin = in.current();
      const auto* line_feed = static_cast< const char* >( std::memchr( begin, '\n', in.size() ) );
      const std::size_t length = line_feed != nullptr ? static_cast< std::size_t >( line_feed - begin ) : in.size();
      return std::memchr( begin, C, length ) != nullptr;
   }
};

// A sentence ends at ".", "!", "?" or "…" followed by a space or the end of the line.
struct sentence_end : pg::seq< pg::sor< pg::one< '.', '!', '?' >, TAO_PEGTL_STRING( "…" ) >, pg::at< pg::sor< blank, line_end > > > {};
// clang-format on

}  // namespace chidao::grammar

// Tell analyze() that a byte run takes at least one byte, and that line_has consumes nothing.
template< typename Name, typename Set >
struct tao::pegtl::analyze_traits< Name, chidao::grammar::byte_run< Set > > : analyze_any_traits<> {};
template< typename Name, char C >
struct tao::pegtl::analyze_traits< Name, chidao::grammar::line_has< C > > : analyze_opt_traits<> {};
