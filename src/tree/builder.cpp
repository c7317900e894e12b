// SPDX-License-Identifier: MIT
// The tree builder: events → document. Its phases each live in a unit of their own (the page's layout,
// list assembly, speakers, who says what, attribution and list ownership, placement); here they run in
// order, and their verdicts become the tree.
#include "tree/builder.hpp"

#include "attribute/attribute.hpp"
#include "tree/layout.hpp"
#include "tree/lists.hpp"
#include "tree/order.hpp"
#include "tree/ownership.hpp"
#include "tree/placement.hpp"
#include "tree/speakers.hpp"
#include "tree/statements.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace chidao::detail {

void builder::semicolon_list( text_range list )
{
   semicolon_lists_.push_back( { list, std::move( points_ ) } );
   points_.clear();
}

namespace {

constexpr std::size_t none = no_list;

class assembler {
public:
   // The events are taken by value and each is let go once read: on a long page, events still held
   // while the tree is made were a tenth of the peak memory.
   assembler( const source_text& input,
              std::vector< marker_event > markers, std::vector< semicolon_group > semicolon_lists,
              const std::vector< announced_count >& counts, std::vector< text_range > paragraphs,
              std::vector< std::size_t > sentence_ends,
              std::vector< noise_line > noise, std::vector< statement_event > statements,
              std::vector< mention_event > mentions, const std::vector< std::size_t >& interview_leads,
              const std::vector< text_range >& quotations, const lexicon_tables& lexicon )
      : input_( input ), text_( input.normalized() ), layout_( text_, std::move( paragraphs ), std::move( noise ), std::move( sentence_ends ) ),
        assembly_( layout_, counts, quotations )
   {
      registry_.emplace( mention_source{ text_, [ this ]( text_range r ) { return input_text( r ); },
                                         [ this ]( text_range r ) { return input_span( r ); } },
                         lexicon.reference_titles );
      for( const marker_event& m : markers ) {
         if( !layout_.in_repeated( m.marker.begin ) ) {
            assembly_.place_marker( m );
         }
      }
      release( markers );
      for( const auto& group : semicolon_lists ) {
         if( !layout_.in_repeated( group.list.begin ) ) {
            assembly_.add_semicolon_list( group );
         }
      }
      release( semicolon_lists );
      page_statements found = build_statements( statements, mentions, layout_, text_, *registry_ );
      release( statements );
      release( mentions );
      statements_ = std::move( found.statements );
      std::vector< attribute::said > said = said_of( statements_ );  // as the attribution stage reads them
      const attribute::statement_index statement_index( said );
      assembly_.settle( [ & ]( const item_build& first ) {
         const std::size_t s = statement_index.holding( first.marker.marker.begin, first.marker.cut );
         return s == none ? none : statements_[ s ].begin;
      } );
      for( const list_build& l : lists_ ) {
         if( l.kept && l.announced && *l.announced != l.items.size() ) {
            warnings_.push_back( { fmt::format( "the list announces {} points but {} were found", *l.announced, l.items.size() ),
                                   input_span( l.announcement ) } );
         }
      }
      // Who holds each list: attribution decides, and the statements and lists record it.
      list_ownership( assembly_, statements_, layout_ ).own_lists( said, text_, found.named, interview_leads );
   }


