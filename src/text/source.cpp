// SPDX-License-Identifier: MIT
#include "text/source.hpp"

#include <unicode/edits.h>

namespace chidao::detail {

source_text::source_text( const std::string_view original, const bool lenient, const std::string& name, const std::string& encoding )
   : original_( original ), decoded_( decode( original, lenient, name, encoding ) ), normalized_( normalize( decoded_.text( original ), decoded_.edits ) )
{
   if( decoded_.converted ) {
      // The NFC text normalizes to the same text as the decoded one; normalizing it again gives the
      // map from the normalized text to it.
      converted_ = to_nfc( decoded_.text( original_ ) );
      icu::Edits identity;
      identity.addUnchanged( static_cast< int32_t >( converted_.size() ) );
      converted_map_ = normalize( converted_, identity ).map;
      utf8_ = converted_;
   }
   else {
      utf8_ = original_;
   }
}

}  // namespace chidao::detail
