// SPDX-License-Identifier: MIT
#include "cli/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <iostream>
#include <string_view>

#include "chidao/error.hpp"
#include "chidao/parse.hpp"

namespace chidao::cli {

input_documents::input_documents( const std::vector< std::string >& paths, std::string glob,
                                  std::optional< std::string > separator )
   : separator_( std::move( separator ) )
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
         files_.insert( files_.end(), found.begin(), found.end() );
      }
      else {
         files_.push_back( path );
      }
   }
   for( const std::string& f : files_ ) {
      std::error_code ec;
      if( f != "-" ) {
         const auto size = fs::file_size( f, ec );
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
   const std::string& name = files_[ next_file_++ ];
   try {
      return input_document{ name, read_input( name ), std::nullopt };
   }
   catch( const error& e ) {
      return input_document{ name, {}, e };
   }
}

namespace {

// The length of the line end `text` ends with: 2 for CRLF, 1 for LF, 0 for none.
std::size_t line_end( std::string_view text )
{
   return text.ends_with( "\r\n" ) ? 2 : text.ends_with( '\n' ) ? 1 : 0;
}

}  // namespace

// Documents are separated by a line holding exactly the separator; the empty line on each side of it
// belongs to the separator, so "…\n\n=====\n\n…" splits into the documents exactly as they were joined.
// A file written on Windows ends these lines in CRLF: the CR is part of the line end, not of the line.
// Only one document is held at a time.
std::optional< input_document > input_documents::next_split()
{
   while( !stream_ ) {
      if( next_file_ >= files_.size() ) {
         return std::nullopt;
      }
      stream_name_ = files_[ next_file_++ ];
      part_ = 0;
      std::error_code ec;
      if( stream_name_ == "-" ) {
         stream_ = std::make_unique< std::istream >( std::cin.rdbuf() );
      }
      else if( std::filesystem::is_directory( stream_name_, ec ) ) {
         return input_document{ stream_name_, {}, error( errc::io_failure, { stream_name_ }, "is a directory" ) };
      }
      else {
         auto file = std::make_unique< std::ifstream >( stream_name_, std::ios::binary );
         if( !*file ) {
            return input_document{ stream_name_, {}, error( errc::io_failure, { stream_name_ }, "cannot open" ) };
         }
         stream_ = std::move( file );
      }
   }
   std::string bytes;
   std::string line;
   bool any = false;
   while( std::getline( *stream_, line ) ) {
      any = true;
      const bool ended = !stream_->eof();  // getline stopped at a '\n'
      const std::size_t cr = ended && line.ends_with( '\r' ) ? 1 : 0;
      if( std::string_view( line ).substr( 0, line.size() - cr ) == *separator_ ) {
         const std::size_t end = line_end( bytes );
         if( end != 0 && line_end( std::string_view( bytes ).substr( 0, bytes.size() - end ) ) != 0 ) {
            bytes.resize( bytes.size() - end );  // the empty line before the separator
         }
         bytes.resize( bytes.size() - line_end( bytes ) );  // the line end of the document's last line
         if( stream_->peek() == '\n' ) {
            stream_->get();  // the empty line after it
         }
         else if( stream_->peek() == '\r' ) {
            stream_->get();
            if( stream_->peek() == '\n' ) {
               stream_->get();
            }
            else {
               stream_->unget();  // a lone CR starts the next document
            }
         }
         return input_document{ stream_name_ + "#" + std::to_string( ++part_ ), std::move( bytes ), std::nullopt };
      }
      bytes += line;
      if( ended ) {
         bytes += '\n';
      }
   }
   stream_.reset();
   if( !any && part_ > 0 ) {
      return next_split();
   }
   return input_document{ stream_name_ + "#" + std::to_string( ++part_ ), std::move( bytes ), std::nullopt };
}

}  // namespace chidao::cli
