// SPDX-License-Identifier: MIT
#include "tree/placement.hpp"

#include <algorithm>
#include <iterator>

#include "tree/order.hpp"

namespace chidao::detail {

namespace {

constexpr std::size_t none = no_list;

template< typename Map, typename Key >
const typename Map::mapped_type* find_in( const Map& map, const Key& key )
{
   const auto found = map.find( key );
   return found == map.end() ? nullptr : &found->second;
}

}  // namespace

placement::placement( const list_assembler& lists, std::vector< statement_build >& statements, const std::vector< noise_line >& noise )
{
   const std::vector< std::size_t >& top_lists = lists.top_lists();
   for( std::size_t i = 0; i < statements.size(); ++i ) {
      const auto [ list, item ] = lists.holder_of( top_lists, statements[ i ].begin );
      // A statement starting at its own list ("- Thứ nhất, …" answering an interview) holds the list;
      // it cannot also sit inside it.
      if( list == none || lists.lists()[ list ].owner == i ) {
         top_statements_.push_back( i );
      }
      else {
         item_statements_[ { list, item } ].push_back( i );
         // A statement in a point ends with the point ("Thứ nhất, … Thủ tướng đánh giá … . Thứ hai, …"),
         // and starts in it: “Điều cuối cùng …”, Bộ trưởng yêu cầu. opens its quotation before the
         // marker, where the point's span starts.
         statement_build& st = statements[ i ];
         const item_build& point = lists.lists()[ list ].items[ item ];
         st.begin = std::max( st.begin, std::min( point.marker.marker.begin, st.end ) );
         const std::size_t point_end = std::max( st.begin, point.content.end );
         st.end = std::min( st.end, point_end );
         st.span_end = std::min( st.span_end, point_end );
      }
   }
   for( const noise_line& n : noise ) {
      const auto [ list, item ] = lists.holder_of( top_lists, n.lines.begin );
      if( list == none ) {
         top_noise_.push_back( n );
      }
      else {
         item_noise_[ { list, item } ].push_back( n );
      }
   }
   top_noise_ = place_in_statements( statements, top_statements_, std::move( top_noise_ ) );
   for( auto& [ key, in_point ] : item_noise_ ) {
      if( const auto here = item_statements_.find( key ); here != item_statements_.end() ) {
         in_point = place_in_statements( statements, here->second, std::move( in_point ) );
      }
   }
}

// Of `noise`, what lies in one of the statements `among` goes to it; the rest is returned. Siblings do
// not overlap, so the statement starting last before a noise block is the only one that can hold it.
std::vector< noise_line > placement::place_in_statements( const std::vector< statement_build >& statements,
                                                          const std::vector< std::size_t >& among, std::vector< noise_line > noise )
{
   if( among.empty() || noise.empty() ) {
      return noise;
   }
   std::vector< std::pair< std::size_t, std::size_t > > by_begin;  // (begin, statement)
   by_begin.reserve( among.size() );
   for( const std::size_t s : among ) {
      by_begin.push_back( { statements[ s ].begin, s } );
   }
   sort_in_order( by_begin );
   std::vector< noise_line > left;
   for( const noise_line& n : noise ) {
      const auto after = std::upper_bound( by_begin.begin(), by_begin.end(), std::pair{ n.lines.begin, none } );
      if( after != by_begin.begin() && n.lines.begin < statements[ std::prev( after )->second ].span_end ) {
         statement_noise_[ std::prev( after )->second ].push_back( n );
      }
      else {
         left.push_back( n );
      }
   }
   return left;
}

const std::vector< std::size_t >* placement::statements_in( const item_key point ) const { return find_in( item_statements_, point ); }
const std::vector< noise_line >* placement::noise_in( const item_key point ) const { return find_in( item_noise_, point ); }
const std::vector< noise_line >* placement::noise_in_statement( const std::size_t statement ) const
{
   return find_in( statement_noise_, statement );
}

}  // namespace chidao::detail
