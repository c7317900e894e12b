// SPDX-License-Identifier: MIT
// List ownership alone: lists assembled from markers placed by hand, statements made by hand, and the
// verdicts attribution would give, to see which statement holds which list, where a list only gets a
// speaker, and how interview answers are made.
#include "tree/ownership.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "hand_built.hpp"
#include "page_lines.hpp"

namespace {

using namespace chidao::detail;
using chidao::attribution;
using chidao::list_style;
using chidao::statement_form;

using page = chidao::test::page_lines;
using chidao::test::statement_at;
using chidao::test::settled_lists;

attribute::owner held_by( std::size_t statement, attribution how )
{
   attribute::owner o;
   o.statement = statement;
   o.how = how;
   return o;
}

attribute::owner answer_of( std::size_t speaker, text_range answer_text )
{
   attribute::owner o;
   o.how = attribution::interview;
   o.answer = true;
   o.speaker = speaker;
   o.answer_text = answer_text;
   return o;
}

TEST( list_ownership, the_statement_holding_a_list_takes_it_and_reaches_its_end )
{
   const page p( { "Bộ trưởng An đề nghị:", "Thứ nhất, an toàn.", "Thứ hai, đúng hạn." } );
   settled_lists lists( p, { p.marker( 1, "Thứ nhất", list_style::thu, 1 ), p.marker( 2, "Thứ hai", list_style::thu, 2 ) } );
   ASSERT_EQ( lists.assembly.top_lists().size(), 1u );
   const std::size_t l = lists.assembly.top_lists()[ 0 ];
   std::vector< statement_build > statements{ statement_at( p, 0, "Bộ trưởng An đề nghị", 3 ) };
   list_ownership( lists.assembly, statements, lists.layout ).record( l, held_by( 0, attribution::announced ) );
   EXPECT_EQ( lists[ l ].owner, 0u );
   EXPECT_EQ( lists[ l ].how, attribution::announced );
   EXPECT_EQ( lists[ l ].speaker, no_list );  // the statement speaks for it
   EXPECT_EQ( statements[ 0 ].lists, std::vector< std::size_t >{ l } );
   EXPECT_EQ( statements[ 0 ].span_end, p.paragraphs[ 2 ].end );
}

TEST( list_ownership, a_list_in_a_point_leaves_it_only_for_a_statement_in_that_point )
{
   const page p( { "Ông An nói:", "Thứ nhất, Bộ trưởng đề nghị:", "1. Một.", "2. Hai.", "Thứ hai, xong." } );
   const std::vector< marker_event > markers{ p.marker( 1, "Thứ nhất", list_style::thu, 1 ), p.marker( 2, "1.", list_style::numeric, 1 ),
                                              p.marker( 3, "2.", list_style::numeric, 2 ), p.marker( 4, "Thứ hai", list_style::thu, 2 ) };
   const std::vector< statement_build > statements{ statement_at( p, 0, "Ông An nói", 5 ), statement_at( p, 1, "Bộ trưởng đề nghị", 6 ) };
   {
      settled_lists lists( p, markers );
      const std::size_t outer = lists.assembly.top_lists()[ 0 ];
      const std::size_t inner = lists[ outer ].items[ 0 ].child_lists.at( 0 );
      std::vector< statement_build > st = statements;
      // Said before the list: the statement may not take the inner list out of its point.
      list_ownership( lists.assembly, st, lists.layout ).record( inner, held_by( 0, attribution::continued ) );
      EXPECT_EQ( lists[ inner ].owner, no_list );
      EXPECT_EQ( lists[ inner ].speaker, 5u );
      EXPECT_EQ( lists[ inner ].how, attribution::continued );
      EXPECT_TRUE( st[ 0 ].lists.empty() );
      EXPECT_EQ( lists[ outer ].items[ 0 ].child_lists, std::vector< std::size_t >{ inner } );
   }
   {
      settled_lists lists( p, markers );
      const std::size_t outer = lists.assembly.top_lists()[ 0 ];
      const std::size_t inner = lists[ outer ].items[ 0 ].child_lists.at( 0 );
      std::vector< statement_build > st = statements;
      list_ownership( lists.assembly, st, lists.layout ).record( inner, held_by( 1, attribution::announced ) );
      EXPECT_EQ( lists[ inner ].owner, 1u );
      EXPECT_EQ( st[ 1 ].lists, std::vector< std::size_t >{ inner } );
      EXPECT_TRUE( lists[ outer ].items[ 0 ].child_lists.empty() );  // under the statement now, not twice
   }
}

TEST( list_ownership, an_answer_is_made_for_the_interviewee_and_lists_of_one_answer_share_it )
{
   const page p( { "- Ông đánh giá thế nào?", "- Có hai việc và ba giải pháp.", "Thứ nhất, a.", "Thứ hai, b.", "I. Một.", "II. Hai.",
                   "1. Ba.", "2. Bốn." } );
   settled_lists lists( p, { p.marker( 2, "Thứ nhất", list_style::thu, 1 ), p.marker( 3, "Thứ hai", list_style::thu, 2 ),
                        p.marker( 4, "I.", list_style::roman, 1 ), p.marker( 5, "II.", list_style::roman, 2 ),
                        p.marker( 6, "1.", list_style::numeric, 1 ), p.marker( 7, "2.", list_style::numeric, 2 ) } );
   const std::vector< std::size_t > top = lists.assembly.top_lists();
   ASSERT_EQ( top.size(), 2u );  // the numbered list is inside "II."
   const std::size_t nested = lists[ top[ 1 ] ].items[ 1 ].child_lists.at( 0 );
   std::vector< statement_build > statements;
   list_ownership ownership( lists.assembly, statements, lists.layout );
   ownership.record( top[ 0 ], answer_of( 4, p.paragraphs[ 1 ] ) );
   ASSERT_EQ( statements.size(), 1u );
   const statement_build& answer = statements[ 0 ];
   EXPECT_EQ( answer.form, statement_form::interview_answer );
   EXPECT_EQ( answer.speaker, 4u );
   EXPECT_EQ( answer.begin, p.paragraphs[ 1 ].begin );
   EXPECT_EQ( answer.end, p.paragraphs[ 1 ].end );
   EXPECT_EQ( answer.paragraph, 1u );
   EXPECT_EQ( lists[ top[ 0 ] ].owner, 0u );
   // The same answer introduces the second list: one answer holds both, and reaches the second's end.
   ownership.record( top[ 1 ], answer_of( 4, p.paragraphs[ 1 ] ) );
   ASSERT_EQ( statements.size(), 1u );
   EXPECT_EQ( statements[ 0 ].lists, ( std::vector< std::size_t >{ top[ 0 ], top[ 1 ] } ) );
   EXPECT_EQ( statements[ 0 ].span_end, p.paragraphs[ 7 ].end );
   // A list in a point of the answer is the interviewee's, and stays in its point.
   ownership.record( nested, answer_of( 4, p.paragraphs[ 5 ] ) );
   EXPECT_EQ( statements.size(), 1u );
   EXPECT_EQ( lists[ nested ].owner, no_list );
   EXPECT_EQ( lists[ nested ].speaker, 4u );
   EXPECT_EQ( lists[ nested ].how, attribution::interview );
}

TEST( list_ownership, an_answer_starting_in_a_point_may_not_hold_a_list_running_past_it )
{
   const page p( { "Thứ nhất, a.", "Thứ hai, b.", "I. Một.", "II. Hai." } );
   settled_lists lists( p, { p.marker( 0, "Thứ nhất", list_style::thu, 1 ), p.marker( 1, "Thứ hai", list_style::thu, 2 ),
                        p.marker( 2, "I.", list_style::roman, 1 ), p.marker( 3, "II.", list_style::roman, 2 ) } );
   const std::vector< std::size_t > top = lists.assembly.top_lists();
   ASSERT_EQ( top.size(), 2u );
   std::vector< statement_build > statements;
   list_ownership( lists.assembly, statements, lists.layout ).record( top[ 1 ], answer_of( 4, p.paragraphs[ 1 ] ) );
   EXPECT_TRUE( statements.empty() );
   EXPECT_EQ( lists[ top[ 1 ] ].owner, no_list );
   EXPECT_EQ( lists[ top[ 1 ] ].speaker, 4u );
   EXPECT_EQ( lists[ top[ 1 ] ].how, attribution::interview );
}

TEST( list_ownership, own_lists_records_what_attribution_decides_for_each_kept_list )
{
   const page p( { "Bộ trưởng An đề nghị:", "Thứ nhất, an toàn.", "Thứ hai, đúng hạn.", "Thứ nhất, lẻ loi." } );
   settled_lists lists( p, { p.marker( 1, "Thứ nhất", list_style::thu, 1 ), p.marker( 2, "Thứ hai", list_style::thu, 2 ),
                        p.marker( 3, "Thứ nhất", list_style::thu, 1 ) } );
   std::vector< statement_build > statements{ statement_at( p, 0, "Bộ trưởng An đề nghị", 3 ) };
   std::vector< attribute::said > said = said_of( statements );
   list_ownership( lists.assembly, statements, lists.layout ).own_lists( said, p.text, {}, {} );
   const std::size_t l = lists.assembly.top_lists().at( 0 );
   EXPECT_EQ( lists[ l ].owner, 0u );  // the paragraph before the list ends with a colon
   EXPECT_EQ( lists[ l ].how, attribution::announced );
   EXPECT_EQ( statements[ 0 ].lists, std::vector< std::size_t >{ l } );  // and not the lone "Thứ nhất"
}

TEST( list_ownership, a_statement_inside_a_point_owns_no_later_list )
{
   const page p( { "Thứ nhất, an toàn.", "Thứ hai, Bộ trưởng An đề nghị:", "I. Một.", "II. Hai." } );
   settled_lists lists( p, { p.marker( 0, "Thứ nhất", list_style::thu, 1 ), p.marker( 1, "Thứ hai", list_style::thu, 2 ),
                        p.marker( 2, "I.", list_style::roman, 1 ), p.marker( 3, "II.", list_style::roman, 2 ) } );
   std::vector< statement_build > statements{ statement_at( p, 1, "Bộ trưởng An đề nghị", 3 ) };
   std::vector< attribute::said > said = said_of( statements );
   list_ownership( lists.assembly, statements, lists.layout ).own_lists( said, p.text, {}, {} );
   EXPECT_TRUE( said[ 0 ].in_list );
   const std::size_t roman = lists.assembly.top_lists().at( 1 );
   EXPECT_EQ( lists[ roman ].owner, no_list );
   EXPECT_EQ( lists[ roman ].speaker, no_list );
   EXPECT_FALSE( lists[ roman ].how.has_value() );
}

}  // namespace
