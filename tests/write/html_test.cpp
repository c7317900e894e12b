// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "chidao/parse.hpp"
#include "chidao/write.hpp"

namespace {

// The article's markup reduced to its marks: <st1>…</> for each part of the mark with key st1.
std::string marks_of( const std::string& page )
{
   const std::string open = "<article id=\"text\" lang=\"vi\">";
   const std::size_t begin = page.find( open ) + open.size();
   const std::string text = page.substr( begin, page.find( "</article>" ) - begin );
   return std::regex_replace( std::regex_replace( text, std::regex( "<span [^>]*data-key=\"([a-z0-9-]+)\"[^>]*>" ), "<$1>" ),
                              std::regex( "</span>" ), "</>" );
}

std::size_t count( const std::string& text, const std::string& what )
{
   std::size_t n = 0;
   for( std::size_t at = text.find( what ); at != std::string::npos; at = text.find( what, at + 1 ) ) {
      ++n;
   }
   return n;
}

}  // namespace

TEST( to_html, highlights_markers_and_speakers_at_their_bytes )
{
   const std::string input = "Bộ trưởng Nguyễn Văn An đề nghị:\nThứ nhất, A.\nThứ hai, B.\n";
   const chidao::document doc = chidao::parse( input, "x.txt" );
   const std::string page = chidao::to_html( doc, input );
   EXPECT_EQ( marks_of( page ), "<st1><me1>Bộ trưởng Nguyễn Văn An</> đề nghị:\n<pt1-1>Thứ nhất</>, A.\n<pt1-2>Thứ hai</>, B.</>\n" );
   EXPECT_NE( page.find( "data-key=\"pt1-1\" data-begin=\"46\" data-end=\"58\"" ), std::string::npos );
   EXPECT_NE( page.find( "<li class=\"point\" id=\"n-pt1-1\" data-speaker=\"S1\"><a href=\"#t-pt1-1\">" ), std::string::npos );
}

// Elements nest and spans need not: a mark still open where one inside it ends goes on as another part,
// with the same key and span and without the id.
TEST( to_html, cuts_crossing_spans_into_parts )
{
   const std::string input = "abcdefghijklmnopqrstuvwxyz0123";
   chidao::document doc;
   chidao::statement st;
   st.span = { 0, 20 };
   st.speaker_text = "ông A";
   doc.nodes.emplace_back( st );
   doc.nodes.emplace_back( chidao::noise{ chidao::noise_kind::caption, { 10, 30 } } );
   const std::string page = chidao::to_html( doc, input );
   EXPECT_EQ( marks_of( page ), "<st1>abcdefghij<nz1>klmnopqrst</></><nz1>uvwxyz0123</>" );
   EXPECT_EQ( count( page, "data-key=\"nz1\" data-begin=\"10\" data-end=\"30\"" ), 2u );
   EXPECT_EQ( count( page, "id=\"t-nz1\"" ), 1u );
}

TEST( to_html, escapes_every_text_it_shows )
{
   const std::string input = std::string( "Thứ nhất, <b>&amp;\"'</b>\nThứ hai, x\xFF" ) + '\0' + "y.\n";
   chidao::parse_options options;
   options.lenient = true;
   const chidao::document doc = chidao::parse( input, "<i>&.txt", options );
   const std::string page = chidao::to_html( doc, input );
   EXPECT_EQ( marks_of( page ), "<pt1-1>Thứ nhất</>, &lt;b&gt;&amp;amp;&quot;&#39;&lt;/b&gt;\n<pt1-2>Thứ hai</>, x\uFFFD\uFFFDy.\n" );
   EXPECT_NE( page.find( "&lt;b&gt;&amp;amp;&quot;&#39;&lt;/b&gt;" ), std::string::npos );
   EXPECT_NE( page.find( "x\uFFFD\uFFFDy." ), std::string::npos );  // an invalid byte and a NUL
   EXPECT_NE( page.find( "<h1>&lt;i&gt;&amp;.txt</h1>" ), std::string::npos );
   EXPECT_EQ( page.find( "<b>&amp;" ), std::string::npos );
   EXPECT_EQ( count( page, "<script>" ), 1u );
}

// Spans count the input's bytes; the page shows its text in UTF-8, without the byte order mark.
TEST( to_html, reads_other_encodings_at_their_own_bytes )
{
   std::string utf16 = "\xFF\xFE";
   for( const char16_t c : std::u16string( u"Thứ nhất, A.\nThứ hai, B.\n" ) ) {
      utf16 += static_cast< char >( c & 0xFF );
      utf16 += static_cast< char >( ( c >> 8 ) & 0xFF );
   }
   const chidao::document doc = chidao::parse( utf16, "x.txt" );
   const std::string page = chidao::to_html( doc, utf16 );
   EXPECT_EQ( marks_of( page ), "<pt1-1>Thứ nhất</>, A.\n<pt1-2>Thứ hai</>, B.\n" );
   EXPECT_NE( page.find( "data-key=\"pt1-1\" data-begin=\"2\" data-end=\"18\"" ), std::string::npos );
}
