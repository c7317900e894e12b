// SPDX-License-Identifier: MIT
#include "write/json_string.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <string>

namespace {

std::string ours( std::string_view text )
{
   std::string out = "x";  // appended to what is there
   chidao::detail::append_json_string( out, text );
   return out.substr( 1 );
}

std::string nlohmanns( std::string_view text )
{
   return nlohmann::json( text ).dump( -1, ' ', false, nlohmann::json::error_handler_t::replace );
}

}  // namespace

TEST( append_json_string, escapes_as_nlohmann_does )
{
   EXPECT_EQ( ours( "Thứ nhất, \"cần\" \\ / \t\n\r\b\f\x01\x1f\x7f" ), "\"Thứ nhất, \\\"cần\\\" \\\\ / \\t\\n\\r\\b\\f\\u0001\\u001f\x7f\"" );
   for( int c = 0; c < 128; ++c ) {
      const std::string one( 1, static_cast< char >( c ) );
      EXPECT_EQ( ours( one ), nlohmanns( one ) ) << c;
   }
   EXPECT_EQ( ours( "" ), "\"\"" );
   EXPECT_EQ( ours( "“Một là” – 😀 \xEF\xBF\xBE" ), nlohmanns( "“Một là” – 😀 \xEF\xBF\xBE" ) );
}

// Random bytes, valid and invalid, many of them multi-byte: whatever nlohmann writes, ours writes.
TEST( append_json_string, agrees_with_nlohmann_on_random_bytes )
{
   std::mt19937 random( 20261130 );
   const std::string pieces[] = { "a", "\"", "\\", "\n", "\x02", "\x1f", "\x7f", "ệ", "“", "😀", "\xC3", "\xE1\xBB", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80", "\xFF", " " };
   for( int n = 0; n < 20000; ++n ) {
      std::string text;
      // Short strings, and long ones, read sixteen bytes at a time.
      const int count = static_cast< int >( n % 2 == 0 ? random() % 12 : random() % 80 );
      for( int k = 0; k < count; ++k ) {
         text += pieces[ random() % std::size( pieces ) ];
      }
      ASSERT_EQ( ours( text ), nlohmanns( text ) ) << testing::PrintToString( text );
   }
}
