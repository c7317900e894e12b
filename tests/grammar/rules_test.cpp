// SPDX-License-Identifier: MIT
// Every grammar rule called on its own: its shortest accepted form, where it stops, and the look-alikes
// it refuses. Rules the other grammar tests already cover both ways are not repeated here.
#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "code_point.hpp"
#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

namespace {
// Template rules, named so that their commas stay out of the EXPECT_* macros.
using thu_word = g::word< g::lex::ordinal_prefix >;
using five_numeral = g::numeral< 5, g::lex::five >;
using three_numeral = g::numeral< 3, g::lex::three >;
using double_quotation = g::quotation_of< g::lex::left_double, g::lex::right_double >;
using low_quotation = g::quotation_of< g::lex::low_double, g::pg::sor< g::lex::left_double, g::lex::right_double > >;
}  // namespace

// words.hpp

TEST( word_char, takes_one_letter_or_digit )
{
   EXPECT_EQ( consumed< g::word_char >( "Đà Nẵng" ), "đ" );
   EXPECT_EQ( consumed< g::word_char >( "ơn" ), "ơ" );
   EXPECT_EQ( consumed< g::word_char >( "2021" ), "2" );
}

TEST( word_char, refuses_spaces_and_punctuation )
{
   EXPECT_EQ( consumed< g::word_char >( " Hà Nội" ), std::nullopt );
   EXPECT_EQ( consumed< g::word_char >( ", và" ), std::nullopt );
   EXPECT_EQ( consumed< g::word_char >( "“Thứ" ), std::nullopt );
}

// latin_letter spares ICU for the letters of Vietnamese: every character it takes must be one ICU calls
// Alphabetic, and it must take all of "ạ" … "ỹ".
TEST( latin_letter, takes_only_what_icu_calls_alphabetic )
{
   std::size_t taken = 0;
   for( UChar32 c = 0x80; c <= 0xFFFF; ++c ) {
      if( U_IS_SURROGATE( c ) ) {
         continue;
      }
      const std::string one = utf8_of( c );
      namespace pg = tao::pegtl;
      pg::memory_input in( one, "test" );
      if( pg::parse< g::latin_letter >( in ) ) {
         ++taken;
         EXPECT_TRUE( u_isUAlphabetic( c ) ) << std::hex << c;
         EXPECT_TRUE( in.empty() ) << std::hex << c;  // the whole character
      }
   }
   EXPECT_EQ( taken, 0x40u - 2 + 0x180u + 0x100u );  // U+00C0–U+00FF but × ÷, U+0100–U+027F, U+1E00–U+1EFF
   EXPECT_EQ( consumed< g::word_char >( "ɐ" ), "ɐ" );   // U+0250, in the ranges
   EXPECT_EQ( consumed< g::word_char >( "ª" ), "ª" );   // U+00AA, before them: ICU says
   EXPECT_EQ( consumed< g::word_char >( "× 2" ), std::nullopt );
}

// word_char turns ASCII away before asking ICU (a space or a comma ends most words): it must still take
// exactly what ICU calls Alphabetic, and the ASCII digits, whole, for every code point.
TEST( word_char, takes_what_icu_calls_alphabetic_and_ascii_digits )
{
   namespace pg = tao::pegtl;
   for( UChar32 c = 0; c <= 0x10FFFF; ++c ) {
      if( U_IS_SURROGATE( c ) ) {
         continue;
      }
      const std::string one = utf8_of( c );
      pg::memory_input in( one, "test" );
      const bool taken = pg::parse< g::word_char >( in );
      ASSERT_EQ( taken, u_isUAlphabetic( c ) || ( c >= '0' && c <= '9' ) ) << std::hex << c;
      ASSERT_TRUE( !taken || in.empty() ) << std::hex << c;  // the whole character
   }
}

// word_chars reads ASCII in runs; it must take exactly what plus< word_char > takes, on words of every
// kind of letter and on what ends them.
TEST( word_chars, takes_what_one_word_char_after_another_takes )
{
   namespace pg = tao::pegtl;
   const std::vector< std::string > pieces = { "a", "Z", "7", "ệ", "đ", "ª", "한", " ", ",", "“", "×", "-", "\xE2\x81\xB1" };
   std::mt19937 random( 7 );
   for( int round = 0; round < 20000; ++round ) {
      std::string text;
      for( int k = 0, n = 1 + static_cast< int >( random() % 8 ); k < n; ++k ) {
         text += pieces[ random() % pieces.size() ];
      }
      ASSERT_EQ( consumed< g::word_chars >( text ), consumed< pg::plus< g::word_char > >( text ) ) << text;
   }
   EXPECT_EQ( consumed< g::word_chars >( "nghiệp vụ" ), "nghiệp" );
   EXPECT_EQ( consumed< g::ascii_word_run >( "nghiệp" ), "nghi" );
   EXPECT_EQ( consumed< g::ascii_word_run >( "ệ" ), std::nullopt );
}

namespace {
// How many bytes a rule takes at the start of `bytes` as given (not normalized), or std::nullopt.
template< typename Rule >
std::optional< std::size_t > bytes_taken( std::string_view bytes )
{
   tao::pegtl::memory_input in( bytes.data(), bytes.size(), "test" );
   if( !tao::pegtl::parse< Rule >( in ) ) {
      return std::nullopt;
   }
   return static_cast< std::size_t >( in.current() - bytes.data() );
}

// A byte run must take exactly what the PEGTL loop it stands for takes: on every string of up to two
// bytes, and on random strings of the bytes that end it and of others, with and without an end of input.
template< typename Run, typename Loop >
void expect_same_as_loop()
{
   std::string text( 2, '\0' );
   for( unsigned first = 0; first < 256; ++first ) {
      text[ 0 ] = static_cast< char >( first );
      ASSERT_EQ( bytes_taken< Run >( text.substr( 0, 1 ) ), bytes_taken< Loop >( text.substr( 0, 1 ) ) ) << first;
      for( unsigned second = 0; second < 256; ++second ) {
         text[ 1 ] = static_cast< char >( second );
         ASSERT_EQ( bytes_taken< Run >( text ), bytes_taken< Loop >( text ) ) << first << ' ' << second;
      }
   }
   const std::string pieces = std::string( "aZ7 ,;:.!?()&\"v\n\r\t" ) + "\xE2\xC2\xC3\x80\xFF" + std::string( 1, '\0' );
   std::mt19937 random( 11 );
   for( int round = 0; round < 20000; ++round ) {
      std::string random_text;
      for( int k = 0, n = static_cast< int >( random() % 12 ); k < n; ++k ) {
         random_text += pieces[ random() % pieces.size() ];
      }
      ASSERT_EQ( bytes_taken< Run >( random_text ), bytes_taken< Loop >( random_text ) ) << random_text;
   }
   EXPECT_EQ( bytes_taken< Run >( "" ), std::nullopt );
}
}  // namespace

TEST( byte_run, takes_what_the_loop_of_one_byte_rules_takes )
{
   namespace pg = tao::pegtl;
   expect_same_as_loop< g::ascii_word_run, pg::plus< pg::ranges< 'a', 'z', '0', '9', 'A', 'Z' > > >();
   expect_same_as_loop< g::caption_run, pg::plus< pg::not_one< '(', '.', '\n' > > >();
   expect_same_as_loop< g::quoted_run, pg::plus< pg::not_one< ',', ';', ':', '.', '!', '?', '\n', '\r', 'v', '"', '\xE2', '\xC2' > > >();
   expect_same_as_loop< g::semicolon_run, pg::plus< pg::not_one< ';', ':', '.', '!', '?', '\n', '&', '"', '\xE2', '\xC2' > > >();
   // Bounds at the ends of the byte range, and a range of one byte.
   expect_same_as_loop< g::byte_run< g::byte_ranges< '\x00', '\x01', '\xFE', '\xFF', '#', '#' > >,
                        pg::plus< pg::ranges< '\x00', '\x01', '\xFE', '\xFF', '#', '#' > > >();
   EXPECT_EQ( bytes_taken< g::caption_run >( "hội nghị (Ảnh" ), std::string_view( "hội nghị " ).size() );
}

