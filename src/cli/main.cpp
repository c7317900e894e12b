// SPDX-License-Identifier: MIT
// chidao [OPTIONS] [FILE...]: enumerated points of Vietnamese prose as JSON.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <string>
#include <vector>

#include "chidao/parse.hpp"
#include "cli/help.hpp"
#include "cli/inputs.hpp"
#include "cli/pages.hpp"
#include "io/read.hpp"
#include "cli/records.hpp"
#include "chidao/version.hpp"
#include "chidao/write.hpp"

namespace {

// SIGINT or SIGTERM: take no new document, finish the ones under way, print the summary, exit 130.
// A reader waiting for input (a terminal, a pipe, a FIFO without a writer) waits in poll() on the wake
// pipe too, which the handler makes readable: whichever thread the signal reaches, the wait ends.
std::atomic< bool > stop_requested{ false };
int wake_pipe[ 2 ] = { -1, -1 };
extern "C" void request_stop( int )
{
   stop_requested = true;
   if( wake_pipe[ 1 ] >= 0 ) {
      const char byte = 0;
      [[maybe_unused]] const ssize_t n = ::write( wake_pipe[ 1 ], &byte, 1 );  // async-signal-safe
   }
}

void install_stop_handlers()
{
   if( ::pipe2( wake_pipe, O_CLOEXEC | O_NONBLOCK ) != 0 ) {
      wake_pipe[ 0 ] = wake_pipe[ 1 ] = -1;  // then a wait for input ends only at its end
   }
   struct sigaction action{};
   action.sa_handler = request_stop;
   sigemptyset( &action.sa_mask );
   action.sa_flags = SA_RESTART;  // other calls go on; poll() on the wake pipe is what ends a wait
   sigaction( SIGINT, &action, nullptr );
   sigaction( SIGTERM, &action, nullptr );
}

// Exit codes, as --help and the README state them.
constexpr int exit_ok = 0;
constexpr int exit_input_rejected = 1;
constexpr int exit_usage = 2;
constexpr int exit_internal = 3;
constexpr int exit_interrupted = 130;  // 128 + SIGINT, as shells report it

constexpr const char* footer = R"(Examples:
  chidao article.txt                      one JSON document on stdout, indented
  chidao -f outline article.txt           who listed what, as an indented tree for reading
  chidao -f markdown article.txt > a.md   the same for documents and GitHub
  chidao -f html article.txt > a.html     the text highlighted and the tree beside it, in a browser
  chidao -f html --output-dir day/ articles/   a page per article, and day/index.html listing them
  chidao -f jsonl *.txt | jq .speakers    one line per file, each written as soon as it is done
  chidao --offsets codepoints a.txt       spans a Python str can be sliced with
  chidao -f jsonl -j 2 articles/          every *.txt below articles/, two at a time, in order
  chidao -f jsonl --split-on ===== corpus.txt   one line per document of a multi-document file
  scraper | chidao --input jsonl -f jsonl   one JSON record a line in ({"id":…,"text":…}), one document a line out
  chidao -f tsv articles/ > points.tsv    one row per point, with a header, for DuckDB, spreadsheets, sort | uniq -c
  chidao --lossless a.txt                 JSON with "leaves" that rebuild a.txt byte for byte
  chidao --verify-roundtrip -j 2 pages/   check that for every page
  chidao a.txt b.txt c.txt > out.json     one JSON array of their documents, in input order
  chidao -f jsonl a.txt b.txt > out.jsonl   one compact JSON document per line, in input order
  my-scraper URL | chidao -               read standard input
  chidao --lenient scraped.txt            repair invalid UTF-8 (U+FFFD) instead of rejecting it
  chidao --encoding tcvn3 old.txt         read a legacy encoding (tcvn3, vni, viscii, windows-1258 …); spans still count its own bytes
  chidao --lexicon my_titles.txt a.txt    also know the titles, verbs … listed in my_titles.txt (a line "[title]", then a title a line: "Tổng Giám đốc Tập đoàn")

Output: {"chidao":1, "version":..., "offsets":"bytes", "source":..., "nodes":[...], "speakers":[...], "unresolved":[...], "warnings":[...]}; nodes are lists, statements and noise. Every span is a [start, end) range of byte offsets into the input file as given (BOM and CR included), or of what --offsets names ("offsets" says which). An input that is rejected still gets a document, in JSON and JSON Lines: {"chidao":1, "version":..., "source":..., "error":{...}}; in an outline, Markdown or HTML it is only reported on stderr.

-f json writes one indented JSON value a run: the document when the command names one input (a file, or standard input), else an array of the documents in input order (several files, a directory, --split-on; even when they hold one document or none). -f jsonl writes one compact line a document, each as soon as it is done. -f html writes one page a document: on stdout when the command names one input; for several (files, a directory, --split-on) --output-dir DIR is needed, and DIR gets a page per document, named in input order (0001-NAME.html …), and index.html linking them.

Exit status:
  0  every input was processed
  1  some input was rejected (each reported on stderr as FILE:LINE:COLUMN: message): unreadable, too large, not valid, or too big for the memory there is; every input still gets its line in JSON
  2  usage error: an unknown option or --encoding, or a lexicon file that cannot be read (reported as FILE:LINE:1: message)
  3  internal error (a bug: please report it with the input), or output that cannot be written (a full disk): no partial line is left behind a complete one
  130  interrupted (SIGINT, SIGTERM): documents already written are whole, the summary is printed
A reader that closes the pipe early (chidao big.txt | head -1) ends chidao quietly.)";

