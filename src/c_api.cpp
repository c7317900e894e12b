// SPDX-License-Identifier: MIT
// The C API over chidao::parser: exceptions become status codes and error documents.
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "chidao/chidao.h"
#include "chidao/parse.hpp"
#include "chidao/version.hpp"
#include "chidao/write.hpp"

struct chidao_parser {
   chidao::parse_options options;
};

namespace {

char* duplicate( const std::string& s )
{
   char* out = static_cast< char* >( std::malloc( s.size() + 1 ) );
   if( out != nullptr ) {
      std::memcpy( out, s.c_str(), s.size() + 1 );
   }
   return out;
}

int give( char** target, const std::string& json, int status )
{
   if( target == nullptr ) {
      return status;
   }
   *target = duplicate( json );
   return *target == nullptr ? CHIDAO_OUT_OF_MEMORY : status;
}

// Runs `work` (which returns a status), turning what it throws into a status, and an error document
// into `*error_json` when asked for: no exception crosses into C.
template< typename Work >
int guarded( char** error_json, Work&& work )
{
   try {
      return work();
   }
   catch( const chidao::error& e ) {
      return give( error_json, chidao::to_json( e ), static_cast< int >( e.code() ) );
   }
   catch( const std::bad_alloc& ) {
      return CHIDAO_OUT_OF_MEMORY;
   }
   catch( ... ) {
      return CHIDAO_INTERNAL_ERROR;
   }
}

}  // namespace

extern "C" {

chidao_parser* chidao_parser_new( void )
{
   try {
      return new chidao_parser{};
   }
   catch( ... ) {
      return nullptr;
   }
}

void chidao_parser_set_lenient( chidao_parser* parser, int lenient )
{
   if( parser != nullptr ) {
      parser->options.lenient = lenient != 0;
   }
}

int chidao_parser_set_encoding( chidao_parser* parser, const char* encoding, char** error_json )
{
   if( parser == nullptr ) {
      return CHIDAO_INTERNAL_ERROR;
   }
   return guarded( error_json, [ & ] {
      chidao::parse_options trial;
      trial.encoding = encoding != nullptr ? encoding : "";
      // As the CLI does: an empty input opens the converter, so an unknown name fails now, not at each parse.
      (void)chidao::parse( "", trial.encoding, trial );
      parser->options.encoding = std::move( trial.encoding );
      return int( CHIDAO_OK );
   } );
}

int chidao_parser_set_offsets( chidao_parser* parser, int offsets )
{
   if( parser == nullptr ) {
      return CHIDAO_INTERNAL_ERROR;
   }
   switch( offsets ) {
      // The parse converts the spans, from the text it decoded (parse_options::offsets).
      case CHIDAO_OFFSETS_BYTES: parser->options.offsets = chidao::offset_unit::bytes; return CHIDAO_OK;
      case CHIDAO_OFFSETS_CODEPOINTS: parser->options.offsets = chidao::offset_unit::code_points; return CHIDAO_OK;
      case CHIDAO_OFFSETS_UTF16: parser->options.offsets = chidao::offset_unit::utf16; return CHIDAO_OK;
      default: return CHIDAO_INTERNAL_ERROR;
   }
}

int chidao_parser_add_lexicon( chidao_parser* parser, const char* path, char** error_json )
{
   if( parser == nullptr || path == nullptr ) {
      return CHIDAO_INTERNAL_ERROR;
   }
   return guarded( error_json, [ & ] {
      parser->options.lexicon.load( path );
      return int( CHIDAO_OK );
   } );
}

void chidao_parser_free( chidao_parser* parser ) { delete parser; }

int chidao_parse( const chidao_parser* parser, const char* bytes, size_t size, const char* source, char** json )
{
   if( parser == nullptr || ( bytes == nullptr && size != 0 ) || json == nullptr ) {
      return CHIDAO_INTERNAL_ERROR;
   }
   *json = nullptr;
   return guarded( json, [ & ] {
      const chidao::document doc = chidao::parse( std::string_view( bytes, size ), source != nullptr ? source : "-", parser->options );
      return give( json, chidao::to_json( doc ), CHIDAO_OK );
   } );
}

void chidao_free( char* json ) { std::free( json ); }

const char* chidao_version( void ) { return chidao::version(); }

}  // extern "C"
