// SPDX-License-Identifier: MIT
// The page layout alone: repeated paragraphs become noise, and positions step back over noise.
#include "tree/layout.hpp"

#include <gtest/gtest.h>

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
