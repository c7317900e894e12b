// SPDX-License-Identifier: MIT
// Who says what, alone: statements and mentions placed by hand on a page of paragraphs, to see which
// statements stand, whom each speaker resolves to, and who is named in full.
#include "tree/statements.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "page_lines.hpp"

namespace {

using namespace chidao::detail;
using chidao::attribution;
using chidao::statement_form;

constexpr std::size_t none = speaker_registry::none;
constexpr text_range no_quote{ static_cast< std::size_t >( -1 ), static_cast< std::size_t >( -1 ) };

struct page : chidao::test::page_lines {
   std::vector< std::string > reference_titles;

   using page_lines::page_lines;

   std::string_view slice( std::size_t begin, std::size_t end ) const { return std::string_view( text ).substr( begin, end - begin ); }

   speaker_registry registry() const
   {
      return speaker_registry( { text, [ this ]( text_range r ) { return std::string( slice( r.begin, r.end ) ); },
                                 []( text_range r ) { return chidao::span{ r.begin, r.end }; } },
                               reference_titles );
   }

   // "Bộ trưởng Bùi Thanh Sơn": a title, then a name.
   mention_event person( std::size_t paragraph, std::string_view title, std::string_view name ) const
   {
      mention_event m;
      m.titles = m.heads = { range( paragraph, title ) };
      m.name = range( paragraph, name );
      m.whole = { m.titles.front().begin, m.name.end };
      m.title_capitalized = true;
      return m;
   }
   // "ông" after a quotation.
   mention_event pronoun( std::size_t paragraph, std::string_view word ) const
   {
      mention_event m;
      m.kind = mention_event::kind_t::pronoun;
      m.whole = range( paragraph, word );
      return m;
   }
   // "Sơn cho biết": a name with no title.
   mention_event bare_name( std::size_t paragraph, std::string_view name ) const
   {
      mention_event m;
      m.whole = m.name = range( paragraph, name );
      m.given_name_only = true;
      m.bare_name = true;
      return m;
   }

