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

[[nodiscard]] const char* to_string( list_style style ) noexcept;
[[nodiscard]] const char* to_string( noise_kind kind ) noexcept;

struct list;
struct item;

/// Page furniture found between or around lists. Never part of an item's text.
struct noise {
   noise_kind kind = noise_kind::caption;
   chidao::span span;
};

/// A node of the tree. Statement nodes (speakers) will join this variant.
using node = std::variant< list, noise >;

/// One enumerated point.
struct item {
   unsigned ordinal = 0;  ///< 1-based position in its list
   std::string marker;    ///< the marker as written, e.g. "Thứ nhất", "1.", "Cuối cùng"
   chidao::span span;     ///< marker and content
   std::string text;      ///< content from the original bytes, without marker, punctuation or noise
   std::vector< node > children;  ///< nested lists and noise inside this item, in document order
};

struct list {
   list_style style = list_style::thu;
   std::optional< unsigned > announced;  ///< count announced before the list ("5 nhiệm vụ"), if any
   chidao::span span;                    ///< from the first item's start to the last item's end
   std::vector< item > items;
};

struct warning {
   std::string message;
   chidao::span span;
};

/// The result of parsing one input.
struct document {
   std::string source;            ///< path, or "-" for standard input
   std::vector< node > nodes;     ///< top-level nodes in document order
   std::vector< warning > warnings;
};

}  // namespace chidao
