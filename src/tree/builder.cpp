#include "tree/builder.hpp"

#include "attribute/attribute.hpp"
#include "tree/speakers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <optional>

namespace chidao::detail {

void builder::semicolon_list( text_range list )
{
   semicolon_lists_.push_back( { list, std::move( points_ ) } );
   points_.clear();
}

namespace {

constexpr std::size_t none = static_cast< std::size_t >( -1 );

// Events arrive almost always in document order already: a check is linear where a sort is not, and
// on long pages the sorts showed in the time. Stable, so equal elements keep their order either way.
template< typename Range, typename Less >
void sort_in_order( Range& range, Less less )
{
   if( !std::is_sorted( range.begin(), range.end(), less ) ) {
      std::stable_sort( range.begin(), range.end(), less );
   }
}
template< typename Range >
void sort_in_order( Range& range )
{
   sort_in_order( range, std::less<>{} );
}

// A closer ("Cuối cùng") is taken as the next point only this close, in paragraphs, to the point before:
// further away it is more likely a narrative "finally".
constexpr std::size_t closer_reach = 3;

bool is_space( char c ) { return c == ' ' || c == '\t' || c == '\n'; }

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

struct item_build {
   marker_event marker;
   std::size_t paragraph = 0;
   text_range content;                      // normalized, trimmed; end is set once the list is complete
   std::size_t territory_end = 0;           // up to the next point's cut: noise there belongs to this point
   std::vector< std::size_t > child_lists;  // indexes into assembler::lists_
};

struct list_build {
   list_style style = list_style::thu;
   text_range key;                       // bullets: the bullet as written; "-" and "+" lists differ
   std::vector< item_build > items;
   std::size_t last_paragraph = 0;       // the last paragraph holding a point of this list or its children
   std::size_t parent_list = none;       // none: top level
   std::size_t parent_item = 0;
   bool kept = true;                     // a list needs two points
   std::optional< unsigned > announced;
   text_range announcement;
   std::size_t owner = none;             // the statement that introduces this list
   std::size_t speaker = none;           // who enumerates, when no statement holds the list
   std::optional< attribution > how;     // how its owner or speaker was found
   bool made = false;                    // already in the output tree; its items are released
};

struct statement_build {
   statement_form form = statement_form::speaker_first;
   std::size_t begin = 0, end = 0;  // the statement's own text, normalized
   std::size_t paragraph = 0;
   std::size_t speaker = none;      // index into the people
   text_range speaker_text;
   text_range verb;
   std::string verb_text;           // for statements with no verb in the text (interview answers)
   speech_act act = speech_act::assertive;
   attribution how = attribution::same_sentence;
   text_range addressee;
   std::vector< std::size_t > lists;  // lists it introduces
   std::size_t span_end = 0;
};


class assembler {
public:
   assembler( std::string_view utf8, const offset_map& text_map, const normalized_text& text,
              const std::vector< marker_event >& markers, const std::vector< builder::semicolon_group >& semicolon_lists,
              const std::vector< builder::count >& counts, const std::vector< text_range >& paragraphs,
              const std::vector< builder::noise_block >& noise, const std::vector< statement_event >& statements,
              const std::vector< mention_event >& mentions, const std::vector< std::size_t >& interview_leads,
              const lexicon_tables& lexicon )
      : utf8_( utf8 ), text_map_( text_map ), text_( text.text ), map_( text.map ), counts_( counts ),
        registry_( { text_, [ this ]( text_range r ) { return source_text( r ); }, [ this ]( text_range r ) { return source_span( r ); } },
                   lexicon.reference_titles )
   {
      separate_repeated( paragraphs, noise );
      for( const marker_event& m : markers ) {
         if( !in_repeated( m.marker.begin ) ) {
            place_marker( m );
         }
      }
      semicolon_first_ = lists_.size();
      for( const auto& group : semicolon_lists ) {
         if( !in_repeated( group.list.begin ) ) {
            add_semicolon_list( group );
         }
      }
      build_statements( statements, mentions );
      settle_lists();
      own_lists( interview_leads );
   }

