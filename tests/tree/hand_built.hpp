// SPDX-License-Identifier: MIT
// What the phases before list ownership would have made, built by hand on a page_lines, for the phases
// after them tested alone: lists settled from markers placed by hand, statements at words a test names.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "page_lines.hpp"
#include "tree/layout.hpp"
#include "tree/lists.hpp"
#include "tree/statements.hpp"

namespace chidao::test {

/// The lists of markers placed in order, settled with no statement introducing any.
struct settled_lists {
   detail::page_layout layout;
   std::vector< detail::announced_count > counts;
   std::vector< detail::text_range > quotations;
   detail::list_assembler assembly;

   /// `page` must outlive the lists.
   settled_lists( const page_lines& page, const std::vector< detail::marker_event >& markers )
      : layout( page.text, page.paragraphs, {} ), assembly( layout, counts, quotations )
   {
      for( const detail::marker_event& m : markers ) {
         assembly.place_marker( m );
      }
      assembly.settle( []( const detail::item_build& ) { return detail::no_list; } );
   }

   detail::list_build& operator[]( std::size_t l ) { return assembly.lists()[ l ]; }
};

/// A statement of `speaker` from `words` to the end of their paragraph, holding no list.
inline detail::statement_build statement_at( const page_lines& page, std::size_t paragraph, std::string_view words,
                                             std::size_t speaker )
{
   detail::statement_build st;
   st.begin = page.at( paragraph, words );
   st.end = st.span_end = page.paragraphs[ paragraph ].end;
   st.head = { st.begin, st.begin + words.size() };
   st.paragraph = paragraph;
   st.speaker = speaker;
   return st;
}

}  // namespace chidao::test
