// SPDX-License-Identifier: MIT
// chidao._chidao: the C++ parser for Python. It parses with the GIL released, so threads scale, and
// gives back an opaque document that writes itself as JSON, an outline, Markdown or table rows; the
// typed nodes of the `chidao` package are made from its JSON, so they follow the one contract.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <string>
#include <vector>

#include "chidao/parse.hpp"
#include "chidao/version.hpp"
#include "chidao/write.hpp"
#include "write/table.hpp"

namespace py = pybind11;

namespace {

// A parsed document and the unit its spans count: bytes for bytes input, code points for str input.
struct native_document {
   chidao::document doc;
   bool code_points = false;
};

// A str is encoded to UTF-8 here, so the input chidao sees is exactly the str: code point offsets into
// that UTF-8 are the str's indexes. An error's byte offset becomes a code point offset the same way.
std::size_t code_points_before( std::string_view utf8, std::size_t byte )
{
   std::size_t count = 0;
   for( std::size_t i = 0; i < byte && i < utf8.size(); ++i ) {
      count += ( static_cast< unsigned char >( utf8[ i ] ) & 0xC0 ) != 0x80 ? 1 : 0;
   }
   return count;
}

// The error with its byte offset replaced by the code point offset into the str.
chidao::error in_code_points( const chidao::error& e, std::string_view utf8 )
{
   chidao::source_position where = e.where();
   where.byte = code_points_before( utf8, where.byte );
   return chidao::error( e.code(), where, e.message() );
}

class native_parser {
public:
   native_parser( const std::vector< std::string >& lexicons, bool lenient, const std::string& encoding )
   {
      chidao::parse_options options;
      options.lenient = lenient;
      options.encoding = encoding;
      for( const std::string& file : lexicons ) {
         options.lexicon.load( file );
      }
      // A str has been decoded already, whatever the encoding of the bytes it came from.
      chidao::parse_options for_str = options;
      for_str.encoding.clear();
      parser_ = std::make_shared< const chidao::parser >( std::move( options ) );
      str_parser_ = std::make_shared< const chidao::parser >( std::move( for_str ) );
   }

   std::unique_ptr< native_document > parse_bytes( const py::bytes& data, const std::string& source ) const
   {
      char* buffer = nullptr;
      Py_ssize_t size = 0;
      PyBytes_AsStringAndSize( data.ptr(), &buffer, &size );
      const std::string_view bytes( buffer, static_cast< std::size_t >( size ) );  // `data` lives through the call
      auto result = std::make_unique< native_document >();
      py::gil_scoped_release release;
      result->doc = parser_->parse( bytes, source );
      return result;
   }

   std::unique_ptr< native_document > parse_str( const py::str& text, const std::string& source ) const
   {
      Py_ssize_t size = 0;
      const char* buffer = PyUnicode_AsUTF8AndSize( text.ptr(), &size );  // cached in the str object
      if( buffer == nullptr ) {
         throw py::error_already_set();  // a lone surrogate has no UTF-8
      }
      const std::string_view utf8( buffer, static_cast< std::size_t >( size ) );
      auto result = std::make_unique< native_document >();
      result->code_points = true;
      py::gil_scoped_release release;
      try {
         result->doc = str_parser_->parse( utf8, source );
      }
      catch( const chidao::error& e ) {
         throw in_code_points( e, utf8 );
      }
      chidao::convert_offsets( result->doc, utf8, chidao::offset_unit::code_points );
      return result;
   }

   std::unique_ptr< native_document > parse_file( const std::string& path ) const
   {
      auto result = std::make_unique< native_document >();
      py::gil_scoped_release release;
      result->doc = parser_->parse_file( path );
      return result;
   }

private:
   std::shared_ptr< const chidao::parser > parser_, str_parser_;
};

chidao::statements_shown shown( const std::string& which )
{
   if( which == "all" ) {
      return chidao::statements_shown::all;
   }
   if( which == "with-lists" || which == "with_lists" ) {
      return chidao::statements_shown::with_lists;
   }
   throw py::value_error( "statements must be 'all' or 'with-lists', not '" + which + "'" );
}

chidao::table_kind table( const std::string& name )
{
   if( name == "points" ) {
      return chidao::table_kind::points;
   }
   if( name == "statements" ) {
      return chidao::table_kind::statements;
   }
   if( name == "speakers" ) {
      return chidao::table_kind::speakers;
   }
   throw py::value_error( "table must be 'points', 'statements' or 'speakers', not '" + name + "'" );
}

py::object to_python( const chidao::detail::cell& c )
{
   switch( c.kind ) {
      case chidao::detail::cell::kind_t::text: return py::str( c.text );
      case chidao::detail::cell::kind_t::number: return py::int_( c.number );
      case chidao::detail::cell::kind_t::empty: break;
   }
   return py::none();
}

}  // namespace

