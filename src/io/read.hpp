// SPDX-License-Identifier: MIT
// Bytes of a file or of standard input, read with the operating system's own calls so that every
// failure is seen: a closed standard input, a directory, a read error (EIO) are errors, never an
// empty document. A wait for data (a terminal, a pipe, a FIFO without a writer yet) can be ended from
// a signal handler through a "wake" descriptor.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace chidao::detail {

/// What read() found: data, the end of the input, or a wake-up (the run is being stopped).
enum class read_status { data, end, woken };

class byte_reader {
public:
   /// Opens `name` ("-" is standard input) for reading, without blocking on a FIFO that has no writer
   /// yet. `wake` is a descriptor (a pipe's read end) that a signal handler makes readable to end any
   /// wait; -1 for none. Throws chidao::error (errc::io_failure): "cannot open: …", "is a directory",
   /// "standard input is closed".
   byte_reader( const std::string& name, int wake );
   ~byte_reader();
   byte_reader( const byte_reader& ) = delete;
   byte_reader& operator=( const byte_reader& ) = delete;

   /// Reads at most `size` bytes into `buffer`, waiting for them if need be; `got` receives how many.
   /// Throws chidao::error (errc::io_failure) "read failed: …" on a read error.
   read_status read( char* buffer, std::size_t size, std::size_t& got );

   /// The file's size when it is a regular file (a bound known before reading), else none.
   [[nodiscard]] std::optional< std::size_t > regular_size() const noexcept { return regular_size_; }
   [[nodiscard]] const std::string& name() const noexcept { return name_; }

private:
   std::string name_;
   int fd_ = -1;
   bool owned_ = false;
   int wake_ = -1;
   std::optional< std::size_t > regular_size_;
};

/// The whole input `name` ("-" is standard input), refused with errc::input_too_large once it passes
/// `limit` bytes (a regular file by its size, before a byte is read). None when woken through `wake`.
/// Throws chidao::error (errc::io_failure) when the input cannot be opened or read.
[[nodiscard]] std::optional< std::string > read_all( const std::string& name, std::size_t limit, int wake = -1 );

/// "input of N bytes exceeds the 2 GiB limit" (or "the limit of N bytes" for another limit), as an
/// error naming `name`; `at_least` when only a lower bound of the size is known.
[[nodiscard]] std::string too_large_message( std::size_t bytes, std::size_t limit, bool at_least );

/// The largest input chidao takes (ICU counts edits in int32_t).
inline constexpr std::size_t max_input_bytes = 2147483647;

}  // namespace chidao::detail
