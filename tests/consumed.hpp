// SPDX-License-Identifier: MIT
// consumed<Rule>(text): what a grammar rule consumes at the start of `text` (normalized first, as the
// parser would see it), or std::nullopt when it does not match. Whether, and how far.
// Rules backed by lexicons get the compiled-in defaults; capitals are read from `text` as given.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chidao/lexicon.hpp"
#include "grammar/document.hpp"
#include "parse/context.hpp"
#include "text/normalize.hpp"

namespace chidao::test {

template< typename Rule >
std::optional< std::string > consumed( std::string_view text )
{
   namespace pg = tao::pegtl;
   icu::Edits identity;
   identity.addUnchanged( static_cast< int32_t >( text.size() ) );
   const detail::normalized_text normalized = detail::normalize( text, identity );
   static const chidao::lexicon lexicon;
   detail::grammar_context context{ normalized.text.data(), text, &normalized.map, &lexicon.tables() };
   pg::memory_input in( normalized.text.data(), normalized.text.size(), "test" );
   if( !pg::parse< Rule >( in, context ) ) {
      return std::nullopt;
   }
   return std::string( normalized.text.data(), in.current() );
}

}  // namespace chidao::test