   // `speaker` opening the paragraph, then `verb`.
   statement_event says( const mention_event& speaker, std::size_t paragraph, std::string_view verb ) const
   {
      statement_event s;
      s.speaker = speaker;
      s.verb = range( paragraph, verb );
      s.head = { speaker.whole.begin, s.verb.end };
      s.quote = no_quote;
      return s;
   }
   // "“…”, ông nói.": the quotation opens the paragraph.
   statement_event after_quote( const mention_event& speaker, std::size_t paragraph, std::string_view verb ) const
   {
      statement_event s = says( speaker, paragraph, verb );
      s.form = statement_form::after_quote;
      s.head.begin = speaker.whole.begin - 2;  // from the comma after the quotation
      return s;
   }
};

TEST( statements, a_pronoun_after_a_quotation_is_the_last_speaker_of_this_or_the_paragraph_before )
{
   const page p( { "Bộ trưởng Bùi Thanh Sơn cho biết, giá tăng.", "“Phải làm ngay”, ông nói.", "Hội nghị kết thúc.",
                   "“Còn nhiều việc”, ông nói." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   speaker_registry registry = p.registry();
   const std::vector< statement_event > events{
      p.says( p.person( 0, "Bộ trưởng", "Bùi Thanh Sơn" ), 0, "cho biết" ),
      p.after_quote( p.pronoun( 1, "ông" ), 1, "nói" ),
      p.after_quote( p.pronoun( 3, "ông" ), 3, "nói" ),  // two paragraphs after the last speaker: nobody
   };
   const page_statements found = build_statements( events, {}, layout, p.text, registry );
   ASSERT_EQ( found.statements.size(), 3u );
   EXPECT_EQ( found.statements[ 0 ].speaker, 0u );
   EXPECT_EQ( found.statements[ 1 ].speaker, 0u );
   EXPECT_EQ( found.statements[ 1 ].how, attribution::quote );
   EXPECT_EQ( p.slice( found.statements[ 1 ].begin, found.statements[ 1 ].end ), "“Phải làm ngay”, ông nói." );
   EXPECT_EQ( found.statements[ 2 ].speaker, none );
   for( const statement_build& st : found.statements ) {
      EXPECT_EQ( st.span_end, st.end );  // no list held yet
   }
}

TEST( statements, a_question_states_nothing_but_names_its_speaker )
{
   const page p( { "Thứ trưởng Nguyễn Văn An đánh giá thế nào về việc này?", "Ông An cho biết, giá tăng." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   speaker_registry registry = p.registry();
   const std::vector< statement_event > events{ p.says( p.person( 0, "Thứ trưởng", "Nguyễn Văn An" ), 0, "đánh giá" ) };
   const page_statements found = build_statements( events, {}, layout, p.text, registry );
   EXPECT_TRUE( found.statements.empty() );
   ASSERT_EQ( found.named.size(), 1u );
   EXPECT_EQ( found.named[ 0 ].person, 0u );
   EXPECT_EQ( registry[ 0 ].name, "Nguyễn Văn An" );
}

TEST( statements, a_bare_name_speaks_only_when_it_names_someone_on_the_page )
{
   const page p( { "Esperon cho biết, giá tăng.", "Bộ trưởng Bùi Thanh Sơn dự họp.", "Sơn cho biết, giá giảm." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   speaker_registry registry = p.registry();
   const std::vector< statement_event > events{
      p.says( p.bare_name( 0, "Esperon" ), 0, "cho biết" ),
      p.says( p.bare_name( 2, "Sơn" ), 2, "cho biết" ),
   };
   const std::vector< mention_event > mentions{ p.person( 1, "Bộ trưởng", "Bùi Thanh Sơn" ) };
   const page_statements found = build_statements( events, mentions, layout, p.text, registry );
   ASSERT_EQ( found.statements.size(), 1u );
   EXPECT_EQ( found.statements[ 0 ].paragraph, 2u );
   EXPECT_EQ( found.statements[ 0 ].speaker, 0u );
   // Named in full by the mention, not by the bare name that found them.
   ASSERT_EQ( found.named.size(), 1u );
   EXPECT_EQ( found.named[ 0 ].where.begin, p.paragraphs[ 1 ].begin );
}

TEST( statements, an_office_nobody_holds_speaks_by_its_title_only )
{
   const page p( { "Thủ tướng Chính phủ chỉ thị, các bộ rà soát." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   speaker_registry registry = p.registry();
   mention_event office;
   office.titles = { p.range( 0, "Thủ tướng Chính phủ" ) };
   office.heads = { p.range( 0, "Thủ tướng" ) };
   office.whole = office.titles.front();
   office.title_capitalized = true;
   const std::vector< statement_event > events{ p.says( office, 0, "chỉ thị" ) };
   const page_statements found = build_statements( events, {}, layout, p.text, registry );
   ASSERT_EQ( found.statements.size(), 1u );
   ASSERT_NE( found.statements[ 0 ].speaker, none );
   EXPECT_EQ( registry[ found.statements[ 0 ].speaker ].kind, chidao::speaker::kind_t::role );
   EXPECT_EQ( found.statements[ 0 ].how, attribution::title_only );
   EXPECT_TRUE( found.named.empty() );  // an office is no person named in full
}

TEST( statements, what_a_repeated_paragraph_says_is_left_out_and_the_rest_is_in_document_order )
{
   const page p( { "Ông An cho biết, giá tăng.", "Bộ trưởng Bùi Thanh Sơn cho biết, giá giảm.", "Ông An cho biết, giá tăng." } );
   const page_layout layout( p.text, p.paragraphs, {} );
   speaker_registry registry = p.registry();
   mention_event an;
   an.honorific = p.range( 0, "Ông" );
   an.name = p.range( 0, "An" );
   an.whole = { an.honorific.begin, an.name.end };
   an.given_name_only = true;
   mention_event an_again = an;
   an_again.honorific = p.range( 2, "Ông" );
   an_again.name = p.range( 2, "An" );
   an_again.whole = { an_again.honorific.begin, an_again.name.end };
   // Reported out of document order, as the grammar may.
   const std::vector< statement_event > events{
      p.says( p.person( 1, "Bộ trưởng", "Bùi Thanh Sơn" ), 1, "cho biết" ),
      p.says( an, 0, "cho biết" ),
      p.says( an_again, 2, "cho biết" ),
   };
   const page_statements found = build_statements( events, {}, layout, p.text, registry );
   ASSERT_EQ( found.statements.size(), 2u );
   EXPECT_EQ( found.statements[ 0 ].paragraph, 0u );
   EXPECT_EQ( found.statements[ 1 ].paragraph, 1u );
   const std::vector< chidao::detail::attribute::said > said = said_of( found.statements );
   ASSERT_EQ( said.size(), 2u );
   EXPECT_EQ( said[ 1 ].begin, found.statements[ 1 ].begin );
   EXPECT_EQ( said[ 1 ].speaker, found.statements[ 1 ].speaker );
   EXPECT_FALSE( said[ 1 ].in_list );
}

}  // namespace
