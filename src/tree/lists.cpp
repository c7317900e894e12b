// SPDX-License-Identifier: MIT
#include "tree/lists.hpp"

#include <algorithm>

namespace chidao::detail {

namespace {

// A closer ("Cuối cùng") is taken as the next point only this close, in paragraphs, to the point before:
// further away it is more likely a narrative "finally".
constexpr std::size_t closer_reach = 3;

bool is_spoken( list_style s ) { return s == list_style::la || s == list_style::thu; }

// How lists nest in Vietnamese documents: I. > spoken points > 1. > a) > bullets. A list nests only
// under a higher rank, so nesting stays shallow however the styles alternate ("1. … 2." inside
// "Thứ hai", then the next "Thứ nhất" is a new list, not a point inside "2.").
int rank( list_style s )
{
   switch( s ) {
      case list_style::roman: return 0;
      case list_style::la:
      case list_style::thu: return 1;
      case list_style::numeric: return 2;
      case list_style::letter: return 3;
      case list_style::bullet: return 4;
      case list_style::semicolon: return 5;
   }
   return 5;
}

// In "a, b, c, d, đ, e, g, h, i, k", đ and the borrowed f, j, w, z may be skipped or not.
bool letter_follows( unsigned previous, unsigned next )
{
   // Indexes into the order used by letter_value(): đ = 5, f = 7, j = 11, w = 24, z = 27.
   const auto optional_letter = []( unsigned v ) { return v == 5 || v == 7 || v == 11 || v == 24 || v == 27; };
   if( next <= previous ) {
      return false;
   }
   for( unsigned v = previous + 1; v < next; ++v ) {
      if( !optional_letter( v ) ) {
         return false;
      }
   }
   return true;
}

}  // namespace

bool list_assembler::same_bullet( const list_build& l, const marker_event& m ) const
{
   return l.style != list_style::bullet || layout_.slice( l.key ) == layout_.slice( m.marker );
}

bool list_assembler::continues( const list_build& l, list_style style, unsigned ordinal, const marker_event& m, std::size_t p ) const
{
   // Spoken points may change family on the way: "Một là …, Hai là …, Thứ 3, …".
   const bool same_family = l.style == style || ( is_spoken( l.style ) && is_spoken( style ) );
   if( !same_family || !same_bullet( l, m ) ) {
      return false;
   }
   // After "Trước hết" alone, only a point in the same or the next paragraph makes it a list: further on,
   // "Thứ hai" belongs to something else and "Trước hết" was only "first of all".
   if( l.items.size() == 1 && l.items.front().marker.opener && p > l.last_paragraph + 1 ) {
      return false;
   }
   switch( style ) {
      case list_style::bullet:
         return p <= l.last_paragraph + 1;  // bullets carry no number: only unbroken runs are one list
      case list_style::letter:
         return letter_follows( l.items.back().marker.ordinal, ordinal );
      default:
         return ordinal == l.items.back().marker.ordinal + 1;
   }
}

bool list_assembler::can_hold( const list_build& parent, list_style style, const marker_event& m, std::size_t p ) const
{
   // Bullets of another kind may nest in bullets ("+" in "-"): the kinds are few, so that is shallow too.
   const bool deeper = rank( style ) > rank( parent.style ) ||
                       ( style == list_style::bullet && parent.style == list_style::bullet && !same_bullet( parent, m ) );
   return deeper && p <= parent.last_paragraph + 1;
}

void list_assembler::touch( std::size_t list, std::size_t p )
{
   for( std::size_t l = list; l != no_list; l = lists_[ l ].parent_list ) {
      lists_[ l ].last_paragraph = std::max( lists_[ l ].last_paragraph, p );
   }
}

void list_assembler::append( std::size_t list, const marker_event& m, std::size_t p )
{
   item_build it;
   it.marker = m;
   it.paragraph = p;
   it.content = { m.content_begin, m.content_begin };
   lists_[ list ].items.push_back( std::move( it ) );
   touch( list, p );
}

// Closes the open lists above `depth`, innermost first. A closed list with one point and nothing
// after it can never become a list, so it is forgotten at once: a page of a million "Thứ nhất"
// then holds one list at a time, not a million.
void list_assembler::close_to( std::size_t depth )
{
   while( open_.size() > depth ) {
      const std::size_t index = open_.back();
      open_.pop_back();
      if( index + 1 == lists_.size() && lists_[ index ].items.size() == 1 ) {
         lists_.pop_back();
      }
   }
}

void list_assembler::place_marker( const marker_event& m )
{
   const std::size_t p = layout_.paragraph_of( m.marker.begin );
   if( m.closer ) {
      for( std::size_t depth = open_.size(); depth-- > 0; ) {
         list_build& l = lists_[ open_[ depth ] ];
         if( is_spoken( l.style ) ) {
            // Inside a paragraph "cuối cùng" ends a list only when its last point is in that paragraph.
            const bool near = m.at_paragraph_start ? p <= l.last_paragraph + closer_reach : p == l.items.back().paragraph;
            if( near ) {
               const std::size_t index = open_[ depth ];
               close_to( depth + 1 );  // the closer ends everything inside this list
               open_.pop_back();       // and this list (it has points, so it stays)
               append( index, m, p );
            }
            return;
         }
      }
      return;
   }
   struct reading {
      list_style style;
      unsigned ordinal;
   };
   std::vector< reading > readings{ { m.style, m.ordinal } };
   if( m.letter_ordinal != 0 ) {
      readings.push_back( { list_style::letter, m.letter_ordinal } );  // "i." may be the ninth letter
   }
   for( const reading& r : readings ) {
      for( std::size_t depth = open_.size(); depth-- > 0; ) {
         if( continues( lists_[ open_[ depth ] ], r.style, r.ordinal, m, p ) ) {
            close_to( depth + 1 );
            marker_event as_read = m;
            as_read.style = r.style;
            as_read.ordinal = r.ordinal;
            append( open_[ depth ], as_read, p );
            return;
         }
      }
   }
   for( const reading& r : readings ) {
      // A letter inside a paragraph ("… . b) …") only continues a list: "a)" there opens none.
      const bool starts = ( r.style == list_style::bullet || r.ordinal == 1 ) &&
                          ( r.style != list_style::letter || m.at_paragraph_start );
      if( !starts ) {
         continue;
      }
      // "Trước hết" inside a point of a numbered, lettered or bulleted list ("3. … Trước hết, …", in its
      // paragraph or the next) is that point's words: it closes no such list.
      if( m.opener && !open_.empty() && rank( lists_[ open_.back() ].style ) > rank( r.style ) &&
          p <= lists_[ open_.back() ].last_paragraph + 1 ) {
         return;
      }
      while( !open_.empty() && !can_hold( lists_[ open_.back() ], r.style, m, p ) ) {
         close_to( open_.size() - 1 );
      }
      list_build l;
      l.style = r.style;
      l.key = m.marker;
      l.last_paragraph = p;
      if( !open_.empty() ) {
         l.parent_list = open_.back();
         l.parent_item = lists_[ open_.back() ].items.size() - 1;
      }
      lists_.push_back( std::move( l ) );
      open_.push_back( lists_.size() - 1 );
      marker_event as_read = m;
      as_read.style = r.style;
      as_read.ordinal = r.ordinal;
      append( lists_.size() - 1, as_read, p );
      return;
   }
   // A "Thứ hai" with no "Thứ nhất" before it, or a gap in the numbers: not a point.
}

void list_assembler::add_semicolon_list( const semicolon_group& group )
{
   if( semicolon_first_ == no_list ) {
      semicolon_first_ = lists_.size();
   }
   list_build l;
   l.style = list_style::semicolon;
   l.last_paragraph = layout_.paragraph_of( group.list.begin );
   for( const text_range& point : group.points ) {
      item_build it;
      it.content = layout_.trim( point );
      it.territory_end = it.content.end;
      it.marker.marker = { it.content.begin, it.content.begin };
      it.marker.content_begin = it.content.begin;
      it.marker.cut = point.begin;
      it.paragraph = l.last_paragraph;
      l.items.push_back( std::move( it ) );
   }
   lists_.push_back( std::move( l ) );
}

// Interviews print each turn after a dash ("- Anh có thể cho biết …?" / "- Dạ, …"): dashes around a
// question are a conversation, not a list.
bool list_assembler::is_dialogue( const list_build& l ) const
{
   return l.style == list_style::bullet && std::any_of( l.items.begin(), l.items.end(), [ & ]( const item_build& it ) {
             return layout_.slice( layout_.paragraphs()[ it.paragraph ] ).find( '?' ) != std::string_view::npos;
          } );
}

// `lists` and their items are in document order and do not overlap, so each level is a binary search.
std::pair< std::size_t, std::size_t > list_assembler::holder_of( const std::vector< std::size_t >& lists, std::size_t pos ) const
{
   const auto list_after = std::upper_bound( lists.begin(), lists.end(), pos,
                                             [ & ]( std::size_t v, std::size_t l ) { return v < lists_[ l ].items.front().marker.cut; } );
   if( list_after == lists.begin() ) {
      return { no_list, 0 };
   }
   const std::size_t l = *std::prev( list_after );
   const auto& items = lists_[ l ].items;
   const auto item_after = std::upper_bound( items.begin(), items.end(), pos, []( std::size_t v, const item_build& it ) {
      return v < it.marker.cut;
   } );
   if( item_after == items.begin() || pos >= std::prev( item_after )->territory_end ) {
      return { no_list, 0 };
   }
   const auto i = static_cast< std::size_t >( std::prev( item_after ) - items.begin() );
   const auto inner = holder_of( items[ i ].child_lists, pos );
   return inner.first != no_list ? inner : std::pair{ l, i };
}

// The first kept list made after `list` that is not inside it (lists are made in document order,
// those inside a list right after it), or no_list. A lone "Thứ nhất" is no list and ends nothing;
// semicolon lists, made separately, are not counted.
std::size_t list_assembler::next_list_outside( std::size_t list ) const
{
   const std::size_t marker_lists = std::min( semicolon_first_, lists_.size() );
   for( std::size_t j = list + 1; j < marker_lists; ++j ) {
      if( !lists_[ j ].kept ) {
         continue;
      }
      std::size_t up = lists_[ j ].parent_list;
      while( up != no_list && up != list ) {
         up = lists_[ up ].parent_list;
      }
      if( up == no_list ) {
         return j;
      }
   }
   return no_list;
}

void list_assembler::settle( const introducer_begin& introducer )
{
   // Lists are created in document order of their first point, parents before children.
   for( auto& l : lists_ ) {
      l.kept = l.items.size() >= 2 && !is_dialogue( l );
   }
   // A dropped list hands its children to the nearest kept ancestor.
   for( std::size_t i = 0; i < lists_.size(); ++i ) {
      if( lists_[ i ].style == list_style::semicolon ) {
         continue;
      }
      std::size_t parent = lists_[ i ].parent_list;
      std::size_t item = lists_[ i ].parent_item;
      while( parent != no_list && !lists_[ parent ].kept ) {
         item = lists_[ parent ].parent_item;
         parent = lists_[ parent ].parent_list;
      }
      lists_[ i ].parent_list = parent;
      lists_[ i ].parent_item = item;
      if( lists_[ i ].kept && parent != no_list ) {
         lists_[ parent ].items[ item ].child_lists.push_back( i );
      }
   }
   end_points( introducer );
   place_semicolon_lists();
   for( std::size_t i = 0; i < lists_.size(); ++i ) {
      if( lists_[ i ].kept ) {
         announce( i );
      }
   }
   for( std::size_t i = 0; i < lists_.size(); ++i ) {
      if( lists_[ i ].kept && lists_[ i ].parent_list == no_list ) {
         top_lists_.push_back( i );
      }
   }
   std::stable_sort( top_lists_.begin(), top_lists_.end(), [ & ]( std::size_t a, std::size_t b ) { return list_begin( a ) < list_begin( b ); } );
}

// Where each point ends: at the cut before the next point of its list, or, for the last point, at the
// end of its paragraph or of the lists inside it. Children first, so they are settled.
void list_assembler::end_points( const introducer_begin& introducer )
{
   for( std::size_t i = lists_.size(); i-- > 0; ) {
      list_build& l = lists_[ i ];
      if( !l.kept || l.style == list_style::semicolon ) {
         continue;
      }
      for( std::size_t k = 0; k < l.items.size(); ++k ) {
         item_build& it = l.items[ k ];
         std::size_t end;
         if( k + 1 < l.items.size() ) {
            end = layout_.back_over_space_and_noise( l.items[ k + 1 ].marker.cut, it.marker.content_begin );
         }
         else {
            end = layout_.paragraphs()[ it.paragraph ].end;
            // Nor past the next list outside this one, nor into the statement that introduces it:
            // in a paragraph of many inline lists ("… thứ hai, B. Bộ trưởng đề nghị, thứ nhất, C;
            // …"), each last point would otherwise run over all the lists after it (texts growing
            // with the square of the paragraph), and each next statement would nest inside it.
            const std::size_t next = next_list_outside( i );
            if( next != no_list ) {
               const item_build& next_first = lists_[ next ].items.front();
               std::size_t stop = next_first.marker.cut;
               const std::size_t introduced_at = introducer( next_first );
               if( introduced_at != no_list && introduced_at > it.marker.content_begin ) {
                  stop = std::min( stop, introduced_at );
               }
               end = std::min( end, layout_.back_over_space_and_noise( stop, it.marker.content_begin ) );
            }
            // Nor past the next point of a list it sits in: "Thứ hai, … ?\n- A.\n- B. Thứ ba, C." ends
            // "- B" before "Thứ ba", which the last dash's paragraph holds.
            if( const std::size_t cut = next_cut_around( i ); cut != no_list ) {
               end = std::min( end, layout_.back_over_space_and_noise( cut, it.marker.content_begin ) );
            }
         }
         // A point inside quoted speech ends with it: “… Hai là, B”, ông An nói. Whatever bound cut it,
         // a point still holds the lists inside it, which the tree shows within it.
         end = std::min( end, quotation_end( it.marker.marker.begin ) );
         for( const std::size_t c : it.child_lists ) {
            end = std::max( end, list_end( c ) );
         }
         it.content.end = std::max( end, it.marker.content_begin );
         it.territory_end = k + 1 < l.items.size() ? l.items[ k + 1 ].marker.cut : it.content.end;
      }
   }
}

// Where the next point after the one holding `list` begins (the cut of its marker), for the nearest
// list around `list` whose point has one after it; no_list when none has.
std::size_t list_assembler::next_cut_around( std::size_t list ) const
{
   for( std::size_t l = list; lists_[ l ].parent_list != no_list; l = lists_[ l ].parent_list ) {
      const list_build& parent = lists_[ lists_[ l ].parent_list ];
      if( lists_[ l ].parent_item + 1 < parent.items.size() ) {
         return parent.items[ lists_[ l ].parent_item + 1 ].marker.cut;
      }
   }
   return no_list;
}

// The end of the quoted words holding `pos`, or no_list.
std::size_t list_assembler::quotation_end( std::size_t pos ) const
{
   const auto after = std::upper_bound( quotations_.begin(), quotations_.end(), pos,
                                        []( std::size_t v, const text_range& q ) { return v < q.begin; } );
   return after != quotations_.begin() && pos < std::prev( after )->end ? std::prev( after )->end : no_list;
}

// Semicolon lists sit in the point whose text holds them.
void list_assembler::place_semicolon_lists()
{
   if( semicolon_first_ == no_list ) {
      return;
   }
   std::vector< std::size_t > roots;
   for( std::size_t i = 0; i < semicolon_first_; ++i ) {
      if( lists_[ i ].kept && lists_[ i ].parent_list == no_list ) {
         roots.push_back( i );
      }
   }
   for( std::size_t i = semicolon_first_; i < lists_.size(); ++i ) {
      const auto [ list, item ] = holder_of( roots, list_begin( i ) );
      if( list != no_list ) {
         lists_[ i ].parent_list = list;
         lists_[ i ].parent_item = item;
         auto& children = lists_[ list ].items[ item ].child_lists;
         children.push_back( i );
         std::sort( children.begin(), children.end(),
                    [ & ]( std::size_t a, std::size_t b ) { return list_begin( a ) < list_begin( b ); } );
      }
   }
}

// A count announced just before a list ("… 5 nhiệm vụ trọng tâm sau đây:"): in the text before its
// first point when that point is inside a paragraph, or in the paragraph before it.
void list_assembler::announce( std::size_t index )
{
   list_build& l = lists_[ index ];
   const item_build& first = l.items.front();
   const auto& paragraphs = layout_.paragraphs();
   text_range region;
   if( first.marker.at_paragraph_start && l.style != list_style::semicolon ) {
      if( first.paragraph == 0 || paragraphs.empty() ) {
         return;
      }
      region = paragraphs[ first.paragraph - 1 ];
   }
   else {
      region = { paragraphs.empty() ? 0 : paragraphs[ first.paragraph ].begin, first.marker.cut };
   }
   // The last count inside the region; counts arrive in document order.
   const auto after = std::upper_bound( counts_.begin(), counts_.end(), region.end,
                                        []( std::size_t v, const announced_count& c ) { return v < c.where.end; } );
   if( after == counts_.begin() || std::prev( after )->where.begin < region.begin ) {
      return;
   }
   // A count announces one list: "có bốn việc. Một là, …" does not also announce a list in the next
   // paragraph.
   const auto used = static_cast< std::size_t >( std::prev( after ) - counts_.begin() );
   if( counts_used_.empty() ) {
      counts_used_.resize( counts_.size(), false );
   }
   if( counts_used_[ used ] ) {
      return;
   }
   counts_used_[ used ] = true;
   l.announced = std::prev( after )->value;
   l.announcement = std::prev( after )->where;
}

}  // namespace chidao::detail