   document take( std::string source )
   {
      document doc;
      doc.source = std::move( source );
      // The registry's indexes served resolution alone: free them before the tree is made, keeping the
      // speakers (whose ids the nodes name) and the unresolved mentions.
      doc.speakers = registry_->take_speakers();
      doc.unresolved = registry_->take_unresolved();
      registry_.reset();
      speakers_ = &doc.speakers;
      const std::vector< std::size_t >& top_lists = assembly_.top_lists();
      const placement& placed = placed_.emplace( assembly_, statements_, layout_.noise() );
      std::vector< pending_node > top;
      top.reserve( top_lists.size() + placed.top_statements().size() + placed.top_noise().size() );
      for( const std::size_t l : top_lists ) {
         if( lists_[ l ].owner == none ) {
            top.push_back( { assembly_.list_begin( l ), pending_node::kind_t::list, l, nullptr } );
         }
      }
      for( const std::size_t s : placed.top_statements() ) {
         top.push_back( { statements_[ s ].begin, pending_node::kind_t::statement, s, nullptr } );
      }
      for( const auto& n : placed.top_noise() ) {
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
      doc.warnings = std::move( warnings_ );
      return doc;
   }


private:
   // Frees a vector's storage ("v = {}" or clear() would keep it).
   template< typename T >
   static void release( std::vector< T >& v )
   {
      std::vector< T >().swap( v );
   }

   // --- output -----------------------------------------------------------------------------------

   span input_span( text_range r ) const { return input_.to_original( r ); }
   std::string input_text( text_range r ) const { return std::string( input_.text( r ) ); }

   // The text of `r` (normalized) from the original bytes, with the noise of `noise` inside it cut out
   // together with the line breaks that follow it.
   std::string text_without_noise( text_range r, const std::vector< noise_line >* noise ) const
   {
      std::string out;
      std::size_t from = r.begin;
      if( noise != nullptr ) {
         for( const auto& n : *noise ) {
            if( n.lines.begin < from || n.lines.begin >= r.end ) {
               continue;
            }
            out += input_text( { from, n.lines.begin } );
            from = n.lines.end;
            while( from < r.end && is_space( text_[ from ] ) ) {
               ++from;
            }
         }
      }
      if( from < r.end ) {
         out += input_text( { from, r.end } );
      }
      return out;
   }

   // The point's text up to `end` (normalized), the noise placed in it cut out.
   std::string item_text( const item_build& it, item_key key, std::size_t end ) const
   {
      return text_without_noise( { it.content.begin, end }, placed_->noise_in( key ) );
   }

   noise make_noise( const noise_line& n ) const { return { n.kind, input_span( n.lines ) }; }

   chidao::statement make_statement( std::size_t index )
   {
      const depth_guard guard( depth_ );
      const statement_build& b = statements_[ index ];
      chidao::statement out;
      out.form = b.form;
      if( b.speaker != none ) {
         out.speaker = ( *speakers_ )[ b.speaker ].id;
      }
      out.speaker_text = input_text( b.speaker_text );
      out.verb = b.verb_text.empty() ? input_text( b.verb ) : b.verb_text;
      out.act = b.act;
      out.attributed = b.how;
      if( b.addressee.end > b.addressee.begin ) {
         out.addressee = input_text( b.addressee );
      }
      out.span = input_span( { b.begin, b.span_end } );
      // The text runs unbroken from the span's start, noise inside it included (unlike a point's).
      out.text = input_text( layout_.trim( { b.begin, b.end } ) );
      const std::vector< noise_line >* noise_here = placed_->noise_in_statement( index );
      std::vector< pending_node > children;
      children.reserve( b.lists.size() );
      for( const std::size_t l : b.lists ) {
         children.push_back( { assembly_.list_begin( l ), pending_node::kind_t::list, l, nullptr } );
      }
      if( noise_here != nullptr ) {
         for( const noise_line& n : *noise_here ) {
            children.push_back( { n.lines.begin, pending_node::kind_t::noise, 0, &n } );
         }
      }
      out.children = make_nodes( children );
      for( const node& child : out.children ) {
         out.span.end = std::max( out.span.end, span_of( child ).end );
      }
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
         node made = p.kind == pending_node::kind_t::list        ? node( make_list( p.index ) )
                     : p.kind == pending_node::kind_t::statement ? node( make_statement( p.index ) )
                                                                 : node( make_noise( *p.noise ) );
         // A statement's span reaches over the lists it owns, and a list of no one (or noise) may lie on
         // the way, as when a list in the next paragraph continues the statement's speech past one: what
         // starts inside the statement goes into it, in place, so that siblings never overlap.
         auto* before = out.empty() ? nullptr : std::get_if< chidao::statement >( &out.back() );
         if( before != nullptr && span_of( made ).begin < before->span.end ) {
            const std::size_t begin = span_of( made ).begin;
            const auto at = std::find_if( before->children.begin(), before->children.end(),
                                          [ & ]( const node& c ) { return span_of( c ).begin > begin; } );
            before->span.end = std::max( before->span.end, span_of( made ).end );
            before->children.insert( at, std::move( made ) );
            continue;
         }
         out.push_back( std::move( made ) );
      }
      return out;
   }

