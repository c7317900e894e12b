// SPDX-License-Identifier: MIT
#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cstring>
#include <optional>

#include <string>
#include <vector>

#include "chidao/version.hpp"
#include "chidao/write.hpp"
#include "text/readable.hpp"
#include "text/key.hpp"
#include "write/json_string.hpp"
#include "write/leaves.hpp"

namespace chidao {
namespace {

using detail::append_json_string;

// A key quoted, with its colon and the space the pretty layout puts after it: `"name": `. Made at compile
// time from the literal a writer names it by (json_writer::key< "name" >()).
template< std::size_t N >
struct quoted_key {
   consteval quoted_key( const char ( &name )[ N ] )  // NOLINT: implicit, from the literal
   {
      text[ 0 ] = '"';
      for( std::size_t k = 0; k + 1 < N; ++k ) {
         text[ 1 + k ] = name[ k ];
      }
      text[ N ] = '"';
      text[ N + 1 ] = ':';
      text[ N + 2 ] = ' ';
   }
   char text[ N + 3 ]{};  // '"', the N - 1 letters, '"', ':', ' '
};

// Writes JSON straight into a string, in the layout nlohmann's dump() gives (compact, or two-space
// indentation), without building a DOM first: for a page dense with points, a DOM of the tree took
// several times the memory of the tree itself. Strings are escaped as nlohmann escapes them (see
// write/json_string), and any invalid UTF-8 replaced by the library itself.
class json_writer {
public:
   json_writer( std::string& out, bool pretty ) : out_( out ), pretty_( pretty ) {}

   void begin_object() { open( '{' ); }
   void end_object() { close( '}' ); }
   void begin_array() { open( '[' ); }
   void end_array() { close( ']' ); }

   // Keys are the contract's own short ASCII names, quoted with their colon at compile time: one append of
   // constant bytes a key. (Written byte by byte into a buffer on the stack and copied from it, each key
   // stalled on reading back what it had just written; grown and written in place, it cost a hundred
   // instructions.)
   template< quoted_key Key >
   json_writer& key()
   {
      element();
      out_.append( Key.text, sizeof( Key.text ) - ( pretty_ ? 0 : 1 ) );  // pretty: the space after the colon
      after_key_ = true;
      return *this;
   }

   void string( std::string_view text )
   {
      element();
      append_json_string( out_, text );
   }
   void number( std::size_t value )
   {
      element();
      std::array< char, 24 > digits;
      const auto end = std::to_chars( digits.data(), digits.data() + digits.size(), value ).ptr;
      out_.append( digits.data(), static_cast< std::size_t >( end - digits.data() ) );
   }
   void boolean( bool value )
   {
      element();
      out_ += value ? "true" : "false";
   }
   void null()
   {
      element();
      out_ += "null";
   }
   void optional_string( const std::optional< std::string >& text )
   {
      if( text ) {
         string( *text );
      }
      else {
         null();
      }
   }
   void span( const chidao::span& s )
   {
      begin_array();
      number( s.begin );
      number( s.end );
      end_array();
   }

private:
   // Before any value or key: the comma after the previous element, and its line and indentation.
   void element()
   {
      if( after_key_ ) {
         after_key_ = false;
         return;
      }
      if( open_.empty() ) {
         return;  // the top-level value
      }
      if( open_.back() == filled ) {
         out_ += ',';
      }
      open_.back() = filled;
      newline( open_.size() );
   }
   void open( char bracket )
   {
      element();
      out_ += bracket;
      open_.push_back( empty );
   }
   void close( char bracket )
   {
      const bool was_empty = open_.back() == empty;
      open_.pop_back();
      if( !was_empty ) {
         newline( open_.size() );
      }
      out_ += bracket;
   }
   void newline( std::size_t depth )
   {
      if( pretty_ ) {
         out_ += '\n';
         out_.append( 2 * depth, ' ' );
      }
   }

