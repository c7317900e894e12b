// SPDX-License-Identifier: MIT
// The page layout alone: repeated paragraphs become noise, and positions step back over noise.
#include "tree/layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "page_lines.hpp"

namespace {

using namespace chidao::detail;

using page = chidao::test::page_lines;

TEST( page_layout, a_paragraph_printed_again_is_noise )
{
   const page p( { "Tiêu đề bài báo", "Bộ trưởng nói.", "Tiêu đề bài báo", "Thứ nhất, a." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   ASSERT_EQ( layout.paragraphs().size(), 3u );
   EXPECT_EQ( layout.slice( layout.paragraphs()[ 2 ] ), "Thứ nhất, a." );
   ASSERT_EQ( layout.noise().size(), 1u );
   EXPECT_EQ( layout.noise()[ 0 ].kind, chidao::noise_kind::repeated );
   EXPECT_EQ( layout.noise()[ 0 ].lines.begin, p.paragraphs[ 2 ].begin );
   EXPECT_TRUE( layout.in_repeated( p.paragraphs[ 2 ].begin + 3 ) );
   EXPECT_FALSE( layout.in_repeated( p.paragraphs[ 0 ].begin + 3 ) );  // the first printing is prose
}

// Against the rule written out: a paragraph is repeated when one with the same words (blanks around
// them aside) came before it. Random pages of a few short lines, many of one length, some with blanks
// around, so that lines of one length differ as well as repeat.
TEST( page_layout, a_repeated_paragraph_is_one_whose_words_came_before )
{
   const std::vector< std::string > pieces{ "ab", "ba", "cd", "abc", "x", " ab", "ab ", "\tcd", "ư", "ưa" };
   std::mt19937 random( 7 );
   for( int round = 0; round < 2000; ++round ) {
      std::vector< std::string > lines;
      for( int k = 0, n = 1 + static_cast< int >( random() % 12 ); k < n; ++k ) {
         lines.push_back( pieces[ random() % pieces.size() ] );
      }
      const page p( lines );
      const page_layout layout( p.text, p.paragraphs, {} );
      std::vector< std::string > seen;
      std::vector< std::string > kept;
      std::vector< std::string > repeated;
      for( const std::string& line : lines ) {
         const auto words = line.substr( line.find_first_not_of( " \t" ) == std::string::npos ? line.size() : line.find_first_not_of( " \t" ) );
         const std::string trimmed = words.substr( 0, words.find_last_not_of( " \t" ) + 1 );
         ( std::find( seen.begin(), seen.end(), trimmed ) != seen.end() ? repeated : kept ).push_back( trimmed );
         seen.push_back( trimmed );
      }
      std::vector< std::string > kept_by_layout;
      for( const text_range& r : layout.paragraphs() ) {
         kept_by_layout.emplace_back( layout.slice( r ) );
      }
      std::vector< std::string > repeated_by_layout;
      for( const noise_line& n : layout.noise() ) {
         repeated_by_layout.emplace_back( layout.slice( n.lines ) );
      }
      ASSERT_EQ( kept_by_layout, kept ) << "round " << round;
      ASSERT_EQ( repeated_by_layout, repeated ) << "round " << round;
   }
}

TEST( page_layout, positions_find_their_paragraph )
{
   const page p( { "Một.", "Hai.", "Ba." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   EXPECT_EQ( layout.paragraph_of( p.paragraphs[ 1 ].begin + 1 ), 1u );
   EXPECT_EQ( layout.paragraph_of( p.paragraphs[ 1 ].end ), 1u );  // the line end belongs to the paragraph before
   EXPECT_EQ( layout.paragraph_begin_of( p.paragraphs[ 2 ].begin + 2 ), p.paragraphs[ 2 ].begin );
   EXPECT_EQ( layout.paragraph_end_of( p.paragraphs[ 0 ].begin ), p.paragraphs[ 0 ].end );
}

TEST( page_layout, steps_back_over_space_and_whole_noise_blocks )
{
   const page p( { "Thứ nhất, a.", "Ảnh: TTXVN", "Thứ hai, b." } );
   const page_layout layout( p.text, p.paragraphs, { { chidao::noise_kind::credit, p.paragraphs[ 1 ] } } );
   // From the second point back: over the line end, the credit line, and the line end before it.
   EXPECT_EQ( layout.back_over_space_and_noise( p.paragraphs[ 2 ].begin, 0 ), p.paragraphs[ 0 ].end );
   // Never below the floor: a noise block starting below it is not stepped over.
   EXPECT_EQ( layout.back_over_space_and_noise( p.paragraphs[ 2 ].begin, p.paragraphs[ 1 ].begin + 1 ), p.paragraphs[ 1 ].end );
   EXPECT_EQ( layout.trim( { p.paragraphs[ 0 ].end, p.paragraphs[ 1 ].begin + 2 } ).begin, p.paragraphs[ 1 ].begin );
}

TEST( page_layout, a_sentence_begins_after_the_last_sentence_end_before_it_in_its_paragraph )
{
   const page p( { "Một câu. Hai câu.", "Ba câu. Bốn câu." } );
   const std::size_t second = p.text.find( "Hai" );
   const std::size_t fourth = p.text.find( "Bốn" );
   // Reported unsorted and twice, as the grammar may; "Hai câu." ends at its line end, which is no
   // reported end.
   const page_layout layout( p.text, p.paragraphs, {}, { fourth - 1, second - 1, second - 1 } );
   EXPECT_EQ( layout.sentence_begin_of( second + 4 ), second );  // after the stop and its blank
   EXPECT_EQ( layout.sentence_begin_of( second ), second );
   EXPECT_EQ( layout.sentence_begin_of( 3 ), 0u );
   EXPECT_EQ( layout.sentence_begin_of( p.paragraphs[ 1 ].begin + 2 ), p.paragraphs[ 1 ].begin );  // not in the paragraph before
   EXPECT_EQ( layout.sentence_begin_of( fourth + 2 ), fourth );
}

}  // namespace
