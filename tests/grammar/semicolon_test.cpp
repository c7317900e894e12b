#include <gtest/gtest.h>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

TEST( semicolon_list, takes_points_to_the_end_of_the_sentence )
{
   EXPECT_EQ( consumed< g::semicolon_list >( ": Tổ chức A; Tiếp tục B; Đẩy mạnh C. Theo dõi" ), ": tổ chức a; tiếp tục b; đẩy mạnh c" );
   EXPECT_EQ( consumed< g::semicolon_list >( ": A; B" ), ": a; b" );
}

TEST( semicolon_list, keeps_semicolons_inside_quotations_in_their_point )
{
   EXPECT_EQ( consumed< g::semicolon_list >( ": A “x; y” B; C." ), ": a “x; y” b; c" );
}

TEST( semicolon_list, refuses_a_single_point_and_a_quoted_title )
{
   EXPECT_EQ( consumed< g::semicolon_list >( ": chỉ một ý. Sau đó; khác" ), std::nullopt );
   EXPECT_EQ( consumed< g::semicolon_list >( ": “Xây dựng nền ngoại giao toàn diện, hiện đại; thực hiện thắng lợi”" ),
              std::nullopt );
}
