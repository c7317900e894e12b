// SPDX-License-Identifier: MIT
// Placement alone: lists settled from markers placed by hand, statements and noise made by hand, to see
// which point or statement each sits in, and how a statement in a point is cut to it.
#include "tree/placement.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hand_built.hpp"
#include "page_lines.hpp"

namespace {

using namespace chidao::detail;
using chidao::list_style;
using chidao::noise_kind;
using chidao::test::settled_lists;
using chidao::test::statement_at;
using page = chidao::test::page_lines;

std::vector< std::size_t > or_none( const std::vector< std::size_t >* v ) { return v == nullptr ? std::vector< std::size_t >{} : *v; }

std::vector< std::size_t > begins( const std::vector< noise_line >* noise )
{
   std::vector< std::size_t > out;
   if( noise != nullptr ) {
      for( const noise_line& n : *noise ) {
         out.push_back( n.lines.begin );
      }
   }
   return out;
}

// A list of three points introduced by the first paragraph, with a statement in its second point and
// captions between the paragraphs.
struct captioned_list {
   page p{ { "Bộ trưởng An đề nghị:", "Ảnh: một.", "Thứ nhất, an toàn.", "Ảnh: hai.", "Thứ hai, ông Bình cho biết:", "Ảnh: ba.",
             "Thứ ba, tiết kiệm.", "Ảnh: bốn.", "Ông Cường nói, xong." } };
   settled_lists lists{ p, { p.marker( 2, "Thứ nhất", list_style::thu, 1 ), p.marker( 4, "Thứ hai", list_style::thu, 2 ),
                             p.marker( 6, "Thứ ba", list_style::thu, 3 ) } };
   std::size_t list = lists.assembly.top_lists().at( 0 );
   std::vector< statement_build > statements{ statement_at( p, 0, "Bộ trưởng An đề nghị", 1 ),
                                              statement_at( p, 4, "ông Bình cho biết", 2 ),
                                              statement_at( p, 8, "Ông Cường nói", 3 ) };
   std::vector< noise_line > noise;

   captioned_list()
   {
      // The first statement holds the list, as list ownership records it.
      lists[ list ].owner = 0;
      statements[ 0 ].lists = { list };
      statements[ 0 ].span_end = lists.assembly.list_end( list );
      // Ông Bình's words were wished to run on over the next point.
      statements[ 1 ].end = statements[ 1 ].span_end = p.paragraphs[ 6 ].end;
      for( const std::size_t k : { 1, 3, 5, 7 } ) {
         noise.push_back( { noise_kind::caption, p.paragraphs[ k ] } );
      }
   }
};

TEST( placement, a_statement_in_a_point_sits_in_it_and_ends_with_it )
{
   captioned_list c;
   const placement placed( c.lists.assembly, c.statements, c.noise );
   EXPECT_EQ( placed.top_statements(), ( std::vector< std::size_t >{ 0, 2 } ) );
   EXPECT_EQ( or_none( placed.statements_in( { c.list, 1 } ) ), std::vector< std::size_t >{ 1 } );
   EXPECT_EQ( placed.statements_in( { c.list, 0 } ), nullptr );
   const item_build& point = c.lists[ c.list ].items[ 1 ];
   EXPECT_EQ( c.statements[ 1 ].begin, c.p.at( 4, "ông Bình" ) );
   EXPECT_EQ( c.statements[ 1 ].end, point.content.end );
   EXPECT_EQ( c.statements[ 1 ].span_end, point.content.end );
   EXPECT_EQ( c.statements[ 2 ].end, c.p.paragraphs[ 8 ].end );  // the others are left as they were
}

TEST( placement, noise_goes_to_the_innermost_point_or_statement_holding_it )
{
   captioned_list c;
   const placement placed( c.lists.assembly, c.statements, c.noise );
   const auto& at = c.p.paragraphs;
   EXPECT_EQ( begins( placed.noise_in_statement( 0 ) ), std::vector< std::size_t >{ at[ 1 ].begin } );  // before its list
   EXPECT_EQ( begins( placed.noise_in( { c.list, 0 } ) ), std::vector< std::size_t >{ at[ 3 ].begin } );
   // In the second point, the caption is within Ông Bình's words.
   EXPECT_EQ( begins( placed.noise_in( { c.list, 1 } ) ), std::vector< std::size_t >{} );
   EXPECT_EQ( begins( placed.noise_in_statement( 1 ) ), std::vector< std::size_t >{ at[ 5 ].begin } );
   // After the list and before the last statement: nobody's.
   EXPECT_EQ( begins( &placed.top_noise() ), std::vector< std::size_t >{ at[ 7 ].begin } );
   EXPECT_EQ( placed.noise_in_statement( 2 ), nullptr );
}

TEST( placement, a_quotation_opened_before_a_marker_starts_its_statement_at_the_marker )
{
   const page p( { "Thứ nhất, an toàn.", "“Thứ hai, phải làm ngay”, Bộ trưởng yêu cầu." } );
   marker_event second = p.marker( 1, "Thứ hai", list_style::thu, 2 );
   second.cut = p.paragraphs[ 1 ].begin;  // the point's text opens with the quotation mark
   settled_lists lists( p, { p.marker( 0, "Thứ nhất", list_style::thu, 1 ), second } );
   std::vector< statement_build > statements{ statement_at( p, 1, "“Thứ hai", 1 ) };
   const placement placed( lists.assembly, statements, {} );
   EXPECT_EQ( or_none( placed.statements_in( { lists.assembly.top_lists().at( 0 ), 1 } ) ), std::vector< std::size_t >{ 0 } );
   EXPECT_EQ( statements[ 0 ].begin, second.marker.begin );
}

TEST( placement, a_statement_starting_at_the_list_it_holds_sits_outside_it )
{
   const page p( { "- Thứ nhất, an toàn.", "- Thứ hai, đúng hạn." } );
   marker_event first = p.marker( 0, "Thứ nhất", list_style::thu, 1 );
   first.cut = p.paragraphs[ 0 ].begin;  // the answer's dash opens the point
   settled_lists lists( p, { first, p.marker( 1, "Thứ hai", list_style::thu, 2 ) } );
   const std::size_t list = lists.assembly.top_lists().at( 0 );
   // An interview answer made at the list, holding it.
   std::vector< statement_build > statements{ statement_at( p, 0, "- Thứ nhất", 4 ) };
   lists[ list ].owner = 0;
   const placement placed( lists.assembly, statements, {} );
   EXPECT_EQ( placed.top_statements(), std::vector< std::size_t >{ 0 } );
   EXPECT_EQ( placed.statements_in( { list, 0 } ), nullptr );
}

}  // namespace
