// SPDX-License-Identifier: MIT
// Placement, a phase of the tree builder once lists have their owners: where each statement and each
// noise block sits. Both go into the innermost point whose territory holds them, or to the top; noise
// inside a statement (a headline printed again inside an interview answer) is the statement's. The
// tree is then made from what this phase keeps.
#pragma once

#include <cstddef>
#include <map>
#include <utility>
#include <vector>

#include "tree/layout.hpp"
#include "tree/lists.hpp"
#include "tree/statements.hpp"

namespace chidao::detail {

/// A point: (list, item).
using item_key = std::pair< std::size_t, std::size_t >;

class placement {
public:
   /// Places `statements` and `noise` among the settled `lists`, whose owners are recorded. A statement
   /// starting at the list it holds sits outside it; a statement in a point is cut to the point, in
   /// place. `noise` in document order.
   placement( const list_assembler& lists, std::vector< statement_build >& statements, const std::vector< noise_line >& noise );

   /// Statements (indexes, in the order given) and noise in no point.
   [[nodiscard]] const std::vector< std::size_t >& top_statements() const { return top_statements_; }
   [[nodiscard]] const std::vector< noise_line >& top_noise() const { return top_noise_; }
   /// What sits right in a point, or in a statement; nullptr when nothing does.
   [[nodiscard]] const std::vector< std::size_t >* statements_in( item_key point ) const;
   [[nodiscard]] const std::vector< noise_line >* noise_in( item_key point ) const;
   [[nodiscard]] const std::vector< noise_line >* noise_in_statement( std::size_t statement ) const;

private:
   std::vector< noise_line > place_in_statements( const std::vector< statement_build >& statements,
                                                  const std::vector< std::size_t >& among, std::vector< noise_line > noise );

   std::vector< std::size_t > top_statements_;
   std::vector< noise_line > top_noise_;
   std::map< item_key, std::vector< std::size_t > > item_statements_;
   std::map< item_key, std::vector< noise_line > > item_noise_;
   std::map< std::size_t, std::vector< noise_line > > statement_noise_;  // by statement
};

}  // namespace chidao::detail
