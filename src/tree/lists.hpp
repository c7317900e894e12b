// SPDX-License-Identifier: MIT
// List assembly, a phase of the tree builder: which markers really open points, how lists nest, where
// each point's text ends, and the count a list announces. Who owns a list is not decided here (that is
// src/attribute); the builder records it in the lists this phase made.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "chidao/document.hpp"
#include "parse/events.hpp"
#include "tree/layout.hpp"

namespace chidao::detail {

inline constexpr std::size_t no_list = static_cast< std::size_t >( -1 );

/// A count the grammar read ("ba nhiệm vụ", "5 giải pháp"), and where.
struct announced_count {
   unsigned value;
   text_range where;
};

/// A list whose points the semicolons separate, as the grammar found it.
struct semicolon_group {
   text_range list;
   std::vector< text_range > points;
};

struct item_build {
   marker_event marker;
   std::size_t paragraph = 0;
   text_range content;                      // normalized, trimmed; end is set once the list is complete
   std::size_t territory_end = 0;           // up to the next point's cut: noise there belongs to this point
   std::vector< std::size_t > child_lists;  // indexes into the assembler's lists
};

struct list_build {
   list_style style = list_style::thu;
   text_range key;                       // bullets: the bullet as written; "-" and "+" lists differ
   std::vector< item_build > items;
   std::size_t last_paragraph = 0;       // the last paragraph holding a point of this list or its children
   std::size_t parent_list = no_list;    // no_list: top level
   std::size_t parent_item = 0;
   bool kept = true;                     // a list needs two points
   std::optional< unsigned > announced;
   text_range announcement;
   // Set by the builder once the attribution stage has decided:
   std::size_t owner = no_list;          // the statement that introduces this list
   std::size_t speaker = no_list;        // who enumerates, when no statement holds the list
   std::optional< attribution > how;     // how its owner or speaker was found
   bool made = false;                    // already in the output tree; its items are released
};

class list_assembler {
public:
   /// `counts` and `quotations` (the words inside quotation marks) in document order; all must outlive
   /// the assembler.
   list_assembler( const page_layout& layout, const std::vector< announced_count >& counts, const std::vector< text_range >& quotations )
      : layout_( layout ), counts_( counts ), quotations_( quotations )
   {}

   /// Markers in document order, then the semicolon lists.
   void place_marker( const marker_event& m );
   void add_semicolon_list( const semicolon_group& group );

   /// Where the statement introducing a list (whose first point is given) begins, or no_list.
   using introducer_begin = std::function< std::size_t( const item_build& first ) >;

   /// Once every marker is placed: keeps the lists of two points or more, nests them, ends each point,
   /// and reads the count each announces.
   void settle( const introducer_begin& introducer );

   [[nodiscard]] std::vector< list_build >& lists() { return lists_; }
   [[nodiscard]] const std::vector< list_build >& lists() const { return lists_; }
   /// Kept lists that are not inside another, in document order (after settle).
   [[nodiscard]] const std::vector< std::size_t >& top_lists() const { return top_lists_; }

   [[nodiscard]] std::size_t list_begin( std::size_t l ) const { return lists_[ l ].items.front().marker.marker.begin; }
   [[nodiscard]] std::size_t list_end( std::size_t l ) const { return lists_[ l ].items.back().content.end; }

   /// The innermost kept item whose territory (from its cut to the next point's) holds `pos`, as (list,
   /// item), searched among `lists` and the lists inside their points; (no_list, 0) when none does.
   [[nodiscard]] std::pair< std::size_t, std::size_t > holder_of( const std::vector< std::size_t >& lists, std::size_t pos ) const;

private:
   bool same_bullet( const list_build& l, const marker_event& m ) const;
   bool continues( const list_build& l, list_style style, unsigned ordinal, const marker_event& m, std::size_t p ) const;
   bool can_hold( const list_build& parent, list_style style, const marker_event& m, std::size_t p ) const;
   void touch( std::size_t list, std::size_t p );
   void append( std::size_t list, const marker_event& m, std::size_t p );
   void close_to( std::size_t depth );
   bool is_dialogue( const list_build& l ) const;
   std::size_t next_list_outside( std::size_t list ) const;
   // Where the next point after the one holding `list` begins, for the nearest list around it that has one.
   std::size_t next_cut_around( std::size_t list ) const;
   void end_points( const introducer_begin& introducer );
   void place_semicolon_lists();
   void announce( std::size_t index );
   std::size_t quotation_end( std::size_t pos ) const;

   const page_layout& layout_;
   const std::vector< announced_count >& counts_;
   const std::vector< text_range >& quotations_;
   std::vector< bool > counts_used_;  // counts that announce a list already
   std::vector< list_build > lists_;
   std::vector< std::size_t > open_;  // lists that may still take a point, innermost last
   std::size_t semicolon_first_ = no_list;  // semicolon lists come after all lists of markers
   std::vector< std::size_t > top_lists_;
};

}  // namespace chidao::detail