// The terminal's width for the outline, or 100 when the output is no terminal.
std::size_t terminal_width()
{
   winsize size{};
   if( isatty( STDOUT_FILENO ) && ioctl( STDOUT_FILENO, TIOCGWINSZ, &size ) == 0 && size.ws_col > 20 ) {
      return size.ws_col;
   }
   return 100;
}

// "1 document", "2 documents".
std::string counted( std::size_t n, const char* noun )
{
   return fmt::format( "{} {}{}", n, noun, n == 1 ? "" : "s" );
}

// What a run found, for the summary.
struct tally {
   std::size_t documents = 0, lists = 0, items = 0, speakers = 0, warnings = 0, errors = 0, bytes = 0, skipped = 0;

   void count( const std::vector< chidao::node >& nodes )
   {
      for( const chidao::node& n : nodes ) {
         if( const auto* l = std::get_if< chidao::list >( &n ) ) {
            ++lists;
            items += l->items.size();
            for( const auto& it : l->items ) {
               count( it.children );
            }
         }
         else if( const auto* st = std::get_if< chidao::statement >( &n ) ) {
            count( st->children );
         }
      }
   }
   void add( const tally& t )
   {
      documents += t.documents, lists += t.lists, items += t.items, speakers += t.speakers;
      warnings += t.warnings, errors += t.errors, bytes += t.bytes, skipped += t.skipped;
   }
};

// One document's output, ready to be written in input order.
struct result {
   std::string source;
   std::string out;
   std::string messages;                 // errors, for stderr whatever -q says
   std::vector< std::string > warnings;  // the first warnings, as many as --max-warnings may show
   tally counts;
   bool internal_error = false;
};

// Writes one document's text whole or not at all, so a failure (a full disk) never leaves part of a
// line after the whole ones. write() may take part of the text before the disk fills (a short write,
// then ENOSPC): when the output is a regular file, the part is cut off again with ftruncate(); a pipe
// or a terminal never fills that way. A closed pipe ends the program quietly, as a pipe reader expects
// (SIGPIPE is restored to its default in main). On failure errno says why.
bool write_out( std::string_view text )
{
   struct stat status{};
   const bool regular = fstat( STDOUT_FILENO, &status ) == 0 && S_ISREG( status.st_mode );
   // Where this text starts: the current offset, or the end for a file opened to append (">>").
   off_t start = regular ? lseek( STDOUT_FILENO, 0, SEEK_CUR ) : -1;
   if( regular && start >= 0 && ( fcntl( STDOUT_FILENO, F_GETFL ) & O_APPEND ) != 0 ) {
      start = status.st_size;
   }
   std::size_t done = 0;
   while( done < text.size() ) {
      const ssize_t n = ::write( STDOUT_FILENO, text.data() + done, text.size() - done );
      if( n < 0 && errno == EINTR ) {
         continue;
      }
      if( n <= 0 ) {
         const int reason = n == 0 ? ENOSPC : errno;
         if( done != 0 && start >= 0 && ftruncate( STDOUT_FILENO, start ) == 0 ) {
            (void)lseek( STDOUT_FILENO, start, SEEK_SET );
         }
         errno = reason;
         return false;
      }
      done += static_cast< std::size_t >( n );
   }
   return true;
}

// Writes a whole file, replacing any; false with errno set when it cannot.
bool write_file( const std::filesystem::path& path, std::string_view text )
{
   std::ofstream file( path, std::ios::binary | std::ios::trunc );
   file.write( text.data(), static_cast< std::streamsize >( text.size() ) );
   file.close();
   return !file.fail();
}

}  // namespace

