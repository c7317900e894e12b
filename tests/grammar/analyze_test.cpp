// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>
#include <tao/pegtl/demangle.hpp>
#include <tao/pegtl/visit.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/document.hpp"

// No rule can loop without consuming input, and every repetition makes progress.
TEST( grammar, has_no_loops_without_progress )
{
   EXPECT_EQ( tao::pegtl::analyze< chidao::grammar::document >( -1 ), 0u );
}

namespace {

namespace pg = tao::pegtl;

// Each rule of a grammar with the rules it calls, by name.
using rule_graph = std::map< std::string_view, std::vector< std::string_view > >;

template< typename... Subs >
std::vector< std::string_view > names_of( pg::type_list< Subs... > /*unused*/ )
{
   return { pg::demangle< Subs >()... };
}

template< typename Rule >
struct add_rule {
   static void visit( rule_graph& graph ) { graph[ pg::demangle< Rule >() ] = names_of( typename Rule::subs_t() ); }
};

template< typename Grammar >
rule_graph graph_of()
{
   rule_graph graph;
   pg::visit< Grammar, add_rule >( graph );
   return graph;
}

// The deepest chain of rule calls from `rule`, or nothing when a rule can call itself (a cycle).
std::optional< std::size_t > depth_from( const rule_graph& graph, std::string_view rule, std::map< std::string_view, std::optional< std::size_t > >& memo,
                                         std::vector< std::string_view >& path )
{
   if( std::find( path.begin(), path.end(), rule ) != path.end() ) {
      return std::nullopt;
   }
   if( const auto known = memo.find( rule ); known != memo.end() ) {
      return known->second;
   }
   path.push_back( rule );
   std::optional< std::size_t > deepest = 1;
   for( const std::string_view sub : graph.at( rule ) ) {
      const auto below = depth_from( graph, sub, memo, path );
      if( !below ) {
         deepest = std::nullopt;
         break;
      }
      deepest = std::max( *deepest, 1 + *below );
   }
   path.pop_back();
   memo[ rule ] = deepest;
   return deepest;
}

template< typename Grammar >
std::optional< std::size_t > nesting_depth()
{
   const rule_graph graph = graph_of< Grammar >();
   std::map< std::string_view, std::optional< std::size_t > > memo;
   std::vector< std::string_view > path;
   return depth_from( graph, pg::demangle< Grammar >(), memo, path );
}

// A recursive toy grammar: balanced parentheses.
struct parenthesized;
struct inside : pg::star< parenthesized > {};
struct parenthesized : pg::seq< pg::one< '(' >, inside, pg::one< ')' > > {};

}  // namespace

// The parser runs without a depth guard (PEGTL's limit_depth cost 14% of the parse): that is safe only
// because no rule calls itself, so the stack depth is the grammar's, whatever the input.
TEST( grammar, is_not_recursive_so_its_depth_is_bounded )
{
   const auto depth = nesting_depth< chidao::grammar::document >();
   ASSERT_TRUE( depth.has_value() ) << "a rule of the grammar calls itself: restore a depth guard (pg::limit_depth) in src/parse/actions.hpp";
   EXPECT_GT( *depth, 10u );
   EXPECT_LT( *depth, 200u );
}

TEST( grammar, the_recursion_check_sees_a_recursive_grammar )
{
   EXPECT_FALSE( nesting_depth< parenthesized >().has_value() );
   using a_then_maybe_b = pg::seq< pg::one< 'a' >, pg::opt< pg::one< 'b' > > >;
   EXPECT_EQ( nesting_depth< a_then_maybe_b >(), 3u );
}
