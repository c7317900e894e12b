// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

TEST( credit_line, takes_credit_lines )
{
   EXPECT_EQ( consumed< g::credit_line >( "Ảnh: Nguyễn Hồng\nNext" ), "ảnh: nguyễn hồng\n" );
   EXPECT_EQ( consumed< g::credit_line >( "Đồ họa: Hồng Anh" ), "đồ họa: hồng anh" );
   EXPECT_EQ( consumed< g::credit_line >( "Đồ hoạ: Hồng Anh" ), "đồ họa: hồng anh" );
   EXPECT_EQ( consumed< g::credit_line >( "Ảnh minh họa: TTXVN" ), "ảnh minh họa: ttxvn" );
}

TEST( credit_line, refuses_prose_that_starts_with_the_same_words )
{
   EXPECT_EQ( consumed< g::credit_line >( "Ảnh hưởng của dịch bệnh" ), std::nullopt );
   EXPECT_EQ( consumed< g::credit_line >( "Nguồn lực bên ngoài" ), std::nullopt );
}

TEST( captioned_line, takes_captions_ending_with_a_credit )
{
   EXPECT_TRUE( consumed< g::captioned_line >( "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn. Ảnh: Lâm Khánh/TTXVN" ) );
   EXPECT_TRUE( consumed< g::captioned_line >( "Ngoại giao tranh thủ môi trường quốc tế thuận lợi. (Nguồn: AFP)" ) );
   EXPECT_TRUE( consumed< g::captioned_line >( "đối ngoại địa phương (Ảnh: Tuấn Anh/TG&VN) |" ) );
}

TEST( line_has, looks_for_a_byte_up_to_the_line_end )
{
   using colon_ahead = g::line_has< ':' >;
   EXPECT_EQ( consumed< colon_ahead >( "Lâm Khánh. Ảnh: TTXVN" ), "" );
   EXPECT_EQ( consumed< colon_ahead >( ":" ), "" );
   EXPECT_EQ( consumed< colon_ahead >( "Bộ trưởng phát biểu. Ảnh Lâm Khánh" ), std::nullopt );
   EXPECT_EQ( consumed< colon_ahead >( "Hà Nội\nẢnh: TTXVN" ), std::nullopt );  // on the next line
   EXPECT_EQ( consumed< colon_ahead >( "" ), std::nullopt );
   // A caption without its colon is no caption, with or without the look ahead.
   EXPECT_EQ( consumed< g::captioned_line >( "Bộ trưởng phát biểu. Ảnh Lâm Khánh" ), std::nullopt );
}

TEST( captioned_line, refuses_prose_citing_a_source_or_mentioning_images )
{
   EXPECT_EQ( consumed< g::captioned_line >( "GDP tăng 5% (Nguồn: Tổng cục Thống kê)." ), std::nullopt );
   EXPECT_EQ( consumed< g::captioned_line >( "Quảng bá hình ảnh: đất nước, con người" ), std::nullopt );
   EXPECT_EQ( consumed< g::captioned_line >( "(Nguồn: AFP) rồi tiếp tục" ), std::nullopt );
}

TEST( caption_label_line, takes_the_label_alone )
{
   EXPECT_EQ( consumed< g::caption_label_line >( "Chú thích ảnh\nBộ trưởng" ), "chú thích ảnh\n" );
   EXPECT_EQ( consumed< g::caption_label_line >( "Chú thích ảnh cho bài" ), std::nullopt );
}

TEST( image_line, takes_image_markup )
{
   EXPECT_EQ( consumed< g::image_line >( "![]() |\nx" ), "![]() |\n" );
   EXPECT_EQ( consumed< g::image_line >( "!Quan trọng" ), std::nullopt );
}

TEST( related_section, runs_from_its_heading_to_the_end )
{
   EXPECT_EQ( consumed< g::related_section >( "Đọc thêm\nBài khác\nThứ nhất, x" ), "đọc thêm\nbài khác\nthứ nhất, x" );
   EXPECT_TRUE( consumed< g::related_section >( "(0) Bình luận\nNổi bật" ) );
   EXPECT_TRUE( consumed< g::related_section >( "BÌNH LUẬN" ) );
}

TEST( related_section, refuses_a_heading_word_that_starts_prose )
{
   EXPECT_EQ( consumed< g::related_section >( "Chia sẻ kinh nghiệm với các địa phương" ), std::nullopt );
   EXPECT_EQ( consumed< g::related_section >( "Nổi bật là, giữ vững môi trường" ), std::nullopt );
}

// A share widget is one line: pages put it above the article as often as below.
TEST( share_line, takes_the_share_widget_line_only )
{
   EXPECT_EQ( consumed< g::share_line >( "Chia sẻ:\nThứ nhất, x" ), "chia sẻ:\n" );
   EXPECT_EQ( consumed< g::share_line >( "Chia sẻ: Facebook Zalo\n" ), "chia sẻ: facebook zalo\n" );
   EXPECT_EQ( consumed< g::share_line >( "Chia sẻ kinh nghiệm với các địa phương" ), std::nullopt );
   EXPECT_EQ( consumed< g::related_section >( "Chia sẻ:\nThứ nhất, x" ), std::nullopt );
}