   document take( std::string source )
   {
      document doc;
      doc.source = std::move( source );
      // Every kept list without a parent list holds territory, owned by a statement or not.
      (void)top_lists();
      // Statements and noise go into the innermost point whose territory holds them, or to the top.
      for( std::size_t i = 0; i < statements_.size(); ++i ) {
         const auto [ list, item ] = holder_of( top_lists_, statements_[ i ].begin );
         // A statement starting at its own list ("- Thứ nhất, …" answering an interview) holds the list;
         // it cannot also sit inside it.
         if( list == none || lists_[ list ].owner == i ) {
            top_statements_.push_back( i );
         }
         else {
            item_statements_[ { list, item } ].push_back( i );
         }
      }
      for( const auto& n : noise_ ) {
         if( !place_noise_in_lists( top_lists_, n ) ) {
            top_noise_.push_back( n );
         }
      }
      std::vector< pending_node > top;
      top.reserve( top_lists_.size() + top_statements_.size() + top_noise_.size() );
      for( const std::size_t l : top_lists_ ) {
         if( lists_[ l ].owner == none ) {
            top.push_back( { list_begin( l ), pending_node::kind_t::list, l, nullptr } );
         }
      }
      for( const std::size_t s : top_statements_ ) {
         top.push_back( { statements_[ s ].begin, pending_node::kind_t::statement, s, nullptr } );
      }
      for( const auto& n : top_noise_ ) {
         top.push_back( { n.lines.begin, pending_node::kind_t::noise, 0, &n } );
      }
      doc.nodes = make_nodes( top );
      // Every kept list is in the tree exactly once: a list owned by a statement that is itself out of
      // reach would lose its text without a word.
      for( const list_build& l : lists_ ) {
         if( l.kept && !l.made ) {
            throw std::logic_error( "chidao tree builder: a list was left out of the tree" );
         }
      }
      doc.speakers = registry_.take_speakers();
      doc.unresolved = registry_.take_unresolved();
      doc.warnings = std::move( warnings_ );
      return doc;
   }

private:
   struct noise_line {
      noise_kind kind;
      text_range lines;  // without the final line end
   };

   // --- paragraphs and noise -------------------------------------------------------------------

   text_range trim( text_range r ) const
   {
      while( r.begin < r.end && is_space( text_[ r.begin ] ) ) {
         ++r.begin;
      }
      while( r.end > r.begin && is_space( text_[ r.end - 1 ] ) ) {
         --r.end;
      }
      return r;
   }

   std::string_view slice( text_range r ) const { return std::string_view( text_ ).substr( r.begin, r.end - r.begin ); }

   // A paragraph that repeats an earlier one word for word (a headline between paragraphs, a lead
   // printed twice) is noise, and so is everything the grammar found in it.
   void separate_repeated( const std::vector< text_range >& paragraphs, const std::vector< builder::noise_block >& noise )
   {
      // An open-addressing table of paragraph numbers, probed by hash: one cache miss per paragraph on a
      // long page, where a node-based set of string_views took several and made time grow faster than size.
      std::size_t capacity = 16;
      while( capacity < 2 * paragraphs.size() ) {
         capacity *= 2;
      }
      constexpr std::size_t empty = 0;  // slots hold paragraph number + 1
      std::vector< std::size_t > slots( capacity, empty );
      std::vector< text_range > lines;
      lines.reserve( paragraphs.size() );
      const auto seen_before = [ & ]( const text_range line ) {
         const std::string_view text = slice( line );
         for( std::size_t slot = std::hash< std::string_view >{}( text ) & ( capacity - 1 );; slot = ( slot + 1 ) & ( capacity - 1 ) ) {
            if( slots[ slot ] == empty ) {
               lines.push_back( line );
               slots[ slot ] = lines.size();
               return false;
            }
            if( slice( lines[ slots[ slot ] - 1 ] ) == text ) {
               return true;
            }
         }
      };
      for( const text_range& p : paragraphs ) {
         const text_range line = trim( p );
         if( seen_before( line ) ) {
            repeated_.push_back( line );
            noise_.push_back( { noise_kind::repeated, line } );
         }
         else {
            paragraphs_.push_back( line );
         }
      }
      for( const auto& n : noise ) {
         noise_.push_back( { n.kind, trim( n.lines ) } );
      }
      sort_in_order( noise_,
                 []( const noise_line& a, const noise_line& b ) { return a.lines.begin < b.lines.begin; } );
      for( const auto& n : noise_ ) {
         noise_end_to_begin_.push_back( { n.lines.end, n.lines.begin } );
      }
      sort_in_order( noise_end_to_begin_ );
   }

   bool in_repeated( std::size_t pos ) const
   {
      const auto it = std::upper_bound( repeated_.begin(), repeated_.end(), pos,
                                        []( std::size_t v, const text_range& r ) { return v < r.begin; } );
      return it != repeated_.begin() && pos < std::prev( it )->end;
   }

   // Index of the paragraph holding `pos` (paragraphs are sorted and disjoint).
   std::size_t paragraph_of( std::size_t pos ) const
   {
      const auto it = std::upper_bound( paragraphs_.begin(), paragraphs_.end(), pos,
                                        []( std::size_t v, const text_range& r ) { return v < r.begin; } );
      return it == paragraphs_.begin() ? 0 : static_cast< std::size_t >( std::prev( it ) - paragraphs_.begin() );
   }

