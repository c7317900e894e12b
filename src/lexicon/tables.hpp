// SPDX-License-Identifier: MIT
// Lexicon lookups: for each word class, a trie over normalized bytes. A lookup walks the text once,
// as far as the longest entry goes, and never scans a whole lexicon.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/lexicon_word.hpp"

namespace chidao::detail {

using grammar::word_class;
using grammar::word_class_count;

class word_trie {
public:
   /// `entry` is normalized; words in it are separated by single spaces.
   void insert( std::string_view entry, std::uint32_t value );
   /// The longest entry at the start of `text` (normalized) that ends at a word boundary, as
   /// (bytes consumed, value); (0, 0) when none. Runs of spaces in the text match one space.
   [[nodiscard]] std::pair< std::size_t, std::uint32_t > longest( std::string_view text ) const;
   [[nodiscard]] std::size_t size() const noexcept { return entries_; }

private:
   struct node {
      std::vector< std::pair< char, std::uint32_t > > next;  // few children: a linear look is fastest
      std::uint32_t value = 0;
      bool terminal = false;
   };
   std::vector< node > nodes_{ 1 };
   std::size_t entries_ = 0;
};

struct lexicon_tables {
   word_trie tries[ word_class_count ];
   std::vector< std::string > reference_titles;  // normalized title a reference stands for, by value

   [[nodiscard]] const word_trie& of( word_class c ) const { return tries[ static_cast< std::size_t >( c ) ]; }
   [[nodiscard]] word_trie& of( word_class c ) { return tries[ static_cast< std::size_t >( c ) ]; }
};

/// True when the byte at `text` begins a letter or digit (the word goes on).
[[nodiscard]] bool continues_word( std::string_view text );

}  // namespace chidao::detail
