// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

TEST( quotation, runs_to_its_closing_mark )
{
   EXPECT_EQ( consumed< g::quotation >( "“mục tiêu kép” và" ), "“mục tiêu kép”" );
   EXPECT_EQ( consumed< g::quotation >( "\"mục tiêu kép\" và" ), "\"mục tiêu kép\"" );
   EXPECT_EQ( consumed< g::quotation >( "«a» b" ), "«a»" );
   EXPECT_EQ( consumed< g::quotation >( "‘a’ b" ), "‘a’" );
}

TEST( quotation, an_unclosed_one_ends_with_its_line )
{
   EXPECT_EQ( consumed< g::quotation >( "“không đóng\nThứ hai, x" ), "“không đóng" );
}

TEST( quotation, refuses_text_that_is_not_quoted )
{
   EXPECT_EQ( consumed< g::quotation >( "mục tiêu" ), std::nullopt );
   EXPECT_EQ( consumed< g::quotation >( "”đóng" ), std::nullopt );
}