   std::string& out_;
   bool pretty_;
   bool after_key_ = false;
   // Per open container, whether anything was written in it yet. A string: a document's few levels fit
   // in it without an allocation.
   static constexpr char empty = 0;
   static constexpr char filled = 1;
   std::string open_;
};

void write_node( json_writer& w, const node& n );

void write_nodes( json_writer& w, const std::vector< node >& nodes )
{
   w.begin_array();
   for( const node& c : nodes ) {
      write_node( w, c );
   }
   w.end_array();
}

void write_list( json_writer& w, const list& l )
{
   w.begin_object();
   w.key< "kind" >().string( "list" );
   w.key< "style" >().string( to_string( l.style ) );
   if( l.announced ) {
      w.key< "announced" >().number( *l.announced );
   }
   else {
      w.key< "announced" >().null();
   }
   w.key< "speaker" >().optional_string( l.speaker );
   if( l.attributed ) {
      w.key< "attribution" >().string( to_string( *l.attributed ) );
   }
   else {
      w.key< "attribution" >().null();
   }
   w.key< "span" >().span( l.span );
   w.key< "items" >().begin_array();
   for( const item& it : l.items ) {
      w.begin_object();
      w.key< "kind" >().string( "item" );
      w.key< "ordinal" >().number( it.ordinal );
      w.key< "marker" >().string( it.marker );
      w.key< "span" >().span( it.span );
      w.key< "text" >().string( it.text );
      w.key< "children" >();
      write_nodes( w, it.children );
      w.end_object();
   }
   w.end_array();
   w.end_object();
}

void write_statement( json_writer& w, const statement& st )
{
   w.begin_object();
   w.key< "kind" >().string( "statement" );
   w.key< "form" >().string( to_string( st.form ) );
   w.key< "speaker" >().optional_string( st.speaker );
   w.key< "speaker_text" >().string( st.speaker_text );
   w.key< "verb" >().string( st.verb );
   w.key< "act" >().string( to_string( st.act ) );
   w.key< "addressee" >().optional_string( st.addressee );
   w.key< "attribution" >().string( to_string( st.attributed ) );
   w.key< "span" >().span( st.span );
   w.key< "text" >().string( st.text );
   w.key< "children" >();
   write_nodes( w, st.children );
   w.end_object();
}

void write_node( json_writer& w, const node& n )
{
   if( const auto* l = std::get_if< list >( &n ) ) {
      write_list( w, *l );
   }
   else if( const auto* st = std::get_if< statement >( &n ) ) {
      write_statement( w, *st );
   }
   else {
      const auto& z = std::get< noise >( n );
      w.begin_object();
      w.key< "kind" >().string( "noise" );
      w.key< "noise" >().string( to_string( z.kind ) );
      w.key< "span" >().span( z.span );
      w.end_object();
   }
}

void write_mention( json_writer& w, const mention& m )
{
   w.begin_object();
   w.key< "text" >().string( m.text );
   w.key< "span" >().span( m.span );
   w.key< "resolved" >().boolean( m.resolved );
   w.end_object();
}

// The document's members; the caller closes the object, after any member of its own.
void write_document_members( json_writer& w, const document& doc )
{
   w.key< "chidao" >().number( json_contract_version );
   w.key< "version" >().string( version() );                 // which chidao wrote it, and so which rules
   w.key< "offsets" >().string( to_string( doc.offsets ) );  // a file in code points is never read as bytes
   w.key< "source" >().string( doc.source );
   w.key< "nodes" >();
   write_nodes( w, doc.nodes );
   w.key< "speakers" >().begin_array();
   for( const speaker& sp : doc.speakers ) {
      w.begin_object();
      w.key< "id" >().string( sp.id );
      w.key< "name" >().string( sp.name );
      // Names are kept as written; the key groups "Các chuyên gia" with "các chuyên gia" across pages.
      w.key< "key" >().string( detail::name_key( sp.name ) );
      w.key< "kind" >().string( to_string( sp.kind ) );
      w.key< "titles" >().begin_array();
      for( const std::string& t : sp.titles ) {
         w.string( t );
      }
      w.end_array();
      w.key< "mentions" >().begin_array();
      for( const mention& m : sp.mentions ) {
         write_mention( w, m );
      }
      w.end_array();
      w.end_object();
   }
   w.end_array();
   w.key< "unresolved" >().begin_array();
   for( const mention& m : doc.unresolved ) {
      write_mention( w, m );
   }
   w.end_array();
   w.key< "warnings" >().begin_array();
   for( const warning& wn : doc.warnings ) {
      w.begin_object();
      w.key< "message" >().string( wn.message );
      w.key< "span" >().span( wn.span );
      w.end_object();
   }
   w.end_array();
}

std::string finish( std::string out, const json_options& options )
{
   if( options.pretty ) {
      out += '\n';
   }
   return out;
}

}  // namespace

std::string to_json( const document& doc, const json_options& options )
{
   std::string out;
   out.reserve( 512 );  // the members of a document with nothing found: one allocation, not five
   json_writer w( out, options.pretty );
   w.begin_object();
   write_document_members( w, doc );
   w.end_object();
   return finish( std::move( out ), options );
}

std::string to_json( const document& doc, std::string_view original, const json_options& options, const std::string& encoding )
{
   std::string out;
   json_writer w( out, options.pretty );
   w.begin_object();
   write_document_members( w, doc );
   w.key< "leaves" >().begin_array();
   // Texts are the input's bytes when it is UTF-8 as given; else (UTF-16, another encoding, invalid
   // bytes) its text as decoded, which a JSON string can carry.
   std::optional< detail::readable_text > decoded;
   if( !detail::is_utf8_as_given( original, encoding ) ) {
      decoded.emplace( original, doc.source, encoding );
   }
   for( const leaf& l : detail::leaves_of( doc, original, decoded ? &*decoded : nullptr ) ) {
      w.begin_object();
      w.key< "kind" >().string( to_string( l.kind ) );
      w.key< "span" >().span( l.span );
      w.key< "text" >().string( decoded ? decoded->between( l.span.begin, l.span.end )
                                      : original.substr( l.span.begin, l.span.end - l.span.begin ) );
      w.key< "owner" >().string( l.owner );
      w.end_object();
   }
   w.end_array();
   w.end_object();
   return finish( std::move( out ), options );
}

std::string to_json( const error& err, const json_options& options )
{
   std::string out;
   json_writer w( out, options.pretty );
   w.begin_object();
   w.key< "chidao" >().number( json_contract_version );
   w.key< "version" >().string( version() );
   w.key< "source" >().string( err.where().source );
   w.key< "error" >().begin_object();
   w.key< "code" >().string( to_string( err.code() ) );
   w.key< "message" >().string( err.message() );
   w.key< "line" >().number( err.where().line );
   w.key< "column" >().number( err.where().column );
   w.key< "byte" >().number( err.where().byte );
   w.end_object();
   w.end_object();
   return finish( std::move( out ), options );
}

}  // namespace chidao
