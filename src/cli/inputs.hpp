// SPDX-License-Identifier: MIT
// The documents of a run, one at a time, in order: files named on the command line, files found in
// directories (recursively, matching a glob), and the documents of files split on a separator line.
#pragma once

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chidao/error.hpp"

namespace chidao::cli {

struct input_document {
   std::string source;  ///< "a.txt", "-", or "corpus.txt#17" for the 17th document of a split file
   std::string bytes;
   std::optional< chidao::error > error;  ///< a file that could not be read, or is over the size limit
};

class input_documents {
public:
   /// `paths` as given ("-" is standard input); directories are searched for files matching `glob`.
   /// With a `separator`, each file holds documents separated by lines holding exactly it.
   input_documents( const std::vector< std::string >& paths, std::string glob, std::optional< std::string > separator );

   /// The next document, or none at the end.
   std::optional< input_document > next();

   /// Bytes of all the named files (for progress); documents of standard input are not counted.
   [[nodiscard]] std::size_t total_bytes() const noexcept { return total_bytes_; }

private:
   std::optional< input_document > next_split();

   std::vector< std::string > files_;
   std::size_t next_file_ = 0;
   std::optional< std::string > separator_;
   std::size_t total_bytes_ = 0;
   // The file being split.
   std::unique_ptr< std::istream > stream_;
   std::string stream_name_;
   std::size_t part_ = 0;
};

}  // namespace chidao::cli
