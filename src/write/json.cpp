#include <nlohmann/json.hpp>

#include "chidao/version.hpp"
#include "chidao/write.hpp"

namespace chidao {
namespace {

using json = nlohmann::ordered_json;  // key order as written: the contract is read by people too

json to_json_span( const span& s ) { return json::array( { s.begin, s.end } ); }

json node_to_json( const node& n );

json list_to_json( const list& l )
{
   json items = json::array();
   for( const item& it : l.items ) {
      json children = json::array();
      for( const node& c : it.children ) {
         children.push_back( node_to_json( c ) );
      }
      items.push_back( { { "kind", "item" },
                         { "ordinal", it.ordinal },
                         { "marker", it.marker },
                         { "span", to_json_span( it.span ) },
                         { "text", it.text },
                         { "children", std::move( children ) } } );
   }
   return { { "kind", "list" },
            { "style", to_string( l.style ) },
            { "announced", l.announced ? json( *l.announced ) : json( nullptr ) },
            { "span", to_json_span( l.span ) },
            { "items", std::move( items ) } };
}

json children_to_json( const std::vector< node >& nodes )
{
   json children = json::array();
   for( const node& c : nodes ) {
      children.push_back( node_to_json( c ) );
   }
   return children;
}

json optional_string( const std::optional< std::string >& s ) { return s ? json( *s ) : json( nullptr ); }

json statement_to_json( const statement& st )
{
   return { { "kind", "statement" },
            { "form", to_string( st.form ) },
            { "speaker", optional_string( st.speaker ) },
            { "speaker_text", st.speaker_text },
            { "verb", st.verb },
            { "act", to_string( st.act ) },
            { "addressee", optional_string( st.addressee ) },
            { "span", to_json_span( st.span ) },
            { "text", st.text },
            { "children", children_to_json( st.children ) } };
}

json mention_to_json( const mention& m )
{
   return { { "text", m.text }, { "span", to_json_span( m.span ) }, { "resolved", m.resolved } };
}

json node_to_json( const node& n )
{
   if( const auto* l = std::get_if< list >( &n ) ) {
      return list_to_json( *l );
   }
   if( const auto* st = std::get_if< statement >( &n ) ) {
      return statement_to_json( *st );
   }
   const auto& z = std::get< noise >( n );
   return { { "kind", "noise" }, { "noise", to_string( z.kind ) }, { "span", to_json_span( z.span ) } };
}

std::string dump( const json& j, const json_options& options )
{
   // Invalid UTF-8 cannot reach here (input is validated or repaired), but a replacement keeps a writer
   // from ever throwing halfway through a batch.
   if( options.pretty ) {
      return j.dump( 2, ' ', false, json::error_handler_t::replace ) + "\n";
   }
   return j.dump( -1, ' ', false, json::error_handler_t::replace );
}

}  // namespace

json document_to_json( const document& doc );

std::string to_json( const document& doc, const json_options& options ) { return dump( document_to_json( doc ), options ); }

std::string to_json( const document& doc, std::string_view original, const json_options& options )
{
   json j = document_to_json( doc );
   json out = json::array();
   for( const leaf& l : leaves( doc, original ) ) {
      out.push_back( { { "kind", to_string( l.kind ) },
                       { "span", to_json_span( l.span ) },
                       { "text", std::string( original.substr( l.span.begin, l.span.end - l.span.begin ) ) },
                       { "owner", l.owner } } );
   }
   j[ "leaves" ] = std::move( out );
   return dump( j, options );
}

json document_to_json( const document& doc )
{
   json nodes = json::array();
   for( const node& n : doc.nodes ) {
      nodes.push_back( node_to_json( n ) );
   }
   json speakers = json::array();
   for( const speaker& sp : doc.speakers ) {
      json mentions = json::array();
      for( const mention& m : sp.mentions ) {
         mentions.push_back( mention_to_json( m ) );
      }
      speakers.push_back( { { "id", sp.id },
                            { "name", sp.name },
                            { "kind", sp.kind == speaker::kind_t::person ? "person" : "group" },
                            { "titles", sp.titles },
                            { "mentions", std::move( mentions ) } } );
   }
   json unresolved = json::array();
   for( const mention& m : doc.unresolved ) {
      unresolved.push_back( mention_to_json( m ) );
   }
   json warnings = json::array();
   for( const warning& w : doc.warnings ) {
      warnings.push_back( { { "message", w.message }, { "span", to_json_span( w.span ) } } );
   }
   return { { "chidao", json_contract_version },
            { "source", doc.source },
            { "nodes", std::move( nodes ) },
            { "speakers", std::move( speakers ) },
            { "unresolved", std::move( unresolved ) },
            { "warnings", std::move( warnings ) } };
}

std::string to_json( const error& err, const json_options& options )
{
   const json j = { { "chidao", json_contract_version },
                    { "source", err.where().source },
                    { "error",
                      { { "code", to_string( err.code() ) },
                        { "message", err.message() },
                        { "line", err.where().line },
                        { "column", err.where().column },
                        { "byte", err.where().byte } } } };
   return dump( j, options );
}

}  // namespace chidao
