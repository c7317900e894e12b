// SPDX-License-Identifier: MIT
// The lossless reading of a document: a partition of the input into leaves, each owned by the deepest
// node that covers it. Computed from the finished tree and the input, so it holds for any tree.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "chidao/write.hpp"
#include "text/readable.hpp"
#include "write/leaves.hpp"

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
   std::string_view original;
   const detail::readable_text* decoded;  // the input as parse() read it, when it is not UTF-8 as given
   std::optional< detail::readable_text > nfd;  // UTF-8 input whose markers are written otherwise (NFD), read once

   // Where a point's marker ends in the input. A marker is given in NFC UTF-8; the input may hold it in
   // another encoding, or with combining tone marks, in more or fewer bytes: its length is then read in
   // the input, never taken from the marker's own.
   std::size_t marker_end( const item& it )
   {
      const std::size_t plain = it.span.begin + it.marker.size();
      if( it.span.begin > original.size() || original.substr( it.span.begin, it.marker.size() ) == it.marker ) {
         return plain;  // (a span past the input is clamped by the sweep, and reported by verify_roundtrip)
      }
      if( decoded == nullptr && !nfd ) {
         nfd.emplace( original, "", "" );
      }
      const detail::readable_text& text = decoded != nullptr ? *decoded : *nfd;
      const std::size_t end = text.end_of( it.span.begin, it.marker );
      return end != it.span.begin ? std::min( end, it.content.begin ) : std::min( plain, it.content.begin );
   }

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
               const std::size_t marker_end = this->marker_end( it );
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

std::vector< leaf > leaves( const document& doc, std::string_view original, const std::string& encoding )
{
   std::optional< detail::readable_text > decoded;
   if( !detail::is_utf8_as_given( original, encoding ) ) {
      decoded.emplace( original, doc.source, encoding );
   }
   return detail::leaves_of( doc, original, decoded ? &*decoded : nullptr );
}

