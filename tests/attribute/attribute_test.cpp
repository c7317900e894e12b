// SPDX-License-Identifier: MIT
// The attribution stage alone: pages written as paragraphs, statements and lists placed by hand, so
// that each rule is seen to decide (or to refuse) on its own.
#include "attribute/attribute.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "page_lines.hpp"

namespace {

using namespace chidao::detail;
using namespace chidao::detail::attribute;
using chidao::attribution;
using chidao::statement_form;

// A page of case-folded paragraphs, one per line, and what the earlier stages found in it.
struct test_page : chidao::test::page_lines {
   std::vector< said > statements;
   std::vector< naming > named;
   std::vector< std::size_t > leads;

   using page_lines::page_lines;

   // A statement opening at `words` in `paragraph`, running to the paragraph's end.
   void say( std::size_t paragraph, std::string_view words, std::size_t speaker,
             statement_form form = statement_form::speaker_first )
   {
      const std::size_t begin = at( paragraph, words );
      statements.push_back( { begin, paragraphs[ paragraph ].end, paragraph, form, speaker, { begin, begin + words.size() }, false } );
   }

   enumeration list_at( std::size_t paragraph, std::string_view marker, bool at_start = true ) const
   {
      enumeration e;
      e.marker = at( paragraph, marker );
      e.content = e.marker + marker.size() + 2;  // ", "
      e.cut = at_start ? e.marker : e.marker - 2;
      e.paragraph = paragraph;
      e.at_paragraph_start = at_start;
      return e;
   }

