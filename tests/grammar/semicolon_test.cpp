// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

TEST( semicolon_list, takes_three_points_or_more_to_the_end_of_the_sentence )
{
   EXPECT_EQ( consumed< g::semicolon_list >( ": Tổ chức triển khai; Tiếp tục đưa quan hệ; Đẩy mạnh chỉ đạo. Theo dõi sát" ),
              ": tổ chức triển khai; tiếp tục đưa quan hệ; đẩy mạnh chỉ đạo" );
   EXPECT_EQ( consumed< g::semicolon_list >( ": thủ môn Quang Huy; hậu vệ Hải Lâm; tiền đạo Văn Quyến" ),
              ": thủ môn quang huy; hậu vệ hải lâm; tiền đạo văn quyến" );
}

TEST( semicolon_list, keeps_semicolons_inside_quotations_and_entities_in_their_point )
{
   EXPECT_EQ( consumed< g::semicolon_list >( ": tham luận “x; y” của Bộ; ý kiến khác; ý kiến cuối." ),
              ": tham luận “x; y” của bộ; ý kiến khác; ý kiến cuối" );
   EXPECT_EQ( consumed< g::semicolon_list >( ": có thể &gt; chữa nhanh; hai từ; ba từ nữa" ), ": có thể &gt; chữa nhanh; hai từ; ba từ nữa" );
}

TEST( semicolon_list, refuses_two_points_one_word_points_and_a_quoted_title )
{
   EXPECT_EQ( consumed< g::semicolon_list >( ": phạt tiền; và nếu phạm vào lỗi" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_list >( ": 28,3% mắc bệnh; 28 trường hợp; 1.830" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_list >( ": chỉ một ý. Sau đó; khác; nữa" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_list >( ": “Xây dựng nền ngoại giao toàn diện, hiện đại; thực hiện thắng lợi; x y”" ),
              std::nullopt );
}
