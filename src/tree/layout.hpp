// SPDX-License-Identifier: MIT
// The page's layout, the first phase of the tree builder: which paragraphs are prose, which repeat an
// earlier one word for word (a headline printed again between paragraphs, a lead printed twice), and
// where noise lies, so that later phases can step back over it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chidao/document.hpp"
#include "parse/events.hpp"

namespace chidao::detail {

inline bool is_space( char c ) { return c == ' ' || c == '\t' || c == '\n'; }

struct noise_line {
   noise_kind kind;
   text_range lines;  // without the final line end
};

class page_layout {
public:
   /// `text`: the normalized page; `paragraphs`, `noise` and `sentence_ends` as the grammar reported them
   /// (sentence ends in any order, repeats allowed), taken by value so that the builder can hand its own
   /// over instead of keeping a copy alive. The text must outlive the layout.
   page_layout( const std::string& text, std::vector< text_range > paragraphs, std::vector< noise_line > noise,
                std::vector< std::size_t > sentence_ends = {} );

   /// `r` without white space at either end.
   [[nodiscard]] text_range trim( text_range r ) const;
   [[nodiscard]] std::string_view slice( text_range r ) const { return std::string_view( text_ ).substr( r.begin, r.end - r.begin ); }

   /// Whether `pos` lies in a paragraph that repeats an earlier one: what the grammar found there is noise.
   [[nodiscard]] bool in_repeated( std::size_t pos ) const;

   /// The prose paragraphs, trimmed, in document order, repeated ones removed.
   [[nodiscard]] const std::vector< text_range >& paragraphs() const { return paragraphs_; }
   /// Index of the paragraph holding `pos`, or of the last one before it (0 on a page without any).
   [[nodiscard]] std::size_t paragraph_of( std::size_t pos ) const;
   [[nodiscard]] std::size_t paragraph_begin_of( std::size_t pos ) const;
   [[nodiscard]] std::size_t paragraph_end_of( std::size_t pos ) const;
   /// Where the sentence holding `pos` begins: after the last sentence end before it, and its blanks,
   /// never before its paragraph.
   [[nodiscard]] std::size_t sentence_begin_of( std::size_t pos ) const;

   /// The noise, repeated paragraphs included, trimmed and in document order.
   [[nodiscard]] const std::vector< noise_line >& noise() const { return noise_; }

   /// Moves `pos` back over white space and over whole noise blocks ending there, never below `floor`.
   [[nodiscard]] std::size_t back_over_space_and_noise( std::size_t pos, std::size_t floor ) const;

private:
   void separate_repeated( const std::vector< text_range >& paragraphs );

   const std::string& text_;
   std::vector< text_range > paragraphs_;
   std::vector< text_range > repeated_;
   std::vector< std::size_t > sentence_ends_;  // sorted, unique
   std::vector< noise_line > noise_;
   std::vector< std::pair< std::size_t, std::size_t > > noise_end_to_begin_;
};

}  // namespace chidao::detail
