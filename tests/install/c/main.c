/* SPDX-License-Identifier: MIT */
/* A C program using the installed chidao through its C API, built as the README says:
 * cc main.c $(pkg-config --cflags --libs chidao), or find_package(chidao) in a C project. */
#include <chidao/chidao.h>

#include <stdio.h>
#include <string.h>

int main( void )
{
   const char* text = "Bộ trưởng đề nghị, thứ nhất, cần A; thứ hai, cần B.";
   chidao_parser* parser = chidao_parser_new();
   char* json = NULL;
   const int status = chidao_parse( parser, text, strlen( text ), "consumer.c", &json );
   const int found = status == CHIDAO_OK && json != NULL && strstr( json, "\"ordinal\":2" ) != NULL;
   printf( "chidao %s: %s\n", chidao_version(), json != NULL ? json : "(none)" );
   chidao_free( json );
   chidao_parser_free( parser );
   return found ? 0 : 1;
}
