// SPDX-License-Identifier: MIT
// The document rule reports events in order; a recorder logs them as text so these tests do not
// depend on the tree builder.
#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "chidao/lexicon.hpp"
#include "parse/parse.hpp"
#include "text/normalize.hpp"

namespace {

class recorder final : public chidao::detail::event_sink {
public:
   explicit recorder( std::string text ) : text_( std::move( text ) ) {}
   void marker( const chidao::detail::marker_event& m ) override
   {
      log += fmt::format( "marker {} {} '{}'{}\n", to_string( m.style ), m.ordinal, slice( m.marker ),
                          m.at_paragraph_start ? "" : " inline" );
   }
   void semicolon_point( chidao::detail::text_range p ) override { log += fmt::format( "point '{}'\n", slice( p ) ); }
   void semicolon_list( chidao::detail::text_range ) override { log += "semicolon list\n"; }
   void announced_count( unsigned n, chidao::detail::text_range r ) override
   {
      log += fmt::format( "count {} '{}'\n", n, slice( r ) );
   }
   void paragraph( chidao::detail::text_range r ) override { log += fmt::format( "paragraph '{}'\n", slice( r ) ); }
   // Quotations are logged only when asked for, so that the other expectations stay short.
   void quotation( chidao::detail::text_range r ) override
   {
      if( log_quotations ) {
         log += fmt::format( "quotation '{}'\n", slice( r ) );
      }
   }
   bool log_quotations = false;
   void noise( chidao::noise_kind k, chidao::detail::text_range ) override { log += fmt::format( "noise {}\n", to_string( k ) ); }
   void statement( const chidao::detail::statement_event& s ) override
   {
      log += fmt::format( "statement {} '{}' {} '{}'{}\n", to_string( s.form ), slice( s.speaker.whole ), to_string( s.act ),
                          slice( s.verb ), s.addressee.end > s.addressee.begin ? " to '" + slice( s.addressee ) + "'" : "" );
   }
   void mention( const chidao::detail::mention_event& m ) override { log += fmt::format( "mention '{}'\n", slice( m.whole ) ); }
   void interview_lead( std::size_t ) override { log += "interview\n"; }
   void sentence_end( std::size_t at ) override { sentence_ends.push_back( at ); }
   std::string log;
   std::vector< std::size_t > sentence_ends;  // not logged: the other expectations stay short

private:
   std::string slice( chidao::detail::text_range r ) const { return text_.substr( r.begin, r.end - r.begin ); }
   std::string text_;
};

recorder parsed( std::string_view text, bool log_quotations = false )
{
   icu::Edits identity;
   identity.addUnchanged( static_cast< int32_t >( text.size() ) );
   const auto normalized = chidao::detail::normalize( text, identity );
   static const chidao::lexicon lexicon;
   const chidao::detail::grammar_context context{ normalized.text.data(), text, &normalized.map, &lexicon.tables() };
   recorder r( normalized.text );
   r.log_quotations = log_quotations;
   chidao::detail::parse_normalized( normalized.text, context, r );
   return r;
}

std::string events( std::string_view text, bool log_quotations = false )
{
   return parsed( text, log_quotations ).log;
}

// Where sentences end, each once, in order.
std::vector< std::size_t > sentence_ends( std::string_view text )
{
   std::vector< std::size_t > ends = parsed( text ).sentence_ends;
   std::sort( ends.begin(), ends.end() );
   ends.erase( std::unique( ends.begin(), ends.end() ), ends.end() );
   return ends;
}

}  // namespace

TEST( document, reports_markers_at_paragraph_starts_and_inline )
{
   EXPECT_EQ( events( "Bộ trưởng đề nghị, thứ nhất, cần A.\nThứ hai, B." ),
              "statement speaker_first 'bộ trưởng' directive 'đề nghị'\n"
              "marker thu 1 'thứ nhất' inline\nparagraph 'bộ trưởng đề nghị, thứ nhất, cần a.'\nmarker thu 2 'thứ hai'\n"
              "paragraph 'thứ hai, b.'\n" );
}

TEST( document, reports_noise_lines_and_the_related_section )
{
   EXPECT_EQ( events( "Chú thích ảnh\nẢnh: TTXVN\nĐọc thêm\nThứ nhất, x" ), "noise caption\nnoise credit\nnoise related\n" );
}

TEST( document, reads_points_inside_quoted_speech_once_and_reports_its_words )
{
   // Read twice: first for a quoted statement, which fails ("của" is no speaker), then as a quotation.
   EXPECT_EQ( events( "Ông nói “có hai việc. Một là, giá; hai là vốn” của", true ),
              "marker la 1 'một là' inline\nmarker la 2 'hai là' inline\nquotation 'có hai việc. một là, giá; hai là vốn'\n"
              "paragraph 'ông nói “có hai việc. một là, giá; hai là vốn” của'\n" );
   // A marker opening a quotation mid-sentence names something: “Thứ nhất là con người”.
   EXPECT_EQ( events( "Chủ đề “thứ nhất, con người” của", true ),
              "quotation 'thứ nhất, con người'\nparagraph 'chủ đề “thứ nhất, con người” của'\n" );
}

