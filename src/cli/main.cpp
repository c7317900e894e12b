// chidao [OPTIONS] [FILE...]: enumerated points of Vietnamese prose as JSON.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "chidao/parse.hpp"
#include "chidao/version.hpp"
#include "chidao/write.hpp"

namespace {

// Exit codes, as --help and the README state them.
constexpr int exit_ok = 0;
constexpr int exit_input_rejected = 1;
constexpr int exit_usage = 2;
constexpr int exit_internal = 3;

constexpr const char* footer = R"(Examples:
  chidao article.txt                      one JSON document on stdout
  chidao --pretty article.txt             the same, indented
  chidao -f outline article.txt           who listed what, as an indented tree for reading
  chidao -f markdown article.txt > a.md   the same for documents and GitHub
  chidao -f jsonl *.txt | jq .speakers    one line per file, each written as soon as it is done
  chidao --offsets codepoints a.txt       spans a Python str can be sliced with
  chidao a.txt b.txt c.txt > out.jsonl    one compact JSON document per line, in input order
  my-scraper URL | chidao -               read standard input
  chidao --lenient scraped.txt            repair invalid UTF-8 (U+FFFD) instead of rejecting it
  chidao --lexicon my_titles.txt a.txt    also know the titles, verbs … listed in my_titles.txt:
                                            [title]
                                            Tổng Giám đốc Tập đoàn

Output: {"chidao":1, "source":..., "nodes":[...], "speakers":[...], "unresolved":[...],
"warnings":[...]}; nodes are lists, statements and noise. Every span is a
[start, end) range of byte offsets into the input file as given (BOM and CR included).
An input that is rejected still gets a line: {"chidao":1, "source":..., "error":{...}}.

Exit status:
  0  every input was processed
  1  some input was rejected (each reported on stderr as FILE:LINE:COLUMN: message)
  2  usage error, or a lexicon file that cannot be read (reported as FILE:LINE:1: message)
  3  internal error (a bug: please report it with the input))";

// The terminal's width for the outline, or 100 when the output is no terminal.
std::size_t terminal_width()
{
   winsize size{};
   if( isatty( STDOUT_FILENO ) && ioctl( STDOUT_FILENO, TIOCGWINSZ, &size ) == 0 && size.ws_col > 20 ) {
      return size.ws_col;
   }
   return 100;
}

bool write_out( const std::string& text )
{
   return std::fwrite( text.data(), 1, text.size(), stdout ) == text.size() && std::fputc( '\n', stdout ) != EOF;
}

}  // namespace

int main( int argc, char** argv )
{
   CLI::App app{ "chidao: finds who instructed what in Vietnamese news and government prose.\n"
                 "Reads articles and reports every enumerated point (\"Thứ nhất\", \"Một là\", \"1.\", \"a)\", ...)\n"
                 "with byte spans into the original text.",
                 "chidao" };
   app.footer( footer );
   app.get_formatter()->column_width( 34 );

   std::vector< std::string > files;
   std::vector< std::string > lexicon_files;
   std::string format = "json";
   bool pretty = false;
   std::size_t width = 0;
   std::string color = "auto";
   chidao::offset_unit offsets = chidao::offset_unit::bytes;
   chidao::parse_options options;

   app.add_option( "FILE", files, "Input files; none or \"-\" reads standard input" );
   app.add_option( "-f,--format", format,
                   "json: the contract below; jsonl: one line per document, written as each finishes; "
                   "outline: a tree for a terminal; markdown: for documents and GitHub" )
      ->check( CLI::IsMember( { "json", "jsonl", "outline", "markdown" } ) )
      ->capture_default_str();
   app.add_flag( "--pretty", pretty, "Indent JSON (two spaces) instead of one line per document" );
   app.add_option( "--width", width, "Outline width in columns (default: the terminal's, else 100)" )
      ->check( CLI::Range( 20, 1000 ) );
   app.add_option( "--color", color, "Outline colours: auto (on a terminal, unless NO_COLOR is set), always, never" )
      ->check( CLI::IsMember( { "auto", "always", "never" } ) )
      ->capture_default_str();
   const std::map< std::string, chidao::offset_unit > offset_units{
      { "bytes", chidao::offset_unit::bytes },
      { "codepoints", chidao::offset_unit::code_points },
      { "utf16", chidao::offset_unit::utf16 } };
   app.add_option( "--offsets", offsets,
                   "Spans in bytes of the input (default), codepoints (Python str) or utf16 (JavaScript string)" )
      ->transform( CLI::CheckedTransformer( offset_units, CLI::ignore_case ) );
   app.add_flag( "--lenient", options.lenient,
                 "Replace invalid UTF-8 with U+FFFD and warn, instead of rejecting the file" );
   app.add_option( "--lexicon", lexicon_files,
                   "Add titles, names, verbs … from a lexicon file (repeatable; format in grammar/lexicons/*.txt)" )
      ->check( CLI::ExistingFile )
      ->allow_extra_args( false );  // "--lexicon a.lexicon article.txt": one file each time
   app.set_version_flag( "-V,--version", std::string( "chidao " ) + chidao::version() );

   try {
      app.parse( argc, argv );
   }
   catch( const CLI::ParseError& e ) {
      const int code = app.exit( e );
      return code == 0 ? exit_ok : exit_usage;
   }
   if( files.empty() ) {
      files.emplace_back( "-" );
   }
   try {
      for( const std::string& file : lexicon_files ) {
         options.lexicon.load( file );
      }
   }
   catch( const chidao::error& e ) {
      std::cerr << e.what() << '\n';
      return exit_usage;
   }

   if( pretty && format != "json" ) {
      std::cerr << "chidao: --pretty applies to --format json only\n";
      return exit_usage;
   }
   const bool use_color = color == "always" || ( color == "auto" && isatty( STDOUT_FILENO ) && std::getenv( "NO_COLOR" ) == nullptr );
   const chidao::outline_options outline{ width != 0 ? width : terminal_width(), use_color };

   int status = exit_ok;
   const chidao::json_options json{ pretty };
   const chidao::parser parser( std::move( options ) );
   for( const std::string& file : files ) {
      std::string out;
      try {
         const std::string bytes = chidao::read_input( file );
         chidao::document doc = parser.parse( bytes, file );
         chidao::convert_offsets( doc, bytes, offsets );
         out = format == "outline" ? chidao::to_outline( doc, outline )
               : format == "markdown" ? chidao::to_markdown( doc )
                                      : chidao::to_json( doc, json );
         for( const auto& w : doc.warnings ) {
            std::cerr << fmt::format( "{}: warning: {} (bytes {}-{})\n", file, w.message, w.span.begin, w.span.end );
         }
      }
      catch( const chidao::error& e ) {
         std::cerr << e.what() << '\n';
         out = chidao::to_json( e, json );
         status = exit_input_rejected;
      }
      catch( const std::exception& e ) {
         std::cerr << fmt::format( "{}: internal error: {}\n", file, e.what() );
         return exit_internal;
      }
      if( !out.empty() && out.back() == '\n' ) {
         out.pop_back();
      }
      if( !write_out( out ) || ( format == "jsonl" && std::fflush( stdout ) != 0 ) ) {
         std::cerr << "chidao: cannot write output\n";
         return exit_internal;
      }
   }
   if( std::fflush( stdout ) != 0 ) {
      std::cerr << "chidao: cannot write output\n";
      return exit_internal;
   }
   return status;
}
