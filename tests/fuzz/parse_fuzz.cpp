// SPDX-License-Identifier: MIT
// The whole parse, over several readings of each input, and checks on what comes out. An input is read
// as UTF-8 (strictly, and leniently), as Windows-1258, as TCVN3, VNI and VISCII (chidao's own tables,
// strictly and leniently: a VNI letter is two bytes) and as UTF-16LE without a byte order mark, and its
// lenient reading again re-encoded as UTF-16 and UTF-32 with byte order marks; and with a user lexicon
// taken from the input itself (its first line a title, its second a verb). For each reading: no crash
// or hang in any writer, every span within the input and not reversed, in bytes, code points and UTF-16
// units (counted in the decoded text), and the oracle: the leaves rebuild the input byte for byte and
// every node's text is the input's at its span (verify_roundtrip); and the tree nests: a child lies
// inside its parent, siblings are in order and do not overlap.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "chidao/parse.hpp"
#include "chidao/write.hpp"
#include "encoded.hpp"
#include "text/readable.hpp"

namespace {

[[noreturn]] void fail( const std::string& reading, const std::string& what )
{
   std::fprintf( stderr, "parse_fuzz: %s: %s\n", reading.c_str(), what.c_str() );
   std::abort();
}

struct span_check {
   std::size_t limit;
   std::string reading;

