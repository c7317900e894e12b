// SPDX-License-Identifier: MIT
// The documents of a run, one at a time, in order: files named on the command line, files found in
// directories (recursively, matching a glob), and the documents of files split on a separator line.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chidao/error.hpp"
#include "io/read.hpp"

namespace chidao::cli {

struct input_document {
   std::string source;  ///< "a.txt", "-", or "corpus.txt#17" for the 17th document of a split file
   std::string bytes;
   std::optional< chidao::error > error;  ///< a file that could not be read, or is over the size limit
   std::optional< std::string > skipped = std::nullopt;  ///< a line that is no record (--input jsonl): why; no document
};

class input_documents {
public:
   /// `paths` as given ("-" is standard input); directories are searched for files matching `glob`
   /// (a directory where none matches is an input in error). With a `separator`, each file holds
   /// documents separated by lines holding exactly it. A document over `limit` bytes is refused
   /// (input_too_large) without being held whole. `wake` ends any wait for input (see byte_reader).
   /// `stdin_closed`: the program started with standard input closed, so "-" is an input in error.
   input_documents( const std::vector< std::string >& paths, std::string glob, std::optional< std::string > separator,
                    std::size_t limit, int wake, bool stdin_closed );

   /// The next document, or none at the end or when woken.
   std::optional< input_document > next();

   /// Bytes of all the named files (for progress); documents of standard input are not counted.
   [[nodiscard]] std::size_t total_bytes() const noexcept { return total_bytes_; }

private:
   struct entry {
      std::string path;
      std::optional< chidao::error > error;  // a directory without a matching file
   };
   std::optional< input_document > next_split();
   // The next byte of the file being split, or none at its end (or when woken: see woken_).
   bool fill( std::size_t wanted );

   std::vector< entry > files_;
   std::size_t next_file_ = 0;
   std::optional< std::string > separator_;
   std::size_t limit_;
   int wake_;
   std::size_t total_bytes_ = 0;
   // The file being split, read in blocks: buffer_[ at_, buffer_.size() ) is not consumed yet.
   std::unique_ptr< detail::byte_reader > reader_;
   std::string buffer_;
   std::size_t at_ = 0;
   bool at_end_ = false;
   bool woken_ = false;
   std::size_t part_ = 0;
};

}  // namespace chidao::cli
