// SPDX-License-Identifier: MIT
#include "cli/help.hpp"

#include <fmt/format.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace chidao::cli {
namespace {

// Code points: what a terminal shows of the help's UTF-8 ("Thứ nhất", "…").
std::size_t columns( std::string_view text )
{
   return static_cast< std::size_t >(
      std::count_if( text.begin(), text.end(), []( char c ) { return ( static_cast< unsigned char >( c ) & 0xC0 ) != 0x80; } ) );
}

// The byte offset where the code point at column `column` starts (or the end).
std::size_t byte_at_column( std::string_view text, std::size_t column )
{
   std::size_t seen = 0;
   for( std::size_t i = 0; i < text.size(); ++i ) {
      if( ( static_cast< unsigned char >( text[ i ] ) & 0xC0 ) != 0x80 ) {
         if( seen == column ) {
            return i;
         }
         ++seen;
      }
   }
   return text.size();
}

// Where the second column of a line starts ("  -q   quiet": the "q" of "quiet"), a byte offset; none
// when the line has one column.
std::size_t second_column( std::string_view line )
{
   const std::size_t indent = std::min( line.find_first_not_of( ' ' ), line.size() );
   const std::size_t gap = line.find( "  ", indent );
   return gap == std::string_view::npos ? std::string_view::npos : line.find_first_not_of( ' ', gap );
}

std::string wrap_line( std::string_view line, std::size_t width )
{
   if( columns( line ) <= width ) {
      return std::string( line );
   }
   const std::size_t indent = std::min( line.find_first_not_of( ' ' ), line.size() );
   const std::size_t second = second_column( line );
   std::size_t hang = indent;
   if( second != std::string_view::npos ) {
      hang = columns( line.substr( 0, second ) );
      if( hang > width * 2 / 3 ) {
         // A second column far to the right would leave a sliver for its text: it goes below the first.
         const std::size_t end = line.find_last_not_of( ' ', second - 1 );
         return std::string( line.substr( 0, end + 1 ) ) + "\n" +
                wrap_line( std::string( indent + 4, ' ' ) + std::string( line.substr( second ) ), width );
      }
   }
   std::string out;
   std::string rest( line );
   std::size_t start = std::min( rest.find_first_not_of( ' ' ), rest.size() );  // breaks come after this
   while( columns( rest ) > width ) {
      const std::size_t limit = byte_at_column( rest, width );  // the first byte past the width
      std::size_t cut = rest.rfind( ' ', limit );
      if( cut == std::string::npos || cut <= start ) {
         cut = rest.find( ' ', limit );  // a word longer than the room stands alone
         if( cut == std::string::npos ) {
            break;
         }
      }
      const std::size_t end = rest.find_last_not_of( ' ', cut );
      out.append( rest, 0, end == std::string::npos ? 0 : end + 1 );
      out += '\n';
      const std::size_t next = rest.find_first_not_of( ' ', cut );
      rest = std::string( hang, ' ' ) + ( next == std::string::npos ? std::string() : rest.substr( next ) );
      start = hang;
   }
   return out + rest;
}

std::size_t edit_distance( std::string_view a, std::string_view b )
{
   // Optimal string alignment: insertions, deletions, substitutions, and swaps of neighbours ("quite").
   std::vector< std::vector< std::size_t > > d( a.size() + 1, std::vector< std::size_t >( b.size() + 1 ) );
   for( std::size_t i = 0; i <= a.size(); ++i ) {
      d[ i ][ 0 ] = i;
   }
   for( std::size_t j = 0; j <= b.size(); ++j ) {
      d[ 0 ][ j ] = j;
   }
   for( std::size_t i = 1; i <= a.size(); ++i ) {
      for( std::size_t j = 1; j <= b.size(); ++j ) {
         const std::size_t cost = a[ i - 1 ] == b[ j - 1 ] ? 0 : 1;
         d[ i ][ j ] = std::min( { d[ i - 1 ][ j ] + 1, d[ i ][ j - 1 ] + 1, d[ i - 1 ][ j - 1 ] + cost } );
         if( i > 1 && j > 1 && a[ i - 1 ] == b[ j - 2 ] && a[ i - 2 ] == b[ j - 1 ] ) {
            d[ i ][ j ] = std::min( d[ i ][ j ], d[ i - 2 ][ j - 2 ] + 1 );
         }
      }
   }
   return d[ a.size() ][ b.size() ];
}

std::string_view without_dashes( std::string_view name )
{
   return name.substr( std::min( name.find_first_not_of( '-' ), name.size() ) );
}

}  // namespace

