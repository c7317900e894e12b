// SPDX-License-Identifier: MIT
// Parses a sentence with two points through the installed library; exits 0 when both are found.
#include <chidao/parse.hpp>
#include <chidao/version.hpp>
#include <chidao/write.hpp>

#include <iostream>

int main()
{
   const chidao::document doc = chidao::parse( "Bộ trưởng đề nghị, thứ nhất, cần A; thứ hai, cần B.", "consumer" );
   std::cout << "chidao " << chidao::version() << ": " << chidao::to_json( doc ) << '\n';
   const auto* st = doc.nodes.empty() ? nullptr : std::get_if< chidao::statement >( &doc.nodes[ 0 ] );
   const auto* list = st && !st->children.empty() ? std::get_if< chidao::list >( &st->children[ 0 ] ) : nullptr;
   return list && list->items.size() == 2 ? 0 : 1;
}
