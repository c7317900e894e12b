// SPDX-License-Identifier: MIT
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
   /// The input's encoding: "tcvn3" (the ABC fonts), "vni" (VNI-Windows) or "viscii", which chidao reads
   /// with tables of its own, or an ICU converter name ("windows-1258", "utf-16le", "ibm-1129" …). Empty:
   /// UTF-8, or UTF-16 when the input starts with a UTF-16 byte order mark. Spans always count bytes
   /// of the input as given. An unknown name, or bytes the encoding does not define (unless lenient),
   /// throw chidao::error (errc::invalid_encoding).
   std::string encoding;
   /// Titles, names, verbs … the grammar consults; the compiled-in defaults unless extended.
   chidao::lexicon lexicon;
   /// What the returned document's spans count: bytes of the input (the default), or code points or
   /// UTF-16 units of the text as decoded, converted as convert_offsets() does but from the text the
   /// parse has already decoded. Writers that read the input back (leaves(), --lossless JSON, the HTML
   /// page, verify_roundtrip()) need spans in bytes.
   offset_unit offsets = offset_unit::bytes;
};

/// A parser configured once (options, extra lexicons) and used for many documents. parse() and
/// parse_file() are const and share only immutable data, so one parser may serve many threads at once.
///
/// Errors are exceptions: a rejected input throws chidao::error (with code(), and where(): file, byte,
/// line, column). Exceptions keep the common path (a document) free of checks; batch callers catch per
/// document and go on, as the CLI does.
class parser {
public:
   explicit parser( parse_options options = {} ) : options_( std::move( options ) ) {}

   /// As chidao::parse() with this parser's options.
   [[nodiscard]] document parse( std::string_view bytes, std::string source = "-" ) const;
   /// As chidao::parse_file() with this parser's options.
   [[nodiscard]] document parse_file( const std::filesystem::path& path ) const;

   [[nodiscard]] const parse_options& options() const noexcept { return options_; }

private:
   parse_options options_;
};

using Parser = parser;  ///< the name the project's issues use

/// Parses one document held in memory. `source` names it in errors and in the output.
/// Throws chidao::error when the input is rejected (invalid UTF-8 without `lenient`, over 2 GiB).
/// Prose with no list is not an error: it gives a document without list nodes.
[[nodiscard]] document parse( std::string_view bytes, std::string source, const parse_options& options = {} );

/// The bytes of a file, as parse_file() reads them; "-" reads standard input. Throws chidao::error
/// (errc::io_failure) for a missing, unreadable or directory path.
[[nodiscard]] std::string read_input( const std::filesystem::path& path );

/// Reads and parses a file; "-" reads standard input. Throws chidao::error (errc::io_failure) when
/// the file cannot be read, and as parse() does otherwise.
[[nodiscard]] document parse_file( const std::filesystem::path& path, const parse_options& options = {} );


/// Rewrites every span of `doc` (and of its speakers, mentions and warnings) from byte offsets into
/// `original` (the input `doc` was parsed from) to `unit`, counted in the text as parse() decoded it:
/// give the `encoding` it was parsed with (parse_options::encoding). A UTF-8 byte order mark counts
/// as a character; a UTF-16 or UTF-32 one does not. Sets doc.offsets; a document is converted once
/// (converting one whose spans are not in bytes throws std::logic_error: a caller's bug).
void convert_offsets( document& doc, std::string_view original, offset_unit unit, const std::string& encoding = {} );

}  // namespace chidao
