// SPDX-License-Identifier: MIT
// The tree chidao returns: enumerated lists, their items, and the page noise kept out of item text.
// Every span is a half-open [begin, end) range of byte offsets into the ORIGINAL input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace chidao {

struct span {
   std::size_t begin = 0;
   std::size_t end = 0;
   friend bool operator==( const span&, const span& ) = default;
};

/// How the points of a list are marked.
enum class list_style {
   la,         ///< "Một là", "Hai là" ... (one is, two is)
   thu,        ///< "Thứ nhất", "Thứ hai" ... (first, second)
   numeric,    ///< "1." "1)" "(1)" "1/" at the start of a line
   letter,     ///< "a)" "b." at the start of a line
   roman,      ///< "I." "II." at the start of a line
   bullet,     ///< "-" "–" "•" "+" "*" at the start of a line
   semicolon,  ///< "… tập trung vào: A; B; C." points separated by semicolons after a colon
};

/// Why a stretch of text is page furniture rather than prose.
enum class noise_kind {
   caption,      ///< a photo caption or the "Chú thích ảnh" label
   credit,       ///< "Ảnh: …", "Nguồn: …", "Đồ họa: …" lines
   image,        ///< image markup left by the scraper ("![]() |")
   repeated,     ///< a paragraph or headline repeated verbatim earlier in the page
   related,      ///< "Đọc thêm", "Tin mới", "Chia sẻ:" … and everything after it
};

/// The force of a statement: what the reporting verb says the speaker did.
enum class speech_act {
   directive,   ///< đề nghị, yêu cầu, chỉ đạo … (asked, ordered)
   assertive,   ///< nhấn mạnh, khẳng định, cho biết … (stated)
   evaluative,  ///< đánh giá, ghi nhận, biểu dương … (judged, praised)
};

[[nodiscard]] const char* to_string( list_style style ) noexcept;
[[nodiscard]] const char* to_string( speech_act act ) noexcept;
[[nodiscard]] const char* to_string( noise_kind kind ) noexcept;

struct list;
struct item;
struct statement;

/// Page furniture found between or around lists. Never part of an item's text.
struct noise {
   noise_kind kind = noise_kind::caption;
   chidao::span span;
};

/// A node of the tree.
using node = std::variant< list, noise, statement >;

/// One enumerated point.
struct item {
   unsigned ordinal = 0;  ///< 1-based position in its list
   std::string marker;    ///< the marker as written, e.g. "Thứ nhất", "1.", "Cuối cùng"
   chidao::span span;     ///< marker and content
   std::string text;      ///< content from the original bytes, without marker, punctuation or noise
   std::string lead;      ///< the part of `text` before its first nested list (all of it when none)
   chidao::span content;  ///< where the content runs, after the marker's punctuation (C++ only, not in JSON)
   std::vector< node > children;  ///< nested lists and noise inside this item, in document order
};

/// How a statement's or a list's speaker was found, from the surest to the least sure, so that a user
/// can keep only what they trust.
enum class attribution {
   same_sentence,  ///< the speaker is named in the sentence: "Bộ trưởng An đề nghị, thứ nhất, …"
   announced,      ///< the list's statement announces it: "… nhấn mạnh 3 nhiệm vụ." or "… như sau:"
   continued,      ///< reported speech goes on: "Ông An cho rằng, …¶Thứ nhất, …"
   interview,      ///< an answer in an interview, the interviewee's
   quote,          ///< named after the quotation: "“…”, Bộ trưởng yêu cầu."
   title_only,     ///< by an office the page never names: "Thủ tướng Chính phủ chỉ thị: …"
};

[[nodiscard]] const char* to_string( attribution how ) noexcept;

struct list {
   list_style style = list_style::thu;
   std::optional< unsigned > announced;  ///< count announced before the list ("5 nhiệm vụ"), if any
   chidao::span span;                    ///< from the first item's start to the last item's end
   std::vector< item > items;
   std::optional< std::string > speaker;          ///< who enumerates the points (a speaker id), if known
   std::optional< chidao::attribution > attributed;  ///< how the speaker was found; none without one
};