   owner attribute( const enumeration& e ) const
   {
      const page p{ text, paragraphs, statements, named, leads };
      return attribute_lists( p, { e } ).front();
   }
};

TEST( attribute, a_statement_holding_the_first_marker_owns_the_list )
{
   test_page p( { "bộ trưởng an đề nghị, thứ nhất, cần a; thứ hai, cần b." } );
   p.say( 0, "bộ trưởng an đề nghị", 0 );
   const owner o = p.attribute( p.list_at( 0, "thứ nhất", false ) );
   EXPECT_EQ( o.statement, 0u );
   EXPECT_EQ( o.how, attribution::same_sentence );
}

TEST( attribute, a_statement_announcing_a_count_owns_the_list_after_it )
{
   test_page p( { "bộ trưởng an nhấn mạnh 3 nhiệm vụ trọng tâm.", "thứ nhất, a.", "thứ hai, b.", "thứ ba, c." } );
   p.say( 0, "bộ trưởng an nhấn mạnh", 0 );
   enumeration e = p.list_at( 1, "thứ nhất" );
   const std::size_t count = p.at( 0, "3 nhiệm vụ" );
   e.announcement = text_range{ count, count + 10 };
   const owner o = p.attribute( e );
   EXPECT_EQ( o.statement, 0u );
   EXPECT_EQ( o.how, attribution::announced );
}

TEST( attribute, a_paragraph_ending_with_a_colon_announces_the_list )
{
   test_page p( { "thủ tướng chỉ thị các bộ thực hiện như sau:", "1. a.", "2. b." } );
   p.say( 0, "thủ tướng chỉ thị", 0 );
   const owner o = p.attribute( p.list_at( 1, "1." ) );
   EXPECT_EQ( o.statement, 0u );
   EXPECT_EQ( o.how, attribution::announced );
}

TEST( attribute, reported_speech_continues_into_the_next_paragraph )
{
   test_page p( { "ông an cho rằng, các địa phương phải nỗ lực hơn.", "thứ nhất, cần a.", "thứ hai, cần b." } );
   p.say( 0, "ông an cho rằng", 0 );
   const owner o = p.attribute( p.list_at( 1, "thứ nhất" ) );
   EXPECT_EQ( o.statement, 0u );
   EXPECT_EQ( o.how, attribution::continued );
}

TEST( attribute, continuation_stops_at_a_question_a_subheading_and_after_one_paragraph )
{
   {
      test_page p( { "ông an cho rằng, cần nỗ lực.", "vậy phải làm gì?", "thứ nhất, a.", "thứ hai, b." } );
      p.say( 0, "ông an cho rằng", 0 );
      EXPECT_EQ( p.attribute( p.list_at( 2, "thứ nhất" ) ).statement, none );
   }
   {
      test_page p( { "ông an cho rằng, cần nỗ lực.", "những việc cần làm ngay", "thứ nhất, a.", "thứ hai, b." } );
      p.say( 0, "ông an cho rằng", 0 );
      EXPECT_EQ( p.attribute( p.list_at( 2, "thứ nhất" ) ).statement, none );
   }
   {
      test_page p( { "ông an cho rằng, cần nỗ lực.", "có nhiều việc phải làm.", "thứ nhất, a.", "thứ hai, b." } );
      p.say( 0, "ông an cho rằng", 0 );
      EXPECT_EQ( p.attribute( p.list_at( 2, "thứ nhất" ) ).statement, none );
   }
}

TEST( attribute, speech_goes_on_through_paragraphs_in_quotation_marks )
{
   test_page p( { "ông an nói:", "“vấn đề có ba khía cạnh.", "một là, a.", "hai là, b.”" } );
   p.say( 0, "ông an nói", 0 );
   const owner o = p.attribute( p.list_at( 2, "một là" ) );
   EXPECT_EQ( o.statement, 0u );
   EXPECT_EQ( o.how, attribution::continued );
   // Without the quotation mark the paragraph between is the journalist's, and speech stops.
   test_page plain( { "ông an nói:", "vấn đề có ba khía cạnh.", "một là, a.", "hai là, b." } );
   plain.say( 0, "ông an nói", 0 );
   EXPECT_EQ( plain.attribute( plain.list_at( 2, "một là" ) ).statement, none );
}

TEST( attribute, a_label_on_its_own_line_names_who_speaks_the_list_below )
{
   test_page p( { "nhà thơ thái thăng long:", "1. a.", "2. b." } );
   const std::size_t label = p.at( 0, "nhà thơ" );
   p.named.push_back( { { label, p.at( 0, ":" ) }, 4 } );
   const owner o = p.attribute( p.list_at( 1, "1." ) );
   EXPECT_EQ( o.statement, none );
   EXPECT_EQ( o.speaker, 4u );
   EXPECT_EQ( o.how, attribution::announced );
   // A label that goes on with words ("Ông An: tôi nghĩ …") is an answer's label, not a list's.
   test_page q( { "nhà thơ thái thăng long: tôi nghĩ vậy.", "1. a.", "2. b." } );
   q.named.push_back( { { q.at( 0, "nhà thơ" ), q.at( 0, ":" ) }, 4 } );
   EXPECT_EQ( q.attribute( q.list_at( 1, "1." ) ).speaker, none );
}

TEST( attribute, a_semicolon_list_does_not_continue )
{
   test_page p( { "huấn luyện viên an cho rằng đội sẽ thắng.", "đội hình: thủ môn a; hậu vệ b, c; tiền vệ d, e; tiền đạo f." } );
   p.say( 0, "huấn luyện viên an cho rằng", 0 );
   enumeration e = p.list_at( 1, "thủ môn", false );
   e.inline_data = true;
   EXPECT_EQ( p.attribute( e ).statement, none );
}

TEST( attribute, an_unresolved_speaker_does_not_continue )
{
   test_page p( { "bộ trưởng cho rằng, cần nỗ lực.", "thứ nhất, a.", "thứ hai, b." } );
   p.say( 0, "bộ trưởng cho rằng", none );
   EXPECT_EQ( p.attribute( p.list_at( 1, "thứ nhất" ) ).statement, none );
}

TEST( attribute, a_statement_inside_an_earlier_list_does_not_continue )
{
   test_page p( { "1. ông an cho rằng, cần nỗ lực.", "thứ nhất, a.", "thứ hai, b." } );
   p.say( 0, "ông an cho rằng", 0 );
   p.statements.back().in_list = true;
   EXPECT_EQ( p.attribute( p.list_at( 1, "thứ nhất" ) ).statement, none );
}

TEST( attribute, a_first_point_naming_its_speaker_carries_the_list )
{
   test_page p( { "thứ nhất, theo ông lẫm, chương trình nên đặt thể lực lên đầu.", "thứ hai, a." } );
   const enumeration e = p.list_at( 0, "thứ nhất" );
   p.statements.push_back( { e.content, p.paragraphs[ 0 ].end, 0, statement_form::according_to, 4, {}, false } );
   const owner o = p.attribute( e );
   EXPECT_EQ( o.statement, none );
   EXPECT_EQ( o.speaker, 4u );
   EXPECT_EQ( o.how, attribution::same_sentence );
}

TEST( attribute, an_answer_after_a_question_is_the_interviewee_named_in_the_lead )
{
   test_page p( { "phóng viên đã trao đổi với tiến sĩ nguyễn thế bảo.", "- thưa tiến sĩ, làm thế nào?",
                  "- thứ nhất, tắt đèn. thứ hai, a." } );
   p.named.push_back( { { p.at( 0, "tiến sĩ" ), p.at( 0, "bảo" ) + 4 }, 7 } );
   const owner o = p.attribute( p.list_at( 2, "thứ nhất", false ) );
   EXPECT_TRUE( o.answer );
   EXPECT_EQ( o.how, attribution::interview );
   EXPECT_EQ( o.speaker, 7u );
}

TEST( attribute, an_answer_label_names_the_interviewee )
{
   test_page p( { "ông lê văn a và ông trần văn b trả lời.", "- hai ông nghĩ sao?", "- ông trần văn b: thứ nhất, a; thứ hai, b." } );
   p.named.push_back( { { p.at( 0, "ông lê" ), p.at( 0, " và" ) }, 1 } );
   p.named.push_back( { { p.at( 2, "ông trần" ), p.at( 2, ": thứ" ) }, 2 } );
   const owner o = p.attribute( p.list_at( 2, "thứ nhất", false ) );
   EXPECT_TRUE( o.answer );
   EXPECT_EQ( o.speaker, 2u );
}

TEST( attribute, a_sidebar_after_the_interview_is_no_answer )
{
   for( const char* end : { "- xin cảm ơn bà!", "những điều cần biết" } ) {
      test_page p( { "phóng viên đã trao đổi với tiến sĩ nguyễn thế bảo.", "- thưa tiến sĩ, làm thế nào?", "- tắt đèn khi ra khỏi phòng.",
                     end, "thứ nhất, a.", "thứ hai, b." } );
      p.named.push_back( { { p.at( 0, "tiến sĩ" ), p.at( 0, "bảo" ) + 4 }, 7 } );
      const owner o = p.attribute( p.list_at( 4, "thứ nhất" ) );
      EXPECT_FALSE( o.answer ) << end;
      EXPECT_EQ( o.speaker, none ) << end;
   }
}

TEST( attribute, an_answer_of_nobody_named_keeps_no_speaker )
{
   test_page p( { "- vì sao phim thu hút công chúng?", "- thứ nhất, gần gũi.", "- thứ hai, công phu." } );
   const owner o = p.attribute( p.list_at( 1, "thứ nhất", false ) );
   EXPECT_FALSE( o.answer );
   EXPECT_EQ( o.speaker, none );
}

TEST( attribute, a_question_without_dashed_turns_is_no_interview )
{
   test_page p( { "ông an là giám đốc.", "vậy giải pháp là gì?", "thứ nhất, a.", "thứ hai, b." } );
   p.named.push_back( { { 0, 6 }, 1 } );
   const owner o = p.attribute( p.list_at( 2, "thứ nhất" ) );
   EXPECT_FALSE( o.answer );
   EXPECT_EQ( o.statement, none );
   EXPECT_EQ( o.speaker, none );
}

TEST( attribute, a_nested_list_speaks_with_its_parent )
{
   test_page p( { "ông an cho rằng, cần nỗ lực.", "a) x.", "b) y." } );
   p.say( 0, "ông an cho rằng", 0 );
   enumeration e = p.list_at( 1, "a)" );
   e.nested = true;
   EXPECT_EQ( p.attribute( e ).statement, none );
}

TEST( attribute, the_journalist_list_keeps_no_speaker )
{
   test_page p( { "năm nay có nhiều sự kiện.", "1. a.", "2. b." } );
   const owner o = p.attribute( p.list_at( 1, "1." ) );
   EXPECT_EQ( o.statement, none );
   EXPECT_EQ( o.speaker, none );
   EXPECT_FALSE( o.answer );
}

TEST( attribute, paragraph_shapes )
{
   EXPECT_TRUE( is_question( "ông nghĩ sao?" ) );
   EXPECT_TRUE( is_question( "pv: xin ông cho biết" ) );
   EXPECT_FALSE( is_question( "ông nói." ) );
   EXPECT_TRUE( is_turn( "- thứ nhất" ) );
   EXPECT_TRUE( is_turn( "\xE2\x80\x93 đúng vậy" ) );
   EXPECT_FALSE( is_turn( "-5 độ" ) );
   EXPECT_TRUE( is_closing( "- xin cảm ơn ông!" ) );
   EXPECT_FALSE( is_closing( "cảm ơn sự quan tâm của bạn đọc đã giúp tòa soạn có thêm nhiều thông tin bổ ích về vụ việc này." ) );
   EXPECT_TRUE( is_subheading( "những việc cần làm ngay" ) );
   EXPECT_FALSE( is_subheading( "ông nói." ) );
}

}  // namespace