std::vector< leaf > detail::leaves_of( const document& doc, std::string_view original, const readable_text* decoded )
{
   collector c{ {}, {}, original, decoded, std::nullopt };
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

namespace {

// The length of the white space (as normalization reads it: spaces, tabs, line ends, NBSP, thin and
// zero-width spaces) starting at `at`, or 0.
std::size_t space_at( std::string_view text, std::size_t at )
{
   const std::string_view rest = text.substr( at );
   if( rest.empty() ) {
      return 0;
   }
   if( rest[ 0 ] == ' ' || rest[ 0 ] == '\t' || rest[ 0 ] == '\r' || rest[ 0 ] == '\n' ) {
      return 1;
   }
   for( const std::string_view s : { "\xC2\xA0", "\xC2\x85", "\xE1\x9A\x80", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF",
                                     "\xE2\x81\x9F", "\xE2\x81\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF" } ) {
      if( rest.starts_with( s ) ) {
         return s.size();
      }
   }
   if( rest.size() >= 3 && rest[ 0 ] == '\xE2' && rest[ 1 ] == '\x80' && static_cast< unsigned char >( rest[ 2 ] ) >= 0x80 &&
       static_cast< unsigned char >( rest[ 2 ] ) <= 0x8B ) {
      return 3;  // U+2000 … U+200B: en quad … zero width space
   }
   return 0;
}

// Checks that every node's text is the input's own at its span. Texts are taken from the input as
// UTF-8, so for UTF-8 input a node's text is its bytes: a statement's text starts its span, an item's
// marker starts its span and its text is its content with its own noise (a child) cut out, with the
// white space after it; a mention's text is its span.
class text_check {
public:
   explicit text_check( std::string_view original ) : original_( original ) {}

   bool nodes( const std::vector< node >& list, const std::string& path )
   {
      for( std::size_t i = 0; i < list.size(); ++i ) {
         const std::string here = path + "/" + std::to_string( i );
         if( const auto* l = std::get_if< chidao::list >( &list[ i ] ) ) {
            if( !in_range( l->span, here ) ) {
               return false;
            }
            for( std::size_t k = 0; k < l->items.size(); ++k ) {
               if( !check_item( l->items[ k ], here + "/items/" + std::to_string( k ) ) ) {
                  return false;
               }
            }
         }
         else if( const auto* st = std::get_if< statement >( &list[ i ] ) ) {
            if( !in_range( st->span, here ) ) {
               return false;
            }
            if( st->span.begin + st->text.size() > st->span.end || original_.substr( st->span.begin, st->text.size() ) != st->text ) {
               return fail( here + ": the statement's text is not the input's at its span" );
            }
            if( !nodes( st->children, here + "/children" ) ) {
               return false;
            }
         }
         else if( !in_range( std::get< noise >( list[ i ] ).span, here ) ) {
            return false;
         }
      }
      return true;
   }

   // The mentions of every speaker, and those resolved to none.
   bool mentions( const document& doc )
   {
      for( std::size_t s = 0; s < doc.speakers.size(); ++s ) {
         for( std::size_t m = 0; m < doc.speakers[ s ].mentions.size(); ++m ) {
            if( !mention_here( doc.speakers[ s ].mentions[ m ], "/speakers/" + std::to_string( s ) + "/mentions/" + std::to_string( m ) ) ) {
               return false;
            }
         }
      }
      for( std::size_t m = 0; m < doc.unresolved.size(); ++m ) {
         if( !mention_here( doc.unresolved[ m ], "/unresolved/" + std::to_string( m ) ) ) {
            return false;
         }
      }
      return true;
   }

   bool mention_here( const mention& men, const std::string& here )
   {
      if( !in_range( men.span, here ) ) {
         return false;
      }
      if( original_.substr( men.span.begin, men.span.end - men.span.begin ) != men.text ) {
         return fail( here + ": the mention's text is not the input's at its span" );
      }
      return true;
   }

   [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

private:
   bool fail( std::string what )
   {
      problem_ = std::move( what );
      return false;
   }

   bool in_range( const span& s, const std::string& here )
   {
      if( s.begin > s.end || s.end > original_.size() ) {
         return fail( here + ": span [" + std::to_string( s.begin ) + ", " + std::to_string( s.end ) + ") is not within the " +
                      std::to_string( original_.size() ) + " bytes of the input" );
      }
      return true;
   }

   // The item's own noise (its children; a nested point's noise is cut from that point only) that starts
   // at `at`, or none.
   static const span* noise_at( const chidao::item& it, std::size_t at )
   {
      for( const node& n : it.children ) {
         if( const auto* z = std::get_if< noise >( &n ); z != nullptr && z->span.begin == at ) {
            return &z->span;
         }
      }
      return nullptr;
   }

   bool check_item( const chidao::item& it, const std::string& here )
   {
      if( !in_range( it.span, here ) ) {
         return false;
      }
      if( original_.substr( it.span.begin, it.marker.size() ) != it.marker ) {
         return fail( here + ": the marker is not the input's at the start of its span" );
      }
      if( it.content.begin < it.span.begin + it.marker.size() || it.content.end > it.span.end || it.content.begin > it.content.end ) {
         return fail( here + ": the content is not within the span, after the marker" );
      }
      // Between the marker and the content only punctuation, space and the copula "là" ("Sau cùng là …"):
      // a marker cut short ("Thứ nh") leaves letters there.
      for( std::size_t at = it.span.begin + it.marker.size(); at < it.content.begin; ) {
         const auto c = static_cast< unsigned char >( original_[ at ] );
         std::size_t n = space_at( original_, at );
         if( n == 0 && c < 0x80 && std::isalnum( c ) == 0 ) {
            n = 1;
         }
         for( const std::string_view p : { "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA6",
                                           "l\xC3\xA0", "L\xC3\xA0", "L\xC3\x80", "la\xCC\x80", "La\xCC\x80", "LA\xCC\x80" } ) {
            if( n == 0 && original_.substr( at ).starts_with( p ) ) {
               n = p.size();
            }
         }
         if( n == 0 ) {
            return fail( here + ": letters between the marker and the content, at byte " + std::to_string( at ) );
         }
         at += n;
      }
      // The text, read along the content: the input's bytes, where noise and the space after it are cut.
      std::size_t at = it.content.begin;
      std::size_t i = 0;
      const auto skip_noise = [ & ] {
         while( at < it.content.end ) {
            const span* z = noise_at( it, at );
            if( z == nullptr ) {
               return;
            }
            at = z->end;
            while( at < it.content.end && space_at( original_, at ) != 0 ) {
               at += space_at( original_, at );
            }
         }
      };
      while( i < it.text.size() ) {
         skip_noise();
         if( at >= it.content.end || original_[ at ] != it.text[ i ] ) {
            return fail( here + ": the item's text differs from the input's at byte " + std::to_string( at ) + " (text byte " +
                         std::to_string( i ) + ")" );
         }
         ++at;
         ++i;
      }
      skip_noise();
      if( at < it.content.end ) {
         return fail( here + ": the item's text ends at byte " + std::to_string( at ) + ", before its content (" +
                      std::to_string( it.content.end ) + ")" );
      }
      return nodes( it.children, here + "/children" );
   }

   std::string_view original_;
   std::string problem_;
};

}  // namespace

// An oracle that can fail: the leaves are read back from the JSON the lossless writer gives, and their
// own spans and texts must rebuild the input byte for byte; every node's text must be the input's at
// its span. Input that is not UTF-8 (converted from UTF-16 or a legacy encoding, or repaired with
// U+FFFD) has texts that are not its bytes: there the leaves' spans are checked, and the spans of the
// nodes, not the texts.
bool verify_roundtrip( const document& doc, std::string_view original, std::string* problem, const std::string& encoding )
{
   const auto failed = [ & ]( std::string what ) {
      if( problem != nullptr ) {
         *problem = std::move( what );
      }
      return false;
   };
   if( doc.offsets != offset_unit::bytes ) {
      return failed( std::string( "the spans are in " ) + to_string( doc.offsets ) + ", not bytes of the input" );
   }
   const bool utf8 = detail::is_utf8_as_given( original, encoding );
   std::size_t at = 0;
   if( utf8 ) {
      const nlohmann::json j = nlohmann::json::parse( to_json( doc, original, {} ) );
      std::string rebuilt;
      std::size_t k = 0;
      for( const auto& l : j.at( "leaves" ) ) {
         const auto begin = l.at( "span" ).at( 0 ).get< std::size_t >();
         const auto end = l.at( "span" ).at( 1 ).get< std::size_t >();
         const std::string& text = l.at( "text" ).get_ref< const std::string& >();
         if( begin != at || end <= begin || end > original.size() ) {
            return failed( "leaf " + std::to_string( k ) + " at byte " + std::to_string( begin ) + " does not follow byte " +
                           std::to_string( at ) );
         }
         if( original.substr( begin, end - begin ) != text ) {
            return failed( "leaf " + std::to_string( k ) + " [" + std::to_string( begin ) + ", " + std::to_string( end ) +
                           "): its text is not the input's bytes there" );
         }
         rebuilt += text;
         at = end;
         ++k;
      }
      if( rebuilt != original ) {
         return failed( "the leaves' texts rebuild " + std::to_string( rebuilt.size() ) + " bytes, not the input's " +
                        std::to_string( original.size() ) );
      }
   }
   else {
      for( const leaf& l : leaves( doc, original, encoding ) ) {
         if( l.span.begin != at || l.span.end <= l.span.begin ) {
            return failed( "leaf at byte " + std::to_string( l.span.begin ) + " does not follow byte " + std::to_string( at ) );
         }
         at = l.span.end;
      }
   }
   if( at != original.size() ) {
      return failed( "leaves end at byte " + std::to_string( at ) + " of " + std::to_string( original.size() ) );
   }
   text_check check( original );
   if( utf8 ) {
      if( !check.nodes( doc.nodes, "/nodes" ) || !check.mentions( doc ) ) {
         return failed( check.problem() );
      }
   }
   return true;
}

}  // namespace chidao