PYBIND11_MODULE( _chidao, m )
{
   m.doc() = "The C++ core of the chidao package; use the chidao module.";
   m.attr( "version" ) = chidao::version();
   m.attr( "json_contract" ) = chidao::json_contract_version;
   // chidao.Error is a Python class (chidao/__init__.py), looked up when first raised: the package has
   // finished importing by then.
   py::register_exception_translator( []( std::exception_ptr p ) {
      try {
         if( p ) {
            std::rethrow_exception( p );
         }
      }
      catch( const chidao::error& e ) {
         const chidao::source_position& where = e.where();
         py::object type = py::module_::import( "chidao" ).attr( "Error" );
         // offset: code points for a str (see in_code_points), else bytes
         py::object error = type( e.what(), chidao::to_string( e.code() ), where.source, e.message(), where.line,
                                  where.column, where.byte, chidao::to_json( e ), chidao::to_json( e, { true } ) );
         PyErr_SetObject( type.ptr(), error.ptr() );
      }
   } );

   py::class_< native_document >( m, "NativeDocument" )
      .def_property_readonly( "source", []( const native_document& d ) { return d.doc.source; } )
      .def_property_readonly( "unit", []( const native_document& d ) { return d.code_points ? "code_points" : "bytes"; } )
      // The outline and Markdown quote the input's bytes, invalid ones too with lenient: they go to Python as
      // bytes, and the package decodes them with U+FFFD for what is not UTF-8, as the JSON has it.
      // The writers run without the GIL too: a document is not changed after parsing, and a consumer writing
      // one document's JSON must not stop the threads parsing the next ones.
      .def(
         "to_json", []( const native_document& d, bool pretty ) { return chidao::to_json( d.doc, { pretty } ); },
         py::arg( "pretty" ) = false, py::call_guard< py::gil_scoped_release >() )
      .def(
         "to_outline",
         []( const native_document& d, std::size_t width, bool color, const std::string& statements ) {
            const chidao::statements_shown which = shown( statements );
            std::string text;
            {
               py::gil_scoped_release release;
               text = chidao::to_outline( d.doc, { width, color, which } );
            }
            return py::bytes( text );
         },
         py::arg( "width" ) = 100, py::arg( "color" ) = false, py::arg( "statements" ) = "all" )
      .def(
         "to_markdown",
         []( const native_document& d, const std::string& statements ) {
            const chidao::statements_shown which = shown( statements );
            std::string text;
            {
               py::gil_scoped_release release;
               text = chidao::to_markdown( d.doc, { which } );
            }
            return py::bytes( text );
         },
         py::arg( "statements" ) = "all" )
      // (lists, points, speakers): what a batch run counts, without making the typed nodes.
      .def( "counts",
            []( const native_document& d ) {
               std::size_t lists = 0, points = 0;
               chidao::for_each_node( d.doc, [ & ]( const chidao::node& n, std::size_t ) {
                  if( const auto* l = std::get_if< chidao::list >( &n ) ) {
                     ++lists;
                     points += l->items.size();
                  }
               } );
               return py::make_tuple( lists, points, d.doc.speakers.size() );
            } )
      .def( "table", []( const native_document& d, const std::string& name ) {
         const chidao::table_kind kind = table( name );
         py::list rows;
         for( const auto& row : chidao::detail::table_rows( d.doc, kind ) ) {
            py::tuple cells( row.size() );
            for( std::size_t k = 0; k < row.size(); ++k ) {
               cells[ k ] = to_python( row[ k ] );
            }
            rows.append( cells );
         }
         return py::make_tuple( chidao::detail::table_columns( kind ), rows );
      } );

   py::class_< native_parser >( m, "NativeParser" )
      .def( py::init< const std::vector< std::string >&, bool, const std::string& >(), py::arg( "lexicons" ),
            py::arg( "lenient" ), py::arg( "encoding" ) )
      .def( "parse_bytes", &native_parser::parse_bytes, py::arg( "data" ), py::arg( "source" ) )
      .def( "parse_str", &native_parser::parse_str, py::arg( "text" ), py::arg( "source" ) )
      .def( "parse_file", &native_parser::parse_file, py::arg( "path" ) );
}