int main( int argc, char** argv )
{
   std::signal( SIGPIPE, SIG_DFL );  // a closed pipe ends us quietly, whatever the parent ignored
   // A closed standard descriptor would go to the next file opened: an input read as standard input,
   // or the output written into it. Each is held with /dev/null, read-only so that output there fails
   // (EBADF) instead of vanishing, and a closed standard input is an error when it is read.
   bool stdin_closed = false;
   for( int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd ) {
      if( fcntl( fd, F_GETFD ) == -1 && errno == EBADF ) {
         stdin_closed = stdin_closed || fd == STDIN_FILENO;
         [[maybe_unused]] const int held = ::open( "/dev/null", O_RDONLY );  // the lowest free: fd
      }
   }
   install_stop_handlers();
   CLI::App app{ "chidao: finds who instructed what in Vietnamese news and government prose. Reads articles and "
                 "reports every enumerated point (\"Thứ nhất\", \"Một là\", \"1.\", \"a)\", ...) with byte spans into "
                 "the original text.",
                 "chidao" };
   app.footer( footer );
   app.formatter( std::make_shared< chidao::cli::help_formatter >( chidao::cli::help_width() ) );
   app.failure_message( chidao::cli::failure_message );

   std::vector< std::string > files;
   std::vector< std::string > lexicon_files;
   std::string format = "json";
   bool pretty = false;
   std::size_t width = 0;
   std::string color = "auto";
   std::string statements = "all";
   std::string offsets_name = "bytes";
   std::string glob = "*.txt";
   std::string split_on;
   std::string output_dir;
   std::string input_format = "text";
   std::string text_field = "text";
   std::string id_field = "id";
   unsigned jobs = 1;
   bool quiet = false;
   std::size_t max_warnings = 10;
   bool lossless = false;
   bool verify_roundtrip = false;
   std::size_t max_bytes = chidao::detail::max_input_bytes;
   chidao::parse_options options;

   // Each option names its value (FORMAT, N) and says its choices and default in words: CLI11's own
   // type names and validator sets ("UINT:UINT in [1 - 256]=1") tell a user nothing.
   app.add_option( "FILE", files,
                   "Input files or directories (searched recursively); none or \"-\" reads standard input (at a "
                   "terminal: type or paste the text, then Ctrl-D on a line of its own)" )
      ->option_text( "..." );
   app.add_option( "--glob", glob, "Files to take from directories (default *.txt)" )->option_text( "PATTERN" );
   app.add_option( "--split-on", split_on,
                   "Each file holds documents separated by a line holding exactly LINE (one empty line on each side "
                   "belongs to the separator; these lines may end in CRLF); documents are named FILE#1, FILE#2 …" )
      ->option_text( "LINE" );
   app.add_option( "--max-bytes", max_bytes,
                   "Refuse a document over N bytes (input_too_large) without holding it whole, also in a file split "
                   "with --split-on (1 to 2147483647, the default: 2 GiB)" )
      ->check( CLI::Range( std::size_t( 1 ), chidao::detail::max_input_bytes ) )
      ->option_text( "N" );
   app.add_option( "--input", input_format,
                   "text (default): each file (or standard input) is a document; jsonl: one JSON record a line, its "
                   "text in --text-field, named by --id-field; a line that is no such record is reported "
                   "(FILE:LINE: malformed record: …) and skipped, and does not change the exit status" )
      ->check( CLI::IsMember( { "text", "jsonl" } ) )
      ->option_text( "FORMAT" );
   app.add_option( "--text-field", text_field, "With --input jsonl: the field holding the text (default text)" )
      ->option_text( "NAME" );
   app.add_option( "--id-field", id_field,
                   "With --input jsonl: the field naming the document, its \"source\" (default id; a record without "
                   "it is named FILE:LINE)" )
      ->option_text( "NAME" );
   app.add_option( "-j,--jobs", jobs, "Parse N documents at once (1 to 256, default 1); output stays in input order" )
      ->check( CLI::Range( 1u, 256u ) )
      ->option_text( "N" );
   app.add_flag( "-q,--quiet", quiet, "Nothing on stderr but errors: no warnings, progress bar or summary" );
   app.add_option( "--max-warnings", max_warnings,
                   "Print at most N warnings on stderr in a run (default 10), then one line counting the others; "
                   "the output has them all" )
      ->option_text( "N" );
   app.add_flag( "--lossless", lossless,
                 "Add \"leaves\" to the JSON: every byte of the input in exactly one leaf (kind, span, text, owner)" );
   app.add_flag( "--verify-roundtrip", verify_roundtrip,
                 "Check, for each input, that the leaves rebuild it byte for byte; print FILE: ok or the problem, "
                 "no JSON; exit 1 when one fails" );
   app.add_option( "-f,--format", format,
                   "json (default): the contract below, indented: one document, or an array of them (see below); "
                   "jsonl: one compact line per document, written as each finishes; outline: a tree for a terminal; "
                   "markdown: for documents and GitHub; html: a page per document for a browser, the text highlighted "
                   "and the tree beside it (several documents: see --output-dir); tsv, csv: one row per point "
                   "(document, list, depth, style, ordinal, marker, text, speaker, speaker_name, speaker_kind, "
                   "attribution, verb, act, addressee, start, end) under a header, as chidao.frames() in Python" )
      ->check( CLI::IsMember( { "json", "jsonl", "outline", "markdown", "html", "tsv", "csv" } ) )
      ->option_text( "FORMAT" );
   app.add_option( "--output-dir", output_dir,
                   "With --format html: write each document's page into DIR (created if missing; pages named in input "
                   "order, 0001-NAME.html …, replaced if there), and DIR/index.html listing them; nothing on stdout" )
      ->option_text( "DIR" );
   app.add_flag( "--pretty", pretty, "Accepted with --format json, which is always indented (two spaces)" );
   app.add_option( "--width", width, "Outline width in columns, 20 to 1000 (default: the terminal's, else 100)" )
      ->check( CLI::Range( 20, 1000 ) )
      ->option_text( "N" );
   app.add_option( "--color", color,
                   "Outline colours: auto (default: on a terminal, unless NO_COLOR is set), always, never" )
      ->check( CLI::IsMember( { "auto", "always", "never" } ) )
      ->option_text( "WHEN" );
   app.add_option( "--statements", statements,
                   "Statements the outline, Markdown and HTML show: all (default), or with-lists, those that introduce a list" )
      ->check( CLI::IsMember( { "all", "with-lists" } ) )
      ->option_text( "WHICH" );
   app.add_option( "--offsets", offsets_name,
                   "Spans in bytes of the input (default), codepoints (Python str) or utf16 (JavaScript string)" )
      ->check( CLI::IsMember( { "bytes", "codepoints", "utf16" }, CLI::ignore_case ) )
      ->option_text( "UNIT" );
   app.add_flag( "--lenient", options.lenient,
                 "Replace invalid UTF-8, or a byte the --encoding does not define, with U+FFFD and warn, instead of "
                 "rejecting the file" );
   app.add_option( "--encoding", options.encoding,
                   "The inputs' encoding (tcvn3, vni, viscii, windows-1258, utf-16le, ibm-1129 …): tcvn3 (the ABC fonts), vni "
                   "(VNI-Windows) and viscii chidao reads with tables of its own, any other name is an ICU converter's; "
                   "default UTF-8, or UTF-16 when a file starts with its byte order mark. Spans count the input's own bytes" )
      ->option_text( "NAME" );
   app.add_option( "--lexicon", lexicon_files,
                   "Add titles, names, verbs … from a lexicon file (repeatable; format: grammar/lexicons/README.md)" )
      ->check( CLI::ExistingFile )
      ->allow_extra_args( false )  // "--lexicon a.lexicon article.txt": one file each time
      ->option_text( "FILE" );
   app.set_version_flag( "-V,--version", fmt::format( "chidao {}\nJSON contract {}\nICU {}", chidao::version(),
                                                      chidao::json_contract_version, chidao::icu_version() ) );

   try {
      app.parse( argc, argv );
   }
   catch( const CLI::ParseError& e ) {
      const int code = app.exit( e );
      return code == 0 ? exit_ok : exit_usage;
   }
   const chidao::offset_unit offsets = offsets_name == "codepoints" ? chidao::offset_unit::code_points
                                       : offsets_name == "utf16"    ? chidao::offset_unit::utf16
                                                                    : chidao::offset_unit::bytes;
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

   try {
      (void)chidao::parse( "", "--encoding", options );  // an unknown encoding is a usage error, once
   }
   catch( const chidao::error& e ) {
      std::cerr << "chidao: " << e.message() << '\n';
      return exit_usage;
   }
   if( lossless && offsets != chidao::offset_unit::bytes ) {
      std::cerr << "chidao: --lossless spans are bytes: it does not combine with --offsets\n";
      return exit_usage;
   }
   if( pretty && format != "json" ) {
      std::cerr << "chidao: --pretty applies to --format json only\n";
      return exit_usage;
   }
   if( app.count( "--statements" ) != 0 && format != "outline" && format != "markdown" && format != "html" ) {
      std::cerr << "chidao: --statements applies to --format outline, markdown and html: JSON holds every statement\n";
      return exit_usage;
   }
   const bool table_output = format == "tsv" || format == "csv";
   const bool records = input_format == "jsonl";
   if( !records && ( app.count( "--text-field" ) != 0 || app.count( "--id-field" ) != 0 ) ) {
      std::cerr << "chidao: --text-field and --id-field name the fields of --input jsonl records\n";
      return exit_usage;
   }
   if( records && !split_on.empty() ) {
      std::cerr << "chidao: --input jsonl reads a record a line: it does not combine with --split-on\n";
      return exit_usage;
   }
   if( lossless && ( format == "outline" || format == "markdown" || format == "html" || table_output ) ) {
      std::cerr << fmt::format( "chidao: --lossless adds leaves to JSON: it does not combine with --format {}\n", format );
      return exit_usage;
   }
   // Whether the command can name several documents, whatever the inputs then hold: several files, a
   // directory or --split-on. It decides the shape of -f json, and where -f html writes.
   const bool several_inputs = files.size() > 1 || !split_on.empty() || records ||
                               std::any_of( files.begin(), files.end(), []( const std::string& f ) {
                                  std::error_code ec;
                                  return f != "-" && std::filesystem::is_directory( f, ec );
                               } );
   if( format == "html" && offsets != chidao::offset_unit::bytes ) {
      std::cerr << "chidao: the page's spans (data-begin, data-end) are bytes: --offsets does not combine with --format html\n";
      return exit_usage;
   }
   if( !output_dir.empty() && ( format != "html" || verify_roundtrip ) ) {
      std::cerr << ( verify_roundtrip ? "chidao: --verify-roundtrip writes no pages: it does not combine with --output-dir\n"
                                      : "chidao: --output-dir is for --format html, a page per document\n" );
      return exit_usage;
   }
   if( format == "html" && !verify_roundtrip && several_inputs && output_dir.empty() ) {
      std::cerr << "chidao: --format html writes one page per document: for several (files, a directory, --split-on), "
                   "give --output-dir DIR\n";
      return exit_usage;
   }
   const bool use_color = color == "always" || ( color == "auto" && isatty( STDOUT_FILENO ) && std::getenv( "NO_COLOR" ) == nullptr );
   const chidao::statements_shown shown_statements =
      statements == "with-lists" ? chidao::statements_shown::with_lists : chidao::statements_shown::all;
   const chidao::outline_options outline{ width != 0 ? width : terminal_width(), use_color, shown_statements };
   const chidao::markdown_options markdown{ shown_statements };
   const chidao::html_options html{ shown_statements, options.encoding, output_dir.empty() ? "" : "index.html" };

   int status = exit_ok;
   // JSON for a person (json) is indented; JSON Lines is one compact line a document. Outline, Markdown and
   // --verify-roundtrip are for people: a rejected input is reported on stderr only.
   const bool json_output = !verify_roundtrip && ( format == "json" || format == "jsonl" );
   const chidao::json_options json{ format == "json" };
   const std::size_t warning_lines = quiet ? 0 : max_warnings;
   // Spans leave the parse in the unit asked for, counted in the text it decoded (the round trip reads
   // bytes; --lossless and the page refuse --offsets above).
   if( !verify_roundtrip ) {
      options.offsets = offsets;
   }
   const chidao::parser parser( std::move( options ) );

   // Turns one document into its output; runs on the worker threads.
   const auto process = [ & ]( const chidao::cli::input_document& input ) {
      result r;
      r.source = input.source;
      if( input.skipped ) {
         r.messages = *input.skipped + "\n";  // on stderr, like an error, but the run's status stays
         r.counts.skipped = 1;
         return r;
      }
      r.counts.documents = 1;
      r.counts.bytes = input.bytes.size();
      if( input.error ) {
         r.messages = fmt::format( "{}\n", input.error->what() );
         r.out = json_output ? chidao::to_json( *input.error, json ) : "";
         r.counts.errors = 1;
         return r;
      }
      try {
         chidao::document doc = parser.parse( input.bytes, input.source );
         r.counts.count( doc.nodes );
         r.counts.speakers = doc.speakers.size();
         r.counts.warnings = doc.warnings.size();
         // No more lines than the run may show: a page of bad bytes can hold a warning per byte.
         for( std::size_t k = 0; k < doc.warnings.size() && k < warning_lines; ++k ) {
            const auto& w = doc.warnings[ k ];
            r.warnings.push_back(
               fmt::format( "{}: warning: {} (bytes {}-{})\n", input.source, w.message, w.span.begin, w.span.end ) );
         }
         if( verify_roundtrip ) {
            std::string problem;
            if( chidao::verify_roundtrip( doc, input.bytes, &problem, parser.options().encoding ) ) {
               r.out = fmt::format( "{}: ok, {} bytes in {} leaves", input.source, input.bytes.size(),
                                    chidao::leaves( doc, input.bytes, parser.options().encoding ).size() );
            }
            else {
               r.out = fmt::format( "{}: FAILED: {}", input.source, problem );
               r.counts.errors = 1;
            }
            return r;
         }
         if( lossless ) {
            r.out = chidao::to_json( doc, input.bytes, json, parser.options().encoding );  // spans in bytes: --offsets refused
         }
         else {
            r.out = format == "outline"    ? chidao::to_outline( doc, outline )
                    : format == "markdown" ? chidao::to_markdown( doc, markdown )
                    : format == "html"     ? chidao::to_html( doc, input.bytes, html )
                    : format == "tsv"      ? chidao::to_table( doc, chidao::table_kind::points, chidao::table_format::tsv )
                    : format == "csv"      ? chidao::to_table( doc, chidao::table_kind::points, chidao::table_format::csv )
                                           : chidao::to_json( doc, json );
         }
      }
      catch( const chidao::error& e ) {
         r.messages = std::string( e.what() ) + "\n";
         r.out = json_output ? chidao::to_json( e, json ) : "";
         r.counts.errors = 1;
      }
      // Every input gets its line, even when its document could not be made: a document too big for
      // the memory there is (an input rejected, exit 1), or a bug (exit 3). The document is gone by
      // now, so the memory it took is free again for the error document.
      catch( const std::bad_alloc& ) {
         const chidao::error e( chidao::errc::out_of_memory, { input.source, 0, 1, 1 },
                                "out of memory: the document needs more memory than there is" );
         r = result{ input.source, json_output ? chidao::to_json( e, json ) : "", std::string( e.what() ) + "\n", {}, {}, false };
         r.counts.documents = 1;
         r.counts.bytes = input.bytes.size();
         r.counts.errors = 1;
      }
      catch( const std::exception& ex ) {
         const chidao::error e( chidao::errc::internal_error, { input.source, 0, 1, 1 },
                                fmt::format( "internal error (a bug: please report it with the input): {}", ex.what() ) );
         r = result{ input.source, json_output ? chidao::to_json( e, json ) : "", std::string( e.what() ) + "\n", {}, {}, true };
         r.counts.documents = 1;
         r.counts.bytes = input.bytes.size();
         r.counts.errors = 1;
      }
      if( !r.out.empty() && r.out.back() == '\n' ) {
         r.out.pop_back();
      }
      return r;
   };

   // Run at a terminal without a file, chidao would wait in silence for text a person may not know to type.
   if( !quiet && isatty( STDIN_FILENO ) && std::find( files.begin(), files.end(), "-" ) != files.end() ) {
      std::cerr << "chidao: reading standard input until Ctrl-D (chidao --help for usage)\n";
   }

   // -f json is one value a run. Its shape follows the command, not the data, so a script knows it in
   // advance: a document for one named input, an array when the inputs can hold several documents.
   const bool json_array = format == "json" && !verify_roundtrip && several_inputs;
   std::size_t written = 0;
   // The next document's text as written: an array element is indented one level, and the comma and
   // line end between elements go with the next one, so each document is still one write.
   const auto append_framed = [ & ]( std::string& out, const std::string& text ) {
      if( !json_array ) {
         out += text;
         out += '\n';
         return;
      }
      out += written++ == 0 ? "[\n  " : ",\n  ";
      for( const char c : text ) {
         out += c;
         if( c == '\n' ) {
            out += "  ";  // JSON strings hold no raw line end: every one is layout
         }
      }
   };

   if( !output_dir.empty() ) {
      std::error_code ec;
      std::filesystem::create_directories( output_dir, ec );
      if( ec ) {
         std::cerr << fmt::format( "chidao: cannot write output: cannot create {}: {}\n", output_dir, ec.message() );
         return exit_internal;
      }
   }
   std::vector< chidao::cli::page_entry > pages;  // with --output-dir, every input, for the index
   std::string failed_file;                       // the file that could not be written, if any

   // Workers take documents in order, a batch at a time, and parse them in parallel; this thread writes
   // the results in input order. At most a few batches per worker wait to be written, so memory stays
   // bounded by the batch size and the largest documents, not by the whole input. A batch is one
   // document when an input may make a reader wait (standard input, a FIFO): each document then goes
   // out as soon as it is parsed. From files, a batch is up to 1,024 documents or 256 KB: the locks, wake-ups
   // and writes a document cost would otherwise take more time than parsing a short article.
   chidao::cli::input_documents inputs( records ? std::vector< std::string >{} : files, glob,
                                        split_on.empty() ? std::nullopt : std::optional( split_on ), max_bytes, wake_pipe[ 0 ],
                                        stdin_closed );
   chidao::cli::input_records record_inputs( records ? files : std::vector< std::string >{}, text_field, id_field );
   std::mutex mutex, read_mutex;
   std::condition_variable changed;
   std::map< std::size_t, std::vector< result > > done;  // by batch
   std::size_t next_to_read = 0, next_to_write = 0;       // batches
   bool exhausted = false;
   const std::size_t window = 4 * jobs;
   const bool from_files = !files.empty() && std::all_of( files.begin(), files.end(), []( const std::string& f ) {
      std::error_code ec;
      return f != "-" && ( std::filesystem::is_regular_file( f, ec ) || std::filesystem::is_directory( f, ec ) );
   } );
   const std::size_t batch_documents = from_files ? 1024 : 1;
   constexpr std::size_t batch_bytes = std::size_t( 1 ) << 18;
   // One batch: read (one reader at a time, without holding `mutex`: reading a pipe waits for the next
   // record, and the writer must not wait with it), parsed, and left in `done` for the writer. False
   // when there is nothing more to read.
   const auto parse_a_batch = [ & ]() -> bool {
      std::vector< chidao::cli::input_document > batch;
      std::size_t sequence;
      std::unique_lock reading( read_mutex );
      {
         std::unique_lock lock( mutex );
         changed.wait( lock, [ & ] { return exhausted || next_to_read < next_to_write + window; } );
         if( exhausted || stop_requested ) {
            exhausted = true;
            changed.notify_all();
            return false;
         }
      }
      bool last = false;
      for( std::size_t bytes = 0; batch.size() < batch_documents && bytes < batch_bytes; ) {
         std::optional< chidao::cli::input_document > input = records ? record_inputs.next() : inputs.next();
         if( !input ) {
            last = true;
            break;
         }
         bytes += input->bytes.size();
         batch.push_back( std::move( *input ) );
      }
      {
         std::lock_guard lock( mutex );
         if( batch.empty() ) {
            exhausted = true;
            changed.notify_all();
            return false;
         }
         sequence = next_to_read++;
         exhausted = exhausted || last;
      }
      reading.unlock();
      std::vector< result > results;
      results.reserve( batch.size() );
      for( auto& input : batch ) {
         results.push_back( process( input ) );
         // Its text is no longer needed. Swapped out, not assigned: assigning an empty string keeps the storage.
         std::string().swap( input.bytes );
      }
      {
         std::lock_guard lock( mutex );
         done.emplace( sequence, std::move( results ) );
      }
      changed.notify_all();
      return true;
   };
   // With one job, this thread parses each batch when it needs the next one to write: a worker thread
   // cost two wake-ups a batch, and left the memory of every result to be freed by another thread than
   // the one that took it.
   const bool parse_here = jobs == 1;
   std::vector< std::thread > workers;
   for( unsigned w = 0; w < jobs && !parse_here; ++w ) {
      workers.emplace_back( [ & ] {
         while( parse_a_batch() ) {
         }
      } );
   }

   // The progress bar is one line that each update overwrites; anything else written to stderr clears it
   // first, or would be appended to it. Reading standard input, chidao cannot know how much is left:
   // then it counts what it has read instead of guessing an ETA.
   const bool show_progress = !quiet && isatty( STDERR_FILENO );
   const bool sized = std::find( files.begin(), files.end(), "-" ) == files.end();
   const auto started = std::chrono::steady_clock::now();
   auto last_progress = started;
   bool progress_shown = false;
   const auto clear_progress = [ & ] {
      if( progress_shown ) {
         std::cerr << "\r\033[K";
         progress_shown = false;
      }
   };
   tally total;
   std::size_t warnings_left_out = 0;
   bool write_failed = false;
   int write_errno = 0;  // why, saved at once: the messages written since may change errno
   if( table_output && !verify_roundtrip &&
       !write_out( chidao::table_header( chidao::table_kind::points,
                                         format == "tsv" ? chidao::table_format::tsv : chidao::table_format::csv ) ) ) {
      write_failed = true;
      write_errno = errno;
      std::lock_guard lock( mutex );
      exhausted = true;
      changed.notify_all();
   }
   // Whole documents waiting to be written: one write for many. When it fails (a full disk), nothing
   // of it stays, and the documents are written again one by one, so that as many whole ones as fit
   // are kept, and never part of one.
   std::string pending_output;
   std::vector< std::size_t > pending_ends;  // where each document ends in pending_output
   const auto flush_output = [ & ] {
      if( !pending_output.empty() && !write_failed && !write_out( pending_output ) ) {
         std::size_t from = 0;
         for( const std::size_t end : pending_ends ) {
            if( !write_out( std::string_view( pending_output ).substr( from, end - from ) ) ) {
               break;
            }
            from = end;
         }
         write_failed = true;
         write_errno = errno;
         std::lock_guard lock( mutex );
         exhausted = true;  // nothing more can be written: stop reading
         changed.notify_all();
      }
      pending_output.clear();
      pending_ends.clear();
   };
   constexpr std::size_t pending_limit = std::size_t( 1 ) << 18;
   for( ;; ) {
      std::vector< result > batch;
      {
         std::unique_lock lock( mutex );
         const auto ready = [ & ] { return done.count( next_to_write ) != 0 || ( exhausted && next_to_write == next_to_read ); };
         while( !ready() ) {
            // Nothing to write next yet: what is done goes out now, not when the buffer fills.
            lock.unlock();
            flush_output();
            if( parse_here ) {
               (void)parse_a_batch();
               lock.lock();
               continue;
            }
            lock.lock();
            changed.wait( lock, ready );
         }
         if( done.count( next_to_write ) == 0 ) {
            break;
         }
         batch = std::move( done[ next_to_write ] );
         done.erase( next_to_write++ );
      }
      changed.notify_all();
      for( result& r : batch ) {
         const std::size_t shown = std::min( r.warnings.size(), warning_lines - std::min( warning_lines, total.warnings ) );
         if( !r.messages.empty() || shown != 0 ) {
            clear_progress();
         }
         if( !r.messages.empty() ) {  // std::cerr flushes at every <<, even of nothing
            std::cerr << r.messages;
         }
         for( std::size_t k = 0; k < shown; ++k ) {
            std::cerr << r.warnings[ k ];
         }
         warnings_left_out += r.counts.warnings - shown;
         total.add( r.counts );
         if( !output_dir.empty() ) {
            // Pages go into the directory, named in input order; the index lists every input, and the reason
            // of a rejected one.
            chidao::cli::page_entry entry{ r.source, "", "", r.counts.lists, r.counts.items, r.counts.speakers, r.counts.warnings };
            if( r.out.empty() ) {
               entry.error = r.messages.substr( 0, r.messages.find( '\n' ) );
            }
            else {
               entry.page = chidao::cli::page_name( pages.size() + 1, r.source );
               const std::filesystem::path path = std::filesystem::path( output_dir ) / entry.page;
               if( !write_failed && !write_file( path, r.out + "\n" ) ) {
                  write_failed = true;
                  write_errno = errno;
                  failed_file = path.string();
                  std::lock_guard lock( mutex );
                  exhausted = true;
                  changed.notify_all();
               }
            }
            pages.push_back( std::move( entry ) );
            r.out.clear();
         }
         if( r.internal_error ) {
            status = exit_internal;
         }
         else if( r.counts.errors != 0 && status == exit_ok ) {
            status = exit_input_rejected;
         }
         if( !r.out.empty() && !write_failed ) {  // (empty: a rejected input outside JSON, reported on stderr only)
            append_framed( pending_output, r.out );
            pending_ends.push_back( pending_output.size() );
            if( pending_output.size() >= pending_limit ) {
               flush_output();
            }
         }
         const auto now = show_progress ? std::chrono::steady_clock::now() : started;
         if( show_progress && now - started > std::chrono::seconds( 1 ) && now - last_progress > std::chrono::milliseconds( 200 ) ) {
            last_progress = now;
            const double seconds = std::chrono::duration< double >( now - started ).count();
            const double rate = static_cast< double >( total.bytes ) / seconds;
            const double per_second = static_cast< double >( total.documents ) / seconds;
            std::string line;
            if( sized ) {
               const double left = inputs.total_bytes() > total.bytes && rate > 0
                                      ? static_cast< double >( inputs.total_bytes() - total.bytes ) / rate
                                      : 0.0;
               line = fmt::format( "{}  {:.0f} documents/s  {:.1f} MB/s  ETA {:.0f} s", counted( total.documents, "document" ),
                                   per_second, rate / 1e6, left );
            }
            else {
               line = fmt::format( "{}  {:.1f} MB read  {:.0f} documents/s  {:.1f} MB/s", counted( total.documents, "document" ),
                                   static_cast< double >( total.bytes ) / 1e6, per_second, rate / 1e6 );
            }
            std::cerr << "\r\033[K" << line << std::flush;
            progress_shown = true;
         }
      }
   }
   flush_output();
   for( auto& w : workers ) {
      w.join();
   }
   if( json_array && !write_failed && !write_out( written == 0 ? "[]\n" : "\n]\n" ) ) {
      write_failed = true;
      write_errno = errno;
   }
   if( !output_dir.empty() && !write_failed ) {
      const std::filesystem::path index = std::filesystem::path( output_dir ) / "index.html";
      if( !write_file( index, chidao::cli::index_page( pages ) ) ) {
         write_failed = true;
         write_errno = errno;
         failed_file = index.string();
      }
   }
   clear_progress();
   if( !quiet && warnings_left_out != 0 ) {
      std::cerr << fmt::format( "chidao: {} more {} left out (--max-warnings {}); the output has them all\n",
                                warnings_left_out, warnings_left_out == 1 ? "warning" : "warnings", max_warnings );
   }
   if( !quiet ) {
      std::cerr << fmt::format( "chidao: {}, {}, {}, {}, {}, {}{}\n", counted( total.documents, "document" ),
                                counted( total.lists, "list" ), counted( total.items, "point" ),
                                counted( total.speakers, "speaker" ), counted( total.warnings, "warning" ),
                                counted( total.errors, "error" ),
                                total.skipped == 0 ? "" : ", " + counted( total.skipped, "malformed record" ) + " skipped" );
   }
   if( write_failed ) {
      std::cerr << fmt::format( "chidao: cannot write output: {}{}\n", failed_file.empty() ? "" : failed_file + ": ",
                                std::strerror( write_errno ) );
      return exit_internal;
   }
   if( !quiet && !output_dir.empty() ) {
      const auto written_pages = static_cast< std::size_t >(
         std::count_if( pages.begin(), pages.end(), []( const chidao::cli::page_entry& e ) { return !e.page.empty(); } ) );
      std::cerr << fmt::format( "chidao: {} in {}; open {}\n", counted( written_pages, "page" ), output_dir,
                                ( std::filesystem::path( output_dir ) / "index.html" ).string() );
   }
   if( stop_requested ) {
      std::cerr << "chidao: interrupted; the documents above are complete\n";
      return exit_interrupted;
   }

   return status;
}
