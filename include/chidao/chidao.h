/* SPDX-License-Identifier: MIT */
/* chidao's C API: for any language with a foreign-function interface.
 *
 * Results are JSON strings in the documented contract (the same as `chidao --format json`, described by
 * share/chidao/chidao.schema.json), owned by the caller and released with chidao_free(). Functions
 * never throw; they return a status.
 *
 *   chidao_parser* p = chidao_parser_new();
 *   chidao_parser_set_offsets( p, CHIDAO_OFFSETS_CODEPOINTS );   // optional: configure first, then share
 *   char* json = NULL;
 *   if( chidao_parse( p, text, strlen( text ), "article.txt", &json ) == CHIDAO_OK ) puts( json );
 *   chidao_free( json );            // on error, json holds the error document: free it too
 *   chidao_parser_free( p );
 *
 * Threads: configure a parser fully (chidao_parser_set_*, chidao_parser_add_lexicon) before threads
 * share it. Those functions change the parser and must not run while any other call uses it. Once
 * configured, chidao_parse() only reads the parser: any number of threads may call it on the same
 * parser at once. chidao_parser_free() must wait until no call uses the parser. Different parsers are
 * independent; chidao_free() and chidao_version() may be called from any thread.
 *
 * Linking: the library is C++ (a static libchidao.a). `cc app.c $(pkg-config --cflags --libs chidao)`
 * links it with its C++ runtime, ICU and fmt; see the README.
 */
#ifndef CHIDAO_CHIDAO_H
#define CHIDAO_CHIDAO_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct chidao_parser chidao_parser;

/* Status codes: CHIDAO_OK, or the code of the error document, which spells it in lower case
 * ("invalid_utf8" …). They are chidao::errc's values and the schema's "code" names; a test
 * (tests/api/status_codes_test.cpp) keeps the three the same list. */
enum chidao_status {
   CHIDAO_OK = 0,
   CHIDAO_INVALID_UTF8 = 1,      /* bytes that are not UTF-8, and the parser is not lenient */
   CHIDAO_INPUT_TOO_LARGE = 2,   /* over 2 GiB */
   CHIDAO_IO_FAILURE = 3,        /* a file that cannot be read (a lexicon) */
   CHIDAO_INVALID_LEXICON = 4,   /* a lexicon file that does not follow its format */
   CHIDAO_INVALID_ENCODING = 5,  /* an unknown encoding, or bytes it does not define (not lenient) */
   CHIDAO_OUT_OF_MEMORY = 100,
   CHIDAO_INTERNAL_ERROR = 101   /* a bug in chidao, or a caller's: a NULL parser, an unknown unit */
};

/* What spans count: the document's "offsets" and the CLI's --offsets. */
enum chidao_offsets {
   CHIDAO_OFFSETS_BYTES = 0,      /* bytes of the input as given (the default) */
   CHIDAO_OFFSETS_CODEPOINTS = 1, /* code points of the text as decoded (Python str indexes) */
   CHIDAO_OFFSETS_UTF16 = 2       /* UTF-16 code units of the text as decoded (JavaScript string indexes) */
};

/* A parser with the default lexicons, strict UTF-8 (or UTF-16, UTF-32 by a byte order mark), spans in
 * bytes. NULL when out of memory. */
chidao_parser* chidao_parser_new( void );

/* Replace invalid UTF-8 with U+FFFD (and warn) instead of rejecting the input: lenient != 0. */
void chidao_parser_set_lenient( chidao_parser* parser, int lenient );

/* The inputs' encoding, an ICU converter name ("windows-1258", "utf-16le" …), as the CLI's --encoding;
 * NULL or "" for the default: UTF-8, or UTF-16 or UTF-32 by a byte order mark. Spans still count the
 * input's own bytes (or, with chidao_parser_set_offsets(), characters of the text as decoded).
 * CHIDAO_INVALID_ENCODING for a name no converter has: then *error_json (when error_json is not NULL)
 * receives an error document to free with chidao_free(), and the parser is unchanged. */
int chidao_parser_set_encoding( chidao_parser* parser, const char* encoding, char** error_json );

/* What the spans of the documents count (CHIDAO_OFFSETS_…), as the CLI's --offsets. CHIDAO_OK, or
 * CHIDAO_INTERNAL_ERROR for an unknown unit (the parser is unchanged). */
int chidao_parser_set_offsets( chidao_parser* parser, int offsets );

/* Adds a lexicon file (format: grammar/lexicons/README.md). On error *error_json (when error_json is
 * not NULL) receives an error document to free with chidao_free(), and the parser is unchanged. */
int chidao_parser_add_lexicon( chidao_parser* parser, const char* path, char** error_json );

void chidao_parser_free( chidao_parser* parser );

/* Parses `size` bytes. *json receives the document, its spans in the parser's unit, or an error document
 * when the status is not CHIDAO_OK (NULL when there is no memory even for that, or an argument is NULL);
 * either way free it with chidao_free(). `source` names the input in the output. */
int chidao_parse( const chidao_parser* parser, const char* bytes, size_t size, const char* source, char** json );

void chidao_free( char* json );

/* "MAJOR.MINOR.PATCH" of the library. */
const char* chidao_version( void );

#ifdef __cplusplus
}
#endif

#endif
