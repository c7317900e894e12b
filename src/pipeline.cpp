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
#include "io/read.hpp"
#include "parse/parse.hpp"
#include "text/source.hpp"
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
      case errc::out_of_memory: return "out_of_memory";
      case errc::internal_error: return "internal_error";
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
   const detail::source_text input( bytes, options.lenient, source, options.encoding );
   detail::builder events;
   const detail::grammar_context context{ input.normalized().data(), input.utf8(), &input.utf8_map(), &options.lexicon.tables() };
   detail::parse_normalized( input.normalized(), context, events );
   document doc = std::move( events ).finish( std::move( source ), input, options.lexicon.tables() );
   const detail::decoded_text& decoded = input.decoded();
   if( !decoded.hint.empty() ) {
      doc.warnings.push_back( { decoded.hint, { 0, bytes.size() } } );
   }
   // One warning per run of invalid bytes, however many sequences (each one U+FFFD) it holds: a binary
   // file read with --lenient would otherwise give a warning every byte or two.
   const std::string read_as = decoded.converted ? decoded.encoding : "UTF-8";  // "invalid vni", not "invalid UTF-8"
   for( const auto& run : decoded.replaced ) {
      doc.warnings.push_back( { run.sequences == 1 ? fmt::format( "invalid {} replaced by U+FFFD", read_as )
                                                   : fmt::format( "{} invalid {} sequences replaced by U+FFFD each", run.sequences, read_as ),
                                { run.begin, run.end } } );
   }
   if( decoded.runs_beyond != 0 ) {
      const auto& rest = decoded.replaced_beyond;
      doc.warnings.push_back( { fmt::format( "{} more runs of invalid {} ({} sequences) replaced by U+FFFD each", decoded.runs_beyond,
                                             read_as, rest.sequences ),
                                { rest.begin, rest.end } } );
   }
   detail::convert_offsets( doc, input, options.offsets );  // warnings too
   return doc;
}

document parser::parse( std::string_view bytes, std::string source ) const { return chidao::parse( bytes, std::move( source ), options_ ); }

document parser::parse_file( const std::filesystem::path& path ) const { return chidao::parse_file( path, options_ ); }

std::string read_input( const std::filesystem::path& path )
{
   return *detail::read_all( path.string(), detail::max_input_bytes );  // without a wake descriptor, never woken
}

document parse_file( const std::filesystem::path& path, const parse_options& options )
{
   return parse( read_input( path ), path.string(), options );
}

}  // namespace chidao
