// SPDX-License-Identifier: MIT
#include "io/read.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "chidao/error.hpp"
#include "io/huge_pages.hpp"

namespace chidao::detail {
namespace {

error io_error( const std::string& name, const std::string& message )
{
   return error( errc::io_failure, source_position{ name, 0, 1, 1 }, message );
}

}  // namespace

std::string too_large_message( std::size_t bytes, std::size_t limit, bool at_least )
{
   return fmt::format( "input of {}{} bytes exceeds the {}", at_least ? "more than " : "", bytes,
                       limit == max_input_bytes ? std::string( "2 GiB limit" ) : fmt::format( "limit of {} bytes", limit ) );
}

byte_reader::byte_reader( const std::string& name, int wake ) : name_( name ), wake_( wake )
{
   if( name == "-" ) {
      fd_ = STDIN_FILENO;
   }
   else {
      // O_NONBLOCK: opening a FIFO would wait for a writer, out of reach of a signal; poll() waits instead.
      fd_ = ::open( name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC );
      if( fd_ < 0 ) {
         throw io_error( name, fmt::format( "cannot open: {}", std::strerror( errno ) ) );
      }
      owned_ = true;
   }
   struct stat status{};
   if( fstat( fd_, &status ) != 0 ) {
      const int reason = errno;
      if( owned_ ) {
         ::close( fd_ );
      }
      throw io_error( name, reason == EBADF ? std::string( "standard input is closed" )
                                            : fmt::format( "cannot read: {}", std::strerror( reason ) ) );
   }
   if( S_ISDIR( status.st_mode ) ) {
      if( owned_ ) {
         ::close( fd_ );
      }
      throw io_error( name, name == "-" ? "standard input is a directory" : "is a directory" );
   }
   // A regular file of size 0 may be a kernel file (/proc) whose size says nothing: read it to the end.
   if( S_ISREG( status.st_mode ) && status.st_size > 0 ) {
      regular_size_ = static_cast< std::size_t >( status.st_size );
   }
}

byte_reader::~byte_reader()
{
   if( owned_ ) {
      ::close( fd_ );
   }
}

read_status byte_reader::read( char* buffer, std::size_t size, std::size_t& got )
{
   got = 0;
   for( ;; ) {
      // Wait for data or for the wake-up. poll() is never restarted after a signal, and the wake pipe
      // ends the wait even when the signal went to another thread.
      pollfd fds[ 2 ] = { { fd_, POLLIN, 0 }, { wake_, POLLIN, 0 } };
      const int ready = ::poll( fds, wake_ >= 0 ? 2 : 1, -1 );
      if( ready < 0 && errno != EINTR ) {
         throw io_error( name_, fmt::format( "read failed: {}", std::strerror( errno ) ) );
      }
      if( wake_ >= 0 && ( fds[ 1 ].revents & POLLIN ) != 0 ) {
         return read_status::woken;
      }
      if( ready <= 0 ) {
         continue;
      }
      if( ( fds[ 0 ].revents & POLLNVAL ) != 0 ) {
         throw io_error( name_, "read failed: the descriptor is closed" );
      }
      const ssize_t n = ::read( fd_, buffer, size );
      if( n > 0 ) {
         got = static_cast< std::size_t >( n );
         return read_status::data;
      }
      if( n == 0 ) {
         return read_status::end;
      }
      if( errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK ) {
         continue;  // a FIFO without data yet, or a signal: wait again
      }
      throw io_error( name_, fmt::format( "read failed: {}", std::strerror( errno ) ) );
   }
}

std::optional< std::string > read_all( const std::string& name, std::size_t limit, int wake )
{
   byte_reader reader( name, wake );
   std::string bytes;
   if( const auto size = reader.regular_size() ) {
      if( *size > limit ) {
         throw error( errc::input_too_large, source_position{ name, 0, 1, 1 }, too_large_message( *size, limit, false ) );
      }
      bytes.reserve( *size + 1 );  // +1: the read that finds the end
      prefer_huge_pages( bytes.data(), bytes.capacity() );
   }
   constexpr std::size_t block = 1 << 20;
   std::size_t used = 0;
   for( ;; ) {
      if( used == bytes.size() ) {
         // Room for the next read: all that was reserved (a regular file's size, and a byte to find its
         // end: growing past it would double the buffer), else a block, or more as the input grows.
         bytes.resize( bytes.capacity() > used ? bytes.capacity() : std::max( used + block, std::min( 2 * used, used + ( std::size_t( 64 ) << 20 ) ) ) );
      }
      std::size_t got = 0;
      const read_status status = reader.read( bytes.data() + used, bytes.size() - used, got );
      if( status == read_status::woken ) {
         return std::nullopt;
      }
      if( status == read_status::end ) {
         break;
      }
      used += got;
      if( used > limit ) {
         throw error( errc::input_too_large, source_position{ name, 0, 1, 1 }, too_large_message( limit, limit, true ) );
      }
   }
   bytes.resize( used );
   return bytes;
}

}  // namespace chidao::detail
