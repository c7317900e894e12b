/* SPDX-License-Identifier: MIT */
/* chidao's C API: for any language with a foreign-function interface.
 *
 * A parser is configured once and may be used from many threads at once. Results are JSON strings in
 * the documented contract (the same as `chidao --format json`), owned by the caller and released with
 * chidao_free(). Functions never throw; they return a status.
 *
 *   chidao_parser* p = chidao_parser_new();
 *   char* json = NULL;
 *   if( chidao_parse( p, text, strlen( text ), "article.txt", &json ) == CHIDAO_OK ) puts( json );
 *   chidao_free( json );            // on error, json holds the error document: free it too
 *   chidao_parser_free( p );
 */
#ifndef CHIDAO_CHIDAO_H
#define CHIDAO_CHIDAO_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct chidao_parser chidao_parser;

/* Status codes: CHIDAO_OK, or the code of the error document ("invalid_utf8" … in its JSON). */
enum {
   CHIDAO_OK = 0,
   CHIDAO_INVALID_UTF8 = 1,
   CHIDAO_INPUT_TOO_LARGE = 2,
   CHIDAO_IO_FAILURE = 3,
   CHIDAO_INVALID_LEXICON = 4,
   CHIDAO_OUT_OF_MEMORY = 100,
   CHIDAO_INTERNAL_ERROR = 101
};

/* A parser with the default lexicons, strict UTF-8. NULL when out of memory. */
chidao_parser* chidao_parser_new( void );

/* Replace invalid UTF-8 with U+FFFD (and warn) instead of rejecting the input: lenient != 0. */
void chidao_parser_set_lenient( chidao_parser* parser, int lenient );

/* Adds a lexicon file (format: grammar/lexicons/README.md). On error *error_json (when error_json is
 * not NULL) receives an error document to free with chidao_free(), and the parser is unchanged. */
int chidao_parser_add_lexicon( chidao_parser* parser, const char* path, char** error_json );

void chidao_parser_free( chidao_parser* parser );

/* Parses `size` bytes. *json receives the document, or an error document when the status is not
 * CHIDAO_OK; either way free it with chidao_free(). `source` names the input in the output. */
int chidao_parse( const chidao_parser* parser, const char* bytes, size_t size, const char* source, char** json );

void chidao_free( char* json );

/* "MAJOR.MINOR.PATCH" of the library. */
const char* chidao_version( void );

#ifdef __cplusplus
}
#endif

#endif
