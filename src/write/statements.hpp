// SPDX-License-Identifier: MIT
// Which statements the views for people (outline, Markdown) show: one rule for both, so they agree.
#pragma once

#include <algorithm>
#include <variant>
#include <vector>

#include "chidao/write.hpp"

namespace chidao::detail {

/// True when `nodes` hold a list, directly or in a statement among them.
[[nodiscard]] inline bool holds_list( const std::vector< node >& nodes )
{
   return std::any_of( nodes.begin(), nodes.end(), []( const node& n ) {
      const auto* st = std::get_if< statement >( &n );
      return std::holds_alternative< list >( n ) || ( st != nullptr && holds_list( st->children ) );
   } );
}

[[nodiscard]] inline bool is_shown( const statement& st, const statements_shown which )
{
   return which == statements_shown::all || holds_list( st.children );
}

}  // namespace chidao::detail
