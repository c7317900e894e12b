// SPDX-License-Identifier: MIT
#include "tree/layout.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <utility>

#include "tree/order.hpp"

namespace chidao::detail {

page_layout::page_layout( const std::string& text, std::vector< text_range > paragraphs, std::vector< noise_line > noise,
                          std::vector< std::size_t > sentence_ends )
   : text_( text ), sentence_ends_( std::move( sentence_ends ) )
{
   sort_in_order( sentence_ends_ );
   sentence_ends_.erase( std::unique( sentence_ends_.begin(), sentence_ends_.end() ), sentence_ends_.end() );
   separate_repeated( paragraphs );
   for( const noise_line& n : noise ) {
      noise_.push_back( { n.kind, trim( n.lines ) } );
   }
   sort_in_order( noise_, []( const noise_line& a, const noise_line& b ) { return a.lines.begin < b.lines.begin; } );
   noise_end_to_begin_.reserve( noise_.size() );
   for( const noise_line& n : noise_ ) {
      noise_end_to_begin_.push_back( { n.lines.end, n.lines.begin } );
   }
   sort_in_order( noise_end_to_begin_ );
}

text_range page_layout::trim( text_range r ) const
{
   while( r.begin < r.end && is_space( text_[ r.begin ] ) ) {
      ++r.begin;
   }
   while( r.end > r.begin && is_space( text_[ r.end - 1 ] ) ) {
      --r.end;
   }
   return r;
}

void page_layout::separate_repeated( const std::vector< text_range >& paragraphs )
{
   std::vector< text_range > lines;  // each paragraph without the blanks around it
   lines.reserve( paragraphs.size() );
   std::vector< std::size_t > lengths;
   lengths.reserve( paragraphs.size() );
   for( const text_range& p : paragraphs ) {
      lines.push_back( trim( p ) );
      lengths.push_back( lines.back().end - lines.back().begin );
   }
   // A line repeats only a line of its own length: one whose length no other line has is neither hashed
   // nor compared (its bytes are not read), and most lines of a page are such. The lengths, sorted, tell.
   std::sort( lengths.begin(), lengths.end() );
   const auto length_shared = [ & ]( const text_range line ) {
      const auto [ first, last ] = std::equal_range( lengths.begin(), lengths.end(), line.end - line.begin );
      return last - first > 1;
   };
   // An open-addressing table of the lines seen so far (their numbers + 1), probed by hash: one cache miss
   // per line on a long page, where a node-based set of string_views took several and made time grow
   // faster than size.
   std::size_t capacity = 16;
   while( capacity < 2 * lines.size() ) {
      capacity *= 2;
   }
   constexpr std::size_t empty = 0;
   std::vector< std::size_t > slots( capacity, empty );
   const auto seen_before = [ & ]( const std::size_t number ) {
      const std::string_view words = slice( lines[ number ] );
      for( std::size_t slot = std::hash< std::string_view >{}( words ) & ( capacity - 1 );; slot = ( slot + 1 ) & ( capacity - 1 ) ) {
         if( slots[ slot ] == empty ) {
            slots[ slot ] = number + 1;
            return false;
         }
         if( slice( lines[ slots[ slot ] - 1 ] ) == words ) {
            return true;
         }
      }
   };
   for( std::size_t number = 0; number < lines.size(); ++number ) {
      const text_range line = lines[ number ];
      if( length_shared( line ) && seen_before( number ) ) {
         repeated_.push_back( line );
         noise_.push_back( { noise_kind::repeated, line } );
      }
      else {
         paragraphs_.push_back( line );
      }
   }
}

bool page_layout::in_repeated( std::size_t pos ) const
{
   const auto it = std::upper_bound( repeated_.begin(), repeated_.end(), pos,
                                     []( std::size_t v, const text_range& r ) { return v < r.begin; } );
   return it != repeated_.begin() && pos < std::prev( it )->end;
}

std::size_t page_layout::paragraph_of( std::size_t pos ) const
{
   const auto it = std::upper_bound( paragraphs_.begin(), paragraphs_.end(), pos,
                                     []( std::size_t v, const text_range& r ) { return v < r.begin; } );
   return it == paragraphs_.begin() ? 0 : static_cast< std::size_t >( std::prev( it ) - paragraphs_.begin() );
}

std::size_t page_layout::paragraph_begin_of( std::size_t pos ) const
{
   return paragraphs_.empty() ? pos : paragraphs_[ paragraph_of( pos ) ].begin;
}

std::size_t page_layout::paragraph_end_of( std::size_t pos ) const
{
   return paragraphs_.empty() ? pos : paragraphs_[ paragraph_of( pos ) ].end;
}

std::size_t page_layout::sentence_begin_of( std::size_t pos ) const
{
   const std::size_t paragraph = paragraph_begin_of( pos );
   const auto after = std::upper_bound( sentence_ends_.begin(), sentence_ends_.end(), pos );
   if( after == sentence_ends_.begin() || *std::prev( after ) <= paragraph ) {
      return std::min( pos, paragraph );
   }
   return trim( { *std::prev( after ), pos } ).begin;
}

std::size_t page_layout::back_over_space_and_noise( std::size_t pos, std::size_t floor ) const
{
   for( ;; ) {
      while( pos > floor && is_space( text_[ pos - 1 ] ) ) {
         --pos;
      }
      const auto it = std::lower_bound( noise_end_to_begin_.begin(), noise_end_to_begin_.end(),
                                        std::pair< std::size_t, std::size_t >{ pos, 0 } );
      if( it == noise_end_to_begin_.end() || it->first != pos || it->second < floor || it->second >= pos ) {
         return pos;
      }
      pos = it->second;
   }
}

}  // namespace chidao::detail
