// SPDX-License-Identifier: MIT
// bytes → decode → normalize → grammar → tree builder: the public parse() functions.
#include <fmt/format.h>
#include <unicode/uversion.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <optional>
#include <sstream>

#include "chidao/parse.hpp"
#include "chidao/version.hpp"
#include "parse/parse.hpp"
#include "text/decode.hpp"
#include "text/normalize.hpp"
#include "tree/builder.hpp"

namespace chidao {

const char* version() noexcept { return CHIDAO_VERSION_STRING; }

const char* icu_version() noexcept
{
   static const std::string text = [] {
      UVersionInfo info;
      u_getVersion( info );
      char buffer[ U_MAX_VERSION_STRING_LENGTH ];
      u_versionToString( info, buffer );
      return std::string( buffer );
   }();
   return text.c_str();
}

const char* to_string( errc code ) noexcept
{
   switch( code ) {
      case errc::invalid_utf8: return "invalid_utf8";
      case errc::input_too_large: return "input_too_large";
      case errc::io_failure: return "io_failure";
      case errc::invalid_lexicon: return "invalid_lexicon";
      case errc::invalid_encoding: return "invalid_encoding";
   }
   return "unknown";
}

const char* to_string( list_style style ) noexcept
{
   switch( style ) {
      case list_style::la: return "la";
      case list_style::thu: return "thu";
      case list_style::numeric: return "numeric";
      case list_style::letter: return "letter";
      case list_style::roman: return "roman";
      case list_style::bullet: return "bullet";
      case list_style::semicolon: return "semicolon";
   }
   return "unknown";
}

const char* to_string( speech_act act ) noexcept
{
   switch( act ) {
      case speech_act::directive: return "directive";
      case speech_act::assertive: return "assertive";
      case speech_act::evaluative: return "evaluative";
   }
   return "unknown";
}

const char* to_string( statement_form form ) noexcept
{
   switch( form ) {
      case statement_form::speaker_first: return "speaker_first";
      case statement_form::according_to: return "according_to";
      case statement_form::after_quote: return "after_quote";
      case statement_form::nominal: return "nominal";
      case statement_form::interview_answer: return "interview_answer";
   }
   return "unknown";
}

const char* to_string( speaker::kind_t kind ) noexcept
{
   switch( kind ) {
      case speaker::kind_t::person: return "person";
      case speaker::kind_t::group: return "group";
      case speaker::kind_t::institution: return "institution";
      case speaker::kind_t::role: return "role";
   }
   return "unknown";
}

const char* to_string( attribution how ) noexcept
{
   switch( how ) {
      case attribution::same_sentence: return "same_sentence";
      case attribution::announced: return "announced";
      case attribution::continued: return "continued";
      case attribution::interview: return "interview";
      case attribution::quote: return "quote";
      case attribution::title_only: return "title_only";
   }
   return "unknown";
}

const char* to_string( noise_kind kind ) noexcept
{
   switch( kind ) {
      case noise_kind::caption: return "caption";
      case noise_kind::credit: return "credit";
      case noise_kind::image: return "image";
      case noise_kind::repeated: return "repeated";
      case noise_kind::related: return "related";
   }
   return "unknown";
}

error::error( errc code, source_position where, const std::string& message )
   : std::runtime_error( fmt::format( "{}:{}:{}: {}", where.source, where.line, where.column, message ) ),
     code_( code ),
     where_( std::move( where ) ),
     message_( message )
{}

document parse( const std::string_view bytes, std::string source, const parse_options& options )
{
   detail::decoded_text decoded = detail::decode( bytes, options.lenient, source, options.encoding );
   const detail::normalized_text normalized = detail::normalize( decoded.utf8, decoded.edits );
   // Spans count the input's bytes; texts and capitals are read from UTF-8. For UTF-8 input both are the
   // input itself; a converted input (UTF-16, windows-1258 …) gets a second map, into its conversion.
   std::optional< detail::offset_map > converted_map;
   std::string converted_text;  // in NFC: windows-1258 keeps tones as combining marks
   if( decoded.converted ) {
      converted_text = detail::to_nfc( decoded.utf8 );
      icu::Edits identity;
      identity.addUnchanged( static_cast< int32_t >( converted_text.size() ) );
      converted_map = detail::normalize( converted_text, identity ).map;  // the same normalized text
   }
   const std::string_view utf8 = decoded.converted ? std::string_view( converted_text ) : bytes;
   const detail::offset_map& text_map = decoded.converted ? *converted_map : normalized.map;
   detail::builder events;
   const detail::grammar_context context{ normalized.text.data(), utf8, &text_map, &options.lexicon.tables() };
   detail::parse_normalized( normalized.text, context, events );
   document doc = std::move( events ).finish( std::move( source ), utf8, text_map, normalized, options.lexicon.tables() );
   // One warning per run of invalid bytes, however many sequences (each one U+FFFD) it holds: a binary
   // file read with --lenient would otherwise give a warning every byte or two.
   for( std::size_t i = 0; i < decoded.replaced.size(); ) {
      const std::size_t begin = decoded.replaced[ i ].first;
      std::size_t end = decoded.replaced[ i ].second;
      std::size_t sequences = 1;
      for( ++i; i < decoded.replaced.size() && decoded.replaced[ i ].first == end; ++i, ++sequences ) {
         end = decoded.replaced[ i ].second;
      }
      doc.warnings.push_back( { sequences == 1 ? std::string( "invalid UTF-8 replaced by U+FFFD" )
                                               : fmt::format( "{} invalid UTF-8 sequences replaced by U+FFFD each", sequences ),
                                { begin, end } } );
   }
   return doc;
}

document parser::parse( std::string_view bytes, std::string source ) const { return chidao::parse( bytes, std::move( source ), options_ ); }

document parser::parse_file( const std::filesystem::path& path ) const { return chidao::parse_file( path, options_ ); }

namespace {

// The largest input chidao takes (ICU counts edits in int32_t); decode() enforces it too.
constexpr std::size_t max_input = static_cast< std::size_t >( std::numeric_limits< std::int32_t >::max() );

error too_large( const std::string& name, std::size_t bytes, bool at_least )
{
   return error( errc::input_too_large, { name, 0, 1, 1 },
                 fmt::format( "input of {}{} bytes exceeds the 2 GiB limit", at_least ? "more than " : "", bytes ) );
}

// Reads a stream of unknown size in blocks, stopping as soon as it passes the limit.
std::string read_stream( std::istream& in, const std::string& name )
{
   std::string bytes;
   std::size_t used = 0;
   while( in ) {
      bytes.resize( used + ( 1 << 20 ) );
      in.read( bytes.data() + used, 1 << 20 );
      used += static_cast< std::size_t >( in.gcount() );
      if( used > max_input ) {
         throw too_large( name, max_input, true );
      }
   }
   if( in.bad() ) {
      throw error( errc::io_failure, { name }, "read failed" );
   }
   bytes.resize( used );
   return bytes;
}

}  // namespace

std::string read_input( const std::filesystem::path& path )
{
   const std::string name = path.string();
   if( name == "-" ) {
      return read_stream( std::cin, "-" );
   }
   std::error_code ec;
   if( std::filesystem::is_directory( path, ec ) ) {
      throw error( errc::io_failure, { name }, "is a directory" );
   }
   std::ifstream file( path, std::ios::binary );
   if( !file ) {
      throw error( errc::io_failure, { name }, fmt::format( "cannot open: {}", std::strerror( errno ) ) );
   }
   // A regular file is rejected by its size before a byte is read, and read in one piece, without the
   // copies a string stream makes; anything else (a pipe, a device) is read in blocks.
   if( std::filesystem::is_regular_file( path, ec ) ) {
      const auto size = std::filesystem::file_size( path, ec );
      if( !ec ) {
         if( size > max_input ) {
            throw too_large( name, static_cast< std::size_t >( size ), false );
         }
         std::string bytes( static_cast< std::size_t >( size ), '\0' );
         file.read( bytes.data(), static_cast< std::streamsize >( size ) );
         if( file.bad() || static_cast< std::size_t >( file.gcount() ) != size ) {
            throw error( errc::io_failure, { name }, "read failed" );
         }
         if( file.peek() == std::char_traits< char >::eof() ) {
            return bytes;
         }
         bytes += read_stream( file, name );  // the file grew while it was read
         return bytes;
      }
   }
   return read_stream( file, name );
}

document parse_file( const std::filesystem::path& path, const parse_options& options )
{
   return parse( read_input( path ), path.string(), options );
}

}  // namespace chidao
