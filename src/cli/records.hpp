// SPDX-License-Identifier: MIT
// --input jsonl: documents from JSON Lines records, one JSON object a line, as scrapers hand them over
// and as Spark's RDD.pipe and Hadoop Streaming feed a mapper. Read a line at a time, so a stream of any
// length goes through in constant memory.
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.hpp"

namespace chidao::cli {

class input_records {
public:
   /// `paths` as given ("-" is standard input). Each record's text is the string in `text_field`; its
   /// document is named by `id_field` (a string as it is, another JSON value as written), or "FILE:LINE"
   /// when the record has no such field.
   input_records( std::vector< std::string > paths, std::string text_field, std::string id_field );

   /// The next record's document; a line that is not a record with a text gives a document with
   /// `skipped` set ("FILE:LINE: malformed record: …"); a file that cannot be read, one with `error`.
   /// None at the end. Blank lines are no records.
   std::optional< input_document > next();

private:
   std::vector< std::string > files_;
   std::size_t next_file_ = 0;
   std::string text_field_, id_field_;
   std::unique_ptr< std::istream > stream_;
   std::string stream_name_;
   std::size_t line_ = 0;
};

}  // namespace chidao::cli
