// SPDX-License-Identifier: MIT
#include "text/offset_map.hpp"

#include <unicode/edits.h>

#include <algorithm>

namespace chidao::detail {
namespace {

bool one_code_point( const std::string_view utf8 )
{
   return !utf8.empty() && std::all_of( utf8.begin() + 1, utf8.end(), []( char c ) { return ( static_cast< unsigned char >( c ) & 0xC0 ) == 0x80; } );
}

}  // namespace

offset_map::offset_map( const icu::Edits& edits, const std::string_view normalized )
{
   // Two walks over the edits: the first counts the regions, so that the vector, alive as long as the
   // parse, is made at its size (grown by doubling it held up to twice that, and fitting it afterwards
   // held both copies at once: on binary input read leniently the regions are most of the memory).
   const auto add_regions = [ & ]( auto&& add ) {
      UErrorCode status = U_ZERO_ERROR;
      auto it = edits.getFineChangesIterator();
      while( it.next( status ) && U_SUCCESS( status ) ) {
         const auto n = static_cast< std::size_t >( it.destinationIndex() );
         const auto s = static_cast< std::size_t >( it.sourceIndex() );
         const auto new_length = static_cast< std::size_t >( it.newLength() );
         const auto old_length = static_cast< std::size_t >( it.oldLength() );
         // A change that keeps the length and yields one code point ("T" → "t", "Ứ" → "ứ") needs no region:
         // the offsets around it move in step, and no span starts or ends inside one code point. Case
         // folding makes one such change per capital letter, so leaving them out keeps the map small.
         if( new_length == old_length && n + new_length <= normalized.size() && one_code_point( normalized.substr( n, new_length ) ) ) {
            continue;
         }
         add( region{ n, n + new_length, s, s + old_length } );
      }
   };
   std::size_t count = 0;
   add_regions( [ & ]( const region& ) { ++count; } );
   regions_.reserve( count );
   add_regions( [ & ]( const region& r ) { regions_.push_back( r ); } );
}

// The last region whose normalized start `admits` allows, or nullptr; `admits` holds for a prefix of the
// regions. The range is halved without a branch on the comparison: its outcome is data, which a branch
// mispredicted at every other step (the grammar asks at every capital it checks).
template< typename Admits >
const offset_map::region* offset_map::last_region( Admits admits ) const
{
   if( regions_.empty() || !admits( regions_.front().normalized_begin ) ) {
      return nullptr;
   }
   const region* base = regions_.data();
   std::size_t length = regions_.size();
   while( length > 1 ) {
      const std::size_t half = length / 2;
      base = admits( base[ half ].normalized_begin ) ? base + half : base;
      length -= half;
   }
   return base;
}

std::size_t offset_map::to_source_begin( const std::size_t n ) const
{
   // The last region starting at or before n; among regions starting at n, the last one, so that a
   // deleted character (a BOM, a left-to-right mark) is not pulled into the span.
   return source_begin_in( last_region( [ n ]( std::size_t begin ) { return begin <= n; } ), n );
}

std::size_t offset_map::to_source_begin( const std::size_t n, std::size_t& hint ) const
{
   // The region to_source_begin finds is the last one starting at or before n: at the hint when the
   // hint's region starts there and the next does not; else the same of the next.
   const std::size_t count = regions_.size();
   const auto starts_after = [ & ]( std::size_t i ) { return i == count || regions_[ i ].normalized_begin > n; };
   if( hint < count && regions_[ hint ].normalized_begin <= n ) {
      if( starts_after( hint + 1 ) ) {
         return source_begin_in( &regions_[ hint ], n );
      }
      if( starts_after( hint + 2 ) ) {
         ++hint;
         return source_begin_in( &regions_[ hint ], n );
      }
   }
   const region* r = last_region( [ n ]( std::size_t begin ) { return begin <= n; } );
   if( r != nullptr ) {
      hint = static_cast< std::size_t >( r - regions_.data() );
   }
   return source_begin_in( r, n );
}

std::size_t offset_map::source_begin_in( const region* r, const std::size_t n )
{
   if( r == nullptr ) {
      return n;
   }
   if( n < r->normalized_end ) {
      return r->source_begin;
   }
   return r->source_end + ( n - r->normalized_end );
}

std::size_t offset_map::to_source_end( const std::size_t n ) const
{
   // The last region starting strictly before n: a deletion exactly at n stays outside the span.
   const region* r = last_region( [ n ]( std::size_t begin ) { return begin < n; } );
   if( r == nullptr ) {
      return n;
   }
   if( n <= r->normalized_end ) {
      return r->source_end;
   }
   return r->source_end + ( n - r->normalized_end );
}

}  // namespace chidao::detail
