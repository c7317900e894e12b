// SPDX-License-Identifier: MIT
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "chidao/write.hpp"
#include "write/excerpt.hpp"
#include "write/statements.hpp"

namespace chidao {
namespace {

// Code points, which is what a terminal shows of Vietnamese text (NFC, no wide characters).
std::size_t columns( const std::string& text )
{
   std::size_t n = 0;
   for( const char c : text ) {
      n += ( static_cast< unsigned char >( c ) & 0xC0 ) != 0x80 ? 1 : 0;
   }
   return n;
}

std::string paint( const outline_options& options, fmt::text_style style, const std::string& text )
{
   return options.color ? fmt::format( style, "{}", text ) : text;
}

// Greedy word wrap to `width` columns; a word longer than the width stands alone on its line.
std::vector< std::string > wrap( const std::string& text, std::size_t width )
{
   std::vector< std::string > lines( 1 );
   std::size_t start = 0;
   while( start < text.size() ) {
      std::size_t end = text.find( ' ', start + 1 );
      if( end == std::string::npos ) {
         end = text.size();
      }
      const std::string word = text.substr( start, end - start );
      if( !lines.back().empty() && columns( lines.back() ) + columns( word ) > width ) {
         lines.emplace_back( word.substr( word.starts_with( ' ' ) ? 1 : 0 ) );
      }
      else {
         lines.back() += word;
      }
      start = end;
   }
   return lines;
}

void write_nodes( std::string& out, const document& doc, const std::vector< node >& nodes, std::size_t depth,
                  const outline_options& options, bool under_statement = false );

std::string speaker_name( const document& doc, const std::string& id )
{
   for( const speaker& sp : doc.speakers ) {
      if( sp.id == id ) {
         return sp.name;
      }
   }
   return id;
}

// "[thu list, 3 points, 3 announced; speaker continued]": how the list's speaker was found, unless it was
// named in the sentence; a list that no statement holds names its speaker itself ("— Lê Văn Lẫm").
void write_list( std::string& out, const document& doc, const list& l, std::size_t depth, bool under_statement,
                 const outline_options& options )
{
   const std::string indent( depth * 4, ' ' );
   const bool told = l.attributed && *l.attributed != attribution::same_sentence;
   const std::string header = fmt::format( "[{} list, {} points{}{}]{}", to_string( l.style ), l.items.size(),
                                           l.announced ? fmt::format( ", {} announced", *l.announced ) : "",
                                           told ? fmt::format( "; speaker {}", to_string( *l.attributed ) ) : "",
                                           !under_statement && l.speaker ? " — " + speaker_name( doc, *l.speaker ) : "" );
   // Wrapped like a statement's line: continuation lines two spaces further in, within the width.
   const std::size_t header_room = options.width > indent.size() + 22 ? options.width - indent.size() - 2 : 20;
   const std::vector< std::string > header_lines = wrap( header, header_room );
   for( std::size_t i = 0; i < header_lines.size(); ++i ) {
      out += ( i == 0 ? indent : indent + "  " ) + header_lines[ i ] + "\n";
   }
   for( const item& it : l.items ) {
      const std::string marker = it.marker.empty() ? "·" : it.marker;
      // A numeric marker ("1.", "(2)") is the number itself: printed in its place, not after it.
      const bool numbered = l.style != list_style::numeric || it.marker.empty();
      const std::string number = numbered ? fmt::format( "{}  {}. ", indent, it.ordinal ) : indent + "  ";
      const std::size_t used = columns( number ) + columns( marker ) + 1;
      const std::size_t room = options.width > used + 11 ? options.width - used - 1 : 10;  // 1 for "…"
      out += fmt::format( "{}{} {}\n", number, paint( options, fmt::emphasis::bold, marker ), detail::excerpt( it.text, room ) );
      write_nodes( out, doc, it.children, depth + 1, options, true );
   }
}

std::string speaker_label( const document& doc, const statement& st )
{
   for( const speaker& sp : doc.speakers ) {
      if( st.speaker && sp.id == *st.speaker ) {
         std::string titles;
         for( const std::string& t : sp.titles ) {
            titles += titles.empty() ? t : ", " + t;
         }
         return titles.empty() ? sp.name : fmt::format( "{} ({})", sp.name, titles );
      }
   }
   return fmt::format( "{} (unresolved)", st.speaker_text );
}

void write_nodes( std::string& out, const document& doc, const std::vector< node >& nodes, std::size_t depth,
                  const outline_options& options, bool under_statement )
{
   for( const node& n : nodes ) {
      if( const auto* l = std::get_if< list >( &n ) ) {
         write_list( out, doc, *l, depth, under_statement, options );
      }
      else if( const auto* st = std::get_if< statement >( &n ) ) {
         if( detail::is_shown( *st, options.statements ) ) {
            // Who, act and addressee wrap at the width, continuation lines indented under the speaker.
            const std::string indent( depth * 4, ' ' );
            const std::string who = speaker_label( doc, *st );
            const std::string tail =
               fmt::format( " — {} [{}]{}", st->verb, to_string( st->act ), st->addressee ? " → " + *st->addressee : "" );
            // Continuation lines carry two more spaces of indent, so every line wraps to the narrower room.
            const std::size_t room = options.width > indent.size() + 22 ? options.width - indent.size() - 2 : 20;
            std::string painted = paint( options, fmt::fg( fmt::terminal_color::cyan ) | fmt::emphasis::bold, who );
            const std::vector< std::string > lines = wrap( who + tail, room );
            for( std::size_t i = 0; i < lines.size(); ++i ) {
               std::string line = lines[ i ];
               if( i == 0 && options.color && line.starts_with( who ) ) {
                  line = painted + line.substr( who.size() );
               }
               out += ( i == 0 ? indent : indent + "  " ) + line + "\n";
            }
            if( !detail::holds_list( st->children ) && !st->text.empty() ) {
               // What was said, when no list below says it.
               const std::size_t text_room = options.width > indent.size() + 15 ? options.width - indent.size() - 5 : 10;
               out += fmt::format( "{}    {}\n", indent, detail::excerpt( st->text, text_room ) );
            }
            write_nodes( out, doc, st->children, depth + 1, options, true );
         }
      }
   }
}


// Scraped text may hold control characters, and a terminal obeys them: ESC starts a sequence that can
// recolour, move the cursor, retitle the window or hide what follows; BEL rings, BS and CR overwrite.
// Each C0 control (but the line breaks and tabs that texts' excerpts turn into spaces), DEL and each
// C1 control (U+0080 … U+009F) becomes U+FFFD, in every string the outline shows.
void neutralize( std::string& text, bool keep_line_breaks )
{
   // The length of the control character at i (1, or 2 for a C1 control in UTF-8), or 0.
   const auto control_at = [ & ]( std::size_t i ) -> std::size_t {
      const auto c = static_cast< unsigned char >( text[ i ] );
      if( c == '\n' || c == '\r' || c == '\t' ) {
         return keep_line_breaks ? 0 : 1;
      }
      if( c < 0x20 || c == 0x7F ) {
         return 1;
      }
      const bool c1 = c == 0xC2 && i + 1 < text.size() && static_cast< unsigned char >( text[ i + 1 ] ) <= 0x9F &&
                      static_cast< unsigned char >( text[ i + 1 ] ) >= 0x80;
      return c1 ? 2 : 0;
   };
   std::size_t i = 0;
   while( i < text.size() && control_at( i ) == 0 ) {
      ++i;
   }
   if( i == text.size() ) {
      return;  // the common case: nothing to replace, no copy
   }
   std::string out = text.substr( 0, i );
   while( i < text.size() ) {
      if( const std::size_t n = control_at( i ); n != 0 ) {
         out += "\xEF\xBF\xBD";
         i += n;
      }
      else {
         out += text[ i++ ];
      }
   }
   text = std::move( out );
}

void neutralize( std::vector< node >& nodes )
{
   for( node& n : nodes ) {
      if( auto* l = std::get_if< list >( &n ) ) {
         for( item& it : l->items ) {
            neutralize( it.marker, false );
            neutralize( it.text, true );
            neutralize( it.children );
         }
      }
      else if( auto* st = std::get_if< statement >( &n ) ) {
         neutralize( st->speaker_text, false );
         neutralize( st->verb, false );
         if( st->addressee ) {
            neutralize( *st->addressee, false );
         }
         neutralize( st->text, true );
         neutralize( st->children );
      }
   }
}

void write_outline( std::string& out, const document& doc, const outline_options& options );

}  // namespace

std::string to_outline( const document& original, const outline_options& options )
{
   document doc = original;
   neutralize( doc.source, false );
   neutralize( doc.nodes );
   for( speaker& sp : doc.speakers ) {
      neutralize( sp.name, false );
      for( std::string& t : sp.titles ) {
         neutralize( t, false );
      }
   }
   std::string out;
   write_outline( out, doc, options );
   return out;
}

namespace {

void write_outline( std::string& out, const document& doc, const outline_options& options )
{
   out = fmt::format( "{}\n", doc.source );
   write_nodes( out, doc, doc.nodes, 0, options );
   if( !detail::holds_list( doc.nodes ) ) {
      out += "  (no enumerated points)\n";
   }
   for( const warning& w : doc.warnings ) {
      out += fmt::format( "  warning: {} (bytes {}-{})\n", w.message, w.span.begin, w.span.end );
   }
}

}  // namespace

}  // namespace chidao