TEST( document, reads_nothing_inside_a_quotation_that_does_not_open_the_paragraph )
{
   EXPECT_EQ( events( "Chủ đề “thứ nhất, con người” của" ), "paragraph 'chủ đề “thứ nhất, con người” của'\n" );
}

TEST( document, takes_a_closer_inside_an_opening_quotation )
{
   EXPECT_EQ( events( "“Điều cuối cùng rất quan trọng”, Bộ trưởng yêu cầu." ),
              "marker thu 0 'điều cuối cùng'\nstatement after_quote 'bộ trưởng' directive 'yêu cầu'\n"
              "paragraph '“điều cuối cùng rất quan trọng”, bộ trưởng yêu cầu.'\n" );
}

TEST( document, reports_counts_and_semicolon_points )
{
   EXPECT_EQ( events( "Nêu 3 nhiệm vụ: làm A; làm B; làm C." ),
              "count 3 '3 nhiệm vụ'\npoint 'làm a'\npoint 'làm b'\npoint 'làm c'\nsemicolon list\n"
              "paragraph 'nêu 3 nhiệm vụ: làm a; làm b; làm c.'\n" );
}

TEST( document, reports_markers_opening_sentences_and_after_a_dash )
{
   EXPECT_EQ( events( "Có hai quy luật. Thứ nhất, A. Thứ hai là B.\n- Thứ ba, C" ),
              "marker thu 1 'thứ nhất' inline\nmarker thu 2 'thứ hai' inline\nparagraph 'có hai quy luật. thứ nhất, a. thứ hai là b.'\n"
              "marker thu 3 'thứ ba'\nparagraph '- thứ ba, c'\n" );
}

TEST( document, accepts_any_bytes_without_a_line_end )
{
   EXPECT_EQ( events( "" ), "" );
   EXPECT_EQ( events( "   " ), "" );
   EXPECT_EQ( events( "\n\n" ), "" );
   EXPECT_EQ( events( std::string( "a\0b", 3 ) ), std::string( "paragraph 'a\0b'\n", 16 ) );
}

TEST( document, reports_statements_with_speaker_verb_act_and_addressee )
{
   EXPECT_EQ( events( "Bộ trưởng Bùi Thanh Sơn đề nghị toàn ngành cùng phấn đấu." ),
              "statement speaker_first 'bộ trưởng bùi thanh sơn' directive 'đề nghị' to 'toàn ngành'\n"
              "paragraph 'bộ trưởng bùi thanh sơn đề nghị toàn ngành cùng phấn đấu.'\n" );
   EXPECT_EQ( events( "“Có đóng góp quan trọng”, Bộ trưởng ghi nhận." ),
              "statement after_quote 'bộ trưởng' evaluative 'ghi nhận'\nparagraph '“có đóng góp quan trọng”, bộ trưởng ghi nhận.'\n" );
}

TEST( document, reports_no_statement_for_verbs_that_are_not_speech )
{
   EXPECT_EQ( events( "Thủ tướng Chính phủ Phạm Minh Chính đã làm việc với Bộ Ngoại giao." ),
              "mention 'thủ tướng chính phủ phạm minh chính'\n"
              "paragraph 'thủ tướng chính phủ phạm minh chính đã làm việc với bộ ngoại giao.'\n" );
}

// A line that opens with a point is never a caption, though it ends with a credit.
TEST( document, a_point_ending_with_a_source_is_no_caption )
{
   EXPECT_EQ( events( "Thứ hai, tăng trưởng 5% (Nguồn: TCTK)" ),
              "marker thu 2 'thứ hai'\nparagraph 'thứ hai, tăng trưởng 5% (nguồn: tctk)'\n" );
   EXPECT_EQ( events( "Quang cảnh hội nghị (Nguồn: TCTK)" ), "noise caption\n" );
}

TEST( document, reports_where_sentences_end )
{
   // A stop, "!", "?" or "…" before a blank ends a sentence, whatever follows, and wherever the token
   // reading it is: a plain token, a sentence statement, a point. "TP.HCM", "1.000" and a stop at the
   // line's end end none (the paragraph ends there).
   const std::string text = "Ông A nói vậy. Thực hiện ý kiến của TP.HCM, giá 1.000 đồng! Thứ hai, xong? Ông B cho biết… hết.";
   const auto after = [ & ]( std::string_view words ) { return text.find( words ) + words.size(); };
   EXPECT_EQ( sentence_ends( text ),
              ( std::vector< std::size_t >{ after( "vậy." ), after( "đồng!" ), after( "xong?" ), after( "biết…" ) } ) );
   EXPECT_EQ( sentence_ends( "Ông nói “có hai việc. Một là, giá”. Hết" ),
              ( std::vector< std::size_t >{ std::string( "Ông nói “có hai việc." ).size(), std::string( "Ông nói “có hai việc. Một là, giá”." ).size() } ) );
}