   static chidao::span span_of( const node& n )
   {
      return std::visit( []( const auto& c ) { return c.span; }, n );
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
         out.speaker = ( *speakers_ )[ speaker ].id;
      }
      out.attributed = speaking->how;
      out.items.reserve( l.items.size() );
      for( std::size_t k = 0; k < l.items.size(); ++k ) {
         const item_build& b = l.items[ k ];
         const item_key key{ index, k };
         chidao::item it;
         it.ordinal = static_cast< unsigned >( k + 1 );
         it.marker = input_text( b.marker.marker );
         it.span = input_span( { b.marker.marker.begin, b.content.end } );
         it.content = input_span( { b.marker.content_begin, std::max( b.marker.content_begin, b.content.end ) } );
         it.text = item_text( b, key, b.content.end );
         it.lead = it.text;
         if( !b.child_lists.empty() ) {
            const std::size_t first_child = lists_[ b.child_lists.front() ].items.front().marker.cut;
            it.lead = item_text( b, key, layout_.back_over_space_and_noise( first_child, b.content.begin ) );
         }
         std::vector< pending_node > children;
         if( const std::vector< noise_line >* noise_here = placed_->noise_in( key ) ) {
            for( const auto& n : *noise_here ) {
               children.push_back( { n.lines.begin, pending_node::kind_t::noise, 0, &n } );
            }
         }
         for( const std::size_t c : b.child_lists ) {
            children.push_back( { assembly_.list_begin( c ), pending_node::kind_t::list, c, nullptr } );
         }
         if( const std::vector< std::size_t >* statements_here = placed_->statements_in( key ) ) {
            for( const std::size_t st : *statements_here ) {
               children.push_back( { statements_[ st ].begin, pending_node::kind_t::statement, st, nullptr } );
            }
         }
         it.children = make_nodes( children );
         // Noise after the point's last words (a headline printed again before the next point) and a
         // quotation opened before its marker ("“Thứ nhất, …”, Bộ trưởng nói.") are the point's, so
         // its span runs over them: a child lies inside its parent.
         for( const node& child : it.children ) {
            const span s = span_of( child );
            it.span.begin = std::min( it.span.begin, s.begin );
            it.span.end = std::max( it.span.end, s.end );
         }
         out.items.push_back( std::move( it ) );
      }
      out.span = { out.items.front().span.begin, out.items.back().span.end };
      std::vector< item_build >().swap( l.items );
      return out;
   }

   const source_text& input_;
   const std::string& text_;  // the normalized text

   page_layout layout_;
   list_assembler assembly_;
   std::vector< list_build >& lists_ = assembly_.lists();
   std::vector< warning > warnings_;

   std::vector< statement_build > statements_;
   std::optional< speaker_registry > registry_;  // until take() has the speakers out of it
   const std::vector< chidao::speaker >* speakers_ = nullptr;  // then theirs, in the document being made
   std::optional< placement > placed_;  // once lists have their owners
};

}  // namespace

document builder::finish( std::string source, const source_text& input, const lexicon_tables& lexicon ) &&
{
   assembler a( input, std::move( markers_ ), std::move( semicolon_lists_ ), counts_, std::move( paragraphs_ ), std::move( sentence_ends_ ),
                std::move( noise_ ), std::move( statements_ ), std::move( mentions_ ), interview_leads_, quotations_, lexicon );
   return a.take( std::move( source ) );
}

}  // namespace chidao::detail
