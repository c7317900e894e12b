// consumed<Rule>(text): what a grammar rule consumes at the start of `text` (normalized first, as the
// parser would see it), or std::nullopt when it does not match. Whether, and how far.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "grammar/document.hpp"
#include "text/normalize.hpp"

namespace chidao::test {

template< typename Rule >
std::optional< std::string > consumed( std::string_view text )
{
   namespace pg = tao::pegtl;
   const std::string normalized = detail::normalize_for_matching( text );
   pg::memory_input in( normalized.data(), normalized.size(), "test" );
   if( !pg::parse< Rule >( in ) ) {
      return std::nullopt;
   }
   return std::string( normalized.data(), in.current() );
}

}  // namespace chidao::test
