// SPDX-License-Identifier: MIT
// Sorting what the grammar reported into document order, cheaply.
#pragma once

#include <algorithm>
#include <functional>

namespace chidao::detail {

// Events arrive almost always in document order already: a check is linear where a sort is not, and
// on long pages the sorts showed in the time. Stable, so equal elements keep their order either way.
template< typename Range, typename Less = std::less<> >
void sort_in_order( Range& range, Less less = {} )
{
   if( !std::is_sorted( range.begin(), range.end(), less ) ) {
      std::stable_sort( range.begin(), range.end(), less );
   }
}

}  // namespace chidao::detail
