// SPDX-License-Identifier: MIT
// A document as rows: one a point, a statement or a speaker. The CLI's --format tsv/csv and the Python
// package's chidao.frames() both take their rows from here, so the two always agree, column for column.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "chidao/write.hpp"

namespace chidao::detail {

/// An empty cell (no speaker, no addressee …), a text, or a count or offset. (A struct, not a variant:
/// g++ 12 warns that a moved variant of a string may be uninitialized, and the warning is an error.)
struct cell {
   enum class kind_t { empty, text, number } kind = kind_t::empty;
   std::string text;
   std::size_t number = 0;

   cell() = default;
   cell( std::string t ) : kind( kind_t::text ), text( std::move( t ) ) {}  // NOLINT: rows are brace lists
   cell( std::size_t n ) : kind( kind_t::number ), number( n ) {}          // NOLINT
};

/// The column names of a table, in order.
[[nodiscard]] const std::vector< std::string >& table_columns( table_kind kind );

/// The rows of `doc` for a table, in document order; each row has a cell per column.
[[nodiscard]] std::vector< std::vector< cell > > table_rows( const document& doc, table_kind kind );

}  // namespace chidao::detail
