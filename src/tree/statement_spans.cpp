// SPDX-License-Identifier: MIT
#include "tree/statement_spans.hpp"

#include <algorithm>
#include <numeric>

#include "tree/order.hpp"

namespace chidao::detail {

statement_extent wished_extent( const statement_form form, const text_range head, const text_range quote,
                                const page_layout& layout, const std::string& text )
{
   statement_extent e;
   e.form = form;
   e.head = head;
   switch( form ) {
      case statement_form::after_quote:
         e.begin = quote.begin != static_cast< std::size_t >( -1 ) ? quote.begin : layout.paragraph_begin_of( head.begin );
         e.end = head.end;
         if( e.end < text.size() && text[ e.end ] == '.' ) {
            ++e.end;
         }
         break;
      case statement_form::nominal:
         // What was directed is most often said before the speaker in the same sentence ("Ngành ngoại
         // giao cần bám sát thực tiễn - đây là chỉ đạo của Bộ trưởng …"); earlier sentences are others'.
         e.begin = layout.sentence_begin_of( head.begin );
         e.end = head.end;
         break;
      default:
         e.begin = head.begin;
         e.end = layout.paragraph_end_of( head.begin );
   }
   e.paragraph = layout.paragraph_of( e.begin );
   return e;
}

std::vector< bool > separate_statements( std::vector< statement_extent >& extents, const page_layout& layout )
{
   std::vector< bool > kept( extents.size(), true );
   std::vector< std::size_t > order( extents.size() );
   std::iota( order.begin(), order.end(), std::size_t{ 0 } );
   sort_in_order( order, [ & ]( const std::size_t a, const std::size_t b ) {
      const statement_extent& x = extents[ a ];
      const statement_extent& y = extents[ b ];
      return x.paragraph != y.paragraph ? x.paragraph < y.paragraph : x.head.begin < y.head.begin;
   } );
   constexpr std::size_t none = static_cast< std::size_t >( -1 );
   std::size_t previous = none;
   for( const std::size_t i : order ) {
      statement_extent& here = extents[ i ];
      if( previous != none && extents[ previous ].paragraph == here.paragraph ) {
         statement_extent& before = extents[ previous ];
         if( here.head.begin < before.head.end ) {
            kept[ i ] = false;  // two readings of the same words: the first stands
            continue;
         }
         // A span reaching back over the previous speaker would take their words: it shrinks to its
         // own head. Then the previous statement ends where this one starts.
         if( here.begin < before.head.end ) {
            if( here.form == statement_form::nominal && here.head.begin < before.end ) {
               kept[ i ] = false;
               continue;
            }
            here.begin = here.head.begin;
         }
         if( here.begin < before.end ) {
            before.end = std::max( before.head.end, layout.back_over_space_and_noise( here.begin, before.begin ) );
         }
      }
      previous = i;
   }
   return kept;
}

}  // namespace chidao::detail
