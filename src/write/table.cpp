// SPDX-License-Identifier: MIT
#include "write/table.hpp"

#include <algorithm>
#include <string_view>

#include "text/key.hpp"

namespace chidao {
namespace detail {
namespace {

const speaker* find_speaker( const document& doc, const std::optional< std::string >& id )
{
   if( !id ) {
      return nullptr;
   }
   const auto found = std::find_if( doc.speakers.begin(), doc.speakers.end(), [ & ]( const speaker& sp ) { return sp.id == *id; } );
   return found == doc.speakers.end() ? nullptr : &*found;
}

cell text_or_empty( const std::optional< std::string >& text )
{
   return text ? cell( *text ) : cell();
}

// Walks the tree once, keeping what a row needs from above it: the nearest statement (its verb, act and
// addressee say how the points were put) and how deep lists are nested.
struct row_builder {
   const document& doc;
   table_kind kind;
   std::vector< std::vector< cell > > rows;
   std::size_t lists = 0, statements = 0;

   void speaker_cells( std::vector< cell >& row, const std::optional< std::string >& id ) const
   {
      const speaker* sp = find_speaker( doc, id );
      row.push_back( text_or_empty( id ) );
      row.push_back( sp ? cell( sp->name ) : cell() );
      row.push_back( sp ? cell( std::string( to_string( sp->kind ) ) ) : cell() );
   }

   void walk( const std::vector< node >& nodes, const statement* around, std::size_t depth )
   {
      for( const node& n : nodes ) {
         if( const auto* l = std::get_if< list >( &n ) ) {
            const std::size_t number = ++lists;
            for( const item& it : l->items ) {
               if( kind == table_kind::points ) {
                  std::vector< cell > row{ doc.source, number, depth, std::string( to_string( l->style ) ), std::size_t{ it.ordinal },
                                           it.marker, it.text };
                  speaker_cells( row, l->speaker );
                  row.push_back( l->attributed ? cell( std::string( to_string( *l->attributed ) ) ) : cell() );
                  row.push_back( around ? cell( around->verb ) : cell() );
                  row.push_back( around ? cell( std::string( to_string( around->act ) ) ) : cell() );
                  row.push_back( around ? text_or_empty( around->addressee ) : cell() );
                  row.push_back( it.span.begin );
                  row.push_back( it.span.end );
                  rows.push_back( std::move( row ) );
               }
               walk( it.children, around, depth + 1 );
            }
         }
         else if( const auto* st = std::get_if< statement >( &n ) ) {
            const std::size_t number = ++statements;
            if( kind == table_kind::statements ) {
               std::size_t introduced = 0;
               for( const node& child : st->children ) {
                  introduced += std::holds_alternative< list >( child ) ? 1 : 0;
               }
               std::vector< cell > row{ doc.source, number, std::string( to_string( st->form ) ) };
               speaker_cells( row, st->speaker );
               row.insert( row.end(), { st->speaker_text, st->verb, std::string( to_string( st->act ) ),
                                        text_or_empty( st->addressee ), std::string( to_string( st->attributed ) ),
                                        introduced, st->text, st->span.begin, st->span.end } );
               rows.push_back( std::move( row ) );
            }
            walk( st->children, st, depth );
         }
      }
   }
};

}  // namespace

const std::vector< std::string >& table_columns( table_kind kind )
{
   static const std::vector< std::string > points{ "document", "list",    "depth",        "style",        "ordinal",
                                                   "marker",   "text",    "speaker",      "speaker_name", "speaker_kind",
                                                   "attribution", "verb", "act",          "addressee",    "start",
                                                   "end" };
   static const std::vector< std::string > statements{ "document",     "statement",   "form",      "speaker",
                                                       "speaker_name", "speaker_kind", "speaker_text", "verb",
                                                       "act",          "addressee",   "attribution", "lists",
                                                       "text",         "start",       "end" };
   static const std::vector< std::string > speakers{ "document", "speaker",  "name",       "key",  "kind",
                                                     "titles",   "mentions", "statements", "lists" };
   switch( kind ) {
      case table_kind::points: return points;
      case table_kind::statements: return statements;
      case table_kind::speakers: break;
   }
   return speakers;
}

std::vector< std::vector< cell > > table_rows( const document& doc, table_kind kind )
{
   row_builder builder{ doc, kind, {} };
   builder.walk( doc.nodes, nullptr, 0 );
   if( kind != table_kind::speakers ) {
      return std::move( builder.rows );
   }
   std::vector< std::vector< cell > > rows;
   for( const speaker& sp : doc.speakers ) {
      std::size_t statements = 0, lists = 0;
      for_each_node( doc, [ & ]( const node& n, std::size_t ) {
         if( const auto* st = std::get_if< statement >( &n ) ) {
            statements += st->speaker == sp.id ? 1 : 0;
         }
         else if( const auto* l = std::get_if< list >( &n ) ) {
            lists += l->speaker == sp.id ? 1 : 0;
         }
      } );
      // Titles hold commas ("Ủy viên Bộ Chính trị, Phó Thủ tướng"): " | " keeps them apart in one cell.
      std::string titles;
      for( const std::string& title : sp.titles ) {
         titles += ( titles.empty() ? "" : " | " ) + title;
      }
      rows.push_back( { doc.source, sp.id, sp.name, name_key( sp.name ), std::string( to_string( sp.kind ) ), titles,
                        sp.mentions.size(), statements, lists } );
   }
   return rows;
}

}  // namespace detail

namespace {

// TSV keeps a row on one line, for sort, uniq and grep: backslash, tab, CR and LF are written \\ \t \r \n
// (the escapes of PostgreSQL's text format and of "linear TSV"). CSV quotes a cell as RFC 4180 says.
void append_cell( std::string& out, const detail::cell& c, table_format format )
{
   const std::string text = c.kind == detail::cell::kind_t::number ? std::to_string( c.number ) : c.text;
   if( format == table_format::tsv ) {
      for( const char ch : text ) {
         switch( ch ) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '\n': out += "\\n"; break;
            default: out += ch;
         }
      }
      return;
   }
   if( text.find_first_of( ",\"\r\n" ) == std::string::npos ) {
      out += text;
      return;
   }
   out += '"';
   for( const char ch : text ) {
      out += ch;
      if( ch == '"' ) {
         out += '"';
      }
   }
   out += '"';
}

template< typename Cells >
void append_row( std::string& out, const Cells& cells, table_format format )
{
   bool first = true;
   for( const auto& c : cells ) {
      if( !first ) {
         out += format == table_format::tsv ? '\t' : ',';
      }
      first = false;
      append_cell( out, detail::cell( c ), format );
   }
   out += '\n';
}

}  // namespace

std::string table_header( table_kind kind, table_format format )
{
   std::string out;
   append_row( out, detail::table_columns( kind ), format );
   return out;
}

std::string to_table( const document& doc, table_kind kind, table_format format )
{
   std::string out;
   for( const auto& row : detail::table_rows( doc, kind ) ) {
      append_row( out, row, format );
   }
   return out;
}

}  // namespace chidao