TEST( other_letter, takes_letters_beyond_ascii_and_latin_only )
{
   EXPECT_EQ( consumed< g::other_letter >( "ª" ), "ª" );
   EXPECT_EQ( consumed< g::other_letter >( "한국" ), "한" );
   EXPECT_EQ( consumed< g::other_letter >( " " ), std::nullopt );
   EXPECT_EQ( consumed< g::other_letter >( "," ), std::nullopt );
   EXPECT_EQ( consumed< g::other_letter >( "“" ), std::nullopt );
   EXPECT_EQ( consumed< g::other_letter >( "×" ), std::nullopt );
}

TEST( general_punctuation, takes_the_lead_of_u2000_to_u203f )
{
   EXPECT_EQ( consumed< g::general_punctuation >( "“Thứ" ), "\xE2\x80" );
   EXPECT_EQ( consumed< g::general_punctuation >( "ⁱ" ), std::nullopt );  // U+2071, a letter
   EXPECT_EQ( consumed< g::general_punctuation >( "a" ), std::nullopt );
}

TEST( word_letter, takes_one_letter )
{
   EXPECT_EQ( consumed< g::word_letter >( "ứng phó" ), "ứ" );
   EXPECT_EQ( consumed< g::word_letter >( "g20" ), "g" );
}

TEST( word_letter, refuses_digits )
{
   EXPECT_EQ( consumed< g::word_letter >( "28,3%" ), std::nullopt );
   EXPECT_EQ( consumed< g::word_letter >( "1.830" ), std::nullopt );
}

TEST( word, takes_the_spelling_when_the_word_ends )
{
   EXPECT_EQ( consumed< thu_word >( "Thứ nhất" ), "thứ" );
   EXPECT_EQ( consumed< thu_word >( "thứ, " ), "thứ" );
}

TEST( word, refuses_the_start_of_a_longer_word )
{
   EXPECT_EQ( consumed< thu_word >( "thức tỉnh" ), std::nullopt );
   EXPECT_EQ( consumed< thu_word >( "thứ2" ), std::nullopt );
}

TEST( blank, takes_one_space )
{
   EXPECT_EQ( consumed< g::blank >( "  nhất" ), " " );
}

TEST( blank, refuses_letters_and_line_ends )
{
   EXPECT_EQ( consumed< g::blank >( "nhất" ), std::nullopt );
   EXPECT_EQ( consumed< g::blank >( "\nThứ hai" ), std::nullopt );
}

TEST( gap, takes_every_space_in_a_row )
{
   EXPECT_EQ( consumed< g::gap >( "   nhất" ), "   " );
}

TEST( gap, refuses_text_and_line_ends )
{
   EXPECT_EQ( consumed< g::gap >( "nhất" ), std::nullopt );
   EXPECT_EQ( consumed< g::gap >( "\n Thứ hai" ), std::nullopt );
}

TEST( eol, takes_one_line_feed )
{
   EXPECT_EQ( consumed< g::eol >( "\nThứ hai" ), "\n" );
   EXPECT_EQ( consumed< g::eol >( "\r\nThứ hai" ), "\n" );  // normalized to one line end
}

TEST( eol, refuses_spaces_before_the_line_end )
{
   EXPECT_EQ( consumed< g::eol >( " \n" ), std::nullopt );
}

TEST( line_char, takes_one_byte_that_is_not_a_line_feed )
{
   EXPECT_EQ( consumed< g::line_char >( "a\n" ), "a" );
   EXPECT_EQ( consumed< g::line_char >( " \n" ), " " );
}

TEST( line_char, refuses_a_line_feed_and_the_end )
{
   EXPECT_EQ( consumed< g::line_char >( "\nThứ hai" ), std::nullopt );
   EXPECT_EQ( consumed< g::line_char >( "" ), std::nullopt );
}

TEST( line_end, takes_a_line_feed_or_the_end_of_input )
{
   EXPECT_EQ( consumed< g::line_end >( "\nThứ hai" ), "\n" );
   EXPECT_EQ( consumed< g::line_end >( "" ), "" );
}

TEST( line_end, refuses_text_and_trailing_spaces )
{
   EXPECT_EQ( consumed< g::line_end >( "Hai" ), std::nullopt );
   EXPECT_EQ( consumed< g::line_end >( " \n" ), std::nullopt );
}

TEST( rest_of_line, runs_to_the_line_feed )
{
   EXPECT_EQ( consumed< g::rest_of_line >( "Bộ trưởng nói.\nThứ hai" ), "bộ trưởng nói." );
   EXPECT_EQ( consumed< g::rest_of_line >( "\nThứ hai" ), "" );
}

TEST( digit, takes_one_digit )
{
   EXPECT_EQ( consumed< g::digit >( "2021" ), "2" );
}

TEST( digit, refuses_number_words_and_roman_numerals )
{
   EXPECT_EQ( consumed< g::digit >( "hai" ), std::nullopt );
   EXPECT_EQ( consumed< g::digit >( "IV" ), std::nullopt );
}

TEST( sentence_end, takes_a_stop_before_a_space_or_the_line_end )
{
   EXPECT_EQ( consumed< g::sentence_end >( ". Thứ hai" ), "." );
   EXPECT_EQ( consumed< g::sentence_end >( "?\nThứ hai" ), "?" );
   EXPECT_EQ( consumed< g::sentence_end >( "!" ), "!" );
}