std::size_t help_width()
{
   std::size_t width = 80;
   winsize size{};
   if( isatty( STDOUT_FILENO ) && ioctl( STDOUT_FILENO, TIOCGWINSZ, &size ) == 0 && size.ws_col != 0 ) {
      width = size.ws_col;
   }
   else if( const char* env = std::getenv( "COLUMNS" ); env != nullptr && std::atoi( env ) > 0 ) {
      width = static_cast< std::size_t >( std::atoi( env ) );
   }
   return std::clamp< std::size_t >( width, 40, 100 );
}

std::string wrap_lines( std::string_view text, std::size_t width )
{
   std::string out;
   std::size_t begin = 0;
   while( begin <= text.size() ) {
      const std::size_t end = std::min( text.find( '\n', begin ), text.size() );
      out += wrap_line( text.substr( begin, end - begin ), width );
      if( end == text.size() ) {
         break;
      }
      out += '\n';
      begin = end + 1;
   }
   return out;
}

help_formatter::help_formatter( const std::size_t width ) : width_( width )
{
   column_width( std::min< std::size_t >( 30, width / 3 ) );
}

std::string help_formatter::make_option( const CLI::Option* opt, const bool is_positional ) const
{
   // As CLI11 lays it out (name, then the description from column_width_), wrapped.
   const std::string name = "  " + make_option_name( opt, is_positional ) + make_option_opts( opt );
   std::string text = name;
   if( columns( name ) + 2 > column_width_ ) {
      text += '\n';
      text.append( column_width_, ' ' );
   }
   else {
      text.append( column_width_ - columns( name ), ' ' );
   }
   for( const char c : make_option_desc( opt ) ) {
      text += c;
      if( c == '\n' ) {
         text.append( column_width_, ' ' );
      }
   }
   return wrap_lines( text, width_ ) + "\n";
}

std::string help_formatter::make_option_name( const CLI::Option* opt, const bool is_positional ) const
{
   // "-f, --format", as man pages write it (and help2man expects), not CLI11's "-f,--format".
   std::string name = CLI::Formatter::make_option_name( opt, is_positional );
   for( std::size_t comma = name.find( ',' ); comma != std::string::npos; comma = name.find( ',', comma + 2 ) ) {
      name.insert( comma + 1, " " );
   }
   return name;
}

std::string help_formatter::make_description( const CLI::App* app ) const
{
   const std::string description = app->get_description();
   return description.empty() ? std::string() : wrap_lines( description, width_ ) + "\n";
}

std::string help_formatter::make_footer( const CLI::App* app ) const
{
   const std::string footer = app->get_footer();
   return footer.empty() ? std::string() : wrap_lines( footer, width_ ) + "\n";
}

std::string nearest_option( const std::string_view typed, const std::vector< std::string >& names )
{
   const std::string_view core = without_dashes( typed );
   if( core.empty() ) {
      return {};
   }
   std::vector< std::string > starting;
   for( const std::string& name : names ) {
      if( core.size() >= 2 && without_dashes( name ).starts_with( core ) ) {
         starting.push_back( name );
      }
   }
   if( starting.size() == 1 ) {
      return starting.front();
   }
   // Within two edits, and at most one per three letters typed, so "-x" does not suggest "-q".
   std::string best;
   std::size_t best_distance = std::min< std::size_t >( 2, core.size() / 3 ) + 1;
   for( const std::string& name : names ) {
      const std::size_t distance = edit_distance( core, without_dashes( name ) );
      if( distance < best_distance ) {
         best = name;
         best_distance = distance;
      }
   }
   return best;
}

std::string failure_message( const CLI::App* app, const CLI::Error& e )
{
   std::string out;
   if( dynamic_cast< const CLI::ExtrasError* >( &e ) != nullptr ) {  // its name is the app's, not "ExtrasError"
      std::vector< std::string > names;
      for( const CLI::Option* opt : app->get_options() ) {
         for( const std::string& n : opt->get_lnames() ) {
            names.push_back( "--" + n );
         }
         for( const std::string& n : opt->get_snames() ) {
            names.push_back( "-" + n );
         }
      }
      for( const std::string& arg : app->remaining() ) {
         if( !arg.starts_with( '-' ) ) {
            out += fmt::format( "chidao: unexpected argument {}\n", arg );
            continue;
         }
         const std::string typed = arg.substr( 0, arg.find( '=' ) );
         const std::string meant = nearest_option( typed, names );
         out += fmt::format( "chidao: unknown option {}{}\n", typed, meant.empty() ? "" : "; did you mean " + meant + "?" );
      }
   }
   if( out.empty() ) {
      out = fmt::format( "chidao: {}\n", e.what() );
   }
   return out + "chidao: chidao --help lists the options\n";
}

}  // namespace chidao::cli
