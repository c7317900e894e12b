// SPDX-License-Identifier: MIT
// utf8_of(c): one code point as UTF-8, for tests that walk every code point and compare with ICU.
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <string>

inline std::string utf8_of( UChar32 c )
{
   char buffer[ U8_MAX_LENGTH ];
   int32_t n = 0;
   U8_APPEND_UNSAFE( buffer, n, c );
   return std::string( buffer, static_cast< std::size_t >( n ) );
}
