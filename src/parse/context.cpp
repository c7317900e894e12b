// SPDX-License-Identifier: MIT
#include "parse/context.hpp"

#include <unicode/uchar.h>

#include <array>

namespace chidao::detail {
namespace {

// The Latin letters of Vietnamese, precomposed, and the combining marks of decomposed text lie below.
constexpr UChar32 capital_table_end = 0x2100;

capital_facts capital_facts_by_icu( UChar32 c ) noexcept
{
   return { u_isupper( c ) || u_istitle( c ), u_getCombiningClass( c ) != 0 };
}

}  // namespace

capital_facts capital_facts_of( const UChar32 c ) noexcept
{
   static const auto table = [] {
      std::array< capital_facts, capital_table_end > t{};
      for( UChar32 k = 0; k < capital_table_end; ++k ) {
         t[ static_cast< std::size_t >( k ) ] = capital_facts_by_icu( k );
      }
      return t;
   }();
   return c >= 0 && c < capital_table_end ? table[ static_cast< std::size_t >( c ) ] : capital_facts_by_icu( c );
}

}  // namespace chidao::detail
