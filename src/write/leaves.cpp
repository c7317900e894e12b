// SPDX-License-Identifier: MIT
// The lossless reading of a document: a partition of the input into leaves, each owned by the deepest
// node that covers it. Computed from the finished tree and the input, so it holds for any tree.
#include <algorithm>
#include <set>

#include "chidao/write.hpp"

namespace chidao {
namespace {

enum class claim_kind { fallback, marker, punctuation, item_text, statement_text, noise };

struct claim {
   std::size_t begin, end;
   std::size_t depth, order;
   claim_kind kind;
   std::size_t owner;  // index into owners
};

struct collector {
   std::vector< claim > claims;
   std::vector< std::string > owners;

   std::size_t owner( std::string path )
   {
      owners.push_back( std::move( path ) );
      return owners.size() - 1;
   }
   void add( std::size_t begin, std::size_t end, std::size_t depth, claim_kind kind, std::size_t who )
   {
      if( begin < end ) {
         claims.push_back( { begin, end, depth, claims.size(), kind, who } );
      }
   }

   void nodes( const std::vector< node >& list, const std::string& path, std::size_t depth )
   {
      for( std::size_t i = 0; i < list.size(); ++i ) {
         const std::string here = path + "/" + std::to_string( i );
         if( const auto* l = std::get_if< chidao::list >( &list[ i ] ) ) {
            const std::size_t who = owner( here );
            add( l->span.begin, l->span.end, depth, claim_kind::fallback, who );
            for( std::size_t k = 0; k < l->items.size(); ++k ) {
               const item& it = l->items[ k ];
               const std::string item_path = here + "/items/" + std::to_string( k );
               const std::size_t item_owner = owner( item_path );
               const std::size_t marker_end = it.span.begin + it.marker.size();
               add( it.span.begin, marker_end, depth + 2, claim_kind::marker, item_owner );
               add( marker_end, it.content.begin, depth + 2, claim_kind::punctuation, item_owner );
               add( it.content.begin, it.content.end, depth + 1, claim_kind::item_text, item_owner );
               nodes( it.children, item_path + "/children", depth + 2 );
            }
         }
         else if( const auto* st = std::get_if< statement >( &list[ i ] ) ) {
            const std::size_t who = owner( here );
            add( st->span.begin, st->span.end, depth, claim_kind::fallback, who );
            add( st->span.begin, st->span.begin + st->text.size(), depth, claim_kind::statement_text, who );
            nodes( st->children, here + "/children", depth + 1 );
         }
         else {
            const auto& z = std::get< noise >( list[ i ] );
            add( z.span.begin, z.span.end, depth, claim_kind::noise, owner( here ) );
         }
      }
   }
};

bool is_space( char c ) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

leaf::kind_t leaf_kind( claim_kind k )
{
   switch( k ) {
      case claim_kind::marker: return leaf::kind_t::marker;
      case claim_kind::punctuation: return leaf::kind_t::punctuation;
      case claim_kind::item_text: return leaf::kind_t::item_text;
      case claim_kind::statement_text: return leaf::kind_t::statement_text;
      case claim_kind::noise: return leaf::kind_t::noise;
      case claim_kind::fallback: break;
   }
   return leaf::kind_t::text;
}

// Text that no node claims as its own: runs of white space holding a line break are "space", the
// rest "text", so paragraphs of prose stand apart from the gaps between them.
void split_fallback( std::string_view original, std::size_t begin, std::size_t end, const std::string& owner,
                     std::vector< leaf >& out )
{
   std::size_t at = begin;
   while( at < end ) {
      std::size_t run = at;
      while( run < end && is_space( original[ run ] ) ) {
         ++run;
      }
      const bool has_break = original.substr( at, run - at ).find( '\n' ) != std::string_view::npos;
      if( run > at && ( has_break || run == end || at == begin ) ) {
         out.push_back( { leaf::kind_t::space, { at, run }, owner } );
         at = run;
         continue;
      }
      std::size_t text_end = run;
      while( text_end < end ) {
         std::size_t next = text_end;
         while( next < end && is_space( original[ next ] ) ) {
            ++next;
         }
         if( next > text_end && ( original.substr( text_end, next - text_end ).find( '\n' ) != std::string_view::npos || next == end ) ) {
            break;
         }
         text_end = next;
         while( text_end < end && !is_space( original[ text_end ] ) ) {
            ++text_end;
         }
      }
      out.push_back( { leaf::kind_t::text, { at, text_end }, owner } );
      at = text_end;
   }
}

}  // namespace

const char* to_string( leaf::kind_t kind ) noexcept
{
   switch( kind ) {
      case leaf::kind_t::marker: return "marker";
      case leaf::kind_t::punctuation: return "punctuation";
      case leaf::kind_t::item_text: return "item_text";
      case leaf::kind_t::statement_text: return "statement_text";
      case leaf::kind_t::noise: return "noise";
      case leaf::kind_t::text: return "text";
      case leaf::kind_t::space: return "space";
   }
   return "unknown";
}

std::vector< leaf > leaves( const document& doc, std::string_view original )
{
   collector c;
   const std::size_t root = c.owner( "" );
   c.add( 0, original.size(), 0, claim_kind::fallback, root );
   c.nodes( doc.nodes, "/nodes", 1 );

   // Sweep the claim boundaries; the deepest (then latest) active claim owns each stretch.
   std::vector< std::size_t > cuts;
   for( const claim& cl : c.claims ) {
      cuts.push_back( std::min( cl.begin, original.size() ) );
      cuts.push_back( std::min( cl.end, original.size() ) );
   }
   std::sort( cuts.begin(), cuts.end() );
   cuts.erase( std::unique( cuts.begin(), cuts.end() ), cuts.end() );
   std::vector< const claim* > by_begin;
   for( const claim& cl : c.claims ) {
      by_begin.push_back( &cl );
   }
   std::sort( by_begin.begin(), by_begin.end(), []( const claim* a, const claim* b ) { return a->begin < b->begin; } );
   const auto deeper = []( const claim* a, const claim* b ) {
      return a->depth != b->depth ? a->depth > b->depth : a->order > b->order;
   };
   std::multiset< const claim*, decltype( deeper ) > active( deeper );
   std::size_t next_claim = 0;
   std::vector< leaf > out;
   for( std::size_t k = 0; k + 1 < cuts.size(); ++k ) {
      const std::size_t begin = cuts[ k ], end = cuts[ k + 1 ];
      while( next_claim < by_begin.size() && by_begin[ next_claim ]->begin <= begin ) {
         active.insert( by_begin[ next_claim++ ] );
      }
      for( auto it = active.begin(); it != active.end(); ) {
         it = ( *it )->end <= begin ? active.erase( it ) : std::next( it );
      }
      const claim& top = **active.begin();  // the root claim is always active
      const std::string& owner = c.owners[ top.owner ];
      if( top.kind == claim_kind::fallback ) {
         split_fallback( original, begin, end, owner, out );
      }
      else if( !out.empty() && out.back().owner == owner && out.back().kind == leaf_kind( top.kind ) &&
               out.back().span.end == begin ) {
         out.back().span.end = end;
      }
      else {
         out.push_back( { leaf_kind( top.kind ), { begin, end }, owner } );
      }
   }
   return out;
}

bool verify_roundtrip( const document& doc, std::string_view original, std::string* problem )
{
   std::size_t at = 0;
   for( const leaf& l : leaves( doc, original ) ) {
      if( l.span.begin != at || l.span.end <= l.span.begin ) {
         if( problem != nullptr ) {
            *problem = "leaf at byte " + std::to_string( l.span.begin ) + " does not follow byte " + std::to_string( at );
         }
         return false;
      }
      at = l.span.end;
   }
   if( at != original.size() ) {
      if( problem != nullptr ) {
         *problem = "leaves end at byte " + std::to_string( at ) + " of " + std::to_string( original.size() );
      }
      return false;
   }
   return true;
}

}  // namespace chidao
