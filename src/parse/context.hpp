// SPDX-License-Identifier: MIT
// What the grammar's data-backed rules ask of the parse state: lexicon lookups, and whether the
// original text has a capital where the normalized text has a lower-case letter.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <string_view>

#include "lexicon/tables.hpp"
#include "text/offset_map.hpp"

namespace chidao::detail {

// What the capital checks ask of a character beyond ASCII, as ICU answers: whether it is a capital
// (upper or title case) and whether it is a combining mark. Read from a table below U+2100, which holds
// the Latin letters of Vietnamese: the checks ask at nearly every word a name may begin with.
struct capital_facts {
   bool capital = false;
   bool combining = false;
};
[[nodiscard]] capital_facts capital_facts_of( UChar32 c ) noexcept;

struct grammar_context {
   const char* base;                // first byte of the normalized text
   std::string_view original;       // the input as UTF-8 (source_text::utf8())
   const offset_map* map;           // normalized → `original` offsets
   const lexicon_tables* lexicon;

   [[nodiscard]] std::size_t offset( const char* p ) const { return static_cast< std::size_t >( p - base ); }

   // The word classes that may match at the word last asked about: rules try several lexicons at the
   // same word, and the first word is read once for all of them.
   struct first_word_cache {
      const char* at = nullptr;
      first_words::found word{};
   };
   mutable first_word_cache cache{};

   // Name rules ask about the same word several times (a name word, a given name, an institution's
   // word): the answer for the word last asked about is kept.
   struct capitals_cache {
      const char* at = nullptr;
      int found = 0;
   };
   mutable capitals_cache capitals{};
   // Where the offset map answered last (see offset_map::to_source_begin): the capitals asked about
   // next are a little further on.
   mutable std::size_t region_hint = 0;

   // The longest entry of a class at the position last asked about for that class. Rules that fail
   // ask again at the same word: a title is looked for by person_mention, then by the speaker rules.
   // An action asks with the text its rule matched, which ends where that entry ends: the same entry.
   struct entry_found {
      const char* at = nullptr;
      std::uint32_t length = 0;
      std::uint32_t value = 0;
   };
   mutable std::array< entry_found, grammar::word_class_count > entries{};

   // Inline and small: a lexicon rule is tried several times at nearly every word, and almost always
   // answered here from the cache, without a call.
   [[nodiscard]] bool may_match( word_class c, std::string_view text ) const
   {
      if( cache.at != text.data() ) [[unlikely]] {
         look_up_first_word( text );
      }
      return ( cache.word.classes >> static_cast< unsigned >( c ) ) & 1u;
   }

   // The classes of the first word of `text` and, when it is a plain Latin word, its length (see
   // first_words::first_word_at); kept as may_match's answer for the rules tried next at the word.
   [[nodiscard]] first_words::found first_word( std::string_view text ) const
   {
      if( cache.at != text.data() ) {
         look_up_first_word( text );
      }
      return cache.word;
   }

   // Plain words of none of the classes in `excluded`, and their blanks (see first_words::plain_run).
   // The word after them is looked up already: the rules tried there find it in the cache.
   [[nodiscard]] std::size_t plain_run( std::string_view text, first_words::class_set excluded ) const
   {
      // Where a look was kept (most often the word a run stopped at, where the grammar asks next),
      // plain_word_run's one-word path reads the word from it: no run is looked for there.
      if( cache.at == text.data() ) {
         return 0;
      }
      const first_words::run run = lexicon->starts.plain_run( text, excluded );
      if( run.length != text.size() ) {
         cache = { text.data() + run.length, run.next };
      }
      return run.length;
   }

   // The plain length of the word at `p` when the last lookup was there (see grammar::looked_up_word).
   [[nodiscard]] std::size_t known_plain_length( const char* p ) const { return cache.at == p ? cache.word.plain_length : 0; }

   [[nodiscard]] std::size_t lexicon_match( word_class c, std::string_view text ) const
   {
      return may_match( c, text ) ? longest_entry( c, text ).length : 0;
   }
   [[nodiscard]] std::uint32_t lexicon_value( word_class c, std::string_view text ) const
   {
      return may_match( c, text ) ? longest_entry( c, text ).value : 0;
   }

   [[nodiscard]] bool capitalized( const char* p ) const { return capitals_at( p ) >= 1; }

   // A word of two letters or more, all of them capitals ("BỘ"); "Bộ" and "B" are not.
   [[nodiscard]] bool all_capitals( const char* p ) const { return capitals_at( p ) == 2; }

private:
   [[gnu::noinline]] void look_up_first_word( std::string_view text ) const
   {
      cache = { text.data(), lexicon->starts.first_word_at( text ) };
   }
   [[gnu::noinline]] entry_found longest_entry( word_class c, std::string_view text ) const
   {
      entry_found& e = entries[ static_cast< std::size_t >( c ) ];
      if( e.at != text.data() ) {
         // Most walks that get here fail at the second word: the first two words are looked up first.
         // (may_match looked up the first word at `text`: the cache holds it.)
         const std::size_t first_length = cache.at == text.data() ? cache.word.plain_length : 0;
         if( first_length != 0 && !lexicon->starts.may_begin_pair( c, text, first_length ) ) {
            e = { text.data(), 0, 0 };
         }
         else {
            const auto [ length, value ] = lexicon->of( c ).longest( text );
            e = { text.data(), static_cast< std::uint32_t >( length ), value };
         }
      }
      return e;
   }

   // How many of the first two letters of the original word at `p` are capitals.
   [[nodiscard]] int capitals_at( const char* p ) const
   {
      if( capitals.at != p ) {
         capitals = { p, upper_letters_at( p, 2 ) };
      }
      return capitals.found;
   }

   // How many of the first `wanted` letters of the original word at normalized position `p` are upper
   // case, stopping at the first that is not. Combining marks (NFD input) are skipped.
   [[nodiscard]] int upper_letters_at( const char* p, int wanted ) const
   {
      std::size_t at = map->to_source_begin( offset( p ), region_hint );
      int found = 0;
      while( found < wanted && at < original.size() ) {
         int32_t i = 0;
         UChar32 c;
         const auto* s = reinterpret_cast< const uint8_t* >( original.data() + at );
         // ASCII needs no table: most capitals of Vietnamese words ("T", "B", "N") are plain letters.
         if( *s < 0x80 ) {
            if( *s < 'A' || *s > 'Z' ) {
               break;
            }
            ++at;
            ++found;
            continue;
         }
         U8_NEXT( s, i, static_cast< int32_t >( std::min< std::size_t >( original.size() - at, 4 ) ), c );
         at += static_cast< std::size_t >( i );
         if( c < 0 ) {
            break;
         }
         const capital_facts facts = capital_facts_of( c );
         if( facts.combining ) {
            continue;
         }
         if( !facts.capital ) {
            break;
         }
         ++found;
      }
      return found;
   }

public:
};

}  // namespace chidao::detail
