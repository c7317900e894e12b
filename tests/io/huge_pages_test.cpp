// SPDX-License-Identifier: MIT
#include "io/huge_pages.hpp"

#include <gtest/gtest.h>
#include <sys/mman.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using chidao::detail::prefer_huge_pages;

constexpr std::size_t mib = std::size_t( 1 ) << 20;

// The VmFlags line of the mapping holding `address`, from /proc/self/smaps: "hg" there is the
// advice madvise(MADV_HUGEPAGE) records, whether or not the kernel has huge pages to give yet.
std::string flags_of_mapping_at( const void* address )
{
   const auto at = reinterpret_cast< std::uintptr_t >( address );
   std::ifstream smaps( "/proc/self/smaps" );
   bool inside = false;
   for( std::string line; std::getline( smaps, line ); ) {
      std::uintptr_t begin = 0, end = 0;
      char dash = 0;
      std::istringstream head( line );
      if( head >> std::hex >> begin >> dash >> end && dash == '-' ) {
         inside = begin <= at && at < end;
      }
      else if( inside && line.starts_with( "VmFlags:" ) ) {
         return line + ' ';
      }
   }
   return {};
}

class anonymous_memory {
public:
   explicit anonymous_memory( std::size_t size ) : size_( size )
   {
      data_ = mmap( nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0 );
   }
   ~anonymous_memory() { munmap( data_, size_ ); }
   anonymous_memory( const anonymous_memory& ) = delete;
   anonymous_memory& operator=( const anonymous_memory& ) = delete;
   [[nodiscard]] char* data() const { return static_cast< char* >( data_ ); }
   [[nodiscard]] bool ok() const { return data_ != MAP_FAILED; }

private:
   void* data_;
   std::size_t size_;
};

bool system_has_huge_pages()
{
   return std::filesystem::exists( "/sys/kernel/mm/transparent_hugepage/enabled" ) && std::filesystem::exists( "/proc/self/smaps" );
}

TEST( huge_pages, a_large_buffer_asks_for_them_on_its_whole_huge_pages )
{
   if( !system_has_huge_pages() ) {
      GTEST_SKIP() << "no transparent huge pages on this system (/sys/kernel/mm/transparent_hugepage absent)";
   }
   const anonymous_memory memory( 16 * mib );
   ASSERT_TRUE( memory.ok() );
   // Not aligned, as a buffer from malloc is not: only the whole 2 MiB pages inside are advised.
   char* const buffer = memory.data() + 123;
   prefer_huge_pages( buffer, 16 * mib - 123 );
   const auto first_whole_page = ( reinterpret_cast< std::uintptr_t >( buffer ) + 2 * mib - 1 ) & ~( 2 * mib - 1 );
   EXPECT_NE( flags_of_mapping_at( reinterpret_cast< void* >( first_whole_page ) ).find( " hg " ), std::string::npos );
   EXPECT_EQ( flags_of_mapping_at( buffer ).find( " hg " ), std::string::npos ) << "the part before the first whole page";
}

TEST( huge_pages, a_small_buffer_is_left_as_it_is )
{
   if( !system_has_huge_pages() ) {
      GTEST_SKIP() << "no transparent huge pages on this system (/sys/kernel/mm/transparent_hugepage absent)";
   }
   const anonymous_memory memory( 8 * mib );
   ASSERT_TRUE( memory.ok() );
   // 3 MiB from a 2 MiB boundary: a whole huge page inside, but under the 4 MiB worth asking for.
   const auto aligned = ( reinterpret_cast< std::uintptr_t >( memory.data() ) + 2 * mib - 1 ) & ~( 2 * mib - 1 );
   prefer_huge_pages( reinterpret_cast< void* >( aligned ), 3 * mib );
   EXPECT_EQ( flags_of_mapping_at( reinterpret_cast< void* >( aligned ) ).find( " hg " ), std::string::npos );
}

}  // namespace
