// Parsing: bytes in, a document out.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "chidao/document.hpp"
#include "chidao/error.hpp"
#include "chidao/lexicon.hpp"

namespace chidao {

struct parse_options {
   /// Replace invalid UTF-8 with U+FFFD and record a warning instead of throwing. Spans still point
   /// into the original bytes.
   bool lenient = false;
   /// Titles, names, verbs … the grammar consults; the compiled-in defaults unless extended.
   chidao::lexicon lexicon;
};

/// Parses one document held in memory. `source` names it in errors and in the output.
/// Throws chidao::error when the input is rejected (invalid UTF-8 without `lenient`, over 2 GiB).
/// Prose with no list is not an error: it gives a document without list nodes.
[[nodiscard]] document parse( std::string_view bytes, std::string source, const parse_options& options = {} );

/// Reads and parses a file; "-" reads standard input. Throws chidao::error (errc::io_failure) when
/// the file cannot be read, and as parse() does otherwise.
[[nodiscard]] document parse_file( const std::filesystem::path& path, const parse_options& options = {} );

}  // namespace chidao
