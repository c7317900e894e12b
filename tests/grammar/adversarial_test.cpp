// SPDX-License-Identifier: MIT
// Inputs built to hurt: many markers, one huge line, deep quotation nesting, colon storms. Each must
// parse without exhausting the stack, and come out with the structure the rules give.
#include <gtest/gtest.h>

#include <string>

#include "chidao/parse.hpp"

namespace {

std::string repeat( std::string_view piece, std::size_t times )
{
   std::string out;
   out.reserve( piece.size() * times );
   for( std::size_t i = 0; i < times; ++i ) {
      out += piece;
   }
   return out;
}

std::size_t count_lists( const chidao::document& doc )
{
   std::size_t n = 0;
   for( const auto& node : doc.nodes ) {
      n += std::holds_alternative< chidao::list >( node ) ? 1 : 0;
   }
   return n;
}

}  // namespace

TEST( adversarial, a_million_first_points_in_a_row_make_no_list )
{
   // Each "Thứ nhất" restarts a list that never gets a second point.
   EXPECT_EQ( count_lists( chidao::parse( repeat( "Thứ nhất, ", 1000000 ), "x" ) ), 0u );
}

TEST( adversarial, fifty_thousand_bullets_make_one_list )
{
   std::string text;
   for( int i = 0; i < 50000; ++i ) {
      text += "- Điểm số " + std::to_string( i ) + " của danh sách.\n";
   }
   const auto doc = chidao::parse( text, "x" );
   ASSERT_EQ( doc.nodes.size(), 1u );
   EXPECT_EQ( std::get< chidao::list >( doc.nodes[ 0 ] ).items.size(), 50000u );
}

TEST( adversarial, a_four_mebibyte_line_parses )
{
   const auto doc = chidao::parse( repeat( "lời văn bình thường, ", 4 << 20 >> 5 ), "x" );
   EXPECT_EQ( count_lists( doc ), 0u );
}

TEST( adversarial, ten_thousand_nested_quotation_marks_parse )
{
   const std::string text = repeat( "“", 10000 ) + "Thứ nhất, a. Thứ hai, b." + repeat( "”", 10000 );
   EXPECT_EQ( count_lists( chidao::parse( text, "x" ) ), 0u );  // inside a quotation nothing is read
}

TEST( adversarial, unmatched_quotation_marks_end_with_their_line )
{
   const auto doc = chidao::parse( repeat( "“mở ", 1000 ) + "\nThứ nhất, a.\nThứ hai, b.\n", "x" );
   EXPECT_EQ( count_lists( doc ), 1u );
}

TEST( adversarial, colon_and_semicolon_storms_parse )
{
   EXPECT_EQ( count_lists( chidao::parse( repeat( "a: ", 200000 ), "x" ) ), 0u );
   EXPECT_EQ( count_lists( chidao::parse( ": " + repeat( "hai từ; ", 100000 ), "x" ) ), 1u );
}

// Spoken and numbered lists in turn used to nest in each other without end ("1. … 2." inside "Thứ
// hai", then the next "Thứ nhất" inside "2." …): depth grew with the document, up to a stack overflow.
TEST( adversarial, alternating_list_styles_nest_shallowly )
{
   std::string text;
   for( int i = 0; i < 3000; ++i ) {
      const std::string n = std::to_string( i );
      text += "Thứ nhất, cần A" + n + ".\nThứ hai, cần B" + n + ".\nMột là x" + n + "; hai là y" + n + "; thứ ba, z" + n +
              ".\n1. a" + n + "\n2. b" + n + "\n- c" + n + "\n- d" + n + "\n";
   }
   const auto doc = chidao::parse( text, "x" );
   std::size_t deepest = 0;
   chidao::for_each_node( doc, [ & ]( const chidao::node&, std::size_t depth ) { deepest = std::max( deepest, depth ); } );
   EXPECT_LE( deepest, 6u );
   EXPECT_GE( count_lists( doc ), 3000u );
}

// Many inline lists in one paragraph, each introduced by its own statement. Each last point used to run
// to the end of the paragraph, over every list after it: texts grew with the square of the paragraph
// (2 MiB took 41 s and 17 GB), and each next statement nested inside the point before.
TEST( adversarial, inline_lists_in_one_paragraph_stay_apart )
{
   const std::string text = repeat( "Bộ trưởng Bùi Thanh Sơn đề nghị, thứ nhất, cần giữ vững hòa bình; thứ hai, cần mở rộng hợp tác. ", 2000 );
   const auto doc = chidao::parse( text, "x" );
   std::size_t statements = 0;
   std::size_t deepest = 0;
   std::size_t item_text = 0;
   chidao::for_each_node( doc, [ & ]( const chidao::node& n, std::size_t depth ) {
      deepest = std::max( deepest, depth );
      statements += std::holds_alternative< chidao::statement >( n ) ? 1 : 0;
      if( const auto* l = std::get_if< chidao::list >( &n ) ) {
         for( const auto& it : l->items ) {
            item_text += it.text.size();
            EXPECT_TRUE( it.text == "cần giữ vững hòa bình" || it.text == "cần mở rộng hợp tác." ) << it.text;
         }
      }
   } );
   EXPECT_EQ( doc.nodes.size(), 2000u );  // every statement at the top, owning its list
   EXPECT_EQ( statements, 2000u );
   EXPECT_EQ( deepest, 1u );
   EXPECT_LT( item_text, text.size() );
}

// "Bộ trưởng, Bộ trưởng, …": a title chain is tried at every title; unbounded, 128 KiB took 3.5 s
// and a megabyte would take minutes. Bounded, a megabyte is read at once, and names no one.
TEST( adversarial, a_megabyte_of_titles_parses )
{
   const auto doc = chidao::parse( repeat( "Bộ trưởng, ", 1 << 16 ), "x" );
   EXPECT_TRUE( doc.speakers.empty() );
   EXPECT_TRUE( doc.nodes.empty() );
}