/// How a statement is attributed.
enum class statement_form {
   speaker_first,     ///< "Bộ trưởng Bùi Thanh Sơn đề nghị …"
   according_to,      ///< "Theo Bộ trưởng, …"
   after_quote,       ///< "“…”, Bộ trưởng yêu cầu."
   nominal,           ///< "… chỉ đạo của Bộ trưởng …"
   interview_answer,  ///< an answer in an interview whose lead names the interviewee
};

[[nodiscard]] const char* to_string( statement_form form ) noexcept;

/// Someone saying something: who, with what force, to whom, and the lists they introduce.
struct statement {
   statement_form form = statement_form::speaker_first;
   std::optional< std::string > speaker;  ///< a speaker id ("S1"), or none when unresolved
   std::string speaker_text;              ///< the mention as written ("Bộ trưởng", "ông Sơn")
   std::string verb;                      ///< as written: "đề nghị", "nhấn mạnh"
   speech_act act = speech_act::assertive;
   std::optional< std::string > addressee;  ///< directives: "Bộ Ngoại giao và các bộ, ngành liên quan"
   chidao::attribution attributed = chidao::attribution::same_sentence;  ///< how its speaker was found
   chidao::span span;                       ///< the statement and the lists it introduces
   std::string text;                        ///< the statement's own text, lists excluded
   std::vector< node > children;            ///< lists introduced, in document order
};

/// One place a speaker is named.
struct mention {
   std::string text;
   chidao::span span;
   bool resolved = true;
};

/// A person or group the document makes speak or names with a title.
struct speaker {
   /// A group is people ("Các đại biểu"), an institution a body ("Bộ Công Thương"), a role an office the
   /// page never names a holder of ("Thủ tướng Chính phủ"), named by its title.
   enum class kind_t { person, group, institution, role } kind = kind_t::person;
   std::string id;    ///< "S1", "S2" … in order of first mention
   std::string name;  ///< "Bùi Thanh Sơn", "Các đại biểu"
   std::vector< std::string > titles;  ///< from all mentions, as first written, without repeats
   std::vector< mention > mentions;
};

[[nodiscard]] const char* to_string( speaker::kind_t kind ) noexcept;

struct warning {
   std::string message;
   chidao::span span;
};

/// One piece of the input in a lossless reading: every byte belongs to exactly one leaf, and the leaves,
/// in order, give back the input.
struct leaf {
   enum class kind_t { marker, punctuation, item_text, statement_text, noise, text, space } kind = kind_t::text;
   chidao::span span;
   std::string owner;  ///< the node it belongs to, as a JSON pointer ("" the document, "/nodes/2/items/0")
};

[[nodiscard]] const char* to_string( leaf::kind_t kind ) noexcept;

/// How spans count: bytes of the input (the default), Unicode code points (Python str indexes), or
/// UTF-16 code units (JavaScript string indexes).
enum class offset_unit { bytes, code_points, utf16 };

/// "bytes", "codepoints", "utf16": as the JSON's "offsets" and the CLI's --offsets spell them.
[[nodiscard]] const char* to_string( offset_unit unit ) noexcept;

/// The result of parsing one input.
struct document {
   std::string source;            ///< path, or "-" for standard input
   offset_unit offsets = offset_unit::bytes;  ///< what every span counts (convert_offsets() changes it)
   std::vector< node > nodes;     ///< top-level nodes in document order
   std::vector< speaker > speakers;
   std::vector< mention > unresolved;  ///< speaker mentions that could not be tied to one person
   std::vector< warning > warnings;
};

/// Calls `visit( node, depth )` for every node of `doc`, depth first, in document order: lists, then
/// their items' children; statements, then theirs. Depth 0 is the top level.
template< typename Visitor >
void for_each_node( const std::vector< node >& nodes, Visitor&& visit, std::size_t depth = 0 )
{
   for( const node& n : nodes ) {
      visit( n, depth );
      if( const auto* l = std::get_if< list >( &n ) ) {
         for( const item& it : l->items ) {
            for_each_node( it.children, visit, depth + 1 );
         }
      }
      else if( const auto* st = std::get_if< statement >( &n ) ) {
         for_each_node( st->children, visit, depth + 1 );
      }
   }
}

template< typename Visitor >
void for_each_node( const document& doc, Visitor&& visit )
{
   for_each_node( doc.nodes, visit, 0 );
}

/// The names the project's issues use (chidao::Document, chidao::Parser) for the snake_case types.
using Document = document;

}  // namespace chidao
