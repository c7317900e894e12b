// SPDX-License-Identifier: MIT
#include "text/offset_map.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using chidao::detail::offset_map;

TEST( offset_map, without_edits_offsets_are_equal )
{
   icu::Edits e;
   e.addUnchanged( 10 );
   const offset_map m( e, "0123456789" );
   EXPECT_EQ( m.to_source_begin( 4 ), 4u );
   EXPECT_EQ( m.to_source_end( 10 ), 10u );
}

TEST( offset_map, a_deleted_prefix_shifts_everything_after_it )
{
   icu::Edits e;
   e.addReplace( 3, 0 );  // a BOM
   e.addUnchanged( 5 );
   const offset_map m( e, "hello" );
   EXPECT_EQ( m.to_source_begin( 0 ), 3u );
   EXPECT_EQ( m.to_source_end( 5 ), 8u );
}

TEST( offset_map, a_span_never_splits_a_rewritten_region )
{
   icu::Edits e;
   e.addUnchanged( 2 );
   e.addReplace( 4, 3 );  // e.g. "uỳ" → "ùy"
   e.addUnchanged( 2 );
   const offset_map m( e, "thùy h" );
   EXPECT_EQ( m.to_source_begin( 2 ), 2u );
   EXPECT_EQ( m.to_source_begin( 3 ), 2u );  // inside: back to the region's start
   EXPECT_EQ( m.to_source_end( 4 ), 6u );    // inside: on to the region's end
   EXPECT_EQ( m.to_source_end( 5 ), 6u );
   EXPECT_EQ( m.to_source_begin( 6 ), 7u );
}

TEST( offset_map, a_deletion_at_a_boundary_stays_outside_the_span )
{
   icu::Edits e;
   e.addUnchanged( 3 );
   e.addReplace( 3, 0 );  // a left-to-right mark removed
   e.addUnchanged( 2 );
   const offset_map m( e, "abcde" );
   EXPECT_EQ( m.to_source_end( 3 ), 3u );
   EXPECT_EQ( m.to_source_begin( 3 ), 6u );
}

TEST( offset_map, a_case_folded_letter_needs_no_region_and_maps_in_step )
{
   icu::Edits e;
   e.addReplace( 3, 3 );  // "Ứ" → "ứ"
   e.addUnchanged( 1 );
   e.addReplace( 1, 1 );  // "T" → "t"
   e.addUnchanged( 2 );
   const offset_map m( e, "ứ thứ" );
   EXPECT_EQ( m.to_source_begin( 0 ), 0u );
   EXPECT_EQ( m.to_source_end( 3 ), 3u );
   EXPECT_EQ( m.to_source_begin( 4 ), 4u );
   EXPECT_EQ( m.to_source_end( 5 ), 5u );
   EXPECT_EQ( m.to_source_end( 7 ), 7u );
}

TEST( offset_map, a_same_length_rewrite_of_two_code_points_keeps_its_region )
{
   // "oà" → "òa": three bytes each, but the boundary between the two letters moves (after 1 byte in the
   // original, after 2 in the normalized text), so a span may not start between them.
   icu::Edits e;
   e.addUnchanged( 1 );
   e.addReplace( 3, 3 );
   const offset_map m( e, "hòa" );
   EXPECT_EQ( m.to_source_begin( 3 ), 1u );  // between "ò" and "a": back to the region's start
   EXPECT_EQ( m.to_source_end( 3 ), 4u );    // on to its end
   EXPECT_EQ( m.to_source_end( 4 ), 4u );
}

// Random edits, each changing a length (so each is a region), against the rule written out as a scan:
// the last region starting at or before n (begin), or strictly before n (end).
TEST( offset_map, finds_the_region_as_a_scan_of_the_regions_does )
{
   struct region {
      std::size_t normalized_begin, normalized_end, source_begin, source_end;
   };
   std::mt19937 random( 20261201 );
   for( int round = 0; round < 2000; ++round ) {
      icu::Edits e;
      std::vector< region > regions;
      std::size_t n = 0;
      std::size_t s = 0;
      for( int k = 0, count = static_cast< int >( random() % 40 ); k < count; ++k ) {
         if( random() % 2 == 0 ) {
            const auto same = static_cast< int32_t >( random() % 4 );
            e.addUnchanged( same );
            n += static_cast< std::size_t >( same );
            s += static_cast< std::size_t >( same );
         }
         else {
            const auto old_length = static_cast< int32_t >( random() % 4 );
            const auto new_length = static_cast< int32_t >( ( old_length + 1 + random() % 3 ) % 4 );  // not old_length
            e.addReplace( old_length, new_length );
            regions.push_back( { n, n + static_cast< std::size_t >( new_length ), s, s + static_cast< std::size_t >( old_length ) } );
            n += static_cast< std::size_t >( new_length );
            s += static_cast< std::size_t >( old_length );
         }
      }
      const offset_map m( e, std::string( n, 'a' ) );
      for( std::size_t at = 0; at <= n; ++at ) {
         const region* begin_in = nullptr;
         const region* end_in = nullptr;
         for( const region& r : regions ) {
            begin_in = r.normalized_begin <= at ? &r : begin_in;
            end_in = r.normalized_begin < at ? &r : end_in;
         }
         const std::size_t begin = begin_in == nullptr                ? at
                                   : at < begin_in->normalized_end ? begin_in->source_begin
                                                                     : begin_in->source_end + ( at - begin_in->normalized_end );
         const std::size_t end = end_in == nullptr                ? at
                                 : at <= end_in->normalized_end ? end_in->source_end
                                                                : end_in->source_end + ( at - end_in->normalized_end );
         ASSERT_EQ( m.to_source_begin( at ), begin ) << "round " << round << " at " << at;
         ASSERT_EQ( m.to_source_end( at ), end ) << "round " << round << " at " << at;
      }
      // With a hint carried from one look to the next: offsets read forward, a step back now and then
      // (a rule that failed), and a jump anywhere (a hint far from the answer).
      std::size_t hint = 0;
      for( std::size_t at = 0, k = 0; k < 3 * n + 3; ++k ) {
         ASSERT_EQ( m.to_source_begin( at, hint ), m.to_source_begin( at ) ) << "round " << round << " at " << at;
         const auto move = random() % 8;
         at = move == 0 ? random() % ( n + 1 ) : move == 1 ? at - std::min< std::size_t >( at, random() % 4 ) : std::min( n, at + random() % 3 );
      }
   }
}
