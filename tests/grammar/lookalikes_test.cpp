// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

TEST( weekday_date, takes_weekdays_with_their_dates )
{
   EXPECT_EQ( consumed< g::weekday_date >( "Thứ Ba, ngày 18/2/2025" ), "thứ ba, ngày 1" );
   EXPECT_EQ( consumed< g::weekday_date >( "thứ Sáu (23/8)" ), "thứ sáu (2" );
   EXPECT_EQ( consumed< g::weekday_date >( "Thứ Năm 23/8" ), "thứ năm 23/8" );
   EXPECT_EQ( consumed< g::weekday_date >( "thứ Hai tuần tới" ), "thứ hai tuần" );
   EXPECT_EQ( consumed< g::weekday_date >( "thứ Bảy vừa qua" ), "thứ bảy vừa qua" );
   EXPECT_EQ( consumed< g::weekday_date >( "thứ Hai đến thứ Sáu" ), "thứ hai đến thứ" );
}

TEST( weekday_date, leaves_ordinal_points_alone )
{
   EXPECT_EQ( consumed< g::weekday_date >( "Thứ hai, xác định phục vụ" ), std::nullopt );
   EXPECT_EQ( consumed< g::weekday_date >( "Thứ nhất, ngày càng" ), std::nullopt );  // no weekday is "nhất"
   EXPECT_EQ( consumed< g::weekday_date >( "Thứ ba, kết hợp" ), std::nullopt );
}

// Look-alikes that never stand where a marker can: they fail the opening of a paragraph.
TEST( paragraph_opening, refuses_every_lookalike )
{
   for( const char* text : { "lần thứ XIII", "lần thứ 31 và", "Thứ trưởng Ngoại giao Lê Thị Thu Hằng", "Thứ Ba, ngày 18/2/2025",
                             "thứ Sáu (23/8)", "vào thứ Năm", "ngày làm việc thứ sáu", "đứng thứ 25/63 tỉnh",
                             "Năm 2020, Việt Nam", "Một năm 2023 thành công", "Một trong những mặt trận", "một số nước",
                             "“Thứ nhất”" } ) {
      EXPECT_EQ( consumed< g::paragraph_opening >( text ), std::nullopt ) << text;
   }
}

// Inside a sentence only "…, thứ nhất, …" opens a point; "vào thứ Năm" and "lần thứ hai" do not.
TEST( inline_point, refuses_ordinals_not_after_a_clause_separator )
{
   EXPECT_EQ( consumed< g::inline_point >( ", thứ Năm (23/8), đoàn" ), std::nullopt );
   EXPECT_EQ( consumed< g::inline_point >( " vào thứ Năm, đoàn" ), std::nullopt );
   EXPECT_EQ( consumed< g::inline_point >( ", lần thứ hai, " ), std::nullopt );
   EXPECT_EQ( consumed< g::inline_point >( ", thứ nhất, cần" ), ", thứ nhất, " );
}

// Regressions found by the rule-by-rule tests (issue 3): "ngày càng" (increasingly) and shares are no
// dates, so the ordinal before them opens a point.
TEST( weekday_date, refuses_ngay_cang_and_shares )
{
   EXPECT_EQ( consumed< g::weekday_date >( "Thứ hai, ngày càng nhiều doanh nghiệp" ), std::nullopt );
   EXPECT_EQ( consumed< g::weekday_date >( "Thứ hai, 20-30% doanh nghiệp" ), std::nullopt );
   EXPECT_EQ( consumed< g::thu_point >( "Thứ hai, ngày càng nhiều doanh nghiệp" ), "thứ hai, " );
   EXPECT_EQ( consumed< g::inline_point >( ", thứ hai, ngày càng nhiều" ), ", thứ hai, " );
}
