// SPDX-License-Identifier: MIT
// Lexicon lookups: for each word class, a trie over normalized bytes. A lookup walks the text once,
// as far as the longest entry goes, and never scans a whole lexicon.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "grammar/lexicon_word.hpp"

namespace chidao::detail {

using grammar::word_class;
using grammar::word_class_count;

class word_trie {
public:
   /// `entry` is normalized; words in it are separated by single spaces. An entry given again keeps
   /// the value given last.
   void insert( std::string_view entry, std::uint32_t value );
   /// The longest entry at the start of `text` (normalized) that ends at a word boundary, as
   /// (bytes consumed, value); (0, 0) when none. Runs of spaces in the text match one space.
   [[nodiscard]] std::pair< std::size_t, std::uint32_t > longest( std::string_view text ) const;
   [[nodiscard]] std::size_t size() const noexcept { return entries_; }

private:
   // Nodes in one array, the children of a node side by side in a block, with their bytes at the same
   // places in `labels_`. A node made by an insertion is placed after the nodes made before it, so an
   // entry's path lies mostly in one stretch of memory, and a lookup, which walks one path, reads few
   // cache lines. (A table of edges hashed by (node, byte) spread each step of a walk over the whole
   // table: most steps missed the first-level cache.) A block holds bit_ceil(child_count) places;
   // a full block moves to the end with twice the places, which keeps insertion linear and the
   // space left behind no larger than what is used. The root's children are found by byte in
   // `root_`, since most lookups stop there.
   struct node {
      std::uint32_t children = 0;  // index of the block of children
      std::uint32_t value = 0;
      std::uint16_t child_count = 0;
      bool terminal = false;
   };
   [[nodiscard]] std::uint32_t add_child( std::uint32_t at, unsigned char byte );
   [[nodiscard]] std::uint32_t child_of( std::uint32_t at, unsigned char byte ) const
   {
      if( at == 0 ) {
         return root_[ byte ];
      }
      const node& n = nodes_[ at ];
      const unsigned char* label = labels_.data() + n.children;
      for( std::uint32_t k = 0; k != n.child_count; ++k ) {
         if( label[ k ] == byte ) {
            return n.children + k;
         }
      }
      return 0;
   }

   std::vector< node > nodes_{ 1 };
   std::vector< unsigned char > labels_{ 0 };  // labels_[i]: the byte that leads to nodes_[i]
   std::uint32_t root_[ 256 ] = {};
   std::size_t entries_ = 0;
};

// Which word classes have an entry beginning with a given first word ("cho" of "cho biết", "thủ" of
// "thủ tướng"), by a hash of that word. The grammar tries several lexicons at every word of a text and
// nearly all fail: one look here at a word start tells which can match there at all.
// The table is a filter, not a map: each slot holds the classes of every first word whose hash falls
// there, so a lookup is one load with no probing (a probe loop mispredicted at most words). Words that
// share a slot only let a trie be walked in vain. The key is cut where the first word ends by bytes (see
// classes_at). A trie walk matches an entry where no letter or digit follows it; the cut must end the
// word there too, or the entry is not found. It does at every character but those whose lead byte also
// begins Vietnamese letters: "nói×2" (× is 0xC3 0x97; 0xC3 begins "à" too) is looked up as one word and
// misses "nói", and so do a few marks of U+1000–U+1FFF (Ethiopic, Khmer, Mongolian punctuation).
class first_words {
public:
   using class_set = std::uint16_t;  // bit c: word class c
   static_assert( word_class_count <= 16 );

   void add( std::string_view entry, word_class c );
   /// The classes that may have an entry beginning with the first word of `text` (normalized): all that
   /// have an entry whose first word is that word, and those of other first words in the same slot (about
   /// one word in thirty). The first word: bytes up to anything but an ASCII letter or digit, a lead
   /// byte of U+00C0–U+027F (0xC3–0xC9) or U+1000–U+1FFF (0xE1), or a continuation byte. The same cut
   /// for entries and text is what the look needs, not a linguistic word.
   [[nodiscard]] class_set classes_at( std::string_view text ) const { return first_.at( key_of( text ) ); }