TEST( sentence_end, refuses_stops_inside_numbers_and_addresses )
{
   EXPECT_EQ( consumed< g::sentence_end >( ".000 người" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_end >( ".vn" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_end >( ", và" ), std::nullopt );
}

// numerals.hpp

TEST( numeral, takes_its_spelling_as_a_whole_word )
{
   EXPECT_EQ( consumed< five_numeral >( "Năm 2020" ), "năm" );
   EXPECT_EQ( five_numeral::value, 5u );
}

TEST( numeral, refuses_longer_words_that_start_with_it )
{
   EXPECT_EQ( consumed< three_numeral >( "Bao nhiêu" ), std::nullopt );
   EXPECT_EQ( consumed< three_numeral >( "ban hành" ), std::nullopt );
}

TEST( unit_after_ten, takes_the_spellings_used_after_muoi )
{
   EXPECT_EQ( consumed< g::unit_after_ten >( "lăm ngày" ), "lăm" );
   EXPECT_EQ( consumed< g::unit_after_ten >( "tư, " ), "tư" );
   EXPECT_EQ( consumed< g::unit_after_ten >( "bẩy" ), "bẩy" );
}

TEST( unit_after_ten, refuses_nam_and_nhat )
{
   EXPECT_EQ( consumed< g::unit_after_ten >( "năm qua" ), std::nullopt );  // "mười năm" is ten years
   EXPECT_EQ( consumed< g::unit_after_ten >( "nhất" ), std::nullopt );
}

TEST( teen, takes_muoi_and_its_unit )
{
   EXPECT_EQ( consumed< g::teen >( "mười lăm ngày" ), "mười lăm" );
   EXPECT_EQ( consumed< g::teen >( "Mười bốn tỉnh" ), "mười bốn" );
}

TEST( teen, refuses_muoi_alone_and_ten_years )
{
   EXPECT_EQ( consumed< g::teen >( "mười năm qua" ), std::nullopt );
   EXPECT_EQ( consumed< g::teen >( "mười, " ), std::nullopt );
   EXPECT_EQ( consumed< g::teen >( "mười" ), std::nullopt );
}

TEST( cardinal_number, takes_teens_before_ten )
{
   EXPECT_EQ( consumed< g::cardinal_number >( "Mười hai là" ), "mười hai" );
   EXPECT_EQ( consumed< g::cardinal_number >( "mười năm qua" ), "mười" );
   EXPECT_EQ( consumed< g::cardinal_number >( "Bẩy là" ), "bẩy" );
}

TEST( cardinal_number, refuses_ordinal_spellings_and_quantities )
{
   EXPECT_EQ( consumed< g::cardinal_number >( "Nhất là" ), std::nullopt );  // "nhất là": especially
   EXPECT_EQ( consumed< g::cardinal_number >( "tư nhân" ), std::nullopt );
   EXPECT_EQ( consumed< g::cardinal_number >( "những" ), std::nullopt );
}

TEST( ordinal_number, takes_the_ordinal_spellings )
{
   EXPECT_EQ( consumed< g::ordinal_number >( "nhất, " ), "nhất" );
   EXPECT_EQ( consumed< g::ordinal_number >( "tư: " ), "tư" );
   EXPECT_EQ( consumed< g::ordinal_number >( "mười một, " ), "mười một" );
}

TEST( ordinal_number, refuses_cardinal_one_and_four )
{
   EXPECT_EQ( consumed< g::ordinal_number >( "một" ), std::nullopt );
   EXPECT_EQ( consumed< g::ordinal_number >( "bốn" ), std::nullopt );
   EXPECT_EQ( consumed< g::ordinal_number >( "trưởng" ), std::nullopt );
}

// lookalikes.hpp

TEST( weekday_number, takes_hai_to_bay )
{
   EXPECT_EQ( consumed< g::weekday_number >( "Hai tuần tới" ), "hai" );
   EXPECT_EQ( consumed< g::weekday_number >( "tư, " ), "tư" );
   EXPECT_EQ( consumed< g::weekday_number >( "bẩy" ), "bẩy" );
}

TEST( weekday_number, refuses_numbers_no_weekday_has )
{
   EXPECT_EQ( consumed< g::weekday_number >( "nhất" ), std::nullopt );
   EXPECT_EQ( consumed< g::weekday_number >( "tám" ), std::nullopt );
   EXPECT_EQ( consumed< g::weekday_number >( "trưởng" ), std::nullopt );
}

TEST( calendar_date, takes_day_and_month )
{
   EXPECT_EQ( consumed< g::calendar_date >( "18/2/2025" ), "18/2" );
   EXPECT_EQ( consumed< g::calendar_date >( "23/8," ), "23/8" );
}

// Ranges and amounts are no dates, so "Thứ hai, 3-5 năm tới" stays a second point.
TEST( calendar_date, refuses_ranges_and_amounts )
{
   EXPECT_EQ( consumed< g::calendar_date >( "3-5 năm" ), std::nullopt );
   EXPECT_EQ( consumed< g::calendar_date >( "2.5 triệu" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_point >( "Thứ hai, 3-5 năm tới" ), "thứ hai, " );
   EXPECT_EQ( consumed< g::thu_point >( "Thứ hai trước hết, cần" ), "thứ hai " );
}

TEST( calendar_date, refuses_years_and_times )
{
   EXPECT_EQ( consumed< g::calendar_date >( "2025/2026" ), std::nullopt );
   EXPECT_EQ( consumed< g::calendar_date >( "10:08" ), std::nullopt );
   EXPECT_EQ( consumed< g::calendar_date >( "18/ " ), std::nullopt );
}

TEST( weekday_context, takes_what_follows_a_weekday )
{
   EXPECT_EQ( consumed< g::weekday_context >( ", ngày 18/2" ), ", ngày 1" );
   EXPECT_EQ( consumed< g::weekday_context >( " 23/8" ), " 23/8" );
   EXPECT_EQ( consumed< g::weekday_context >( " (ngày 5/3)" ), " (ngày 5" );
   EXPECT_EQ( consumed< g::weekday_context >( " tuần tới" ), " tuần" );
   EXPECT_EQ( consumed< g::weekday_context >( " vừa qua" ), " vừa qua" );
   EXPECT_EQ( consumed< g::weekday_context >( " hàng tuần" ), " hàng" );
   EXPECT_EQ( consumed< g::weekday_context >( " và Chủ nhật" ), " và chủ nhật" );
}

TEST( weekday_context, refuses_what_follows_an_ordinal_point )
{
   EXPECT_EQ( consumed< g::weekday_context >( ", xác định phục vụ" ), std::nullopt );
   EXPECT_EQ( consumed< g::weekday_context >( " tăng cường hợp tác" ), std::nullopt );
   EXPECT_EQ( consumed< g::weekday_context >( " và thực hiện" ), std::nullopt );
   EXPECT_EQ( consumed< g::weekday_context >( " vừa phải" ), std::nullopt );
}

// ordinal.hpp

TEST( closer_marker, takes_the_closer_without_its_punctuation )
{
   EXPECT_EQ( consumed< g::closer_marker >( "Cuối cùng, cần" ), "cuối cùng" );
   EXPECT_EQ( consumed< g::closer_marker >( "Sau cùng là" ), "sau cùng" );
   EXPECT_EQ( consumed< g::closer_marker >( "Điều cuối cùng rất" ), "điều cuối cùng" );
}

TEST( closer_marker, refuses_other_phrases_with_sau_dieu_and_cung )
{
   EXPECT_EQ( consumed< g::closer_marker >( "Sau đó, Bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::closer_marker >( "Điều quan trọng là" ), std::nullopt );
   EXPECT_EQ( consumed< g::closer_marker >( "Cùng với đó" ), std::nullopt );
}

TEST( marker_punctuation, takes_spaces_and_one_mark )
{
   EXPECT_EQ( consumed< g::marker_punctuation >( ", cần" ), "," );
   EXPECT_EQ( consumed< g::marker_punctuation >( " : kết hợp" ), " :" );
   EXPECT_EQ( consumed< g::marker_punctuation >( " – tăng cường" ), " –" );
   EXPECT_EQ( consumed< g::marker_punctuation >( "- phát triển" ), "-" );
}

TEST( marker_punctuation, refuses_content_and_full_stops )
{
   EXPECT_EQ( consumed< g::marker_punctuation >( " cần" ), std::nullopt );
   EXPECT_EQ( consumed< g::marker_punctuation >( ". Sau đó" ), std::nullopt );
}

TEST( ordinal_copula, takes_la_and_its_punctuation )
{
   EXPECT_EQ( consumed< g::ordinal_copula >( " là, cần" ), " là," );
   EXPECT_EQ( consumed< g::ordinal_copula >( " là phải" ), " là" );
}

TEST( ordinal_copula, refuses_words_starting_with_la_and_a_missing_space )
{
   EXPECT_EQ( consumed< g::ordinal_copula >( " làm việc" ), std::nullopt );
   EXPECT_EQ( consumed< g::ordinal_copula >( " lại" ), std::nullopt );
   EXPECT_EQ( consumed< g::ordinal_copula >( "là, " ), std::nullopt );
}

TEST( la_point, refuses_nhat_la_and_numbers_before_other_words )
{
   EXPECT_EQ( consumed< g::la_point >( "Nhất là, cần" ), std::nullopt );  // "nhất là": especially
   EXPECT_EQ( consumed< g::la_point >( "Ba lần liên tiếp" ), std::nullopt );
}

// numbering.hpp

TEST( number_digits, takes_one_or_two_digits )
{
   EXPECT_EQ( consumed< g::number_digits >( "12/ Tổ chức" ), "12" );
   EXPECT_EQ( consumed< g::number_digits >( "3) Phối hợp" ), "3" );
}

TEST( number_digits, refuses_longer_numbers_and_words )
{
   EXPECT_EQ( consumed< g::number_digits >( "2021. Năm" ), std::nullopt );
   EXPECT_EQ( consumed< g::number_digits >( "Mười" ), std::nullopt );
}

TEST( numeric_marker, takes_the_marker_without_the_space )
{
   EXPECT_EQ( consumed< g::numeric_marker >( "(3) Phối hợp" ), "(3)" );
   EXPECT_EQ( consumed< g::numeric_marker >( "12/ Tổ chức" ), "12/" );
   EXPECT_EQ( consumed< g::numeric_marker >( "1. Đổi mới" ), "1." );
   EXPECT_EQ( consumed< g::numeric_marker >( "2) Tăng cường" ), "2)" );
}

TEST( numeric_marker, refuses_bracketed_prose_times_and_long_numbers )
{
   EXPECT_EQ( consumed< g::numeric_marker >( "(12 tỉnh)" ), std::nullopt );
   EXPECT_EQ( consumed< g::numeric_marker >( "18:30" ), std::nullopt );
   EXPECT_EQ( consumed< g::numeric_marker >( "100. Năm" ), std::nullopt );
}

TEST( roman_digits, takes_a_run_of_roman_letters )
{
   EXPECT_EQ( consumed< g::roman_digits >( "XIII của" ), "xiii" );
   EXPECT_EQ( consumed< g::roman_digits >( "IV." ), "iv" );
}

TEST( roman_digits, refuses_other_letters )
{
   EXPECT_EQ( consumed< g::roman_digits >( "Hà Nội" ), std::nullopt );
   EXPECT_EQ( consumed< g::roman_digits >( "Mười" ), std::nullopt );
}

TEST( roman_marker, takes_the_numeral_and_its_stop )
{
   EXPECT_EQ( consumed< g::roman_marker >( "IV. Nhiệm vụ" ), "iv." );
   EXPECT_EQ( consumed< g::roman_marker >( "II) Kết luận" ), "ii)" );
}

TEST( roman_marker, refuses_words_that_start_with_roman_letters )
{
   EXPECT_EQ( consumed< g::roman_marker >( "xi măng" ), std::nullopt );
   EXPECT_EQ( consumed< g::roman_marker >( "Việt Nam" ), std::nullopt );
   EXPECT_EQ( consumed< g::roman_marker >( "vi phạm" ), std::nullopt );
}

TEST( letter, takes_a_latin_letter_or_d_stroke )
{
   EXPECT_EQ( consumed< g::letter >( "đ) Về" ), "đ" );
   EXPECT_EQ( consumed< g::letter >( "b. Về" ), "b" );
}

TEST( letter, refuses_digits_and_brackets )
{
   EXPECT_EQ( consumed< g::letter >( "1) Về" ), std::nullopt );
   EXPECT_EQ( consumed< g::letter >( "(a) Về" ), std::nullopt );
}

TEST( letter_marker, takes_the_marker_without_the_space )
{
   EXPECT_EQ( consumed< g::letter_marker >( "(c) Về xã hội" ), "(c)" );
   EXPECT_EQ( consumed< g::letter_marker >( "đ) Về văn hóa" ), "đ)" );
   EXPECT_EQ( consumed< g::letter_marker >( "b. Về kinh tế" ), "b." );
}

TEST( letter_marker, refuses_words_and_bracketed_words )
{
   EXPECT_EQ( consumed< g::letter_marker >( "anh Tuấn" ), std::nullopt );
   EXPECT_EQ( consumed< g::letter_marker >( "(ab) x" ), std::nullopt );
   EXPECT_EQ( consumed< g::letter_marker >( "a, b" ), std::nullopt );
}

TEST( bullet_marker, takes_each_bullet_symbol )
{
   EXPECT_EQ( consumed< g::bullet_marker >( "• Đẩy mạnh" ), "•" );
   EXPECT_EQ( consumed< g::bullet_marker >( "● Đảng" ), "●" );
   EXPECT_EQ( consumed< g::bullet_marker >( "▪ Tin vắn" ), "▪" );
   EXPECT_EQ( consumed< g::bullet_marker >( "– Tiếp tục" ), "–" );
}

TEST( bullet_marker, refuses_numbers_and_words )
{
   EXPECT_EQ( consumed< g::bullet_marker >( "1. Đổi mới" ), std::nullopt );
   EXPECT_EQ( consumed< g::bullet_marker >( "Tổ chức" ), std::nullopt );
}

// announcement.hpp

TEST( counted_noun, takes_the_noun_alone )
{
   EXPECT_EQ( consumed< g::counted_noun >( "nhiệm vụ trọng tâm" ), "nhiệm vụ" );
   EXPECT_EQ( consumed< g::counted_noun >( "vấn đề nổi cộm" ), "vấn đề" );
   EXPECT_EQ( consumed< g::counted_noun >( "bài học kinh nghiệm" ), "bài học" );
}

TEST( counted_noun, refuses_nouns_sharing_a_syllable )
{
   EXPECT_EQ( consumed< g::counted_noun >( "nhiệm kỳ 2021-2026" ), std::nullopt );
   EXPECT_EQ( consumed< g::counted_noun >( "giải thưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::counted_noun >( "phiên họp" ), std::nullopt );
}

TEST( count_digits, takes_one_or_two_digits_before_a_break )
{
   EXPECT_EQ( consumed< g::count_digits >( "5 nhiệm vụ" ), "5" );
   EXPECT_EQ( consumed< g::count_digits >( "12 giải pháp" ), "12" );
}

TEST( count_digits, refuses_years_and_numbers_glued_to_letters )
{
   EXPECT_EQ( consumed< g::count_digits >( "2021 nhiệm vụ" ), std::nullopt );
   EXPECT_EQ( consumed< g::count_digits >( "5G nhiệm vụ" ), std::nullopt );
}

TEST( count_word, takes_two_to_nineteen )
{
   EXPECT_EQ( consumed< g::count_word >( "mười hai điểm" ), "mười hai" );
   EXPECT_EQ( consumed< g::count_word >( "sáu giải pháp" ), "sáu" );
   EXPECT_EQ( consumed< g::count_word >( "mười năm" ), "mười" );
}

TEST( count_word, refuses_mot_and_vague_quantities )
{
   EXPECT_EQ( consumed< g::count_word >( "một nhiệm vụ" ), std::nullopt );
   EXPECT_EQ( consumed< g::count_word >( "nhiều giải pháp" ), std::nullopt );
   EXPECT_EQ( consumed< g::count_word >( "những vấn đề" ), std::nullopt );
}

// noise.hpp

TEST( credit_label, takes_what_a_credit_names )
{
   EXPECT_EQ( consumed< g::credit_label >( "Ảnh minh họa: TTXVN" ), "ảnh minh họa" );
   EXPECT_EQ( consumed< g::credit_label >( "Nguồn: AFP" ), "nguồn" );
   EXPECT_EQ( consumed< g::credit_label >( "Video: VTV" ), "video" );
   EXPECT_EQ( consumed< g::credit_label >( "Đồ hoạ: Hồng Anh" ), "đồ họa" );
}

TEST( credit_label, refuses_words_that_start_like_a_label )
{
   EXPECT_EQ( consumed< g::credit_label >( "Videoclip ghi lại" ), std::nullopt );
   EXPECT_EQ( consumed< g::credit_label >( "Đồ dùng học tập" ), std::nullopt );
   EXPECT_EQ( consumed< g::credit_label >( "Bài: Minh Hà" ), std::nullopt );
}

TEST( credit_text, runs_to_a_bracket_or_the_line_end )
{
   EXPECT_EQ( consumed< g::credit_text >( "Tuấn Anh/TG&VN) |" ), "tuấn anh/tg&vn" );
   EXPECT_EQ( consumed< g::credit_text >( "Lâm Khánh/TTXVN\nThứ nhất" ), "lâm khánh/ttxvn" );
   EXPECT_EQ( consumed< g::credit_text >( ") |" ), "" );
}

TEST( credit_tail, takes_a_bracketed_or_trailing_credit )
{
   EXPECT_EQ( consumed< g::credit_tail >( "(Nguồn: AFP)" ), "(nguồn: afp)" );
   EXPECT_EQ( consumed< g::credit_tail >( "(Ảnh: Tuấn Anh/TG&VN) |\nx" ), "(ảnh: tuấn anh/tg&vn) |" );
   EXPECT_EQ( consumed< g::credit_tail >( ". Ảnh: Lâm Khánh/TTXVN" ), ". ảnh: lâm khánh/ttxvn" );
}

TEST( credit_tail, refuses_a_source_cited_inside_prose )
{
   EXPECT_EQ( consumed< g::credit_tail >( "(Nguồn: Tổng cục Thống kê)." ), std::nullopt );
   EXPECT_EQ( consumed< g::credit_tail >( "(Nguồn: AFP) cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::credit_tail >( ". Ảnh hưởng của dịch" ), std::nullopt );
}

TEST( captioned_line, takes_the_whole_caption_and_its_line_end )
{
   EXPECT_EQ( consumed< g::captioned_line >( "Thủ tướng Phạm Minh Chính phát biểu. Ảnh: Nhật Bắc\nThứ nhất, cần" ),
              "thủ tướng phạm minh chính phát biểu. ảnh: nhật bắc\n" );
   EXPECT_EQ( consumed< g::captioned_line >( "Quang cảnh hội nghị (Ảnh: Tuấn Anh/TG&VN) |" ),
              "quang cảnh hội nghị (ảnh: tuấn anh/tg&vn) |" );
}

TEST( caption_run, passes_bytes_up_to_where_a_credit_may_begin )
{
   EXPECT_EQ( consumed< g::caption_run >( "Quang cảnh hội nghị (Ảnh: Tuấn Anh)" ), "quang cảnh hội nghị " );
   EXPECT_EQ( consumed< g::caption_run >( "phát biểu. Ảnh: Nhật Bắc" ), "phát biểu" );
   EXPECT_EQ( consumed< g::caption_run >( "hội nghị\nThứ nhất" ), "hội nghị" );
   EXPECT_EQ( consumed< g::caption_run >( "(Ảnh: Tuấn Anh)" ), std::nullopt );
}

TEST( noise_line, takes_each_kind_of_page_furniture )
{
   EXPECT_EQ( consumed< g::noise_line >( "![](https://baoquocte.vn/a.jpg)\nx" ), "![](https://baoquocte.vn/a.jpg)\n" );
   EXPECT_EQ( consumed< g::noise_line >( "Chú thích ảnh\nx" ), "chú thích ảnh\n" );
   EXPECT_EQ( consumed< g::noise_line >( "Ảnh: TTXVN\nx" ), "ảnh: ttxvn\n" );
   EXPECT_EQ( consumed< g::noise_line >( "Toàn cảnh phiên họp. Ảnh: VGP\nx" ), "toàn cảnh phiên họp. ảnh: vgp\n" );
}

TEST( noise_line, refuses_prose_and_points )
{
   EXPECT_EQ( consumed< g::noise_line >( "Thứ nhất, tăng cường hợp tác" ), std::nullopt );
   EXPECT_EQ( consumed< g::noise_line >( "Ảnh hưởng của dịch bệnh" ), std::nullopt );
   EXPECT_EQ( consumed< g::noise_line >( "GDP tăng 5% (Nguồn: Tổng cục Thống kê).\nx" ), std::nullopt );
}

TEST( comment_count, takes_the_count_and_its_space )
{
   EXPECT_EQ( consumed< g::comment_count >( "(0) Bình luận" ), "(0) " );
   EXPECT_EQ( consumed< g::comment_count >( "(12) Bình luận" ), "(12) " );
}

TEST( comment_count, refuses_letters_and_a_missing_space )
{
   EXPECT_EQ( consumed< g::comment_count >( "(a) Về" ), std::nullopt );
   EXPECT_EQ( consumed< g::comment_count >( "(0)Bình luận" ), std::nullopt );
}

TEST( related_heading, takes_each_heading )
{
   EXPECT_EQ( consumed< g::related_heading >( "Tin liên quan" ), "tin liên quan" );
   EXPECT_EQ( consumed< g::related_heading >( "Tin bài liên quan" ), "tin bài liên quan" );
   EXPECT_EQ( consumed< g::related_heading >( "Tin cùng chuyên mục" ), "tin cùng chuyên mục" );
   EXPECT_EQ( consumed< g::related_heading >( "Đừng bỏ lỡ" ), "đừng bỏ lỡ" );
   EXPECT_EQ( consumed< g::related_heading >( "Xem thêm:" ), "xem thêm" );
}

TEST( related_heading, refuses_other_headings )
{
   EXPECT_EQ( consumed< g::related_heading >( "Tin tức" ), std::nullopt );
   EXPECT_EQ( consumed< g::related_heading >( "Bài viết" ), std::nullopt );
}

// quotes.hpp

TEST( quotation_of, takes_one_kind_of_quotation )
{
   EXPECT_EQ( consumed< double_quotation >( "“mục tiêu kép” và" ), "“mục tiêu kép”" );
   EXPECT_EQ( consumed< low_quotation >( "„Đổi mới“ là" ), "„đổi mới“" );
}

TEST( quotation_of, refuses_other_quotation_marks )
{
   EXPECT_EQ( consumed< double_quotation >( "«mục tiêu» và" ), std::nullopt );
   EXPECT_EQ( consumed< double_quotation >( "\"mục tiêu\" và" ), std::nullopt );
}

TEST( open_quote, takes_each_opening_mark )
{
   EXPECT_EQ( consumed< g::open_quote >( "“Điều" ), "“" );
   EXPECT_EQ( consumed< g::open_quote >( "„Đổi" ), "„" );
   EXPECT_EQ( consumed< g::open_quote >( "‘Thứ" ), "‘" );
   EXPECT_EQ( consumed< g::open_quote >( "«Thứ" ), "«" );
   EXPECT_EQ( consumed< g::open_quote >( "\"Thứ" ), "\"" );
}

TEST( open_quote, refuses_closing_marks )
{
   EXPECT_EQ( consumed< g::open_quote >( "”, Bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::open_quote >( "» và" ), std::nullopt );
   EXPECT_EQ( consumed< g::open_quote >( "’ và" ), std::nullopt );
}

// semicolon.hpp

TEST( semicolon_point_end, takes_a_semicolon_colon_stop_or_line_feed )
{
   EXPECT_EQ( consumed< g::semicolon_point_end >( "; làm" ), ";" );
   EXPECT_EQ( consumed< g::semicolon_point_end >( ": làm" ), ":" );
   EXPECT_EQ( consumed< g::semicolon_point_end >( ". Sau đó" ), "." );
   EXPECT_EQ( consumed< g::semicolon_point_end >( "\nSau đó" ), "\n" );
}

TEST( semicolon_point_end, refuses_stops_inside_numbers_and_commas )
{
   EXPECT_EQ( consumed< g::semicolon_point_end >( ".830 người" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_point_end >( ", và" ), std::nullopt );
}

TEST( html_entity, takes_a_named_or_numbered_entity )
{
   EXPECT_EQ( consumed< g::html_entity >( "&gt; chữa" ), "&gt;" );
   EXPECT_EQ( consumed< g::html_entity >( "&#39;s" ), "&#39;" );
}

TEST( html_entity, refuses_a_bare_ampersand )
{
   EXPECT_EQ( consumed< g::html_entity >( "& Đầu tư" ), std::nullopt );
   EXPECT_EQ( consumed< g::html_entity >( "&VN) |" ), std::nullopt );
}

TEST( semicolon_point_char, takes_a_quotation_an_entity_or_one_byte )
{
   EXPECT_EQ( consumed< g::semicolon_point_char >( "“x; y” của" ), "“x; y”" );
   EXPECT_EQ( consumed< g::semicolon_point_char >( "&gt; chữa" ), "&gt;" );
   EXPECT_EQ( consumed< g::semicolon_point_char >( "a; b" ), "a" );
}

TEST( semicolon_point_char, refuses_the_end_of_a_point )
{
   EXPECT_EQ( consumed< g::semicolon_point_char >( "; làm" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_point_char >( ": làm" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_point_char >( ". Sau đó" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_point_char >( "\nSau đó" ), std::nullopt );
}

TEST( point_word, takes_a_word_and_what_stands_before_it )
{
   EXPECT_EQ( consumed< g::point_word >( "làm A; làm B" ), "làm" );
   EXPECT_EQ( consumed< g::point_word >( "28,3% mắc bệnh" ), "28,3% mắc" );
   EXPECT_EQ( consumed< g::point_word >( "&gt; chữa" ), "&gt; chữa" );
}

TEST( point_word, refuses_numbers_without_a_word )
{
   EXPECT_EQ( consumed< g::point_word >( "1.830" ), std::nullopt );
   EXPECT_EQ( consumed< g::point_word >( "28,3%; 28 trường hợp" ), std::nullopt );
}

TEST( semicolon_point, takes_two_words_or_more_up_to_the_semicolon )
{
   EXPECT_EQ( consumed< g::semicolon_point >( "làm A; làm B" ), "làm a" );
   EXPECT_EQ( consumed< g::semicolon_point >( "28 trường hợp; 1.830" ), "28 trường hợp" );
}

TEST( semicolon_point, keeps_a_quotation_and_a_stop_inside_a_word_within_the_point )
{
   EXPECT_EQ( consumed< g::semicolon_point >( "làm “x; y” tại TP.HCM; z w" ), "làm “x; y” tại tp.hcm" );
   EXPECT_EQ( consumed< g::semicolon_point >( "làm \"x; y\" và «a; b»; z w" ), "làm \"x; y\" và «a; b»" );
   EXPECT_EQ( consumed< g::semicolon_point >( "bảo vệ &gt; chữa bệnh; z w" ), "bảo vệ &gt; chữa bệnh" );
   EXPECT_EQ( consumed< g::semicolon_point >( "kết thúc…rồi; z w" ), "kết thúc…rồi" );
   EXPECT_EQ( consumed< g::semicolon_point >( "kết thúc… rồi; z w" ), "kết thúc" );
}

TEST( semicolon_run, stops_where_a_quotation_an_entity_or_an_end_may_begin )
{
   EXPECT_EQ( consumed< g::semicolon_run >( "tại TP.HCM" ), "tại tp" );
   EXPECT_EQ( consumed< g::semicolon_run >( "làm “x”" ), "làm " );
   EXPECT_EQ( consumed< g::semicolon_run >( "làm «x»" ), "làm " );
   EXPECT_EQ( consumed< g::semicolon_run >( "làm \"x\"" ), "làm " );
   EXPECT_EQ( consumed< g::semicolon_run >( "a &gt; b" ), "a " );
   EXPECT_EQ( consumed< g::semicolon_run >( "a: b; c" ), "a" );
   EXPECT_EQ( consumed< g::semicolon_run >( "a\nb" ), "a" );
}

TEST( semicolon_run, refuses_those_bytes_first )
{
   EXPECT_EQ( consumed< g::semicolon_run >( "; làm" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_run >( "“x" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_run >( "… x" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_run >( "! x" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_run >( "" ), std::nullopt );
}

TEST( semicolon_point, refuses_one_word_points )
{
   EXPECT_EQ( consumed< g::semicolon_point >( "khác; nữa" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_point >( "1.830 người; x" ), std::nullopt );
}

TEST( semicolon_separator, takes_the_semicolon_and_its_spaces )
{
   EXPECT_EQ( consumed< g::semicolon_separator >( ";  làm" ), ";  " );
   EXPECT_EQ( consumed< g::semicolon_separator >( ";làm" ), ";" );
}

TEST( semicolon_separator, refuses_other_separators )
{
   EXPECT_EQ( consumed< g::semicolon_separator >( ", làm" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_separator >( ": làm" ), std::nullopt );
}

TEST( semicolon_points, takes_three_points_or_more_without_a_colon )
{
   EXPECT_EQ( consumed< g::semicolon_points >( "làm A; làm B; làm C. Sau đó" ), "làm a; làm b; làm c" );
}

TEST( semicolon_points, refuses_two_points_and_a_one_word_third )
{
   EXPECT_EQ( consumed< g::semicolon_points >( "phạt tiền; tước giấy phép." ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_points >( "làm A; làm B; khác" ), std::nullopt );
}

// document.hpp

TEST( quoted_opening, takes_the_quote_and_a_spoken_marker )
{
   EXPECT_EQ( consumed< g::quoted_opening >( "“Điều cuối cùng rất quan trọng”" ), "“điều cuối cùng " );
   EXPECT_EQ( consumed< g::quoted_opening >( "“Thứ nhất, phải giữ vững" ), "“thứ nhất, " );
   EXPECT_EQ( consumed< g::quoted_opening >( "« Một là, phải" ), "« một là, " );
}

TEST( quoted_opening, refuses_quotes_without_a_marker_and_markers_without_a_quote )
{
   EXPECT_EQ( consumed< g::quoted_opening >( "“Chúng tôi sẽ" ), std::nullopt );
   EXPECT_EQ( consumed< g::quoted_opening >( "“Thứ nhất”" ), std::nullopt );
   EXPECT_EQ( consumed< g::quoted_opening >( "Thứ nhất, cần" ), std::nullopt );
}

TEST( dashed_opening, takes_the_dash_and_the_marker )
{
   EXPECT_EQ( consumed< g::dashed_opening >( "- Thứ nhất, cần" ), "- thứ nhất, " );
   EXPECT_EQ( consumed< g::dashed_opening >( "– Một là, phải" ), "– một là, " );
}

TEST( dashed_opening, refuses_dialogue_without_a_marker )
{
   EXPECT_EQ( consumed< g::dashed_opening >( "- Thứ hai Nhật Bản" ), std::nullopt );
   EXPECT_EQ( consumed< g::dashed_opening >( "- Tổ chức" ), std::nullopt );
}

TEST( paragraph_opening, takes_each_marker_style )
{
   EXPECT_EQ( consumed< g::paragraph_opening >( "Thứ nhất, tổ chức" ), "thứ nhất, " );
   EXPECT_EQ( consumed< g::paragraph_opening >( "Một là, thông qua" ), "một là, " );
   EXPECT_EQ( consumed< g::paragraph_opening >( "Cuối cùng, cần" ), "cuối cùng, " );
   EXPECT_EQ( consumed< g::paragraph_opening >( "“Cuối cùng, cần" ), "“cuối cùng, " );
   EXPECT_EQ( consumed< g::paragraph_opening >( "1. Đổi mới" ), "1. " );
   EXPECT_EQ( consumed< g::paragraph_opening >( "II. Nhiệm vụ" ), "ii. " );
   EXPECT_EQ( consumed< g::paragraph_opening >( "b) Về kinh tế" ), "b) " );
   EXPECT_EQ( consumed< g::paragraph_opening >( "- Thứ hai, cần" ), "- thứ hai, " );
   EXPECT_EQ( consumed< g::paragraph_opening >( "- Tổ chức" ), "- " );
}

TEST( clause_separator, takes_a_comma_semicolon_or_colon )
{
   EXPECT_EQ( consumed< g::clause_separator >( ", thứ nhất" ), "," );
   EXPECT_EQ( consumed< g::clause_separator >( "; hai là" ), ";" );
   EXPECT_EQ( consumed< g::clause_separator >( ": thứ nhất" ), ":" );
}

TEST( clause_separator, refuses_stops_and_dashes )
{
   EXPECT_EQ( consumed< g::clause_separator >( ". Thứ nhất" ), std::nullopt );
   EXPECT_EQ( consumed< g::clause_separator >( "– thứ nhất" ), std::nullopt );
}

TEST( sentence_stop, takes_one_stop )
{
   EXPECT_EQ( consumed< g::sentence_stop >( ". Thứ nhất" ), "." );
   EXPECT_EQ( consumed< g::sentence_stop >( "? Hai là" ), "?" );
   EXPECT_EQ( consumed< g::sentence_stop >( "!" ), "!" );
}

TEST( sentence_stop, refuses_clause_punctuation )
{
   EXPECT_EQ( consumed< g::sentence_stop >( ", thứ nhất" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_stop >( "; hai là" ), std::nullopt );
}

TEST( sentence_boundary, takes_a_stop_before_a_blank )
{
   EXPECT_EQ( consumed< g::sentence_boundary >( ". Thực hiện" ), "." );
   EXPECT_EQ( consumed< g::sentence_boundary >( "… Các đại biểu" ), "…" );
   EXPECT_EQ( consumed< g::sentence_boundary >( "!\tHai" ), "!" );
}

TEST( sentence_boundary, refuses_a_stop_inside_a_word_or_at_the_line_end )
{
   EXPECT_EQ( consumed< g::sentence_boundary >( ".HCM" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_boundary >( ".000 đồng" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_boundary >( ".\nHai" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_boundary >( ", thứ nhất" ), std::nullopt );
}

TEST( sentence_point, takes_a_marker_opening_a_sentence )
{
   EXPECT_EQ( consumed< g::sentence_point >( ". Thứ nhất, A." ), ". thứ nhất, " );
   EXPECT_EQ( consumed< g::sentence_point >( "? Hai là, phải" ), "? hai là, " );
}

TEST( conjoined_point, takes_the_next_point_after_va )
{
   EXPECT_EQ( consumed< g::conjoined_point >( "và hai là thiếu người" ), "và hai là " );
   EXPECT_EQ( consumed< g::conjoined_point >( "và thứ ba, cần" ), "và thứ ba, " );
   EXPECT_EQ( consumed< g::inline_point >( "; và thứ ba, cần" ), "; và thứ ba, " );
}

TEST( conjoined_point, refuses_weekdays_and_a_count )
{
   EXPECT_EQ( consumed< g::conjoined_point >( "và thứ Ba, ngày 18/2" ), std::nullopt );
   EXPECT_EQ( consumed< g::conjoined_point >( "và hai người" ), std::nullopt );
}

TEST( sentence_point, refuses_weekdays_bare_ordinals_and_a_missing_space )
{
   EXPECT_EQ( consumed< g::sentence_point >( ". Thứ Năm (23/8), đoàn" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_point >( ". Thứ hai Nhật Bản" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_point >( ".Thứ nhất, cần" ), std::nullopt );
}

TEST( word_token, takes_letters_and_digits_up_to_a_break )
{
   EXPECT_EQ( consumed< g::word_token >( "Bộ trưởng" ), "bộ" );
   EXPECT_EQ( consumed< g::word_token >( "2021, năm" ), "2021" );
   EXPECT_EQ( consumed< g::word_token >( "Covid-19" ), "covid" );
}

// Where a run of plain words stops, the word there has been looked up, and word_token reads it by the
// length the look found (looked_up_word): the same word word_chars reads.
TEST( word_token, reads_the_word_a_run_of_plain_words_stopped_at )
{
   using run_then_word = g::pg::seq< g::plain_words, g::word_token >;
   EXPECT_EQ( consumed< run_then_word >( "kinh tế Bộ trưởng" ), "kinh tế bộ" );
   EXPECT_EQ( consumed< run_then_word >( "kinh tế và xã hội" ), "kinh tế và" );
   EXPECT_EQ( consumed< run_then_word >( "nhân dân yêu cầu" ), "nhân dân yêu" );
   EXPECT_EQ( consumed< run_then_word >( "nhân dân 25 người" ), "nhân dân 25" );  // a count may begin at a digit
}

TEST( word_token, refuses_spaces_and_punctuation )
{
   EXPECT_EQ( consumed< g::word_token >( " bộ" ), std::nullopt );
   EXPECT_EQ( consumed< g::word_token >( ", bộ" ), std::nullopt );
}

TEST( token, prefers_structures_to_words_and_bytes )
{
   EXPECT_EQ( consumed< g::token >( "“mục tiêu kép” và" ), "“mục tiêu kép”" );
   EXPECT_EQ( consumed< g::token >( ", thứ nhất, cần" ), ", thứ nhất, " );
   EXPECT_EQ( consumed< g::token >( ". Thứ hai, cần" ), ". thứ hai, " );
   EXPECT_EQ( consumed< g::token >( ": làm A; làm B; làm C." ), ": làm a; làm b; làm c" );
   EXPECT_EQ( consumed< g::token >( "5 nhiệm vụ" ), "5 nhiệm vụ" );
   EXPECT_EQ( consumed< g::token >( "Bộ trưởng" ), "bộ" );
   EXPECT_EQ( consumed< g::token >( ", và" ), "," );
   EXPECT_EQ( consumed< g::token >( "  \tThứ hai, cần" ), "  \t" );  // blanks in one run, nothing tried there
}

TEST( no_entry_of, succeeds_where_no_entry_of_the_classes_begins )
{
   using verb_or_title = g::no_entry_of< g::word_class::verb, g::word_class::title >;
   using verb = g::no_entry_of< g::word_class::verb >;
   EXPECT_EQ( consumed< verb_or_title >( "tăng trưởng" ), "" );
   EXPECT_EQ( consumed< verb >( "Bộ trưởng" ), "" );  // a title, not a verb
   EXPECT_EQ( consumed< verb_or_title >( "Bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< verb_or_title >( "yêu cầu" ), std::nullopt );
   EXPECT_EQ( consumed< verb >( "đề nghị" ), std::nullopt );
}

// plain_words reads each word once (plain_word_run): it must take what the loop of plain_word and
// gaps takes, on words of every kind: plain, beginning a structure, digits, other scripts, marks.
TEST( plain_words, takes_what_the_loop_of_plain_word_takes )
{
   using loop = g::pg::plus< g::plain_word, g::pg::opt< g::gap > >;
   EXPECT_EQ( consumed< g::plain_words >( "ăn cơm rồi ngủ, hai" ), "ăn cơm rồi ngủ" );
   EXPECT_EQ( consumed< g::plain_words >( "ăn cơm  hai người" ), "ăn cơm  " );  // "hai" may count
   EXPECT_EQ( consumed< g::plain_words >( "Москва và" ), "москва " );           // word_chars reads other scripts
   EXPECT_EQ( consumed< g::plain_words >( "5 nhiệm vụ" ), std::nullopt );
   const std::vector< std::string > pieces = { "tăng", "trưởng", "Hà", "Nội", "hai", "và", "vào", "Bộ trưởng", "yêu cầu", "nói",
                                               "cho", "5", "12", "0", "9", "×", "÷", "nói×2", "Москва", "ΐ", "😀", "。", "ß", "e\xCC\x81",
                                               "ạ", "ỹ", "ĐỒNG", "hải", "a\xE1\xBC\x80", "\xE1\x9A\x80", "\xC2\xA0", " ", " ", "\t",
                                               ",", ".", "“", "\n", "-" };
   std::mt19937 random( 5 );
   for( int round = 0; round < 20000; ++round ) {
      std::string text;
      for( int k = 0, n = 1 + static_cast< int >( random() % 10 ); k < n; ++k ) {
         text += pieces[ random() % pieces.size() ];
      }
      ASSERT_EQ( consumed< g::plain_words >( text ), consumed< loop >( text ) ) << text;
   }
   // Long runs of plain words, read sixteen bytes at a time (first_words::plain_run), with now and
   // then a piece that ends the run or a long word that the sixteen bytes do not hold.
   const std::vector< std::string > plain = { "tăng", "trưởng", "Hà", "Nội", "kinh", "tế", "xã", "hội", "ạ", "ỹ", "ĐỒNG", "hải",
                                              "vào", "2021", "0", "nghiêngnghiêngnghiêng", "Москва", "ß" };
   const std::vector< std::string > blanks = { " ", " ", " ", "  ", "\t", " \t " };
   for( int round = 0; round < 20000; ++round ) {
      std::string text;
      for( int k = 0, n = 1 + static_cast< int >( random() % 40 ); k < n; ++k ) {
         text += random() % 16 == 0 ? pieces[ random() % pieces.size() ] : plain[ random() % plain.size() ];
         text += blanks[ random() % blanks.size() ];
      }
      ASSERT_EQ( consumed< g::plain_words >( text ), consumed< loop >( text ) ) << text;
   }
}

TEST( plain_word, takes_a_word_that_begins_nothing )
{
   EXPECT_EQ( consumed< g::plain_word >( "tăng trưởng" ), "tăng" );
   EXPECT_EQ( consumed< g::plain_word >( "Hà Nội" ), "hà" );
   EXPECT_EQ( consumed< g::plain_word >( "hai người" ), std::nullopt );  // may count: "hai nhiệm vụ"
   EXPECT_EQ( consumed< g::plain_word >( "5 nhiệm vụ" ), std::nullopt );
   EXPECT_EQ( consumed< g::plain_word >( "yêu cầu" ), std::nullopt );   // nominal_statement
   EXPECT_EQ( consumed< g::plain_word >( "Bộ trưởng" ), std::nullopt );  // person_mention
   EXPECT_EQ( consumed< g::plain_word >( "và hai là" ), std::nullopt );  // conjoined_point
   EXPECT_EQ( consumed< g::plain_word >( "vào" ), "vào" );               // "và" as a whole word only
   EXPECT_EQ( consumed< g::plain_word >( "hải quan" ), "hải" );         // "hai" as a whole word only
   EXPECT_EQ( consumed< g::plain_word >( "nói😀" ), std::nullopt );     // a speech verb before an emoji
   for( const std::string_view number : g::count_words::spellings ) {
      EXPECT_EQ( consumed< g::plain_word >( std::string( number ) + " nhiệm vụ" ), std::nullopt ) << number;
   }
}

// plain_words is what word_token and gap would read, so it must stop before each word that may begin a
// structure: the structure is then tried there.
TEST( plain_words, reads_words_and_blanks_up_to_a_word_that_may_begin_something )
{
   EXPECT_EQ( consumed< g::plain_words >( "kinh tế xã hội, hai là" ), "kinh tế xã hội" );
   EXPECT_EQ( consumed< g::plain_words >( "tăng trưởng" ), "tăng " );  // "trưởng" may begin a title ("Trưởng ban")
   EXPECT_EQ( consumed< g::plain_words >( "nhân dân yêu cầu" ), "nhân dân " );
   EXPECT_EQ( consumed< g::plain_words >( "kinh tế và xã hội" ), "kinh tế " );
   EXPECT_EQ( consumed< g::plain_words >( "gồm 5 nhiệm vụ" ), "gồm " );
   EXPECT_EQ( consumed< g::plain_words >( "có ba nội dung" ), "có " );
   EXPECT_EQ( consumed< g::plain_words >( "gặp Thủ tướng Phạm Minh Chính" ), "gặp " );
   EXPECT_EQ( consumed< g::plain_words >( "Bộ trưởng nói" ), std::nullopt );
   EXPECT_EQ( consumed< g::plain_words >( ", tăng" ), std::nullopt );
   EXPECT_EQ( consumed< g::word_start_token >( "gồm 5 nhiệm vụ" ), "gồm " );
   EXPECT_EQ( consumed< g::token >( "gồm 5 nhiệm vụ" ), "gồm " );
}

TEST( word_start_token, takes_counts_statements_mentions_and_words )
{
   EXPECT_EQ( consumed< g::word_start_token >( "5 nhiệm vụ" ), "5 nhiệm vụ" );
   EXPECT_EQ( consumed< g::word_start_token >( "Bộ trưởng" ), "bộ" );
   EXPECT_EQ( consumed< g::word_start_token >( "và hai là, cần" ), "và hai là, " );
   EXPECT_EQ( consumed< g::word_start_token >( ", thứ nhất" ), std::nullopt );
}

TEST( mark_start_token, takes_what_begins_with_a_mark )
{
   EXPECT_EQ( consumed< g::mark_start_token >( "“mục tiêu kép” và" ), "“mục tiêu kép”" );
   EXPECT_EQ( consumed< g::mark_start_token >( ", thứ nhất, cần" ), ", thứ nhất, " );
   EXPECT_EQ( consumed< g::mark_start_token >( ", và" ), "," );
   EXPECT_EQ( consumed< g::mark_start_token >( "\nThứ hai" ), std::nullopt );
}

TEST( token, refuses_a_line_feed_and_the_end )
{
   EXPECT_EQ( consumed< g::token >( "\nThứ hai" ), std::nullopt );
   EXPECT_EQ( consumed< g::token >( "" ), std::nullopt );
}

TEST( empty_line, takes_blanks_and_the_line_feed )
{
   EXPECT_EQ( consumed< g::empty_line >( "\nThứ hai" ), "\n" );
   EXPECT_EQ( consumed< g::empty_line >( "   \nThứ hai" ), "   \n" );
}

TEST( empty_line, refuses_text_and_a_missing_line_feed )
{
   EXPECT_EQ( consumed< g::empty_line >( "  a\n" ), std::nullopt );
   EXPECT_EQ( consumed< g::empty_line >( "   " ), std::nullopt );
}

TEST( paragraph, runs_to_and_takes_its_line_end )
{
   EXPECT_EQ( consumed< g::paragraph >( "Thứ nhất, tổ chức.\nThứ hai" ), "thứ nhất, tổ chức.\n" );
   EXPECT_EQ( consumed< g::paragraph >( "Bộ trưởng nói" ), "bộ trưởng nói" );
}

TEST( opened_paragraph, takes_a_line_that_opens_with_a_point )
{
   EXPECT_EQ( consumed< g::opened_paragraph >( "Thứ nhất, tổ chức.\nThứ hai" ), "thứ nhất, tổ chức.\n" );
   EXPECT_EQ( consumed< g::opened_paragraph >( "Thứ hai, tăng 5% (Nguồn: TCTK)" ), "thứ hai, tăng 5% (nguồn: tctk)" );
   EXPECT_EQ( consumed< g::opened_paragraph >( "Bộ trưởng nói" ), std::nullopt );
   EXPECT_EQ( consumed< g::opened_paragraph >( "Thứ trưởng nói" ), std::nullopt );
}

TEST( plain_paragraph, takes_a_line_without_a_point_at_its_start )
{
   EXPECT_EQ( consumed< g::plain_paragraph >( "Bộ trưởng nói\nThứ hai" ), "bộ trưởng nói\n" );
   EXPECT_EQ( consumed< g::plain_paragraph >( "Xin chào." ), "xin chào." );
   EXPECT_EQ( consumed< g::plain_paragraph >( "\nThứ hai" ), std::nullopt );
}

TEST( paragraph, refuses_an_empty_line_and_the_end )
{
   EXPECT_EQ( consumed< g::paragraph >( "\nThứ hai" ), std::nullopt );
   EXPECT_EQ( consumed< g::paragraph >( "" ), std::nullopt );
}

TEST( line, takes_one_line_of_any_kind )
{
   EXPECT_EQ( consumed< g::line >( "\nThứ hai" ), "\n" );
   EXPECT_EQ( consumed< g::line >( "   Thứ nhất, a\nb" ), "   thứ nhất, a\n" );
   EXPECT_EQ( consumed< g::line >( "Ảnh: TTXVN\nb" ), "ảnh: ttxvn\n" );
   EXPECT_EQ( consumed< g::line >( "Đọc thêm\nA\nB" ), "đọc thêm\na\nb" );
   // A point is never page furniture, although it ends with a credit.
   EXPECT_EQ( consumed< g::line >( "Thứ hai, tăng 5% (Nguồn: TCTK)\nb" ), "thứ hai, tăng 5% (nguồn: tctk)\n" );
}

TEST( line, refuses_trailing_blanks_and_the_end )
{
   EXPECT_EQ( consumed< g::line >( "   " ), std::nullopt );
   EXPECT_EQ( consumed< g::line >( "" ), std::nullopt );
}

TEST( document, consumes_every_input_to_its_end )
{
   EXPECT_EQ( consumed< g::document >( "Thứ nhất, a.\n\nThứ hai, b.\n   " ), "thứ nhất, a.\n\nthứ hai, b.\n   " );
   EXPECT_EQ( consumed< g::document >( "" ), "" );
}

// Findings of the grammar map (docs/grammar.md), now rules.
TEST( thu_marker, refuses_twentieth_and_beyond )
{
   EXPECT_EQ( consumed< g::thu_marker >( "Thứ hai mươi, cần" ), std::nullopt );
}

TEST( marker_punctuation, takes_an_em_dash )
{
   EXPECT_EQ( consumed< g::thu_point >( "Thứ nhất — cần" ), "thứ nhất — " );
}

TEST( sentence_end, takes_an_ellipsis )
{
   EXPECT_EQ( consumed< g::sentence_end >( "… Sau" ), "…" );
}

TEST( counted_noun, refuses_viec_lam )
{
   EXPECT_EQ( consumed< g::announced_count >( "3 việc làm" ), std::nullopt );
   EXPECT_EQ( consumed< g::announced_count >( "3 việc cần làm" ), "3 việc" );
}

namespace {

TEST( quoted_run, stops_where_a_point_or_the_closing_mark_may_begin )
{
   EXPECT_EQ( consumed< g::quoted_run >( "giá cao. Một" ), "giá cao" );
   EXPECT_EQ( consumed< g::quoted_run >( "giá cao” của" ), "giá cao" );
   EXPECT_EQ( consumed< g::quoted_run >( "giá và vốn" ), "giá " );  // "và" may join the next point
   EXPECT_EQ( consumed< g::quoted_run >( ", thứ nhất" ), std::nullopt );
   EXPECT_EQ( consumed< g::quoted_run >( "”" ), std::nullopt );
}

}  // namespace

namespace {

TEST( stop_letter_point, takes_a_letter_in_parentheses_after_a_stop_or_a_semicolon )
{
   EXPECT_EQ( consumed< g::stop_letter_point >( ". b) Vốn" ), ". b) " );
   EXPECT_EQ( consumed< g::stop_letter_point >( "; (c) Đất" ), "; (c) " );
   EXPECT_EQ( consumed< g::stop_letter_point >( ". b. Vốn" ), std::nullopt );  // "b." inside a paragraph: an initial
   EXPECT_EQ( consumed< g::stop_letter_point >( ", b) Vốn" ), std::nullopt );
}

}  // namespace
