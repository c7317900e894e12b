// SPDX-License-Identifier: MIT
#include "cli/inputs.hpp"

#include <fmt/format.h>
#include <fnmatch.h>

#include <algorithm>
#include <cstring>
#include <string_view>

#include "chidao/error.hpp"

namespace chidao::cli {

input_documents::input_documents( const std::vector< std::string >& paths, std::string glob,
                                  std::optional< std::string > separator, std::size_t limit, int wake,
                                  bool stdin_closed )
   : separator_( std::move( separator ) ),
     limit_( limit ),
     wake_( wake )
{
   namespace fs = std::filesystem;
   for( const std::string& path : paths ) {
      std::error_code ec;
      if( path != "-" && fs::is_directory( path, ec ) ) {
         std::vector< std::string > found;
         for( auto it = fs::recursive_directory_iterator( path, fs::directory_options::skip_permission_denied, ec );
              it != fs::recursive_directory_iterator(); it.increment( ec ) ) {
            if( it->is_regular_file( ec ) && fnmatch( glob.c_str(), it->path().filename().c_str(), 0 ) == 0 ) {
               found.push_back( it->path().string() );
            }
         }
         std::sort( found.begin(), found.end() );  // the same order on every machine
         if( found.empty() ) {
            // A directory named on the command line that gives nothing is an input not processed: say so.
            files_.push_back( { path, error( errc::io_failure, { path },
                                             fmt::format( "no file in this directory matches --glob '{}'", glob ) ) } );
         }
         for( std::string& f : found ) {
            files_.push_back( { std::move( f ), std::nullopt } );
         }
      }
      else if( path == "-" && stdin_closed ) {
         files_.push_back( { path, error( errc::io_failure, { path }, "standard input is closed" ) } );
      }
      else {
         files_.push_back( { path, std::nullopt } );
      }
   }
   for( const entry& f : files_ ) {
      std::error_code ec;
      if( f.path != "-" && !f.error ) {
         const auto size = fs::file_size( f.path, ec );
         total_bytes_ += ec ? 0 : size;
      }
   }
}

std::optional< input_document > input_documents::next()
{
   if( separator_ ) {
      return next_split();
   }
   if( next_file_ >= files_.size() ) {
      return std::nullopt;
   }
   const entry& file = files_[ next_file_++ ];
   if( file.error ) {
      return input_document{ file.path, {}, file.error };
   }
   try {
      std::optional< std::string > bytes = detail::read_all( file.path, limit_, wake_ );
      if( !bytes ) {
         return std::nullopt;  // woken: the run is being stopped
      }
      return input_document{ file.path, std::move( *bytes ), std::nullopt };
   }
   catch( const error& e ) {
      return input_document{ file.path, {}, e };
   }
}

bool input_documents::fill( std::size_t wanted )
{
   constexpr std::size_t block = 1 << 16;
   while( buffer_.size() - at_ < wanted && !at_end_ && !woken_ ) {
      buffer_.erase( 0, at_ );
      at_ = 0;
      const std::size_t old = buffer_.size();
      buffer_.resize( old + block );
      std::size_t got = 0;
      const detail::read_status status = reader_->read( buffer_.data() + old, block, got );
      buffer_.resize( old + got );
      woken_ = status == detail::read_status::woken;
      at_end_ = status == detail::read_status::end;
   }
   return buffer_.size() > at_ && !woken_;
}

namespace {

// The length of the line end `text` ends with: 2 for CRLF, 1 for LF, 0 for none.
std::size_t line_end( std::string_view text )
{
   return text.ends_with( "\r\n" ) ? 2 : text.ends_with( '\n' ) ? 1 : 0;
}

// Whether a line (without its '\n') is the separator; a CR before the '\n' is part of the line end.
bool is_separator( std::string_view line, std::string_view separator, bool ended )
{
   const std::size_t cr = ended && line.ends_with( '\r' ) ? 1 : 0;
   return line.substr( 0, line.size() - cr ) == separator;
}

// The document before a separator line: the empty line before the separator belongs to it.
void trim_before_separator( std::string& bytes )
{
   const std::size_t end = line_end( bytes );
   // erase, not resize: the same for a shrink, and GCC 12 at -O3 warns (-Wrestrict) about resize's
   // growing path, which a shrink never takes.
   if( end != 0 && line_end( std::string_view( bytes ).substr( 0, bytes.size() - end ) ) != 0 ) {
      bytes.erase( bytes.size() - end );
   }
   bytes.erase( bytes.size() - line_end( bytes ) );  // the line end of the document's last line
}

}  // namespace

// Documents are separated by a line holding exactly the separator; the empty line on each side of it
// belongs to the separator, so "…\n\n=====\n\n…" splits into the documents exactly as they were joined.
// A file written on Windows ends these lines in CRLF: the CR is part of the line end, not of the line.
// The file is read in blocks and only the current document is held, and only up to the limit: past it,
// the document is dropped as it is read (keeping the start of its current line, to see the separator
// that ends it) and is reported as too large, so a file of any size splits in bounded memory.
std::optional< input_document > input_documents::next_split()
{
   while( !reader_ ) {
      if( next_file_ >= files_.size() ) {
         return std::nullopt;
      }
      const entry& file = files_[ next_file_++ ];
      if( file.error ) {
         return input_document{ file.path, {}, file.error };
      }
      part_ = 0;
      buffer_.clear();
      at_ = 0;
      at_end_ = false;
      try {
         reader_ = std::make_unique< detail::byte_reader >( file.path, wake_ );
      }
      catch( const error& e ) {
         return input_document{ file.path, {}, e };
      }
   }
   const std::string_view separator = *separator_;
   const std::string name = reader_->name();  // a copy: the reader goes at the end of the file
   std::string bytes;            // the document so far, while within the limit
   std::size_t size = 0;         // its size, counting bytes dropped past the limit
   bool over = false;            // past the limit
   std::size_t line_begin = 0;   // within the limit: where the current line starts in bytes
   std::string line_head;        // past the limit: the current line's first bytes, enough to compare
   std::size_t line_size = 0;    // the current line's length
   bool any = false;
   const auto too_large = [ & ]( std::size_t part ) {
      return input_document{ name + "#" + std::to_string( part ), {},
                             error( errc::input_too_large, { name + "#" + std::to_string( part ), 0, 1, 1 },
                                    detail::too_large_message( limit_, limit_, true ) ) };
   };
   try {
      while( fill( 1 ) ) {
         any = true;
         const char* begin = buffer_.data() + at_;
         const std::size_t available = buffer_.size() - at_;
         const auto* newline = static_cast< const char* >( std::memchr( begin, '\n', available ) );
         const std::size_t length = newline != nullptr ? static_cast< std::size_t >( newline - begin ) : available;
         if( over ) {
            const std::size_t keep = separator.size() + 2;
            line_head.append( begin, std::min( length, keep - std::min( keep, line_head.size() ) ) );
         }
         else {
            bytes.append( begin, length );
         }
         at_ += length;
         size += length;
         line_size += length;
         if( !over && size > limit_ ) {
            over = true;
            line_head = bytes.substr( line_begin, separator.size() + 2 );
            std::string().swap( bytes );
         }
         if( newline == nullptr ) {
            continue;  // the line goes on in the next block
         }
         ++at_;  // the '\n'
         const std::string_view line = over ? std::string_view( line_head ) : std::string_view( bytes ).substr( line_begin );
         if( line.size() == line_size && is_separator( line, separator, true ) ) {
            if( !over ) {
               bytes.resize( line_begin );
               trim_before_separator( bytes );
            }
            // The empty line after it. A byte is waited for, not two: from a pipe, the document goes
            // out as soon as its separator and that line have come, before the next document does.
            if( fill( 1 ) && buffer_[ at_ ] == '\n' ) {
               ++at_;
            }
            else if( buffer_.size() > at_ && buffer_[ at_ ] == '\r' && fill( 2 ) && buffer_[ at_ + 1 ] == '\n' ) {
               at_ += 2;  // a lone CR would start the next document
            }
            ++part_;
            if( over ) {
               return too_large( part_ );
            }
            return input_document{ name + "#" + std::to_string( part_ ), std::move( bytes ), std::nullopt };
         }
         if( !over ) {
            bytes += '\n';
            line_begin = bytes.size();
         }
         ++size;
         line_size = 0;
         line_head.clear();
      }
   }
   catch( const error& e ) {
      reader_.reset();
      const std::string source = name + "#" + std::to_string( ++part_ );
      return input_document{ source, {}, error( e.code(), { source, 0, 1, 1 }, e.message() ) };
   }
   if( woken_ ) {
      return std::nullopt;  // the run is being stopped
   }
   // The file's last line, without a line end, may be the separator: the next call finds the end.
   const std::string_view line = over ? std::string_view( line_head ) : std::string_view( bytes ).substr( line_begin );
   if( line_size != 0 && line.size() == line_size && is_separator( line, separator, false ) ) {
      if( !over ) {
         bytes.resize( line_begin );
         trim_before_separator( bytes );
      }
      ++part_;
      return over ? too_large( part_ ) : input_document{ name + "#" + std::to_string( part_ ), std::move( bytes ), std::nullopt };
   }
   reader_.reset();
   if( !any && part_ > 0 ) {
      return next_split();
   }
   ++part_;
   if( over ) {
      return too_large( part_ );
   }
   return input_document{ name + "#" + std::to_string( part_ ), std::move( bytes ), std::nullopt };
}

}  // namespace chidao::cli
