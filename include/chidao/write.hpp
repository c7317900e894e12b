// Writers: a document as text for people or programs.
#pragma once

#include <cstddef>
#include <string>

#include "chidao/document.hpp"
#include "chidao/error.hpp"

namespace chidao {

struct json_options {
   bool pretty = false;  ///< two-space indentation and a final newline instead of one compact line
};

/// The document as JSON, in the documented contract ("chidao": 1, "source", "nodes", "warnings").
[[nodiscard]] std::string to_json( const document& doc, const json_options& options = {} );

/// A JSON document for an input that was rejected: "chidao", "source" and "error"
/// ({"code", "message", "line", "column", "byte"}), so batch output keeps one document per input.
[[nodiscard]] std::string to_json( const error& err, const json_options& options = {} );

}  // namespace chidao

namespace chidao {

struct outline_options {
   std::size_t width = 100;  ///< excerpts are cut to fit this many columns (code points)
};

/// A plain-text tree for a terminal: each list with its style, each point with its marker and the
/// start of its text, nested lists indented. Noise is not shown.
[[nodiscard]] std::string to_outline( const document& doc, const outline_options& options = {} );

}  // namespace chidao
