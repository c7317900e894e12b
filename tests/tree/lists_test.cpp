// SPDX-License-Identifier: MIT
// List assembly alone: markers placed by hand on a page of paragraphs, to see which become points, how
// lists nest and close, where each point ends and which count each list announces.
#include "tree/lists.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "page_lines.hpp"

namespace {

using namespace chidao::detail;
using chidao::list_style;

using page = chidao::test::page_lines;

std::size_t no_introducer( const item_build& ) { return no_list; }
const std::vector< text_range > no_quotations;

TEST( list_assembler, consecutive_points_make_one_list )
{
   const page p( { "Thứ nhất, an toàn.", "Thứ hai, đúng hạn.", "Thứ ba, tiết kiệm." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   list_assembler lists( layout, counts, no_quotations );
   lists.place_marker( p.marker( 0, "Thứ nhất", list_style::thu, 1 ) );
   lists.place_marker( p.marker( 1, "Thứ hai", list_style::thu, 2 ) );
   lists.place_marker( p.marker( 2, "Thứ ba", list_style::thu, 3 ) );
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 1u );
   const list_build& l = lists.lists()[ lists.top_lists()[ 0 ] ];
   ASSERT_EQ( l.items.size(), 3u );
   // Each point ends before the next one's marker, the last at its paragraph's end.
   EXPECT_EQ( layout.slice( { l.items[ 0 ].marker.content_begin, l.items[ 0 ].content.end } ), "an toàn." );
   EXPECT_EQ( layout.slice( { l.items[ 2 ].marker.content_begin, l.items[ 2 ].content.end } ), "tiết kiệm." );
}

TEST( list_assembler, a_second_point_without_a_first_or_a_lone_first_is_no_list )
{
   const page p( { "Thứ hai, đúng hạn.", "Văn bản.", "Thứ nhất, an toàn." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   list_assembler lists( layout, counts, no_quotations );
   lists.place_marker( p.marker( 0, "Thứ hai", list_style::thu, 2 ) );
   lists.place_marker( p.marker( 2, "Thứ nhất", list_style::thu, 1 ) );
   lists.settle( no_introducer );
   EXPECT_TRUE( lists.top_lists().empty() );
}

TEST( list_assembler, a_lower_rank_nests_in_the_open_point )
{
   const page p( { "Thứ nhất, hai việc:", "1. Một.", "2. Hai.", "Thứ hai, xong." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   list_assembler lists( layout, counts, no_quotations );
   lists.place_marker( p.marker( 0, "Thứ nhất", list_style::thu, 1 ) );
   lists.place_marker( p.marker( 1, "1.", list_style::numeric, 1 ) );
   lists.place_marker( p.marker( 2, "2.", list_style::numeric, 2 ) );
   lists.place_marker( p.marker( 3, "Thứ hai", list_style::thu, 2 ) );
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 1u );
   const list_build& outer = lists.lists()[ lists.top_lists()[ 0 ] ];
   ASSERT_EQ( outer.items.size(), 2u );
   ASSERT_EQ( outer.items[ 0 ].child_lists.size(), 1u );
   const std::size_t inner = outer.items[ 0 ].child_lists[ 0 ];
   EXPECT_EQ( lists.lists()[ inner ].style, list_style::numeric );
   EXPECT_EQ( lists.lists()[ inner ].items.size(), 2u );
   // Something inside "1." is held by the inner list's first point.
   EXPECT_EQ( lists.holder_of( lists.top_lists(), p.paragraphs[ 1 ].begin + 4 ).first, inner );
}

TEST( list_assembler, a_closer_is_the_last_point_only_near_the_point_before )
{
   const page p( { "Thứ nhất, a.", "Thứ hai, b.", "Cuối cùng, c.", "Thứ nhất, d.", "Thứ hai, e.", "Một.", "Hai.", "Ba.", "Cuối cùng, f." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   list_assembler lists( layout, counts, no_quotations );
   const auto place_closer = [ & ]( std::size_t paragraph ) {
      marker_event closer = p.marker( paragraph, "Cuối cùng", list_style::thu, 0 );
      closer.closer = true;
      lists.place_marker( closer );
   };
   lists.place_marker( p.marker( 0, "Thứ nhất", list_style::thu, 1 ) );
   lists.place_marker( p.marker( 1, "Thứ hai", list_style::thu, 2 ) );
   place_closer( 2 );
   lists.place_marker( p.marker( 3, "Thứ nhất", list_style::thu, 1 ) );
   lists.place_marker( p.marker( 4, "Thứ hai", list_style::thu, 2 ) );
   place_closer( 8 );  // four paragraphs on: a narrative "finally"
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 2u );
   EXPECT_EQ( lists.lists()[ lists.top_lists()[ 0 ] ].items.size(), 3u );
   EXPECT_EQ( lists.lists()[ lists.top_lists()[ 1 ] ].items.size(), 2u );
}

TEST( list_assembler, reads_the_count_announced_in_the_paragraph_before )
{
   const page p( { "Bộ trưởng nêu ba nhiệm vụ.", "Thứ nhất, a.", "Thứ hai, b." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::size_t at = p.text.find( "ba nhiệm vụ" );
   const std::vector< announced_count > counts{ { 3, { at, at + 2 } } };
   list_assembler lists( layout, counts, no_quotations );
   lists.place_marker( p.marker( 1, "Thứ nhất", list_style::thu, 1 ) );
   lists.place_marker( p.marker( 2, "Thứ hai", list_style::thu, 2 ) );
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 1u );
   const list_build& l = lists.lists()[ lists.top_lists()[ 0 ] ];
   ASSERT_TRUE( l.announced.has_value() );
   EXPECT_EQ( *l.announced, 3u );  // the builder warns that two were found
   EXPECT_EQ( l.announcement.begin, at );
}

TEST( list_assembler, a_count_announces_one_list_only )
{
   const page p( { "Có bốn việc. Một là, a. Hai là, b.", "Thứ nhất, c.", "Thứ hai, d." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::size_t at = p.text.find( "bốn việc" );
   const std::vector< announced_count > counts{ { 4, { at, at + 3 } } };
   list_assembler lists( layout, counts, no_quotations );
   lists.place_marker( p.marker( 0, "Một là", list_style::la, 1 ) );
   lists.place_marker( p.marker( 0, "Hai là", list_style::la, 2 ) );
   lists.place_marker( p.marker( 1, "Thứ nhất", list_style::thu, 1 ) );
   lists.place_marker( p.marker( 2, "Thứ hai", list_style::thu, 2 ) );
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 2u );
   EXPECT_TRUE( lists.lists()[ lists.top_lists()[ 0 ] ].announced.has_value() );
   EXPECT_FALSE( lists.lists()[ lists.top_lists()[ 1 ] ].announced.has_value() );
}

TEST( list_assembler, a_last_point_stops_where_the_next_list_is_introduced )
{
   const page p( { "Thứ nhất, a; thứ hai, b. Ông An đề nghị, thứ nhất, c; thứ hai, d." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   list_assembler lists( layout, counts, no_quotations );
   const std::size_t second_first = p.text.find( "thứ nhất" );
   lists.place_marker( p.marker( 0, "Thứ nhất", list_style::thu, 1 ) );
   lists.place_marker( p.marker( 0, "thứ hai", list_style::thu, 2 ) );
   marker_event again = p.marker( 0, "thứ nhất", list_style::thu, 1 );
   lists.place_marker( again );
   marker_event next = p.marker( 0, "thứ hai, d", list_style::thu, 2 );
   next.marker.end = next.marker.begin + std::string_view( "thứ hai" ).size();
   lists.place_marker( next );
   const std::size_t statement = p.text.find( "Ông An" );
   lists.settle( [ & ]( const item_build& first ) { return first.marker.marker.begin == second_first ? statement : no_list; } );
   ASSERT_EQ( lists.top_lists().size(), 2u );
   const list_build& l = lists.lists()[ lists.top_lists()[ 0 ] ];
   EXPECT_EQ( layout.slice( { l.items[ 1 ].marker.content_begin, l.items[ 1 ].content.end } ), "b." );
}

}  // namespace

namespace {

TEST( list_assembler, a_point_in_quoted_speech_ends_with_the_quotation )
{
   const page p( { "“Có hai việc. Một là, giá. Hai là, vốn”, ông An nói." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   const std::size_t open = p.text.find( "Có" );
   const std::vector< text_range > quotations{ { open, p.text.find( "”" ) } };
   list_assembler lists( layout, counts, quotations );
   lists.place_marker( p.marker( 0, "Một là", list_style::la, 1 ) );
   lists.place_marker( p.marker( 0, "Hai là", list_style::la, 2 ) );
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 1u );
   const list_build& l = lists.lists()[ lists.top_lists()[ 0 ] ];
   EXPECT_EQ( layout.slice( { l.items[ 1 ].marker.content_begin, l.items[ 1 ].content.end } ), "vốn" );
}

}  // namespace

namespace {

TEST( list_assembler, a_letter_inside_a_paragraph_continues_a_letter_list_but_opens_none )
{
   const page p( { "Có hai cách:", "a) Giá cao.", "Thêm. b) Vốn ít. a) Lại." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   list_assembler lists( layout, counts, no_quotations );
   lists.place_marker( p.marker( 1, "a)", list_style::letter, 1 ) );
   lists.place_marker( p.marker( 2, "b)", list_style::letter, 2 ) );
   lists.place_marker( p.marker( 2, "a) Lại", list_style::letter, 1 ) );
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 1u );
   EXPECT_EQ( lists.lists()[ lists.top_lists()[ 0 ] ].items.size(), 2u );
   // "a) Lại" inside the paragraph opens no list of its own: with "b)" again it would make none either.
   EXPECT_EQ( lists.lists().size(), 1u );
}

}  // namespace

namespace {

marker_event opener_at( const page& p, std::size_t paragraph, std::string_view words )
{
   marker_event m = p.marker( paragraph, words, list_style::thu, 1 );
   m.opener = true;
   return m;
}

TEST( list_assembler, truoc_het_is_a_first_point_only_when_the_next_follows_close_by )
{
   const page p( { "Trước hết, a.", "Hai là, b.", "Trước hết, c.", "x1", "x2", "Thứ hai, d." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   list_assembler lists( layout, counts, no_quotations );
   lists.place_marker( opener_at( p, 0, "Trước hết" ) );
   lists.place_marker( p.marker( 1, "Hai là", list_style::la, 2 ) );
   lists.place_marker( opener_at( p, 2, "Trước hết" ) );
   lists.place_marker( p.marker( 5, "Thứ hai", list_style::thu, 2 ) );  // three paragraphs on: not its second
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 1u );
   EXPECT_EQ( lists.lists()[ lists.top_lists()[ 0 ] ].items.size(), 2u );
}

TEST( list_assembler, truoc_het_inside_a_numbered_point_closes_no_list )
{
   const page p( { "1. Một việc. Trước hết, cần a.", "2. Hai việc.", "3. Ba việc." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   const std::vector< announced_count > counts;
   list_assembler lists( layout, counts, no_quotations );
   lists.place_marker( p.marker( 0, "1.", list_style::numeric, 1 ) );
   marker_event inside = opener_at( p, 0, "Trước hết" );
   inside.at_paragraph_start = false;
   lists.place_marker( inside );
   lists.place_marker( p.marker( 1, "2.", list_style::numeric, 2 ) );
   lists.place_marker( p.marker( 2, "3.", list_style::numeric, 3 ) );
   lists.settle( no_introducer );
   ASSERT_EQ( lists.top_lists().size(), 1u );
   EXPECT_EQ( lists.lists()[ lists.top_lists()[ 0 ] ].items.size(), 3u );
}

}  // namespace