   void operator()( const chidao::span& s, const std::string& where ) const
   {
      if( s.begin > s.end || s.end > limit ) {
         fail( reading, where + ": span [" + std::to_string( s.begin ) + ", " + std::to_string( s.end ) + ") not within " +
                           std::to_string( limit ) );
      }
   }
   void nodes( const std::vector< chidao::node >& list, const std::string& path ) const
   {
      for( std::size_t i = 0; i < list.size(); ++i ) {
         const std::string here = path + "/" + std::to_string( i );
         if( const auto* l = std::get_if< chidao::list >( &list[ i ] ) ) {
            ( *this )( l->span, here );
            for( std::size_t k = 0; k < l->items.size(); ++k ) {
               ( *this )( l->items[ k ].span, here + "/items/" + std::to_string( k ) );
               nodes( l->items[ k ].children, here + "/items/" + std::to_string( k ) + "/children" );
            }
         }
         else if( const auto* st = std::get_if< chidao::statement >( &list[ i ] ) ) {
            ( *this )( st->span, here );
            nodes( st->children, here + "/children" );
         }
         else {
            ( *this )( std::get< chidao::noise >( list[ i ] ).span, here );
         }
      }
   }
   void document( const chidao::document& doc ) const
   {
      nodes( doc.nodes, "/nodes" );
      for( const auto& sp : doc.speakers ) {
         for( const auto& m : sp.mentions ) {
            ( *this )( m.span, "mention" );
         }
      }
      for( const auto& m : doc.unresolved ) {
         ( *this )( m.span, "unresolved mention" );
      }
      for( const auto& w : doc.warnings ) {
         ( *this )( w.span, "warning" );
      }
   }
};

chidao::span span_of( const chidao::node& n )
{
   return std::visit( []( const auto& x ) { return x.span; }, n );
}

// A child inside its parent, siblings in order and apart.
void check_nesting( const std::vector< chidao::node >& list, chidao::span parent, const std::string& path, const std::string& reading )
{
   std::size_t after = parent.begin;
   for( std::size_t i = 0; i < list.size(); ++i ) {
      const chidao::span s = span_of( list[ i ] );
      const std::string here = path + "/" + std::to_string( i );
      if( s.begin < after || s.end > parent.end ) {
         fail( reading, here + ": not inside its parent, or overlapping its previous sibling" );
      }
      after = s.end;
      if( const auto* l = std::get_if< chidao::list >( &list[ i ] ) ) {
         std::size_t item_after = s.begin;
         for( std::size_t k = 0; k < l->items.size(); ++k ) {
            const auto& it = l->items[ k ];
            if( it.span.begin < item_after || it.span.end > s.end ) {
               fail( reading, here + "/items/" + std::to_string( k ) + ": not inside its list, or overlapping the point before" );
            }
            item_after = it.span.end;
            check_nesting( it.children, it.span, here + "/items/" + std::to_string( k ) + "/children", reading );
         }
      }
      else if( const auto* st = std::get_if< chidao::statement >( &list[ i ] ) ) {
         check_nesting( st->children, s, here + "/children", reading );
      }
   }
}

// How many units the text as decoded holds: the limit of every span in that unit.
std::size_t units_in( std::string_view bytes, const std::string& encoding, chidao::offset_unit unit )
{
   const bool utf8 = encoding.empty() && !bytes.starts_with( "\xFF\xFE" ) && !bytes.starts_with( "\xFE\xFF" ) &&
                     !bytes.starts_with( std::string_view( "\0\0\xFE\xFF", 4 ) ) && chidao::detail::is_valid_utf8( bytes );
   const std::string decoded = utf8 ? std::string( bytes ) : chidao::detail::readable_text( bytes, "fuzz", encoding ).utf8();
   std::size_t n = 0;
   for( const char c : decoded ) {
      const auto b = static_cast< unsigned char >( c );
      if( ( b & 0xC0 ) != 0x80 ) {
         n += unit == chidao::offset_unit::utf16 && b >= 0xF0 ? 2 : 1;
      }
   }
   return n;
}

void exercise( const chidao::parser& parser, std::string_view bytes, const std::string& reading )
{
   chidao::document doc;
   try {
      doc = parser.parse( bytes, "fuzz" );
   }
   catch( const chidao::error& ) {
      return;  // rejected input is an answer, not a failure
   }
   std::string problem;
   const std::string& encoding = parser.options().encoding;
   if( !chidao::verify_roundtrip( doc, bytes, &problem, encoding ) ) {
      fail( reading, "round trip: " + problem );
   }
   span_check{ bytes.size(), reading + ", bytes" }.document( doc );
   check_nesting( doc.nodes, { 0, bytes.size() }, "/nodes", reading );
   (void)chidao::to_json( doc, bytes, {}, encoding );
   (void)chidao::to_outline( doc );
   (void)chidao::to_markdown( doc );
   for( const auto unit : { chidao::offset_unit::code_points, chidao::offset_unit::utf16 } ) {
      chidao::document converted = doc;
      chidao::convert_offsets( converted, bytes, unit, encoding );
      span_check{ units_in( bytes, encoding, unit ), reading + ( unit == chidao::offset_unit::utf16 ? ", utf16" : ", code points" ) }
         .document( converted );
   }
}

chidao::parser parser_for( const std::string& encoding, bool lenient )
{
   chidao::parse_options options;
   options.lenient = lenient;
   options.encoding = encoding;
   return chidao::parser( options );
}

chidao::parser lenient_parser( const std::string& encoding ) { return parser_for( encoding, true ); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t* data, size_t size )
{
   const std::string_view bytes( reinterpret_cast< const char* >( data ), size );
   static const chidao::parser strict;
   static const chidao::parser lenient = lenient_parser( "" );
   static const chidao::parser windows_1258 = lenient_parser( "windows-1258" );
   static const chidao::parser utf16le = lenient_parser( "utf-16le" );
   exercise( strict, bytes, "UTF-8" );
   exercise( lenient, bytes, "UTF-8, lenient" );
   exercise( windows_1258, bytes, "Windows-1258" );
   // chidao's own converters: strictly, where most inputs stop at a byte the table lacks (or a VNI
   // mark after no vowel), and leniently, where every input is read whole.
   static const chidao::parser tcvn3 = parser_for( "tcvn3", false ), vni = parser_for( "vni", false ),
                               viscii = parser_for( "viscii", false );
   static const chidao::parser lenient_tcvn3 = lenient_parser( "tcvn3" ), lenient_vni = lenient_parser( "vni" );
   exercise( tcvn3, bytes, "TCVN3" );
   exercise( lenient_tcvn3, bytes, "TCVN3, lenient" );
   exercise( vni, bytes, "VNI" );
   exercise( lenient_vni, bytes, "VNI, lenient" );
   exercise( viscii, bytes, "VISCII" );  // every byte a character: strict and lenient read alike
   exercise( utf16le, bytes, "UTF-16LE without a byte order mark" );
   const std::string text = chidao::detail::readable_text( bytes, "fuzz", "" ).utf8();  // the lenient reading
   exercise( lenient, "\xFF\xFE" + encoded( text, "UTF-16LE" ), "re-encoded as UTF-16LE with a byte order mark" );
   exercise( lenient, std::string( "\0\0\xFE\xFF", 4 ) + encoded( text, "UTF-32BE" ), "re-encoded as UTF-32BE with a byte order mark" );
   // A user lexicon from the input: its first line a title, its second a directive verb (a lexicon the
   // input's own words match, as a user's would).
   const std::size_t first_end = std::min( text.find( '\n' ), text.size() );
   const std::size_t second_end = first_end < text.size() ? std::min( text.find( '\n', first_end + 1 ), text.size() ) : text.size();
   const std::string first = text.substr( 0, first_end );
   const std::string second = first_end < text.size() ? text.substr( first_end + 1, second_end - first_end - 1 ) : "";
   chidao::parse_options options;
   options.lenient = true;
   try {
      options.lexicon.add( "[title]\n" + first + "\n[verb directive]\n" + second + "\n", "fuzz.lexicon" );
   }
   catch( const chidao::error& ) {
      return 0;  // not a lexicon (a '[' line, an entry too long): an answer
   }
   exercise( chidao::parser( options ), bytes, "UTF-8, lenient, with a lexicon from the input" );
   return 0;
}
