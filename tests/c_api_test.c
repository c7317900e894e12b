// SPDX-License-Identifier: MIT
/* The C API from C: parse, read the JSON, an invalid input, a lexicon error, and free everything. */
#include <chidao/chidao.h>

#include <stdio.h>
#include <string.h>

static int failures = 0;
#define CHECK( condition )                                          \
   do {                                                             \
      if( !( condition ) ) {                                        \
         fprintf( stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #condition ); \
         ++failures;                                                \
      }                                                             \
   } while( 0 )

int main( void )
{
   chidao_parser* parser = chidao_parser_new();
   CHECK( parser != NULL );

   const char* text = "Bộ trưởng Bùi Thanh Sơn đề nghị, thứ nhất, cần A; thứ hai, cần B.";
   char* json = NULL;
   CHECK( chidao_parse( parser, text, strlen( text ), "c.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"style\":\"thu\"" ) != NULL );
   CHECK( json != NULL && strstr( json, "\"name\":\"Bùi Thanh Sơn\"" ) != NULL );
   chidao_free( json );

   const char bad[] = "a\xff";
   CHECK( chidao_parse( parser, bad, 2, "bad.txt", &json ) == CHIDAO_INVALID_UTF8 );
   CHECK( json != NULL && strstr( json, "\"code\":\"invalid_utf8\"" ) != NULL );
   chidao_free( json );

   chidao_parser_set_lenient( parser, 1 );
   CHECK( chidao_parse( parser, bad, 2, "bad.txt", &json ) == CHIDAO_OK );
   chidao_free( json );

   char* error = NULL;
   CHECK( chidao_parser_add_lexicon( parser, "/nonexistent.lexicon", &error ) == CHIDAO_IO_FAILURE );
   CHECK( error != NULL && strstr( error, "io_failure" ) != NULL );
   chidao_free( error );

   CHECK( strlen( chidao_version() ) >= 5 );
   chidao_parser_free( parser );
   printf( "c_api: %d failed\n", failures );
   return failures == 0 ? 0 : 1;
}
