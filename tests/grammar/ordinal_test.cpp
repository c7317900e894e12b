// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

TEST( thu_marker, takes_thu_and_the_ordinal_word )
{
   EXPECT_EQ( consumed< g::thu_marker >( "Thứ nhất, cần" ), "thứ nhất" );
   EXPECT_EQ( consumed< g::thu_marker >( "THỨ TƯ: tăng cường" ), "thứ tư" );
   EXPECT_EQ( consumed< g::thu_marker >( "Thứ mười một, …" ), "thứ mười một" );
   EXPECT_EQ( consumed< g::thu_marker >( "Thứ mười lăm" ), "thứ mười lăm" );
   EXPECT_EQ( consumed< g::thu_marker >( "Thứ 3 là vốn" ), "thứ 3" );
}

TEST( thu_marker, refuses_titles_and_numbers_in_digits_or_roman )
{
   EXPECT_EQ( consumed< g::thu_marker >( "Thứ trưởng Ngoại giao" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_marker >( "thứ XIII" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_marker >( "thứ 31" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_marker >( "thứ 2.5" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_marker >( "Thứ 2, ngày 18/2" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_marker >( "thức nhất" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_marker >( "thứ nhấtđịnh" ), std::nullopt );
}

TEST( thu_point, takes_punctuation_copula_and_spaces_after_the_marker )
{
   EXPECT_EQ( consumed< g::thu_point >( "Thứ nhất, tổ chức" ), "thứ nhất, " );
   EXPECT_EQ( consumed< g::thu_point >( "Thứ hai là, cần" ), "thứ hai là, " );
   EXPECT_EQ( consumed< g::thu_point >( "Thứ ba: kết hợp" ), "thứ ba: " );
   EXPECT_EQ( consumed< g::thu_point >( "Thứ tư tăng cường" ), "thứ tư " );
   EXPECT_EQ( consumed< g::thu_point >( "Thứ năm" ), "thứ năm" );
}

TEST( thu_point, refuses_weekday_dates )
{
   EXPECT_EQ( consumed< g::thu_point >( "Thứ Ba, ngày 18/2/2025, Thủ tướng" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_point >( "thứ Sáu (23/8), đoàn" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_point >( "Thứ Hai tuần tới" ), std::nullopt );
}

TEST( thu_inline_point, needs_punctuation_or_la_after_the_ordinal )
{
   EXPECT_EQ( consumed< g::thu_inline_point >( "thứ nhất, cần nhận thức" ), "thứ nhất, " );
   EXPECT_EQ( consumed< g::thu_inline_point >( "thứ hai là phải" ), "thứ hai là " );
   EXPECT_EQ( consumed< g::thu_inline_point >( "thứ hai Nhật Bản" ), std::nullopt );
}

TEST( la_marker, takes_the_number_and_la )
{
   EXPECT_EQ( consumed< g::la_marker >( "Một là, thông qua" ), "một là" );
   EXPECT_EQ( consumed< g::la_marker >( "Mười một là" ), "mười một là" );
   EXPECT_EQ( consumed< g::la_point >( "Một là nền ngoại giao" ), "một là " );
   EXPECT_EQ( consumed< g::la_point >( "Bốn là: chủ động" ), "bốn là: " );
}

TEST( la_marker, refuses_numbers_not_followed_by_la )
{
   EXPECT_EQ( consumed< g::la_marker >( "Một năm 2023 thành công" ), std::nullopt );
   EXPECT_EQ( consumed< g::la_marker >( "Một trong những mặt trận" ), std::nullopt );
   EXPECT_EQ( consumed< g::la_marker >( "một số nước" ), std::nullopt );
   EXPECT_EQ( consumed< g::la_marker >( "Năm 2020, Việt Nam" ), std::nullopt );
   EXPECT_EQ( consumed< g::la_marker >( "Một làng quê" ), std::nullopt );
}

TEST( closer_marker, takes_the_three_closers )
{
   EXPECT_EQ( consumed< g::closer_point >( "Cuối cùng, cần" ), "cuối cùng, " );
   EXPECT_EQ( consumed< g::closer_point >( "Sau cùng là nâng cao" ), "sau cùng là " );
   EXPECT_EQ( consumed< g::closer_point >( "Điều cuối cùng rất quan trọng" ), "điều cuối cùng " );
}

TEST( closer_marker, refuses_other_uses_of_cuoi )
{
   EXPECT_EQ( consumed< g::closer_point >( "Cuối năm 2021, Bộ" ), std::nullopt );
   EXPECT_EQ( consumed< g::closer_point >( "cuối cùngđã" ), std::nullopt );
}

TEST( closer_point, may_stand_alone_on_its_line )
{
   EXPECT_EQ( consumed< g::closer_point >( "Cuối cùng\nnâng cao năng lực" ), "cuối cùng" );
}

// "thứ ba, là …": the copula after the comma belongs to the marker too.
TEST( ordinal_copula, takes_la_after_the_comma )
{
   EXPECT_EQ( consumed< g::ordinal_copula >( ", là làm C" ), ", là" );
   EXPECT_EQ( consumed< g::thu_inline_point >( "thứ ba, là làm C" ), "thứ ba, là " );
}

TEST( opener_point, takes_truoc_het_with_its_punctuation_or_copula )
{
   EXPECT_EQ( consumed< g::opener_point >( "Trước hết, giá cao" ), "trước hết, " );
   EXPECT_EQ( consumed< g::opener_point >( "trước tiên là rà soát" ), "trước tiên là " );
   EXPECT_EQ( consumed< g::opener_point >( "Trước hết cần nói" ), std::nullopt );  // no punctuation: "first of all"
   EXPECT_EQ( consumed< g::opener_point >( "Trước khi họp," ), std::nullopt );
}
