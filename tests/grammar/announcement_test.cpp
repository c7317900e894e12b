// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <algorithm>

#include <string>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

TEST( announced_count, takes_a_number_and_a_counted_noun )
{
   EXPECT_EQ( consumed< g::announced_count >( "5 nhiệm vụ trọng tâm" ), "5 nhiệm vụ" );
   EXPECT_EQ( consumed< g::announced_count >( "sáu giải pháp" ), "sáu giải pháp" );
   EXPECT_EQ( consumed< g::announced_count >( "3 nội dung sau" ), "3 nội dung" );
   EXPECT_EQ( consumed< g::announced_count >( "mười hai điểm" ), "mười hai điểm" );
}

TEST( announced_count, refuses_vague_quantities_and_other_nouns )
{
   EXPECT_EQ( consumed< g::announced_count >( "một số vấn đề" ), std::nullopt );
   EXPECT_EQ( consumed< g::announced_count >( "một nhiệm vụ" ), std::nullopt );
   EXPECT_EQ( consumed< g::announced_count >( "hai phiên họp" ), std::nullopt );
   EXPECT_EQ( consumed< g::announced_count >( "6 tháng đầu năm" ), std::nullopt );
   EXPECT_EQ( consumed< g::announced_count >( "2021 nhiệm vụ" ), std::nullopt );
   EXPECT_EQ( consumed< g::announced_count >( "Năm 2020" ), std::nullopt );
}

TEST( announced_count, refuses_zero_and_one_in_digits_and_takes_bay_spelled_bay )
{
   EXPECT_EQ( consumed< g::announced_count >( "1 nhiệm vụ" ), std::nullopt );
   EXPECT_EQ( consumed< g::announced_count >( "0 giải pháp" ), std::nullopt );
   EXPECT_EQ( consumed< g::announced_count >( "10 giải pháp" ), "10 giải pháp" );
   EXPECT_EQ( consumed< g::announced_count >( "bẩy giải pháp" ), "bẩy giải pháp" );
}

// count_start asks the first-word table whether the word is a number word (it consumes a digit, and
// nothing of a word).
TEST( count_start, takes_a_digit_or_a_number_word )
{
   EXPECT_EQ( consumed< g::count_start >( "5 nhiệm vụ" ), "5" );
   EXPECT_EQ( consumed< g::count_start >( "sáu giải pháp" ), "" );
   EXPECT_EQ( consumed< g::count_start >( "Ba giải pháp" ), "" );
   EXPECT_EQ( consumed< g::count_start >( "bốn, giải pháp" ), "" );
   EXPECT_EQ( consumed< g::count_start >( "đề nghị" ), std::nullopt );
   EXPECT_EQ( consumed< g::count_start >( "0 giải pháp" ), std::nullopt );
   EXPECT_EQ( consumed< g::count_start >( "giải pháp" ), std::nullopt );
   // Words that begin as a number word does, or that are one but count nothing ("một": a, one).
   for( const char* word : { "thì", "trong", "người", "họ", "mà", "những", "sẽ", "tại", "tôi", "tìm", "cho", "chỉ", "chủ", "bộ", "bị",
                             "bằng", "số", "bao", "hải", "mười1", "bàn", "năm2024", "một" } ) {
      EXPECT_EQ( consumed< g::count_start >( word ), std::nullopt ) << word;
   }
}

// count_start only turns words away early: every count announced_count takes begins where it passes.
TEST( count_start, passes_every_number_word_and_every_counted_noun_after_it )
{
   for( const char* word : { "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mười một", "mười chín", "2", "19",
                             "99" } ) {
      EXPECT_NE( consumed< g::count_start >( word ), std::nullopt ) << word;
      EXPECT_EQ( consumed< g::announced_count >( std::string( word ) + " giải pháp" ), std::string( word ) + " giải pháp" ) << word;
   }
   for( const char* noun : { "nhiệm vụ", "giải pháp", "nội dung", "định hướng", "vấn đề", "điểm", "yêu cầu", "mục tiêu", "nhóm",
                             "đề xuất", "kiến nghị", "bài học", "lĩnh vực", "ưu tiên", "đột phá", "biện pháp", "nguyên tắc",
                             "quan điểm", "lý do", "việc", "điều" } ) {
      EXPECT_NE( consumed< g::counted_noun_start >( noun ), std::nullopt ) << noun;
      EXPECT_EQ( consumed< g::announced_count >( std::string( "5 " ) + noun + " mới" ), std::string( "5 " ) + noun ) << noun;
   }
   EXPECT_EQ( consumed< g::counted_noun_start >( "2024" ), std::nullopt );
   EXPECT_EQ( consumed< g::counted_noun_start >( "tháng" ), std::nullopt );
   EXPECT_EQ( consumed< g::counted_noun_start >( "phiên" ), std::nullopt );
}

// count_word groups its words by first letter: each must still be taken, and none taken from a longer word.
TEST( count_word, takes_every_number_word_from_two_to_nineteen )
{
   for( const char* word : { "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mười một", "mười chín" } ) {
      EXPECT_EQ( consumed< g::count_word >( std::string( word ) + " giải pháp" ), word ) << word;
   }
   EXPECT_EQ( consumed< g::count_word >( "bạn bè" ), std::nullopt );
   EXPECT_EQ( consumed< g::count_word >( "chính sách" ), std::nullopt );
   EXPECT_EQ( consumed< g::count_word >( "một giải pháp" ), std::nullopt );
}

// count_words enters count_word's words in the first-word table, where plain_word looks them up: a word
// count_word takes but the list lacks would be passed over as a plain word, and its count lost.
TEST( count_words, lists_the_first_word_of_every_count_count_word_takes )
{
   const auto& listed = g::count_words::spellings;
   for( const std::string_view word : listed ) {
      EXPECT_EQ( consumed< g::count_word >( std::string( word ) + " giải pháp" ), word ) << word;
   }
   for( const char* word : { "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mười một", "mười chín" } ) {
      const std::string_view first = std::string_view( word ).substr( 0, std::string_view( word ).find( ' ' ) );
      EXPECT_NE( std::find( listed.begin(), listed.end(), first ), listed.end() ) << word;
   }
   EXPECT_EQ( listed.size(), 10u );
}
