// SPDX-License-Identifier: MIT
// encoded(utf8, encoding): a UTF-8 text in another encoding (an ICU converter name), for tests that read
// the same text in several encodings.
#pragma once

#include <unicode/unistr.h>

#include <cstdint>
#include <string>

inline std::string encoded( const std::string& utf8, const char* encoding )
{
   const icu::UnicodeString u = icu::UnicodeString::fromUTF8( utf8 );
   std::string out( static_cast< std::size_t >( u.length() ) * 4 + 4, '\0' );
   const auto n = u.extract( 0, u.length(), out.data(), static_cast< uint32_t >( out.size() ), encoding );
   out.resize( static_cast< std::size_t >( n ) );
   return out;
}