   /// classes_at, and the length of the word at the start of `text` when the word is plain, as the cut of
   /// the key finds it: ASCII letters and digits and the Latin letters of grammar::latin_letter (nearly
   /// every Vietnamese word), ending at an ASCII byte or the end of `text`. The word is then what
   /// grammar::word_chars takes. Otherwise (another character on the way, or no word) the length is 0.
   struct found {
      class_set classes = 0;
      std::uint32_t plain_length = 0;
   };
   [[nodiscard]] found first_word_at( std::string_view text ) const;

   /// How many bytes at the start of `text` are plain words (as first_word_at finds them) of none of the
   /// classes in `excluded`, none opening with a digit 1–9, each followed by its blanks (' ', '\t'):
   /// first_word_at word after word, up to the first word that is not such. With it, first_word_at of
   /// the text after them (nothing at the end of the text), which the grammar asks for next.
   struct run {
      std::size_t length = 0;
      found next{};
   };
   [[nodiscard]] run plain_run( std::string_view text, class_set excluded ) const;

   /// False when no entry of class `c` can begin at `text`, whose first word is plain and
   /// `first_length` bytes long (first_word_at's plain_length): no entry of the class is that word
   /// alone or that word followed by anything but a space, and none begins with that word and the
   /// text's second word. The same kind of filter as classes_at, by the first two words: a walk of a
   /// trie nearly always gets past the first word, which the table above lets through, and fails at
   /// the second ("cho" of "cho biết" at "cho các"). True wherever the second word is not plain: its
   /// cut could then end where an entry's word does not.
   [[nodiscard]] bool may_begin_pair( word_class c, std::string_view text, std::size_t first_length ) const;

private:
   // Class sets by key, as a filter: each slot holds the classes of every key that falls there.
   class filter {
   public:
      explicit filter( std::size_t slots_per_key ) : slots_per_key_( slots_per_key ) {}
      void add( std::uint64_t key, class_set classes );
      [[nodiscard]] class_set at( std::uint64_t key ) const { return slots_.empty() ? 0 : slots_[ slot_of( key ) ]; }
      // at(), where the table is known not to be empty (first_word_at checks once).
      [[nodiscard]] class_set at_filled( std::uint64_t key ) const { return slots_[ slot_of( key ) ]; }
      [[nodiscard]] bool empty() const noexcept { return slots_.empty(); }

   private:
      void fill();
      // The high bits of the key, mixed (Fibonacci hashing): the low bits of a byte-wise hash are weak.
      [[nodiscard]] std::size_t slot_of( std::uint64_t key ) const
      {
         return static_cast< std::size_t >( ( key * 0x9E3779B97F4A7C15ULL ) >> shift_ );
      }
      std::size_t slots_per_key_;
      unsigned shift_ = 64;
      // Distinct keys and their classes, kept to refill the slots when the table grows.
      std::unordered_map< std::uint64_t, class_set > keys_;
      std::vector< class_set > slots_;  // size a power of two, at least slots_per_key_ slots a key
   };
   [[nodiscard]] static std::uint64_t key_of( std::string_view text );  // of its first word
   [[nodiscard, gnu::noinline]] found first_word_in_loop( std::string_view text ) const;
   // By first word; 32 slots a word or more: a word of the text shares a slot with some first word about
   // one time in 32, and lets the rules of its classes be tried in vain.
   filter first_{ 32 };
   // By first and second word, and by first word alone (see may_begin_pair). Fewer slots a key: it is
   // asked far less often, and a key in a shared slot only costs a walk of a trie, where the table
   // would take 64 KB of the first-level cache at 32 slots a key.
   filter pairs_{ 8 };
};

struct lexicon_tables {
   lexicon_tables();  // enters the grammar's own words (number_word, and_word, marker_word) in `starts`

   word_trie tries[ word_class_count ];  // the grammar's own words have none
   first_words starts;
   std::vector< std::string > reference_titles;  // normalized title a reference stands for, by value

   [[nodiscard]] const word_trie& of( word_class c ) const { return tries[ static_cast< std::size_t >( c ) ]; }
   [[nodiscard]] word_trie& of( word_class c ) { return tries[ static_cast< std::size_t >( c ) ]; }
};

/// True when the byte at `text` begins a letter or digit (the word goes on).
[[nodiscard]] bool continues_word( std::string_view text );

}  // namespace chidao::detail
