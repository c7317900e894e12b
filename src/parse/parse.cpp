// SPDX-License-Identifier: MIT
// The one translation unit that instantiates the grammar.
#include "parse/parse.hpp"

#include <stdexcept>

#include "parse/actions.hpp"

namespace chidao::detail {

void parse_normalized( const std::string_view normalized, const grammar_context& context, event_sink& sink )
{
   pg::memory_input< pg::tracking_mode::lazy, pg::eol::lf_crlf, const char* > in( normalized.data(), normalized.size(),
                                                                                  "normalized" );
   parse_state st( context, sink );
   if( !pg::parse< g::document, action >( in, st ) ) {
      // The document rule accepts every byte sequence; failing is a bug in the grammar.
      throw std::logic_error( "chidao grammar did not accept its input" );
   }
}

}  // namespace chidao::detail
