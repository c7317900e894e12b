// SPDX-License-Identifier: MIT
// Normalized byte offset → original byte offset. Each rewritten region (a BOM dropped, "\r\n" turned
// into "\n", "Ủ" case-folded, "oà" re-toned) is recorded once; between regions the two texts move in
// step, byte for byte.
#pragma once

#include <unicode/edits.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace chidao::detail {

class offset_map {
public:
   offset_map() = default;
   /// Builds the map from the composed edits original → `normalized`.
   offset_map( const icu::Edits& edits, std::string_view normalized );

   /// Where a span starting at normalized offset `n` starts in the original: a start inside a
   /// rewritten region moves back to the region's start, so it never splits an original character.
   [[nodiscard]] std::size_t to_source_begin( std::size_t n ) const;
   /// to_source_begin, starting from `hint`: the index of the region a previous call found, which
   /// this one updates. The grammar asks about offsets in the order it reads them, mostly forward
   /// and near each other: the region at the hint or the one after it answers without a search.
   [[nodiscard]] std::size_t to_source_begin( std::size_t n, std::size_t& hint ) const;
   /// Where a span ending at normalized offset `n` ends in the original: an end inside a rewritten
   /// region moves forward to the region's end.
   [[nodiscard]] std::size_t to_source_end( std::size_t n ) const;

private:
   struct region {
      std::size_t normalized_begin, normalized_end, source_begin, source_end;
   };
   template< typename Admits >
   [[nodiscard]] const region* last_region( Admits admits ) const;
   [[nodiscard]] static std::size_t source_begin_in( const region* r, std::size_t n );
   std::vector< region > regions_;  // in order of both offsets
};

}  // namespace chidao::detail
