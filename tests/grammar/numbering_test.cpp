// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

TEST( numeric_point, takes_the_four_forms )
{
   EXPECT_EQ( consumed< g::numeric_point >( "1. Đổi mới" ), "1. " );
   EXPECT_EQ( consumed< g::numeric_point >( "2) Tăng cường" ), "2) " );
   EXPECT_EQ( consumed< g::numeric_point >( "(3) Phối hợp" ), "(3) " );
   EXPECT_EQ( consumed< g::numeric_point >( "12/ Tổ chức" ), "12/ " );
}

TEST( numeric_point, refuses_dates_times_and_amounts )
{
   EXPECT_EQ( consumed< g::numeric_point >( "18/12/2021 19:44" ), std::nullopt );
   EXPECT_EQ( consumed< g::numeric_point >( "10:08 | 13/12/2021" ), std::nullopt );
   EXPECT_EQ( consumed< g::numeric_point >( "1.000 người" ), std::nullopt );
   EXPECT_EQ( consumed< g::numeric_point >( "2021. Năm" ), std::nullopt );
   EXPECT_EQ( consumed< g::numeric_point >( "35 năm đổi mới" ), std::nullopt );
}

TEST( letter_point, takes_latin_and_vietnamese_letters )
{
   EXPECT_EQ( consumed< g::letter_point >( "a) Về chính trị" ), "a) " );
   EXPECT_EQ( consumed< g::letter_point >( "b. Về kinh tế" ), "b. " );
   EXPECT_EQ( consumed< g::letter_point >( "đ) Về văn hóa" ), "đ) " );
   EXPECT_EQ( consumed< g::letter_point >( "(c) Về xã hội" ), "(c) " );
}

TEST( letter_point, refuses_words_and_letters_without_a_space )
{
   EXPECT_EQ( consumed< g::letter_point >( "ab) x" ), std::nullopt );
   EXPECT_EQ( consumed< g::letter_point >( "a)b" ), std::nullopt );
   EXPECT_EQ( consumed< g::letter_point >( "Anh Tuấn" ), std::nullopt );
}

TEST( roman_point, takes_roman_numerals )
{
   EXPECT_EQ( consumed< g::roman_point >( "I. Tình hình" ), "i. " );
   EXPECT_EQ( consumed< g::roman_point >( "IV. Nhiệm vụ" ), "iv. " );
   EXPECT_EQ( consumed< g::roman_point >( "XII) Kết luận" ), "xii) " );
}

TEST( roman_point, refuses_roman_numerals_inside_prose )
{
   EXPECT_EQ( consumed< g::roman_point >( "XIII của Đảng" ), std::nullopt );
   EXPECT_EQ( consumed< g::roman_point >( "Việt Nam" ), std::nullopt );
}

TEST( bullet_point, takes_bullets_followed_by_content )
{
   EXPECT_EQ( consumed< g::bullet_point >( "- Tổ chức" ), "- " );
   EXPECT_EQ( consumed< g::bullet_point >( "– Tiếp tục" ), "– " );
   EXPECT_EQ( consumed< g::bullet_point >( "• Đẩy mạnh" ), "• " );
   EXPECT_EQ( consumed< g::bullet_point >( "+ Phối hợp" ), "+ " );
   EXPECT_EQ( consumed< g::bullet_point >( "* Chiều cùng ngày" ), "* " );
}

TEST( bullet_point, refuses_empty_bullets_and_signed_numbers )
{
   EXPECT_EQ( consumed< g::bullet_point >( "-" ), std::nullopt );
   EXPECT_EQ( consumed< g::bullet_point >( "-   \nHeadline" ), std::nullopt );
   EXPECT_EQ( consumed< g::bullet_point >( "-5% so với" ), std::nullopt );
}
