// SPDX-License-Identifier: MIT
// The rows of --format tsv/csv and chidao.frames(): what each column takes from the tree, and escaping.
#include <gtest/gtest.h>

#include <string>

#include "chidao/write.hpp"

namespace {

// "Bộ trưởng An đề nghị các bộ: 1. A<TAB>x  2. "B", c<LF>d" with a list nested in point 2, and a list of
// nobody's at the top.
chidao::document sample()
{
   chidao::item nested_first{ 1, "a)", { 40, 45 }, "sub", "sub", { 43, 45 }, {} };
   chidao::item nested_second{ 2, "b)", { 46, 51 }, "sub\n2", "sub\n2", { 49, 51 }, {} };
   chidao::list nested{ chidao::list_style::letter, std::nullopt, { 40, 51 }, { nested_first, nested_second }, "S1",
                        chidao::attribution::same_sentence };
   chidao::item first{ 1, "1.", { 20, 26 }, "A\tx", "A\tx", { 23, 26 }, {} };
   chidao::item second{ 2, "2.", { 27, 51 }, "\"B\", c\nd\\", "\"B\", c\nd\\", { 30, 39 }, { nested } };
   chidao::list spoken{ chidao::list_style::numeric, 2u, { 20, 51 }, { first, second }, "S1", chidao::attribution::announced };
   chidao::statement st{ chidao::statement_form::speaker_first, "S1", "Bộ trưởng An", "đề nghị", chidao::speech_act::directive,
                         "các bộ", chidao::attribution::same_sentence, { 0, 51 }, "Bộ trưởng An đề nghị các bộ:", { spoken } };
   chidao::item alone_first{ 1, "-", { 60, 63 }, "x", "x", { 62, 63 }, {} };
   chidao::item alone_second{ 2, "-", { 64, 67 }, "y", "y", { 66, 67 }, {} };
   chidao::list alone{ chidao::list_style::bullet, std::nullopt, { 60, 67 }, { alone_first, alone_second }, std::nullopt, std::nullopt };
   chidao::document doc;
   doc.source = "a.txt";
   doc.nodes = { st, alone };
   doc.speakers.push_back( { chidao::speaker::kind_t::person, "S1", "Nguyễn Văn An", { "Bộ trưởng", "Ủy viên Bộ Chính trị, Phó Thủ tướng" },
                             { { "Bộ trưởng An", { 0, 15 }, true } } } );
   return doc;
}

}  // namespace

TEST( table, points_header_names_the_columns_in_order )
{
   EXPECT_EQ( chidao::table_header( chidao::table_kind::points, chidao::table_format::tsv ),
              "document\tlist\tdepth\tstyle\tordinal\tmarker\ttext\tspeaker\tspeaker_name\tspeaker_kind\tattribution\t"
              "verb\tact\taddressee\tstart\tend\n" );
   EXPECT_EQ( chidao::table_header( chidao::table_kind::points, chidao::table_format::csv ).substr( 0, 20 ), "document,list,depth," );
}

TEST( table, a_point_row_takes_its_speaker_and_the_statement_above_its_list )
{
   const std::string rows = chidao::to_table( sample(), chidao::table_kind::points, chidao::table_format::tsv );
   EXPECT_EQ( rows,
              "a.txt\t1\t0\tnumeric\t1\t1.\tA\\tx\tS1\tNguyễn Văn An\tperson\tannounced\tđề nghị\tdirective\tcác bộ\t20\t26\n"
              "a.txt\t1\t0\tnumeric\t2\t2.\t\"B\", c\\nd\\\\\tS1\tNguyễn Văn An\tperson\tannounced\tđề nghị\tdirective\tcác bộ\t27\t51\n"
              "a.txt\t2\t1\tletter\t1\ta)\tsub\tS1\tNguyễn Văn An\tperson\tsame_sentence\tđề nghị\tdirective\tcác bộ\t40\t45\n"
              "a.txt\t2\t1\tletter\t2\tb)\tsub\\n2\tS1\tNguyễn Văn An\tperson\tsame_sentence\tđề nghị\tdirective\tcác bộ\t46\t51\n"
              "a.txt\t3\t0\tbullet\t1\t-\tx\t\t\t\t\t\t\t\t60\t63\n"
              "a.txt\t3\t0\tbullet\t2\t-\ty\t\t\t\t\t\t\t\t64\t67\n" );
}

TEST( table, csv_quotes_only_the_cells_that_need_it )
{
   const std::string rows = chidao::to_table( sample(), chidao::table_kind::points, chidao::table_format::csv );
   EXPECT_NE( rows.find( "a.txt,1,0,numeric,1,1.,A\tx,S1," ), std::string::npos ) << rows;
   EXPECT_NE( rows.find( ",2.,\"\"\"B\"\", c\nd\\\",S1," ), std::string::npos ) << rows;
   EXPECT_NE( rows.find( ",b),\"sub\n2\",S1," ), std::string::npos ) << rows;  // a line end alone is quoted too
   EXPECT_NE( rows.find( "a.txt,3,0,bullet,2,-,y,,,,,,,,64,67\n" ), std::string::npos ) << rows;
}

TEST( table, statements_and_speakers )
{
   EXPECT_EQ( chidao::to_table( sample(), chidao::table_kind::statements, chidao::table_format::tsv ),
              "a.txt\t1\tspeaker_first\tS1\tNguyễn Văn An\tperson\tBộ trưởng An\tđề nghị\tdirective\tcác bộ\tsame_sentence\t1\t"
              "Bộ trưởng An đề nghị các bộ:\t0\t51\n" );
   EXPECT_EQ( chidao::to_table( sample(), chidao::table_kind::speakers, chidao::table_format::csv ),
              "a.txt,S1,Nguyễn Văn An,nguyễn văn an,person,\"Bộ trưởng | Ủy viên Bộ Chính trị, Phó Thủ tướng\",1,1,2\n" );
}

TEST( table, a_document_without_points_has_no_rows )
{
   chidao::document doc;
   doc.source = "empty.txt";
   EXPECT_EQ( chidao::to_table( doc, chidao::table_kind::points, chidao::table_format::tsv ), "" );
}
