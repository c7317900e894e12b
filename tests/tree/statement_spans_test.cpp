// SPDX-License-Identifier: MIT
// Statement spans alone: what each form wishes for, and how the statements of a paragraph are cut apart.
#include "tree/statement_spans.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace chidao::detail;
using chidao::statement_form;

// One paragraph, its sentence ends after each ". ".
struct paragraph {
   std::string text;
   std::vector< text_range > paragraphs;
   std::vector< std::size_t > sentence_ends;

   explicit paragraph( std::string line ) : text( std::move( line ) + "\n" )
   {
      paragraphs.push_back( { 0, text.size() - 1 } );
      for( std::size_t at = text.find( ". " ); at != std::string::npos; at = text.find( ". ", at + 1 ) ) {
         sentence_ends.push_back( at + 1 );
      }
   }
   text_range range( std::string_view words ) const { return { text.find( words ), text.find( words ) + words.size() }; }
   std::string_view slice( std::size_t begin, std::size_t end ) const { return std::string_view( text ).substr( begin, end - begin ); }
};

constexpr text_range no_quote{ static_cast< std::size_t >( -1 ), static_cast< std::size_t >( -1 ) };

TEST( statement_spans, each_form_wishes_for_its_own_span )
{
   const paragraph p( "Hội nghị đã kết thúc. Ngành cần bám sát thực tiễn - đây là chỉ đạo của Bộ trưởng. “Phải làm ngay”, Bộ trưởng yêu cầu." );
   const page_layout layout( p.text, p.paragraphs, {}, p.sentence_ends );
   const statement_extent nominal =
      wished_extent( statement_form::nominal, p.range( "chỉ đạo của Bộ trưởng" ), no_quote, layout, p.text );
   EXPECT_EQ( p.slice( nominal.begin, nominal.end ), "Ngành cần bám sát thực tiễn - đây là chỉ đạo của Bộ trưởng" );
   const statement_extent quoted =
      wished_extent( statement_form::after_quote, p.range( ", Bộ trưởng yêu cầu" ), p.range( "“Phải làm ngay”" ), layout, p.text );
   EXPECT_EQ( p.slice( quoted.begin, quoted.end ), "“Phải làm ngay”, Bộ trưởng yêu cầu." );  // and its stop
   const statement_extent first =
      wished_extent( statement_form::speaker_first, p.range( "Ngành cần" ), no_quote, layout, p.text );
   EXPECT_EQ( first.end, p.paragraphs[ 0 ].end );  // to the end of the paragraph
   EXPECT_EQ( first.paragraph, 0u );
}

TEST( statement_spans, a_statement_ends_where_the_next_begins )
{
   const paragraph p( "Ông An cho biết, giá tăng. Thực hiện chỉ đạo của Thủ tướng, Bộ Tài chính yêu cầu giảm thuế." );
   const page_layout layout( p.text, p.paragraphs, {}, p.sentence_ends );
   std::vector< statement_extent > s{
      wished_extent( statement_form::speaker_first, p.range( "Ông An cho biết" ), no_quote, layout, p.text ),
      wished_extent( statement_form::speaker_first, p.range( "Bộ Tài chính yêu cầu" ), no_quote, layout, p.text ),
      wished_extent( statement_form::nominal, p.range( "chỉ đạo của Thủ tướng" ), no_quote, layout, p.text ),
   };
   EXPECT_EQ( separate_statements( s, layout ), ( std::vector< bool >{ true, true, true } ) );
   EXPECT_EQ( p.slice( s[ 0 ].begin, s[ 0 ].end ), "Ông An cho biết, giá tăng." );
   EXPECT_EQ( p.slice( s[ 2 ].begin, s[ 2 ].end ), "Thực hiện chỉ đạo của Thủ tướng" );
   EXPECT_EQ( p.slice( s[ 1 ].begin, s[ 1 ].end ), "Bộ Tài chính yêu cầu giảm thuế." );
}

TEST( statement_spans, a_nominal_statement_in_another_speakers_sentence_is_their_words )
{
   const paragraph p( "Thủ tướng trả lời nhiều ý kiến chất vấn của đại biểu, theo tôi như vậy là đủ." );
   const page_layout layout( p.text, p.paragraphs, {}, p.sentence_ends );
   std::vector< statement_extent > s{
      wished_extent( statement_form::speaker_first, p.range( "Thủ tướng trả lời" ), no_quote, layout, p.text ),
      wished_extent( statement_form::nominal, p.range( "chất vấn của đại biểu" ), no_quote, layout, p.text ),
   };
   EXPECT_EQ( separate_statements( s, layout ), ( std::vector< bool >{ true, false } ) );
   EXPECT_EQ( p.slice( s[ 0 ].begin, s[ 0 ].end ), "Thủ tướng trả lời nhiều ý kiến chất vấn của đại biểu, theo tôi như vậy là đủ." );
}

TEST( statement_spans, a_second_nominal_statement_in_a_sentence_starts_at_its_own_words )
{
   const paragraph p( "Sau khi xem xét đề nghị của Bộ Y tế và đề nghị của Bộ Tài chính, Chính phủ đồng ý." );
   const page_layout layout( p.text, p.paragraphs, {}, p.sentence_ends );
   std::vector< statement_extent > s{
      wished_extent( statement_form::nominal, p.range( "đề nghị của Bộ Tài chính" ), no_quote, layout, p.text ),
      wished_extent( statement_form::nominal, p.range( "đề nghị của Bộ Y tế" ), no_quote, layout, p.text ),
   };
   EXPECT_EQ( separate_statements( s, layout ), ( std::vector< bool >{ true, true } ) );
   EXPECT_EQ( p.slice( s[ 1 ].begin, s[ 1 ].end ), "Sau khi xem xét đề nghị của Bộ Y tế" );
   EXPECT_EQ( p.slice( s[ 0 ].begin, s[ 0 ].end ), "đề nghị của Bộ Tài chính" );
}

TEST( statement_spans, the_same_words_read_twice_are_one_statement_and_paragraphs_are_apart )
{
   const paragraph p( "Bộ trưởng yêu cầu làm ngay." );
   const page_layout layout( p.text, p.paragraphs, {}, p.sentence_ends );
   const text_range head = p.range( "Bộ trưởng yêu cầu" );
   std::vector< statement_extent > s{
      wished_extent( statement_form::speaker_first, head, no_quote, layout, p.text ),
      wished_extent( statement_form::speaker_first, { head.begin + 3, head.end }, no_quote, layout, p.text ),
   };
   EXPECT_EQ( separate_statements( s, layout ), ( std::vector< bool >{ true, false } ) );
   EXPECT_EQ( s[ 0 ].end, p.paragraphs[ 0 ].end );
}

}  // namespace
