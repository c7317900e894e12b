// SPDX-License-Identifier: MIT
#include "text/offset_map.hpp"

#include <gtest/gtest.h>

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
