// SPDX-License-Identifier: MIT
/* The C API from C: parse, read the JSON, an invalid input, a lexicon error, the encoding and the span
 * unit, and free everything. */
#include <chidao/chidao.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
#define CHECK( condition )                                          \
   do {                                                             \
      if( !( condition ) ) {                                        \
         fprintf( stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #condition ); \
         ++failures;                                                \
      }                                                             \
   } while( 0 )

/* Threads share a configured parser: each parses the same text and must get what one thread alone got. */
struct shared_parse {
   const chidao_parser* parser;
   const char* text;
   const char* expected;
   int mismatches;
};

static void* parse_repeatedly( void* argument )
{
   struct shared_parse* job = argument;
   for( int i = 0; i < 20; ++i ) {
      char* json = NULL;
      if( chidao_parse( job->parser, job->text, strlen( job->text ), "c.txt", &json ) != CHIDAO_OK ||
          json == NULL || strcmp( json, job->expected ) != 0 ) {
         ++job->mismatches;
      }
      chidao_free( json );
   }
   return NULL;
}

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

   /* The encoding, as --encoding: "Thứ nhất" in Windows-1258 (ứ is u+horn 0xFD and the tone 0xEC, ấ is
    * â 0xE2 and the tone 0xEC). The span counts the input's bytes. */
   const char cp1258[] = "Th\xFD\xEC nh\xE2\xECt, c\xE2\xCCn A.\nTh\xFD\xEC hai, c\xE2\xCCn B.\n";
   CHECK( chidao_parser_set_encoding( parser, "no-such-encoding", &error ) == CHIDAO_INVALID_ENCODING );
   CHECK( error != NULL && strstr( error, "\"code\":\"invalid_encoding\"" ) != NULL );
   chidao_free( error );
   CHECK( chidao_parser_set_encoding( parser, "windows-1258", &error ) == CHIDAO_OK );
   CHECK( chidao_parse( parser, cp1258, sizeof cp1258 - 1, "cp1258.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"marker\":\"Thứ nhất\"" ) != NULL );
   CHECK( json != NULL && strstr( json, "\"offsets\":\"bytes\",\"source\":\"cp1258.txt\"" ) != NULL );
   chidao_free( json );
   /* A name that fails leaves the parser as it was: still Windows-1258. */
   CHECK( chidao_parser_set_encoding( parser, "no-such-encoding", NULL ) == CHIDAO_INVALID_ENCODING );
   CHECK( chidao_parse( parser, cp1258, sizeof cp1258 - 1, "cp1258.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"marker\":\"Thứ nhất\"" ) != NULL );
   chidao_free( json );
   /* Bytes the encoding does not define: ASCII has no 0xC3. */
   chidao_parser_set_lenient( parser, 0 );
   CHECK( chidao_parser_set_encoding( parser, "us-ascii", NULL ) == CHIDAO_OK );
   CHECK( chidao_parse( parser, "\xC3\xA9", 2, "ascii.txt", &json ) == CHIDAO_INVALID_ENCODING );
   CHECK( json != NULL && strstr( json, "\"code\":\"invalid_encoding\"" ) != NULL );
   chidao_free( json );
   CHECK( chidao_parser_set_encoding( parser, NULL, NULL ) == CHIDAO_OK );  /* back to UTF-8 */
   CHECK( chidao_parse( parser, "\xC3\xA9", 2, "utf8.txt", &json ) == CHIDAO_OK );
   chidao_free( json );

   /* The span unit, as --offsets: the list starts at "thứ nhất", after 45 bytes, 33 code points and 33
    * UTF-16 units. */
   CHECK( chidao_parse( parser, text, strlen( text ), "c.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"offsets\":\"bytes\"" ) != NULL );
   CHECK( json != NULL && strstr( json, "\"style\":\"thu\",\"announced\":null,\"speaker\":\"S1\",\"attribution\":\"same_sentence\",\"span\":[45," ) != NULL );
   chidao_free( json );
   CHECK( chidao_parser_set_offsets( parser, CHIDAO_OFFSETS_CODEPOINTS ) == CHIDAO_OK );
   CHECK( chidao_parse( parser, text, strlen( text ), "c.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"offsets\":\"codepoints\"" ) != NULL );
   CHECK( json != NULL && strstr( json, "\"attribution\":\"same_sentence\",\"span\":[33," ) != NULL );
   chidao_free( json );
   CHECK( chidao_parser_set_offsets( parser, CHIDAO_OFFSETS_UTF16 ) == CHIDAO_OK );
   CHECK( chidao_parse( parser, text, strlen( text ), "c.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"offsets\":\"utf16\"" ) != NULL );
   chidao_free( json );
   CHECK( chidao_parser_set_offsets( parser, 7 ) == CHIDAO_INTERNAL_ERROR );  /* unchanged: still UTF-16 */
   CHECK( chidao_parse( parser, text, strlen( text ), "c.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"offsets\":\"utf16\"" ) != NULL );
   chidao_free( json );
   /* An error document is the same in every unit. */
   CHECK( chidao_parse( parser, bad, 2, "bad.txt", &json ) == CHIDAO_INVALID_UTF8 );
   CHECK( json != NULL && strstr( json, "\"byte\":1" ) != NULL );
   chidao_free( json );
   /* Code points of the text as decoded, not of its bytes: the first point, "Thứ nhất, cần A.", is 16
    * code points, 32 bytes in UTF-16LE. */
   const char utf16le[] =
      "\x54\x00\x68\x00\xE9\x1E\x20\x00\x6E\x00\x68\x00\xA5\x1E\x74\x00\x2C\x00\x20\x00\x63\x00"
      "\xA7\x1E\x6E\x00\x20\x00\x41\x00\x2E\x00\x0A\x00\x54\x00\x68\x00\xE9\x1E\x20\x00\x68\x00"
      "\x61\x00\x69\x00\x2C\x00\x20\x00\x63\x00\xA7\x1E\x6E\x00\x20\x00\x42\x00\x2E\x00\x0A\x00";
   CHECK( chidao_parser_set_encoding( parser, "utf-16le", NULL ) == CHIDAO_OK );
   CHECK( chidao_parser_set_offsets( parser, CHIDAO_OFFSETS_BYTES ) == CHIDAO_OK );
   CHECK( chidao_parse( parser, utf16le, sizeof utf16le - 1, "utf16le.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"marker\":\"Thứ nhất\",\"span\":[0,32]" ) != NULL );
   chidao_free( json );
   CHECK( chidao_parser_set_offsets( parser, CHIDAO_OFFSETS_CODEPOINTS ) == CHIDAO_OK );
   CHECK( chidao_parse( parser, utf16le, sizeof utf16le - 1, "utf16le.txt", &json ) == CHIDAO_OK );
   CHECK( json != NULL && strstr( json, "\"marker\":\"Thứ nhất\",\"span\":[0,16]" ) != NULL );
   chidao_free( json );

   /* Configured (UTF-8, code points), then shared by four threads at once. */
   CHECK( chidao_parser_set_encoding( parser, "", NULL ) == CHIDAO_OK );
   char* alone = NULL;
   CHECK( chidao_parse( parser, text, strlen( text ), "c.txt", &alone ) == CHIDAO_OK );
   struct shared_parse jobs[ 4 ];
   pthread_t threads[ 4 ];
   for( int t = 0; t < 4; ++t ) {
      jobs[ t ] = ( struct shared_parse ){ parser, text, alone != NULL ? alone : "", 0 };
      CHECK( pthread_create( &threads[ t ], NULL, parse_repeatedly, &jobs[ t ] ) == 0 );
   }
   for( int t = 0; t < 4; ++t ) {
      CHECK( pthread_join( threads[ t ], NULL ) == 0 );
      CHECK( jobs[ t ].mismatches == 0 );
   }
   chidao_free( alone );

   CHECK( chidao_parser_set_offsets( NULL, CHIDAO_OFFSETS_BYTES ) == CHIDAO_INTERNAL_ERROR );
   CHECK( chidao_parser_set_encoding( NULL, "utf-8", NULL ) == CHIDAO_INTERNAL_ERROR );

   CHECK( strlen( chidao_version() ) >= 5 );
   chidao_parser_free( parser );
   printf( "c_api: %d failed\n", failures );
   return failures == 0 ? 0 : 1;
}
