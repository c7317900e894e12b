// SPDX-License-Identifier: MIT
// The source object alone: the same text read as UTF-8, UTF-16, Windows-1258 and, leniently, with an
// invalid byte gives the same normalized text, and each normalized range leads back to the bytes it
// came from in that encoding and to its text in UTF-8 (NFC).
#include "text/source.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "encoded.hpp"

namespace {

using chidao::detail::source_text;
using chidao::detail::text_range;

const std::string words = "Ủy ban đề nghị, thứ nhất, hoà giải.";

// The normalized range of `part` (normalized itself) in `source`.
text_range range_of( const source_text& source, std::string_view part )
{
   const std::size_t at = source.normalized().find( part );
   return { at, at + part.size() };
}

TEST( source_text, utf8_maps_back_to_itself )
{
   const source_text source( words, false, "t", "" );
   EXPECT_EQ( source.normalized(), "ủy ban đề nghị, thứ nhất, hòa giải." );  // folded, re-toned
   const text_range r = range_of( source, "ủy ban" );
   EXPECT_EQ( source.to_original( r ), ( chidao::span{ 0, std::string( "Ủy ban" ).size() } ) );
   EXPECT_EQ( source.text( r ), "Ủy ban" );
   EXPECT_EQ( source.text( range_of( source, "hòa" ) ), "hoà" );  // as written
}

TEST( source_text, utf16_maps_to_its_two_byte_units )
{
   const std::string input = "\xFF\xFE" + encoded( words, "UTF-16LE" );
   const source_text source( input, false, "t", "" );
   // ICU's converter keeps the byte order mark as U+FEFF, which reads as a blank.
   EXPECT_EQ( source.normalized(), " ủy ban đề nghị, thứ nhất, hòa giải." );
   const text_range r = range_of( source, "thứ nhất" );
   const std::size_t units_before = std::u16string_view( u"Ủy ban đề nghị, " ).size();
   EXPECT_EQ( source.to_original( r ), ( chidao::span{ 2 + 2 * units_before, 2 + 2 * ( units_before + 8 ) } ) );
   EXPECT_EQ( source.text( r ), "thứ nhất" );
   EXPECT_EQ( source.to_original( range_of( source, "ủy" ) ).begin, 2u );  // after the mark
}

TEST( source_text, windows_1258_maps_a_base_letter_and_its_tone_mark_to_one_character )
{
   // "Bộ trưởng đề nghị." in Windows-1258: ô, ơ, ê, đ and ư are letters of their own, and the tones
   // combining marks after them (0xF2 dot below, 0xD2 hook, 0xCC grave).
   const std::string input = "B\xF4\xF2 tr\xFD\xF5\xD2ng \xF0\xEA\xCC ngh" "i\xF2.";
   const source_text source( input, false, "t", "windows-1258" );
   EXPECT_EQ( source.normalized(), "bộ trưởng đề nghị." );
   const text_range r = range_of( source, "đề nghị" );
   EXPECT_EQ( source.to_original( r ), ( chidao::span{ input.find( '\xF0' ), input.size() - 1 } ) );
   EXPECT_EQ( source.text( r ), "đề nghị" );  // in NFC
   EXPECT_EQ( source.to_original( range_of( source, "trưởng" ) ), ( chidao::span{ 4, 11 } ) );
}

TEST( source_text, an_invalid_byte_read_leniently_keeps_its_place )
{
   const std::string input = "Bộ trưởng \xFF đề nghị.";
   const source_text source( input, true, "t", "" );
   EXPECT_EQ( source.normalized(), "bộ trưởng \xEF\xBF\xBD đề nghị." );  // one U+FFFD
   const text_range r = range_of( source, "đề nghị" );
   EXPECT_EQ( source.to_original( r ), ( chidao::span{ input.find( "đề" ), input.find( "." ) } ) );
   EXPECT_EQ( source.text( r ), "đề nghị" );
   EXPECT_EQ( source.decoded().replaced.size(), 1u );
}

}  // namespace
