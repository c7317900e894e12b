// SPDX-License-Identifier: MIT
#include "cli/records.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>

#include "chidao/error.hpp"

namespace chidao::cli {

input_records::input_records( std::vector< std::string > paths, std::string text_field, std::string id_field )
   : files_( std::move( paths ) ), text_field_( std::move( text_field ) ), id_field_( std::move( id_field ) )
{}

std::optional< input_document > input_records::next()
{
   for( ;; ) {
      while( !stream_ ) {
         if( next_file_ >= files_.size() ) {
            return std::nullopt;
         }
         stream_name_ = files_[ next_file_++ ];
         line_ = 0;
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
      std::string line;
      if( !std::getline( *stream_, line ) ) {
         stream_.reset();
         continue;
      }
      ++line_;
      if( line.find_first_not_of( " \t\r" ) == std::string::npos ) {
         continue;
      }
      const std::string where = stream_name_ + ":" + std::to_string( line_ );
      const auto skipped = [ & ]( const std::string& why ) {
         input_document skip{ where, {}, std::nullopt };
         skip.skipped = where + ": malformed record: " + why;
         return skip;
      };
      nlohmann::json record;
      try {
         record = nlohmann::json::parse( line );
      }
      catch( const nlohmann::json::exception& e ) {
         // "[json.exception.parse_error.101] parse error at line 1, column 9: …": the column is the news.
         std::string_view why = e.what();
         why.remove_prefix( std::min( why.size(), why.find( "] " ) + 2 ) );
         return skipped( std::string( why ) );
      }
      if( !record.is_object() ) {
         return skipped( "not a JSON object" );
      }
      const auto text = record.find( text_field_ );
      if( text == record.end() || !text->is_string() ) {
         return skipped( "no string field \"" + text_field_ + "\"" );
      }
      const auto id = record.find( id_field_ );
      std::string source = id == record.end() ? where : id->is_string() ? id->get< std::string >() : id->dump();
      return input_document{ std::move( source ), text->get< std::string >(), std::nullopt };
   }
}

}  // namespace chidao::cli
