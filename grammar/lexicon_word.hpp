// SPDX-License-Identifier: MIT
// Rules backed by run-time data: one rule consumes exactly one lexicon entry of a word class, the
// longest that ends at a word boundary. The parse state does the lookup (a trie over normalized
// text), so the grammar holds no word lists and users can extend them without recompiling.
// Capitalization is lost in the case-folded text the grammar reads; `capital_here` asks the state
// whether the original character at this position is upper case (names are written with capitals).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "grammar/words.hpp"

namespace chidao::grammar {

enum class word_class : std::uint8_t {
   title,
   complement,
   surname,
   honorific,
   verb,
   group,
   reference,
   adverb,
   addressee,
   institution,
   body,
   // Not lexicon sections: the grammar's own words that begin a structure tried at every word, the
   // numbers of count_word ("hai" … "mười") and "và", and the other first words of the spoken markers
   // tried after each separator ("thứ", "một", "điều", "cuối", "sau", "trước"). They are entered in
   // the first-word table only, so that one lookup of a word says whether anything may begin there
   // (plain_word, spoken_start).
   number_word,
   and_word,
   marker_word,
};
inline constexpr std::size_t lexicon_class_count = 11;  // the classes read from lexicon sections
inline constexpr std::size_t word_class_count = 14;

// The spellings of TAO_PEGTL_STRING rules, for tables built from the grammar's own words:
// word_list< lex::two, lex::three >::spellings is { "hai", "ba" }.
template< char... Cs >
inline constexpr char spelling_chars[] = { Cs... };
template< char... Cs >
constexpr std::string_view spelling_of( const pg::ascii::string< Cs... >* /*unused*/ )
{
   return { spelling_chars< Cs... >, sizeof...( Cs ) };
}
template< typename... Words >
struct word_list {
   static constexpr std::array< std::string_view, sizeof...( Words ) > spellings{ spelling_of( static_cast< const Words* >( nullptr ) )... };
};

// The state must offer `std::size_t lexicon_match( word_class, std::string_view ) const`.
template< word_class Class >
struct lexicon_word {
   using rule_t = lexicon_word;
   using subs_t = pg::empty_list;

   template< pg::apply_mode, pg::rewind_mode, template< typename... > class Action,
             template< typename... > class Control, typename ParseInput, typename State >
   [[nodiscard]] static bool match( ParseInput& in, State& st )
   {
      const std::size_t n = st.lexicon_match( Class, std::string_view( in.current(), in.size() ) );
      in.bump( n );
      return n != 0;
   }
};

// Consumes nothing; succeeds where no entry of any of `Classes` can begin: the lexicons' first words
// say so without a trie walk. A word most rules cannot start at is passed over in one step.
// The state must offer `bool may_match( word_class, std::string_view ) const`, true wherever lexicon_match
// for the class could give more than 0: a filter that spares the rule the lookup, never a second opinion.
template< word_class... Classes >
struct no_entry_of {
   using rule_t = no_entry_of;
   using subs_t = pg::empty_list;

   template< pg::apply_mode, pg::rewind_mode, template< typename... > class Action,
             template< typename... > class Control, typename ParseInput, typename State >
   [[nodiscard]] static bool match( ParseInput& in, State& st )
   {
      const std::string_view text( in.current(), in.size() );
      return !( st.may_match( Classes, text ) || ... );
   }
};

// What plus< seq< not_at< range< '1', '9' > >, no_entry_of< Classes... >, word_chars >, opt< gap > > takes:
// a run of words that begin none of Classes, with the blanks after each. Each word is read once: the
// state's first-word lookup, which cuts and hashes the word anyway, also tells where it ends when it is
// made of ASCII and Latin letters (nearly every word); word_chars reads only the others.
// The state must offer `first_word( std::string_view )`, whose result has `classes` (bit c: word class c,
// what may_match answers) and `plain_length` (the length word_chars takes, or 0 to let it look), and
// `plain_run( std::string_view, excluded classes )`, the bytes that taking plain words of no excluded
// class one at a time would take (which it may find faster, several words from one look).
template< word_class... Classes >
struct plain_word_run {
   using rule_t = plain_word_run;
   using subs_t = pg::type_list< word_chars, gap >;

