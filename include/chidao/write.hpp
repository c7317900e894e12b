// SPDX-License-Identifier: MIT
// Writers: a document as text for people or programs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/document.hpp"
#include "chidao/error.hpp"

namespace chidao {

struct json_options {
   bool pretty = false;  ///< two-space indentation and a final newline instead of one compact line
};

/// The document as JSON, in the documented contract ("chidao": 1, "source", "nodes", "warnings").
[[nodiscard]] std::string to_json( const document& doc, const json_options& options = {} );

/// As to_json(), with a "leaves" array: the lossless reading of `original` (see leaves()), each leaf
/// with its kind, span, text and owner, so that the input can be rebuilt from the JSON alone.
/// `encoding` is the one the input was parsed with (parse_options::encoding): the leaves of an input
/// that is not UTF-8 as given carry its text as decoded, and its markers end where they end in it.
[[nodiscard]] std::string to_json( const document& doc, std::string_view original, const json_options& options,
                                   const std::string& encoding = {} );

/// The input as leaves: every byte belongs to exactly one, owned by the deepest node covering it
/// (a marker, its punctuation, an item's text, a statement's text, noise), or by no node: plain text
/// and the white space between paragraphs. In order, the leaves give back `original`.
[[nodiscard]] std::vector< leaf > leaves( const document& doc, std::string_view original, const std::string& encoding = {} );

/// True when the leaves of `doc`, read back from the lossless JSON, rebuild `original` byte for byte
/// from their own spans and texts, and each node's text (statement, point, marker, mention) is the
/// input's at its span; otherwise `problem` says where. `encoding` is the one `doc` was parsed with:
/// for input that is not UTF-8 (another encoding, a UTF-16 or UTF-32 byte order mark, invalid bytes),
/// whose texts are not its bytes, the spans are checked, not the texts.
[[nodiscard]] bool verify_roundtrip( const document& doc, std::string_view original, std::string* problem = nullptr,
                                     const std::string& encoding = {} );

/// A JSON document for an input that was rejected: "chidao", "source" and "error"
/// ({"code", "message", "line", "column", "byte"}), so batch output keeps one document per input.
[[nodiscard]] std::string to_json( const error& err, const json_options& options = {} );

}  // namespace chidao

namespace chidao {

/// Which statements the outline and Markdown show: every one (the default), or only those that
/// introduce a list ("who listed what").
enum class statements_shown { all, with_lists };

struct outline_options {
   std::size_t width = 100;  ///< excerpts are cut to fit this many columns (code points)
   bool color = false;       ///< ANSI colours for speakers, acts and markers
   statements_shown statements = statements_shown::all;
};

/// A plain-text tree for a terminal: each statement (speaker, titles, act, addressee) with the lists
/// it introduces, or the start of its text when it introduces none; each point with its marker and
/// the start of its text, nested lists indented. Noise is not shown.
[[nodiscard]] std::string to_outline( const document& doc, const outline_options& options = {} );

struct markdown_options {
   statements_shown statements = statements_shown::all;
};

/// Markdown that renders on GitHub: a heading per statement (speaker, act, addressee) with its text
/// quoted, and an ordered list per enumeration (bullets stay bullets) with each point's full text.
[[nodiscard]] std::string to_markdown( const document& doc, const markdown_options& options = {} );

struct html_options {
   statements_shown statements = statements_shown::all;
   std::string encoding;  ///< the encoding of the input, as in parse_options (empty: UTF-8, or UTF-16 by its BOM)
   std::string index;     ///< when set, a link to it heads the page ("index.html", the run's other pages)
};

/// One self-contained HTML page for reading a document in a browser: no network, no external script,
/// style sheet or font. `original` is the input `doc` was parsed from, and `doc`'s spans count its
/// bytes (as parsed, before any convert_offsets()). The page shows the input with markers,
/// statements, speaker mentions and noise highlighted in place, each element carrying its node's byte
/// span (data-begin, data-end); beside it (below it on a narrow screen) the speakers, as a filter, and
/// the tree of who listed what (speakers → statements → lists → points), each entry linked to its
/// place in the text and back. All text is HTML-escaped; what is not valid UTF-8 shows as U+FFFD.
/// Throws chidao::error for an unknown encoding.
[[nodiscard]] std::string to_html( const document& doc, std::string_view original, const html_options& options = {} );

}  // namespace chidao

namespace chidao {

/// The tables of `to_table()`: one row per point, per statement, or per speaker.
///   points:     document, list, depth, style, ordinal, marker, text, speaker, speaker_name, speaker_kind,
///               attribution, verb, act, addressee, start, end
///   statements: document, statement, form, speaker, speaker_name, speaker_kind, speaker_text, verb, act,
///               addressee, attribution, lists, text, start, end
///   speakers:   document, speaker, name, key, kind, titles, mentions, statements, lists
/// `document` is the document's source; `list` and `statement` number them from 1 in document order;
/// a point's verb, act and addressee are those of the statement that introduces its list, if any; `start`
/// and `end` are the span (in the document's units). Empty cells stand for null.
enum class table_kind { points, statements, speakers };

/// tsv: tab-separated, one row a line, with backslash, tab, CR and LF escaped as \\ \t \r \n.
/// csv: comma-separated, cells quoted as RFC 4180 says (a quoted cell may span lines).
enum class table_format { tsv, csv };

/// The header line of a table: its column names, ending with a line end.
[[nodiscard]] std::string table_header( table_kind kind, table_format format );

/// The rows of `doc` in a table, each ending with a line end; empty when it has none.
[[nodiscard]] std::string to_table( const document& doc, table_kind kind, table_format format );

}  // namespace chidao
