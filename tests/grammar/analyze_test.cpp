// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/document.hpp"

// No rule can loop without consuming input, and every repetition makes progress.
TEST( grammar, has_no_loops_without_progress )
{
   EXPECT_EQ( tao::pegtl::analyze< chidao::grammar::document >( -1 ), 0u );
}
