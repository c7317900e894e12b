// What the grammar reports, in normalized byte offsets. The tree builder listens; tests can too.
#pragma once

#include <cstddef>

#include "chidao/document.hpp"

namespace chidao::detail {

/// A half-open range of normalized byte offsets.
struct text_range {
   std::size_t begin = 0;
   std::size_t end = 0;
   friend bool operator==( const text_range&, const text_range& ) = default;
};

/// A marker that may open a point. Whether it does is the tree builder's decision.
struct marker_event {
   list_style style = list_style::thu;
   bool closer = false;           ///< "Cuối cùng": the next point of an open spoken list
   unsigned ordinal = 0;          ///< the number written; 0 for bullets and closers
   unsigned letter_ordinal = 0;   ///< for "i." "v." "x.": the same mark read as a letter; else 0
   text_range marker;             ///< the marker as written
   std::size_t content_begin = 0; ///< after the marker, its punctuation and spaces
   std::size_t cut = 0;           ///< where the previous point's text ends when this one follows it
   bool at_paragraph_start = true;
};

enum class noise_line_kind { caption, credit, image, related };

class event_sink {
public:
   virtual ~event_sink() = default;
   virtual void marker( const marker_event& m ) = 0;
   /// One point of a semicolon list; the list itself follows once all its points are reported.
   virtual void semicolon_point( text_range point ) = 0;
   virtual void semicolon_list( text_range list ) = 0;
   virtual void announced_count( unsigned count, text_range where ) = 0;
   /// A paragraph (one line of prose), after the markers inside it; `line` excludes the line end.
   virtual void paragraph( text_range line ) = 0;
   /// Page furniture; `lines` includes its line ends.
   virtual void noise( noise_kind kind, text_range lines ) = 0;
};

}  // namespace chidao::detail
