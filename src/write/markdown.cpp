// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "chidao/write.hpp"
#include "write/statements.hpp"

namespace chidao {
namespace {

// Text as Markdown shows it, not as it would parse it: characters with a meaning are escaped, and a
// line that would open a list or a heading is escaped at its start.
std::string escaped( std::string_view text )
{
   std::string out;
   bool line_start = true;
   for( std::size_t i = 0; i < text.size(); ++i ) {
      const char c = text[ i ];
      if( c == '\r' ) {
         continue;
      }
      if( std::string_view( "\\`*_[]<>#|" ).find( c ) != std::string_view::npos ||
          ( line_start && ( c == '-' || c == '+' || c == '=' ) ) ) {
         out += '\\';
      }
      if( line_start && c >= '0' && c <= '9' ) {
         std::size_t j = i;
         while( j < text.size() && text[ j ] >= '0' && text[ j ] <= '9' ) {
            ++j;
         }
         if( j < text.size() && ( text[ j ] == '.' || text[ j ] == ')' ) ) {
            out.append( text.substr( i, j - i ) );
            out += '\\';
            i = j - 1;
            line_start = false;
            continue;
         }
      }
      out += c;
      line_start = c == '\n';
   }
   return out;
}

// Continuation lines of a list item are indented to stay inside it.
std::string indented( const std::string& text, const std::string& indent )
{
   std::string out;
   for( const char c : text ) {
      out += c;
      if( c == '\n' ) {
         out += indent;
      }
   }
   return out;
}

const speaker* find_speaker( const document& doc, const statement& st )
{
   for( const speaker& sp : doc.speakers ) {
      if( st.speaker && sp.id == *st.speaker ) {
         return &sp;
      }
   }
   return nullptr;
}

void write_nodes( std::string& out, const document& doc, const std::vector< node >& nodes, const std::string& indent,
                  const markdown_options& options );

void write_list( std::string& out, const document& doc, const list& l, const std::string& indent,
                 const markdown_options& options )
{
   for( const item& it : l.items ) {
      const std::string head = l.style == list_style::bullet ? "- " : fmt::format( "{}. ", it.ordinal );
      const std::string inner = indent + std::string( head.size(), ' ' );
      const std::string marker = it.marker.empty() || l.style == list_style::numeric || l.style == list_style::bullet
                                    ? ""
                                    : fmt::format( "**{}**{} ", escaped( it.marker ),
                                                   l.style == list_style::la || l.style == list_style::thu ? ":" : "" );
      out += indent + head + marker + indented( escaped( it.lead ), inner ) + "\n";
      if( !it.children.empty() ) {
         out += "\n";
         write_nodes( out, doc, it.children, inner, options );
      }
   }
   out += "\n";
}

void write_statement( std::string& out, const document& doc, const statement& st, const std::string& indent,
                      const markdown_options& options )
{
   const speaker* sp = find_speaker( doc, st );
   const std::string who = sp ? sp->name : st.speaker_text + " (unresolved)";
   std::string titles;
   if( sp ) {
      for( const std::string& t : sp->titles ) {
         titles += titles.empty() ? t : ", " + t;
      }
   }
   const std::string what = fmt::format( "{}{} — {} ({}){}", escaped( who ), titles.empty() ? "" : ", " + escaped( titles ),
                                         escaped( st.verb ), to_string( st.act ),
                                         st.addressee ? " → " + escaped( *st.addressee ) : "" );
   if( indent.empty() ) {
      out += "## " + what + "\n\n";
   }
   else {
      out += indent + "*" + what + "*\n\n";  // inside a point a heading would end the list
   }
   if( !st.text.empty() ) {
      out += indent + "> " + indented( escaped( st.text ), indent + "> " ) + "\n\n";
   }
   write_nodes( out, doc, st.children, indent, options );
}

void write_nodes( std::string& out, const document& doc, const std::vector< node >& nodes, const std::string& indent,
                  const markdown_options& options )
{
   for( const node& n : nodes ) {
      if( const auto* l = std::get_if< list >( &n ) ) {
         write_list( out, doc, *l, indent, options );
      }
      else if( const auto* st = std::get_if< statement >( &n ) ) {
         if( detail::is_shown( *st, options.statements ) ) {
            write_statement( out, doc, *st, indent, options );
         }
      }
   }
}

}  // namespace

std::string to_markdown( const document& doc, const markdown_options& options )
{
   std::string out = "# " + escaped( doc.source ) + "\n\n";
   write_nodes( out, doc, doc.nodes, "", options );
   for( const warning& w : doc.warnings ) {
      out += fmt::format( "> **Warning:** {} (bytes {}–{})\n\n", escaped( w.message ), w.span.begin, w.span.end );
   }
   while( out.size() > 1 && out[ out.size() - 1 ] == '\n' && out[ out.size() - 2 ] == '\n' ) {
      out.pop_back();
   }
   return out;
}

}  // namespace chidao