   template< pg::apply_mode A, pg::rewind_mode, template< typename... > class Action,
             template< typename... > class Control, typename ParseInput, typename State >
   [[nodiscard]] static bool match( ParseInput& in, State& st )
   {
      constexpr unsigned excluded = ( ( 1u << static_cast< unsigned >( Classes ) ) | ... );
      bool taken = false;
      while( !in.empty() ) {
         if( const std::size_t run = st.plain_run( std::string_view( in.current(), in.size() ), excluded ); run != 0 ) {
            in.bump( run );
            taken = true;
            if( in.empty() ) {
               break;
            }
         }
         // The word the run stopped at: one that may begin something, one of other letters, or none.
         const char c = in.peek_char();
         if( c >= '1' && c <= '9' ) {
            break;
         }
         const auto word = st.first_word( std::string_view( in.current(), in.size() ) );
         if( ( word.classes & excluded ) != 0 ) {
            break;
         }
         if( word.plain_length != 0 ) {
            in.bump( word.plain_length );
         }
         else if( !Control< word_chars >::template match< A, pg::rewind_mode::required, Action, Control >( in, st ) ) {
            break;
         }
         taken = true;
         (void)Control< pg::opt< gap > >::template match< A, pg::rewind_mode::required, Action, Control >( in, st );
      }
      return taken;
   }
};

// What word_chars takes, read by the length the state's first-word lookup found when it looked at this
// place last (a plain word, see plain_word_run), and by word_chars otherwise. The word a run of plain
// words stops at is looked up already, and most often read as a word after the structures it might
// begin have failed.
// The state must offer `std::size_t known_plain_length( const char* )`: the plain length its last
// lookup found, when that lookup was at this place; 0 otherwise.
struct looked_up_word {
   using rule_t = looked_up_word;
   using subs_t = pg::type_list< word_chars >;

   template< pg::apply_mode A, pg::rewind_mode M, template< typename... > class Action,
             template< typename... > class Control, typename ParseInput, typename State >
   [[nodiscard]] static bool match( ParseInput& in, State& st )
   {
      if( const std::size_t length = st.known_plain_length( in.current() ); length != 0 ) {
         in.bump( length );
         return true;
      }
      return Control< word_chars >::template match< A, M, Action, Control >( in, st );
   }
};

// Consumes nothing; succeeds where the original text has an upper-case letter.
// The state must offer `bool capitalized( const char* normalized_position ) const`.
struct capital_here {
   using rule_t = capital_here;
   using subs_t = pg::empty_list;

   template< pg::apply_mode, pg::rewind_mode, template< typename... > class Action,
             template< typename... > class Control, typename ParseInput, typename State >
   [[nodiscard]] static bool match( ParseInput& in, State& st )
   {
      return !in.empty() && st.capitalized( in.current() );
   }
};

// Consumes nothing; succeeds where the original word is written all in capitals ("BỘ TRƯỞNG").
// The state must offer `bool all_capitals( const char* normalized_position ) const`.
struct all_capitals_here {
   using rule_t = all_capitals_here;
   using subs_t = pg::empty_list;

   template< pg::apply_mode, pg::rewind_mode, template< typename... > class Action,
             template< typename... > class Control, typename ParseInput, typename State >
   [[nodiscard]] static bool match( ParseInput& in, State& st )
   {
      return !in.empty() && st.all_capitals( in.current() );
   }
};

}  // namespace chidao::grammar

// Tell analyze() that a lexicon entry is never empty, and that capital_here consumes nothing.
template< typename Name, chidao::grammar::word_class Class >
struct tao::pegtl::analyze_traits< Name, chidao::grammar::lexicon_word< Class > > : analyze_any_traits<> {};
template< typename Name, chidao::grammar::word_class... Classes >
struct tao::pegtl::analyze_traits< Name, chidao::grammar::no_entry_of< Classes... > > : analyze_opt_traits<> {};
template< typename Name, chidao::grammar::word_class... Classes >
struct tao::pegtl::analyze_traits< Name, chidao::grammar::plain_word_run< Classes... > > : analyze_any_traits<> {};
template< typename Name >
struct tao::pegtl::analyze_traits< Name, chidao::grammar::looked_up_word > : analyze_any_traits<> {};
template< typename Name >
struct tao::pegtl::analyze_traits< Name, chidao::grammar::capital_here > : analyze_opt_traits<> {};
template< typename Name >
struct tao::pegtl::analyze_traits< Name, chidao::grammar::all_capitals_here > : analyze_opt_traits<> {};
