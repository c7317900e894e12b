#include "chidao/write.hpp"

#include <gtest/gtest.h>

#include "chidao/parse.hpp"

TEST( to_json, writes_the_contract_keys_in_order )
{
   const auto doc = chidao::parse( "Thứ nhất, A.\nThứ hai, B.", "x.txt" );
   EXPECT_EQ( chidao::to_json( doc ),
              R"({"chidao":1,"source":"x.txt","nodes":[{"kind":"list","style":"thu","announced":null,"span":[0,30],)"
              R"("items":[{"kind":"item","ordinal":1,"marker":"Thứ nhất","span":[0,16],"text":"A.","children":[]},)"
              R"({"kind":"item","ordinal":2,"marker":"Thứ hai","span":[17,30],"text":"B.","children":[]}]}],"speakers":[],"unresolved":[],)"
              R"("warnings":[]})" );
}

TEST( to_json, writes_a_rejected_input_as_an_error_document )
{
   try {
      (void)chidao::parse( "a\n\xFF", "bad.txt" );
      FAIL();
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( chidao::to_json( e ),
                 R"({"chidao":1,"source":"bad.txt","error":{"code":"invalid_utf8","message":"invalid UTF-8: byte sequence 0xFF is not a character","line":2,"column":1,"byte":2}})" );
   }
}
