// SPDX-License-Identifier: MIT
// grammar_context answers lexicon questions from caches: the answers must be those of the lexicon, in
// whatever order the rules ask.
#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>
#include <string_view>

#include "chidao/lexicon.hpp"
#include "parse/context.hpp"
#include "text/normalize.hpp"

namespace {

using chidao::grammar::word_class;

const chidao::lexicon& default_lexicon();

struct context_of {
   explicit context_of( std::string_view input ) : text( input )
   {
      icu::Edits identity;
      identity.addUnchanged( static_cast< int32_t >( text.size() ) );
      normalized = chidao::detail::normalize( text, identity );
   }
   [[nodiscard]] chidao::detail::grammar_context context() const
   {
      return { normalized.text.data(), text, &normalized.map, &default_lexicon().tables() };
   }
   // The normalized text from byte `at` on.
   [[nodiscard]] std::string_view from( std::size_t at ) const { return std::string_view( normalized.text ).substr( at ); }

   std::string_view text;
   chidao::detail::normalized_text normalized;
};

// Built on first use: a lexicon at namespace scope would be built before the tables it reads.
const chidao::lexicon& default_lexicon()
{
   static const chidao::lexicon lexicon;
   return lexicon;
}

}  // namespace

// One word asked about for several classes, and several words for one class, interleaved: each answer is
// the lexicon's own.
TEST( grammar_context, answers_each_class_at_each_word_as_the_lexicon_does )
{
   const context_of t( "Bộ trưởng đề nghị Bộ Ngoại giao" );
   const auto st = t.context();
   const auto& tables = default_lexicon().tables();
   const std::size_t words[] = { 0, t.normalized.text.find( "đề" ), t.normalized.text.find( "bộ ngoại" ) };
   for( int round = 0; round < 2; ++round ) {
      for( const std::size_t at : words ) {
         for( const word_class c : { word_class::title, word_class::verb, word_class::complement, word_class::title } ) {
            const auto [ length, value ] = tables.of( c ).longest( t.from( at ) );
            EXPECT_EQ( st.lexicon_match( c, t.from( at ) ), length ) << at << ' ' << static_cast< int >( c );
            EXPECT_EQ( st.lexicon_value( c, t.from( at ) ), value ) << at << ' ' << static_cast< int >( c );
         }
      }
   }
   EXPECT_EQ( st.lexicon_match( word_class::title, t.from( 0 ) ), std::string_view( "bộ trưởng" ).size() );
   EXPECT_EQ( st.lexicon_match( word_class::verb, t.from( words[ 1 ] ) ), std::string_view( "đề nghị" ).size() );
   EXPECT_EQ( st.lexicon_match( word_class::verb, t.from( 0 ) ), 0u );
}

// An action asks for a matched entry's value with the text its rule matched, which ends where the entry
// ends: the value is the entry's.
TEST( grammar_context, gives_the_value_of_an_entry_asked_about_by_its_own_text )
{
   const context_of t( "khẳng định các bộ" );  // an assertive verb: a value other than 0
   const auto st = t.context();
   const std::size_t n = st.lexicon_match( word_class::verb, t.from( 0 ) );
   ASSERT_EQ( n, std::string_view( "khẳng định" ).size() );
   const auto expected = default_lexicon().tables().of( word_class::verb ).longest( t.from( 0 ).substr( 0, n ) ).second;
   EXPECT_NE( expected, 0u );
   EXPECT_EQ( st.lexicon_value( word_class::verb, t.from( 0 ).substr( 0, n ) ), expected );
}

// The table of capital facts answers as ICU does, for every code point (below U+2100 from the table,
// above it from ICU).
TEST( capital_facts_of, answers_as_icu_for_every_code_point )
{
   for( UChar32 c = 0; c <= 0x10FFFF; ++c ) {
      const chidao::detail::capital_facts facts = chidao::detail::capital_facts_of( c );
      ASSERT_EQ( facts.capital, u_isupper( c ) || u_istitle( c ) ) << std::hex << c;
      ASSERT_EQ( facts.combining, u_getCombiningClass( c ) != 0 ) << std::hex << c;
   }
   EXPECT_TRUE( chidao::detail::capital_facts_of( 0x0110 ).capital );   // Đ
   EXPECT_FALSE( chidao::detail::capital_facts_of( 0x0111 ).capital );  // đ
   EXPECT_TRUE( chidao::detail::capital_facts_of( 0x0301 ).combining );  // a combining acute accent
}
