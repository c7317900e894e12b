// SPDX-License-Identifier: MIT
// Errors about the input: where it went wrong and why, with a code whose meaning never changes.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace chidao {

/// File name (or "-" for standard input), offset into the original bytes, 1-based line,
/// 1-based column counted in code points.
struct source_position {
   std::string source;
   std::size_t byte = 0;
   std::size_t line = 1;
   std::size_t column = 1;
};

/// Why an input could not be processed. Values never change meaning; out_of_memory and internal_error
/// have the values of the C API's CHIDAO_OUT_OF_MEMORY and CHIDAO_INTERNAL_ERROR. The CLI gives every
/// input a line: a document that exhausts memory, or meets a bug, gets an error document with them.
enum class errc {
   invalid_utf8 = 1,
   input_too_large = 2,
   io_failure = 3,
   invalid_lexicon = 4,
   invalid_encoding = 5,
   out_of_memory = 100,
   internal_error = 101
};

/// Stable spelling of an error code for machine-readable output ("invalid_utf8", ...).
[[nodiscard]] const char* to_string( errc code ) noexcept;

/// Thrown by parse() and parse_file(). what() reads "article.txt:12:7: invalid UTF-8 ...".
class error : public std::runtime_error {
public:
   error( errc code, source_position where, const std::string& message );

   [[nodiscard]] errc code() const noexcept { return code_; }
   [[nodiscard]] const source_position& where() const noexcept { return where_; }
   /// The message without the "file:line:col: " prefix.
   [[nodiscard]] const std::string& message() const noexcept { return message_; }

private:
   errc code_;
   source_position where_;
   std::string message_;
};

}  // namespace chidao