   // Moves `pos` back over white space and over whole noise blocks ending there.
   std::size_t back_over_space_and_noise( std::size_t pos, std::size_t floor ) const
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

   // --- lists ------------------------------------------------------------------------------------

   bool same_bullet( const list_build& l, const marker_event& m ) const
   {
      return l.style != list_style::bullet || slice( l.key ) == slice( m.marker );
   }

   bool continues( const list_build& l, list_style style, unsigned ordinal, const marker_event& m, std::size_t p ) const
   {
      if( l.style != style || !same_bullet( l, m ) ) {
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

   bool can_hold( const list_build& parent, list_style style, const marker_event& m, std::size_t p ) const
   {
      // Bullets of another kind may nest in bullets ("+" in "-"): the kinds are few, so that is shallow too.
      const bool deeper = rank( style ) > rank( parent.style ) ||
                          ( style == list_style::bullet && parent.style == list_style::bullet && !same_bullet( parent, m ) );
      return deeper && p <= parent.last_paragraph + 1;
   }

   void touch( std::size_t list, std::size_t p )
   {
      for( std::size_t l = list; l != none; l = lists_[ l ].parent_list ) {
         lists_[ l ].last_paragraph = std::max( lists_[ l ].last_paragraph, p );
      }
   }

   void append( std::size_t list, const marker_event& m, std::size_t p )
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
   void close_to( std::size_t depth )
   {
      while( open_.size() > depth ) {
         const std::size_t index = open_.back();
         open_.pop_back();
         if( index + 1 == lists_.size() && lists_[ index ].items.size() == 1 ) {
            lists_.pop_back();
         }
      }
   }

   void place_marker( const marker_event& m )
   {
      const std::size_t p = paragraph_of( m.marker.begin );
      if( m.closer ) {
         for( std::size_t depth = open_.size(); depth-- > 0; ) {
            list_build& l = lists_[ open_[ depth ] ];
            if( is_spoken( l.style ) ) {
               if( p <= l.last_paragraph + closer_reach ) {
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
         const bool starts = r.style == list_style::bullet || ( r.style == list_style::letter ? r.ordinal == 1 : r.ordinal == 1 );
         if( !starts ) {
            continue;
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

   void add_semicolon_list( const builder::semicolon_group& group )
   {
      list_build l;
      l.style = list_style::semicolon;
      l.last_paragraph = paragraph_of( group.list.begin );
      for( const text_range& point : group.points ) {
         item_build it;
         it.content = trim( point );
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
   bool is_dialogue( const list_build& l ) const
   {
      return l.style == list_style::bullet &&
             std::any_of( l.items.begin(), l.items.end(),
                          [ & ]( const item_build& it ) { return slice( paragraphs_[ it.paragraph ] ).find( '?' ) != std::string_view::npos; } );
   }

   std::size_t list_begin( std::size_t l ) const { return lists_[ l ].items.front().marker.marker.begin; }
   std::size_t list_end( std::size_t l ) const { return lists_[ l ].items.back().content.end; }

   // The innermost kept item whose territory (from its cut to the next point's) holds `pos`, as (list, item);
   // (none, 0) for the top level. `lists` and their items are in document order and do not overlap,
   // so each level is a binary search.
   std::pair< std::size_t, std::size_t > holder_of( const std::vector< std::size_t >& lists, std::size_t pos ) const
   {
      const auto list_after = std::upper_bound( lists.begin(), lists.end(), pos,
                                                [ & ]( std::size_t v, std::size_t l ) { return v < lists_[ l ].items.front().marker.cut; } );
      if( list_after == lists.begin() ) {
         return { none, 0 };
      }
      const std::size_t l = *std::prev( list_after );
      const auto& items = lists_[ l ].items;
      const auto item_after = std::upper_bound( items.begin(), items.end(), pos, []( std::size_t v, const item_build& it ) {
         return v < it.marker.cut;
      } );
      if( item_after == items.begin() || pos >= std::prev( item_after )->territory_end ) {
         return { none, 0 };
      }
      const auto i = static_cast< std::size_t >( std::prev( item_after ) - items.begin() );
      const auto inner = holder_of( items[ i ].child_lists, pos );
      return inner.first != none ? inner : std::pair{ l, i };
   }

   // The first kept list made after `list` that is not inside it (lists are made in document order,
   // those inside a list right after it), or none. A lone "Thứ nhất" is no list and ends nothing;
   // semicolon lists, made separately, are not counted.
   std::size_t next_list_outside( std::size_t list ) const
   {
      for( std::size_t j = list + 1; j < semicolon_first_; ++j ) {
         if( !lists_[ j ].kept ) {
            continue;
         }
         std::size_t up = lists_[ j ].parent_list;
         while( up != none && up != list ) {
            up = lists_[ up ].parent_list;
         }
         if( up == none ) {
            return j;
         }
      }
      return none;
   }

   void settle_lists()
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
         while( parent != none && !lists_[ parent ].kept ) {
            item = lists_[ parent ].parent_item;
            parent = lists_[ parent ].parent_list;
         }
         lists_[ i ].parent_list = parent;
         lists_[ i ].parent_item = item;
         if( lists_[ i ].kept && parent != none ) {
            lists_[ parent ].items[ item ].child_lists.push_back( i );
         }
      }
      // Where each point ends: at the cut before the next point of its list, or, for the last point, at
      // the end of its paragraph or of the lists inside it. Children first, so they are settled.
      for( std::size_t i = lists_.size(); i-- > 0; ) {
         list_build& l = lists_[ i ];
         if( !l.kept || l.style == list_style::semicolon ) {
            continue;
         }
         for( std::size_t k = 0; k < l.items.size(); ++k ) {
            item_build& it = l.items[ k ];
            std::size_t end;
            if( k + 1 < l.items.size() ) {
               end = back_over_space_and_noise( l.items[ k + 1 ].marker.cut, it.marker.content_begin );
            }
            else {
               end = paragraphs_[ it.paragraph ].end;
               for( const std::size_t c : it.child_lists ) {
                  end = std::max( end, list_end( c ) );
               }
               // Nor past the next list outside this one, nor into the statement that introduces it:
               // in a paragraph of many inline lists ("… thứ hai, B. Bộ trưởng đề nghị, thứ nhất, C;
               // …"), each last point would otherwise run over all the lists after it (texts growing
               // with the square of the paragraph), and each next statement would nest inside it.
               const std::size_t next = next_list_outside( i );
               if( next != none ) {
                  const item_build& next_first = lists_[ next ].items.front();
                  std::size_t stop = next_first.marker.cut;
                  const std::size_t introducer = statement_holding( next_first );
                  if( introducer != none && statements_[ introducer ].begin > it.marker.content_begin ) {
                     stop = std::min( stop, statements_[ introducer ].begin );
                  }
                  end = std::min( end, back_over_space_and_noise( stop, it.marker.content_begin ) );
               }
            }
            it.content.end = std::max( end, it.marker.content_begin );
            it.territory_end = k + 1 < l.items.size() ? l.items[ k + 1 ].marker.cut : it.content.end;
         }
      }
      // Semicolon lists sit in the point whose text holds them.
      std::vector< std::size_t > roots;
      for( std::size_t i = 0; i < lists_.size(); ++i ) {
         if( lists_[ i ].kept && lists_[ i ].parent_list == none && lists_[ i ].style != list_style::semicolon ) {
            roots.push_back( i );
         }
      }
      for( std::size_t i = semicolon_first_; i < lists_.size(); ++i ) {
         const auto [ list, item ] = holder_of( roots, list_begin( i ) );
         if( list != none ) {
            lists_[ i ].parent_list = list;
            lists_[ i ].parent_item = item;
            auto& children = lists_[ list ].items[ item ].child_lists;
            children.push_back( i );
            std::sort( children.begin(), children.end(),
                       [ & ]( std::size_t a, std::size_t b ) { return list_begin( a ) < list_begin( b ); } );
         }
      }
      for( std::size_t i = 0; i < lists_.size(); ++i ) {
         if( lists_[ i ].kept ) {
            announce( i );
         }
      }
   }

   // A count announced just before a list ("… 5 nhiệm vụ trọng tâm sau đây:"): in the text before its
   // first point when that point is inside a paragraph, or in the paragraph before it.
   void announce( std::size_t index )
   {
      list_build& l = lists_[ index ];
      const item_build& first = l.items.front();
      text_range region;
      if( first.marker.at_paragraph_start && l.style != list_style::semicolon ) {
         if( first.paragraph == 0 || paragraphs_.empty() ) {
            return;
         }
         region = paragraphs_[ first.paragraph - 1 ];
      }
      else {
         region = { paragraphs_.empty() ? 0 : paragraphs_[ first.paragraph ].begin, first.marker.cut };
      }
      // The last count inside the region; counts arrive in document order.
      const auto after = std::upper_bound( counts_.begin(), counts_.end(), region.end,
                                           []( std::size_t v, const builder::count& c ) { return v < c.where.end; } );
      if( after == counts_.begin() || std::prev( after )->where.begin < region.begin ) {
         return;
      }
      const builder::count* found = &*std::prev( after );
      l.announced = found->value;
      l.announcement = found->where;
      if( found->value != l.items.size() ) {
         warnings_.push_back( { fmt::format( "the list announces {} points but {} were found", found->value, l.items.size() ),
                                source_span( found->where ) } );
      }
   }

   // --- speakers and statements ----------------------------------------------------------------

   std::size_t paragraph_end_of( std::size_t pos ) const { return paragraphs_.empty() ? pos : paragraphs_[ paragraph_of( pos ) ].end; }
   std::size_t paragraph_begin_of( std::size_t pos ) const { return paragraphs_.empty() ? pos : paragraphs_[ paragraph_of( pos ) ].begin; }

   // A person named in full, for the attribution stage (who an interview's lead or label introduces).
   void note_naming( const mention_event& m, std::size_t person )
   {
      if( person != none && m.kind == mention_event::kind_t::person && m.name.end > m.name.begin && !m.given_name_only ) {
         named_.push_back( { m.whole, person } );
      }
   }

   void build_statements( const std::vector< statement_event >& events, const std::vector< mention_event >& mentions )
   {
      // Mentions and statements, in document order: coreference looks back.
      struct entry {
         std::size_t position;
         const statement_event* statement;
         const mention_event* mention;
      };
      std::vector< entry > order;
      for( const auto& e : events ) {
         if( !in_repeated( e.head.begin ) ) {
            order.push_back( { e.speaker.whole.begin, &e, nullptr } );
         }
      }
      for( const auto& m : mentions ) {
         if( !in_repeated( m.whole.begin ) ) {
            order.push_back( { m.whole.begin, nullptr, &m } );
         }
      }
      sort_in_order( order, []( const entry& a, const entry& b ) { return a.position < b.position; } );
      // At most one person per mention, with up to four name endings each: sized once, the indexes never
      // rehash, which on a page naming thousands of people cost more than the lookups.
      registry_.reserve( order.size() );
      std::size_t last_speaker = none;
      std::size_t last_speaker_paragraph = 0;
      for( const entry& e : order ) {
         if( e.mention != nullptr ) {
            note_naming( *e.mention, registry_.resolve( *e.mention, none ) );
            continue;
         }
         const statement_event& ev = *e.statement;
         statement_build st;
         st.form = ev.form;
         st.verb = ev.verb;
         st.act = ev.act;
         st.how = ev.form == statement_form::after_quote ? attribution::quote : attribution::same_sentence;
         st.speaker_text = ev.speaker.kind == mention_event::kind_t::group ? ev.speaker.name : ev.speaker.whole;
         if( ev.act == speech_act::directive ) {
            st.addressee = ev.addressee;
         }
         switch( ev.form ) {
            case statement_form::after_quote:
               st.begin = ev.quote.begin != none ? ev.quote.begin : paragraph_begin_of( ev.head.begin );
               st.end = ev.head.end;
               if( st.end < text_.size() && text_[ st.end ] == '.' ) {
                  ++st.end;
               }
               break;
            case statement_form::nominal:
               st.begin = paragraph_begin_of( ev.head.begin );
               st.end = ev.head.end;
               break;
            default:
               st.begin = ev.head.begin;
               st.end = paragraph_end_of( ev.head.begin );
         }
         st.paragraph = paragraph_of( st.begin );
         // A question ("Thứ trưởng đánh giá thế nào về …?") asks; it states nothing. Its speaker is
         // still a mention.
         const text_range own = trim( { st.begin, st.end } );
         if( own.end > own.begin && text_[ own.end - 1 ] == '?' ) {
            note_naming( ev.speaker, registry_.resolve( ev.speaker, none ) );
            continue;
         }
         // "ông", "bà" after a quotation: the last speaker, if they spoke in this or the paragraph before.
         const std::size_t pronoun_target =
            last_speaker != none && st.paragraph <= last_speaker_paragraph + 1 ? last_speaker : none;
         st.speaker = registry_.resolve( ev.speaker, pronoun_target, true );
         note_naming( ev.speaker, st.speaker );
         if( st.speaker != none && registry_[ st.speaker ].kind == chidao::speaker::kind_t::role ) {
            st.how = attribution::title_only;
         }
         if( st.speaker != none && registry_[ st.speaker ].kind == chidao::speaker::kind_t::person ) {
            last_speaker = st.speaker;
            last_speaker_paragraph = st.paragraph;
         }
         statements_.push_back( std::move( st ) );
      }
      sort_in_order( statements_,
                 []( const statement_build& a, const statement_build& b ) { return a.begin < b.begin; } );
      // A statement that opens a paragraph or a clause runs to the next statement in its paragraph.
      for( std::size_t i = 0; i + 1 < statements_.size(); ++i ) {
         statement_build& here = statements_[ i ];
         const statement_build& next = statements_[ i + 1 ];
         if( next.paragraph == here.paragraph && next.begin < here.end && next.begin > here.begin &&
             here.form != statement_form::after_quote && here.form != statement_form::nominal ) {
            here.end = back_over_space_and_noise( next.begin, here.begin );
         }
      }
      said_.reserve( statements_.size() );
      for( auto& st : statements_ ) {
         st.span_end = st.end;
         said_.push_back( { st.begin, st.end, st.paragraph, st.form, st.speaker, st.speaker_text, false } );
      }
      statement_index_.emplace( said_ );
   }

   std::size_t statement_holding( const item_build& first ) const { return statement_index_->holding( first.marker.marker.begin, first.marker.cut ); }

   // Who each list belongs to is the attribution stage's decision (src/attribute); here its verdicts
   // become the tree: a list under its statement, an interview answer made for the interviewee.
   void own_lists( const std::vector< std::size_t >& interview_leads )
   {
      // Statements inside a point cannot own a later list: the list would leave its parent's span.
      for( std::size_t i = 0; i < statements_.size(); ++i ) {
         said_[ i ].in_list = holder_of( top_lists(), statements_[ i ].begin ).first != none;
      }
      std::vector< std::size_t > kept;
      std::vector< attribute::enumeration > enumerations;
      for( std::size_t l = 0; l < lists_.size(); ++l ) {
         const list_build& list = lists_[ l ];
         if( !list.kept ) {
            continue;
         }
         const item_build& first = list.items.front();
         attribute::enumeration e;
         e.marker = first.marker.marker.begin;
         e.content = first.marker.content_begin;
         e.cut = first.marker.cut;
         e.paragraph = first.paragraph;
         e.at_paragraph_start = first.marker.at_paragraph_start;
         e.nested = list.parent_list != none;
         e.inline_data = list.style == list_style::semicolon;
         if( list.announced ) {
            e.announcement = list.announcement;
         }
         kept.push_back( l );
         enumerations.push_back( e );
      }
      const attribute::page page{ text_, paragraphs_, said_, named_, interview_leads };
      const std::vector< attribute::owner > owners = attribute::attribute_lists( page, enumerations );
      for( std::size_t k = 0; k < kept.size(); ++k ) {
         const attribute::owner& o = owners[ k ];
         const std::size_t l = kept[ k ];
         if( o.statement != none ) {
            attach( l, o.statement );
            lists_[ l ].how = o.how;
         }
         else if( o.answer ) {
            statement_build answer;
            answer.form = statement_form::interview_answer;
            answer.how = attribution::interview;
            answer.verb_text = "trả lời phỏng vấn";  // answered the interview
            answer.speaker = o.speaker;
            answer.speaker_text = o.speaker_text;
            answer.begin = answer.end = list_begin( l );
            if( o.answer_text.end > o.answer_text.begin ) {
               answer.begin = o.answer_text.begin;
               answer.end = o.answer_text.end;
            }
            answer.paragraph = paragraph_of( answer.begin );
            statements_.push_back( std::move( answer ) );
            attach( l, statements_.size() - 1 );
            lists_[ l ].how = attribution::interview;
         }
         else if( o.speaker != none ) {
            lists_[ l ].speaker = o.speaker;
            lists_[ l ].how = o.how;
         }
      }
   }

   // Kept lists that are not inside another, in document order.
   const std::vector< std::size_t >& top_lists()
   {
      if( !top_lists_known_ ) {
         top_lists_known_ = true;
         for( std::size_t i = 0; i < lists_.size(); ++i ) {
            if( lists_[ i ].kept && lists_[ i ].parent_list == none ) {
               top_lists_.push_back( i );
            }
         }
         sort_in_order( top_lists_, [ & ]( std::size_t a, std::size_t b ) { return list_begin( a ) < list_begin( b ); } );
      }
      return top_lists_;
   }

   void attach( std::size_t list, std::size_t statement )
   {
      lists_[ list ].owner = statement;
      statements_[ statement ].lists.push_back( list );
      statements_[ statement ].span_end = std::max( statements_[ statement ].span_end, list_end( list ) );
      const std::size_t parent = lists_[ list ].parent_list;
      if( parent != none ) {
         auto& children = lists_[ parent ].items[ lists_[ list ].parent_item ].child_lists;  // the point holding the list
         children.erase( std::remove( children.begin(), children.end(), list ), children.end() );
      }
   }

   // --- output -----------------------------------------------------------------------------------

   span source_span( text_range r ) const { return { map_.to_source_begin( r.begin ), map_.to_source_end( r.end ) }; }

   // Texts come from the input as UTF-8: the input itself, or its conversion (UTF-16, windows-1258 …).
   std::string source_text( text_range r ) const
   {
      const std::size_t begin = text_map_.to_source_begin( r.begin );
      const std::size_t end = text_map_.to_source_end( r.end );
      return std::string( utf8_.substr( begin, end - begin ) );
   }

   bool place_noise_in_lists( const std::vector< std::size_t >& lists, const noise_line& n )
   {
      const auto [ list, item ] = holder_of( lists, n.lines.begin );
      if( list == none ) {
         return false;
      }
      item_noise_[ { list, item } ].push_back( n );
      return true;
   }

   // The point's text from the original bytes, with the noise inside it cut out together with the
   // line breaks that follow it.
   using item_key = std::pair< std::size_t, std::size_t >;  // (list, item)

   // The point's text up to `end` (normalized), the noise placed in it cut out.
   std::string item_text( const item_build& it, item_key key, std::size_t end ) const
   {
      std::string out;
      std::size_t from = it.content.begin;
      const auto it_noise = item_noise_.find( key );
      if( it_noise != item_noise_.end() ) {
         for( const auto& n : it_noise->second ) {
            if( n.lines.begin < from || n.lines.begin >= end ) {
               continue;
            }
            out += source_text( { from, n.lines.begin } );
            from = n.lines.end;
            while( from < end && is_space( text_[ from ] ) ) {
               ++from;
            }
         }
      }
      if( from < end ) {
         out += source_text( { from, end } );
      }
      return out;
   }

   noise make_noise( const noise_line& n ) const { return { n.kind, source_span( n.lines ) }; }

   chidao::statement make_statement( std::size_t index )
   {
      const depth_guard guard( depth_ );
      const statement_build& b = statements_[ index ];
      chidao::statement out;
      out.form = b.form;
      if( b.speaker != none ) {
         out.speaker = registry_[ b.speaker ].id;
      }
      out.speaker_text = source_text( b.speaker_text );
      out.verb = b.verb_text.empty() ? source_text( b.verb ) : b.verb_text;
      out.act = b.act;
      out.attributed = b.how;
      if( b.addressee.end > b.addressee.begin ) {
         out.addressee = source_text( b.addressee );
      }
      out.span = source_span( { b.begin, b.span_end } );
      out.text = source_text( trim( { b.begin, b.end } ) );
      std::vector< pending_node > children;
      children.reserve( b.lists.size() );
      for( const std::size_t l : b.lists ) {
         children.push_back( { list_begin( l ), pending_node::kind_t::list, l, nullptr } );
      }
      out.children = make_nodes( children );
      return out;
   }

   // Lists hold statements and statements hold lists; ownership rules keep that a tree. Should a bug
   // ever make a cycle, stop with an internal error rather than exhaust the stack.
   struct depth_guard {
      std::size_t& depth;
      explicit depth_guard( std::size_t& d ) : depth( d )
      {
         if( ++depth > 10000 ) {
            throw std::logic_error( "chidao tree builder: nodes nest in a cycle" );
         }
      }
      ~depth_guard() { --depth; }
      depth_guard( const depth_guard& ) = delete;
      depth_guard& operator=( const depth_guard& ) = delete;
   };
   std::size_t depth_ = 0;

   // A node still to be made, and where it starts (normalized). Children are put in document order
   // before they are made, so that each node is built once, in place.
   struct pending_node {
      std::size_t position;
      enum class kind_t { list, statement, noise } kind;
      std::size_t index;       // into lists_ or statements_
      const noise_line* noise;  // for noise
   };

   std::vector< node > make_nodes( std::vector< pending_node >& pending )
   {
      sort_in_order( pending,
                        []( const pending_node& a, const pending_node& b ) { return a.position < b.position; } );
      std::vector< node > out;
      out.reserve( pending.size() );
      for( const pending_node& p : pending ) {
         switch( p.kind ) {
            case pending_node::kind_t::list: out.emplace_back( make_list( p.index ) ); break;
            case pending_node::kind_t::statement: out.emplace_back( make_statement( p.index ) ); break;
            case pending_node::kind_t::noise: out.emplace_back( make_noise( *p.noise ) ); break;
         }
      }
      return out;
   }

   // Each list is made once, and its points' working data is released as soon as it is: at the peak of
   // a marker-dense document, the tree being built and the data it is built from would otherwise coexist.
   chidao::list make_list( std::size_t index )
   {
      const depth_guard guard( depth_ );
      list_build& l = lists_[ index ];
      if( l.made ) {
         throw std::logic_error( "chidao tree builder: a list would appear twice in the tree" );
      }
      l.made = true;
      chidao::list out;
      out.style = l.style;
      out.announced = l.announced;
      // A list nested in a point speaks with the list holding it, unless a statement of its own holds it.
      const list_build* speaking = &l;
      while( speaking->owner == none && speaking->speaker == none && speaking->parent_list != none ) {
         speaking = &lists_[ speaking->parent_list ];
      }
      const std::size_t speaker = speaking->owner != none ? statements_[ speaking->owner ].speaker : speaking->speaker;
      if( speaker != none ) {
         out.speaker = registry_[ speaker ].id;
      }
      out.attributed = speaking->how;
      out.items.reserve( l.items.size() );
      for( std::size_t k = 0; k < l.items.size(); ++k ) {
         const item_build& b = l.items[ k ];
         const item_key key{ index, k };
         chidao::item it;
         it.ordinal = static_cast< unsigned >( k + 1 );
         it.marker = source_text( b.marker.marker );
         it.span = source_span( { b.marker.marker.begin, b.content.end } );
         it.content = source_span( { b.marker.content_begin, std::max( b.marker.content_begin, b.content.end ) } );
         it.text = item_text( b, key, b.content.end );
         it.lead = it.text;
         if( !b.child_lists.empty() ) {
            const std::size_t first_child = lists_[ b.child_lists.front() ].items.front().marker.cut;
            it.lead = item_text( b, key, back_over_space_and_noise( first_child, b.content.begin ) );
         }
         std::vector< pending_node > children;
         const auto noise_here = item_noise_.find( key );
         if( noise_here != item_noise_.end() ) {
            for( const auto& n : noise_here->second ) {
               children.push_back( { n.lines.begin, pending_node::kind_t::noise, 0, &n } );
            }
         }
         for( const std::size_t c : b.child_lists ) {
            children.push_back( { list_begin( c ), pending_node::kind_t::list, c, nullptr } );
         }
         const auto statements_here = item_statements_.find( key );
         if( statements_here != item_statements_.end() ) {
            for( const std::size_t st : statements_here->second ) {
               children.push_back( { statements_[ st ].begin, pending_node::kind_t::statement, st, nullptr } );
            }
         }
         it.children = make_nodes( children );
         out.items.push_back( std::move( it ) );
      }
      out.span = { out.items.front().span.begin, out.items.back().span.end };
      std::vector< item_build >().swap( l.items );
      return out;
   }

   std::string_view utf8_;      // the input as UTF-8, where texts are cut from
   const offset_map& text_map_;  // normalized → utf8_
   const std::string& text_;
   const offset_map& map_;
   const std::vector< builder::count >& counts_;

   std::vector< text_range > paragraphs_;  // paragraphs of prose, repeated ones removed
   std::vector< text_range > repeated_;
   std::vector< noise_line > noise_;
   std::vector< std::pair< std::size_t, std::size_t > > noise_end_to_begin_;

   std::vector< list_build > lists_;
   std::vector< std::size_t > open_;  // lists that may still take a point, innermost last
   std::size_t semicolon_first_ = 0;  // semicolon lists come after all lists of markers
   std::vector< std::size_t > top_lists_;
   bool top_lists_known_ = false;
   std::vector< noise_line > top_noise_;
   std::map< std::pair< std::size_t, std::size_t >, std::vector< noise_line > > item_noise_;
   std::vector< warning > warnings_;

   std::vector< statement_build > statements_;
   speaker_registry registry_;
   std::vector< std::size_t > top_statements_;
   std::vector< attribute::said > said_;  // statements_ as the attribution stage reads them
   std::optional< attribute::statement_index > statement_index_;
   std::vector< attribute::naming > named_;  // people named in full, in document order
   std::map< std::pair< std::size_t, std::size_t >, std::vector< std::size_t > > item_statements_;

};

}  // namespace

document builder::finish( std::string source, std::string_view utf8, const offset_map& text_map,
                          const normalized_text& text, const lexicon_tables& lexicon ) &&
{
   assembler a( utf8, text_map, text, markers_, semicolon_lists_, counts_, paragraphs_, noise_, statements_, mentions_,
                interview_leads_, lexicon );
   // The assembler has taken what it needs from the events; free them before the tree is built.
   markers_ = {};
   semicolon_lists_ = {};
   paragraphs_ = {};
   noise_ = {};
   statements_ = {};
   mentions_ = {};
   return a.take( std::move( source ) );
}

}  // namespace chidao::detail
