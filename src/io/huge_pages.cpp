// SPDX-License-Identifier: MIT
#include "io/huge_pages.hpp"

#include <sys/mman.h>

#include <cstdint>

namespace chidao::detail {

void prefer_huge_pages( void* const data, const std::size_t size ) noexcept
{
#ifdef MADV_HUGEPAGE
   constexpr std::uintptr_t huge = std::uintptr_t( 2 ) << 20;
   if( data == nullptr || size < 2 * huge ) {
      return;  // a small buffer: at most a page or two to gain
   }
   const auto begin = ( reinterpret_cast< std::uintptr_t >( data ) + huge - 1 ) & ~( huge - 1 );
   const auto end = ( reinterpret_cast< std::uintptr_t >( data ) + size ) & ~( huge - 1 );
   if( begin < end ) {
      (void)madvise( reinterpret_cast< void* >( begin ), end - begin, MADV_HUGEPAGE );  // a hint: a refusal changes nothing
   }
#else
   (void)data;
   (void)size;
#endif
}

}  // namespace chidao::detail
