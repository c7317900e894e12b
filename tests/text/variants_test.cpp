// SPDX-License-Identifier: MIT
// An NFD copy, an old-tone copy, an upper-case copy, a CRLF copy and a BOM copy of every fixture give
// the same structure as the original, and their spans slice their own bytes exactly. Speakers and
// statements must match too, except in the upper-case copy, where capitals no longer mark names.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/locid.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chidao/parse.hpp"
#include "text/normalize.hpp"

namespace fs = std::filesystem;
using chidao::detail::normalize_for_matching;

namespace {

std::string read_file( const fs::path& path )
{
   std::ifstream in( path, std::ios::binary );
   std::ostringstream s;
   s << in.rdbuf();
   return s.str();
}

std::string to_utf8( const icu::UnicodeString& u )
{
   std::string out;
   u.toUTF8String( out );
   return out;
}

std::string nfd( const std::string& text )
{
   UErrorCode status = U_ZERO_ERROR;
   const auto* n = icu::Normalizer2::getNFDInstance( status );
   return to_utf8( n->normalize( icu::UnicodeString::fromUTF8( text ), status ) );
}

std::string upper( const std::string& text )
{
   return to_utf8( icu::UnicodeString::fromUTF8( text ).toUpper( icu::Locale( "vi" ) ) );
}

// New-style tone placement back to the old: "hòa" → "hoà", "thủy" → "thuỷ", "khỏe" → "khoẻ".
std::string old_tones( const std::string& text )
{
   static const std::vector< std::pair< std::string, std::string > > pairs = {
      { "òa", "oà" }, { "óa", "oá" }, { "ỏa", "oả" }, { "õa", "oã" }, { "ọa", "oạ" }, { "òe", "oè" },
      { "óe", "oé" }, { "ỏe", "oẻ" }, { "õe", "oẽ" }, { "ọe", "oẹ" }, { "ùy", "uỳ" }, { "úy", "uý" },
      { "ủy", "uỷ" }, { "ũy", "uỹ" }, { "ụy", "uỵ" }, { "Ủy", "Uỷ" }, { "Úy", "Uý" },
   };
   std::string out = text;
   for( const auto& [ from, to ] : pairs ) {
      for( std::size_t at = out.find( from ); at != std::string::npos; at = out.find( from, at + to.size() ) ) {
         const std::size_t after = at + from.size();
         const bool syllable_end = after >= out.size() || !std::isalpha( static_cast< unsigned char >( out[ after ] ) );
         const bool after_q = at > 0 && ( out[ at - 1 ] == 'q' || out[ at - 1 ] == 'Q' );
         if( syllable_end && !after_q ) {
            out.replace( at, from.size(), to );
         }
      }
   }
   return out;
}

std::string crlf( const std::string& text )
{
   std::string out;
   for( const char c : text ) {
      if( c == '\n' ) {
         out += '\r';
      }
      out += c;
   }
   return out;
}

// What must not change: kinds, styles, ordinals, and what each span holds once normalized.
void describe( const std::vector< chidao::node >& nodes, const std::string& bytes, std::string& out )
{
   const auto slice = [ & ]( const chidao::span& s ) {
      EXPECT_LE( s.begin, s.end );
      EXPECT_LE( s.end, bytes.size() );
      return normalize_for_matching( bytes.substr( s.begin, s.end - s.begin ) );
   };
   for( const auto& n : nodes ) {
      if( const auto* l = std::get_if< chidao::list >( &n ) ) {
         out += std::string( "list " ) + to_string( l->style ) + " " + slice( l->span ) + "\n";
         for( const auto& it : l->items ) {
            out += std::to_string( it.ordinal ) + " " + normalize_for_matching( it.marker ) + " | " + slice( it.span ) +
                   " | " + normalize_for_matching( it.text ) + "\n";
            describe( it.children, bytes, out );
         }
      }
      else if( const auto* st = std::get_if< chidao::statement >( &n ) ) {
         out += std::string( "statement " ) + to_string( st->form ) + " " + st->speaker.value_or( "?" ) + " " +
                to_string( st->act ) + " " + normalize_for_matching( st->verb ) + " > " +
                normalize_for_matching( st->addressee.value_or( "" ) ) + " | " + slice( st->span ) + "\n";
         describe( st->children, bytes, out );
      }
      else {
         const auto& z = std::get< chidao::noise >( n );
         out += std::string( "noise " ) + to_string( z.kind ) + " " + slice( z.span ) + "\n";
      }
   }
}

// The lists and points, with their spans; statements and speakers too unless `lists_only`.
std::string structure( const std::string& bytes, bool lists_only = false )
{
   std::string out;
   const chidao::document doc = chidao::parse( bytes, "variant" );
   describe( doc.nodes, bytes, out );
   if( lists_only ) {
      std::string lists;
      for( std::size_t at = 0; at < out.size(); ) {
         const std::size_t end = out.find( '\n', at );
         const std::string line = out.substr( at, end - at + 1 );
         if( !line.starts_with( "statement " ) ) {
            lists += line;
         }
         at = end + 1;
      }
      return lists;
   }
   for( const auto& sp : doc.speakers ) {
      out += "speaker " + sp.id + " " + normalize_for_matching( sp.name ) + " " + std::to_string( sp.mentions.size() ) + "\n";
      for( const auto& m : sp.mentions ) {
         EXPECT_EQ( normalize_for_matching( bytes.substr( m.span.begin, m.span.end - m.span.begin ) ), normalize_for_matching( m.text ) );
      }
   }
   return out;
}

std::vector< fs::path > fixture_inputs()
{
   std::vector< fs::path > inputs;
   for( const auto& entry : fs::recursive_directory_iterator( CHIDAO_FIXTURES_DIR ) ) {
      const fs::path& p = entry.path();
      // Encodings fixtures are variants already, and invalid input does not parse.
      if( p.extension() == ".txt" && p.parent_path().filename() != "encodings" ) {
         inputs.push_back( p );
      }
   }
   std::sort( inputs.begin(), inputs.end() );
   return inputs;
}

}  // namespace

class variants : public testing::TestWithParam< fs::path > {};

TEST_P( variants, give_the_same_structure_with_exact_spans )
{
   const std::string original = read_file( GetParam() );
   const std::string expected = structure( original );
   EXPECT_EQ( structure( nfd( original ) ), expected ) << "NFD";
   EXPECT_EQ( structure( old_tones( original ) ), expected ) << "old tone placement";
   // Text all in capitals hides which words are names, so only its lists must match.
   EXPECT_EQ( structure( upper( original ), true ), structure( original, true ) ) << "upper case";
   EXPECT_EQ( structure( crlf( original ) ), expected ) << "CRLF";
   EXPECT_EQ( structure( "\xEF\xBB\xBF" + original ), expected ) << "BOM";
}

INSTANTIATE_TEST_SUITE_P( fixtures, variants, testing::ValuesIn( fixture_inputs() ),
                          []( const testing::TestParamInfo< fs::path >& param ) {
                             std::string name = param.param.parent_path().filename().string() + "_" + param.param.stem().string();
                             return name;
                          } );
