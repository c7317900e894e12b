// SPDX-License-Identifier: MIT
#include "chidao/lexicon.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <random>

#include "grammar/words.hpp"

#include "chidao/error.hpp"
#include "chidao/parse.hpp"
#include "lexicon/tables.hpp"
#include "text/normalize.hpp"

namespace {

using chidao::detail::word_class;

std::string longest( const chidao::lexicon& l, word_class c, std::string_view text )
{
   const std::string n = chidao::detail::normalize_for_matching( text );
   return n.substr( 0, l.tables().of( c ).longest( n ).first );
}

chidao::error add_error( std::string_view text )
{
   chidao::lexicon l;
   try {
      l.add( text, "mine.lexicon" );
   }
   catch( const chidao::error& e ) {
      return e;
   }
   ADD_FAILURE() << "no error for: " << text;
   return chidao::error( chidao::errc::invalid_lexicon, {}, "" );
}

}  // namespace

TEST( lexicon, defaults_load_every_word_class )
{
   const chidao::lexicon l;
   for( std::size_t c = 0; c < chidao::grammar::lexicon_class_count; ++c ) {
      EXPECT_GT( l.tables().of( static_cast< word_class >( c ) ).size(), 0u ) << "class " << c;
   }
}

TEST( lexicon, takes_the_longest_whole_word_entry )
{
   const chidao::lexicon l;
   EXPECT_EQ( longest( l, word_class::title, "Phó Thủ tướng Thường trực" ), "phó thủ tướng" );
   EXPECT_EQ( longest( l, word_class::verb, "đánh giá cao các báo cáo" ), "đánh giá cao" );
   EXPECT_EQ( longest( l, word_class::verb, "đánh giá đúng" ), "đánh giá" );
   EXPECT_EQ( longest( l, word_class::title, "Bộ trưởngx" ), "" );
   EXPECT_EQ( longest( l, word_class::title, "Bộ  trưởng" ), "bộ  trưởng" );  // two spaces read as one
}

TEST( lexicon, entries_match_any_case_tone_placement_or_normalization_form )
{
   const chidao::lexicon l;
   EXPECT_EQ( longest( l, word_class::title, "UỶ VIÊN BỘ CHÍNH TRỊ" ), "ủy viên bộ chính trị" );
   EXPECT_EQ( longest( l, word_class::title, "Uỷ viên Bộ Chính trị" ), "ủy viên bộ chính trị" );
   EXPECT_EQ( longest( l, word_class::title, "Thu\xCC\x9B\xCC\x81 tru\xCC\x9Bo\xCC\x9B\xCC\x89ng" ), "thứ trưởng" );  // NFD
}

TEST( lexicon, a_user_file_adds_entries_without_recompiling )
{
   chidao::lexicon l;
   const std::size_t before = l.size();
   l.add( "# ours\n[title]\nTổng Giám đốc Xí nghiệp\n\n[verb directive]\nquán triệt sâu sắc\n", "ours.lexicon" );
   EXPECT_EQ( l.size(), before + 2 );
   EXPECT_EQ( longest( l, word_class::title, "Tổng Giám đốc Xí nghiệp Nguyễn Văn A" ), "tổng giám đốc xí nghiệp" );
   EXPECT_EQ( longest( chidao::lexicon(), word_class::title, "Tổng Giám đốc Xí nghiệp" ), "tổng giám đốc" );  // defaults untouched
}

// An entry given again in another section of its class takes the section given last, in one text and
// across texts: a user file can move a default verb to another speech act.
TEST( lexicon, an_entry_given_again_keeps_the_section_given_last )
{
   const auto value_of = []( const chidao::lexicon& l, std::string_view text ) {
      const std::string n = chidao::detail::normalize_for_matching( text );
      const auto [ length, value ] = l.tables().of( word_class::verb ).longest( n );
      EXPECT_EQ( length, n.size() ) << text;
      return value;
   };
   chidao::lexicon l;
   const std::uint32_t evaluative = value_of( l, "đánh giá cao" );
   const std::uint32_t directive = value_of( l, "yêu cầu" );
   ASSERT_NE( evaluative, directive );
   const std::size_t before = l.size();
   l.add( "[verb evaluative]\nyêu cầu\n", "moved.lexicon" );
   EXPECT_EQ( value_of( l, "yêu cầu" ), evaluative );
   EXPECT_EQ( l.size(), before );
   l.add( "[verb evaluative]\nchấm điểm\n[verb directive]\nchấm điểm\n[verb directive]\nxếp hạng\n[verb evaluative]\nxếp hạng\n",
          "twice.lexicon" );
   EXPECT_EQ( value_of( l, "chấm điểm" ), directive );
   EXPECT_EQ( value_of( l, "xếp hạng" ), evaluative );
   EXPECT_EQ( l.size(), before + 2 );
}

TEST( lexicon, a_malformed_file_is_an_error_naming_its_line )
{
   EXPECT_STREQ( add_error( "Bộ trưởng\n" ).what(), "mine.lexicon:1:1: entry 'Bộ trưởng' comes before any [section]" );
   EXPECT_EQ( add_error( "[title]\nBộ trưởng\n# x\n[titles]\n" ).where().line, 4u );
   EXPECT_EQ( add_error( "[title\nx\n" ).message(), "section header '[title' lacks its closing ']'" );
   EXPECT_EQ( add_error( "[reference]\nx\n" ).code(), chidao::errc::invalid_lexicon );
   EXPECT_EQ( add_error( "[title]\nB\xC3\x28 trưởng\n" ).where().line, 2u );  // invalid UTF-8
}

TEST( lexicon, nothing_is_added_when_a_file_fails )
{
   chidao::lexicon l;
   const std::size_t before = l.size();
   EXPECT_THROW( l.add( "[title]\nTổng Giám đốc Xí nghiệp\n[bogus]\n", "bad.lexicon" ), chidao::error );
   EXPECT_EQ( l.size(), before );
}

TEST( lexicon, a_missing_file_is_an_io_error )
{
   chidao::lexicon l;
   try {
      l.load( "/nonexistent/chidao.lexicon" );
      FAIL();
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( e.code(), chidao::errc::io_failure );
   }
}

TEST( lexicon, the_parser_uses_the_lexicon_it_is_given )
{
   const std::string text = "Tổng Giám đốc Xí nghiệp Nguyễn Văn An quán triệt sâu sắc các đơn vị cần tiết kiệm.";
   chidao::parse_options options;
   EXPECT_TRUE( chidao::parse( text, "x", options ).speakers.empty() || chidao::parse( text, "x", options ).speakers[ 0 ].titles[ 0 ] != "Tổng Giám đốc Xí nghiệp" );
   options.lexicon.add( "[title]\nTổng Giám đốc Xí nghiệp\n[verb directive]\nquán triệt sâu sắc\n", "ours.lexicon" );
   const auto doc = chidao::parse( text, "x", options );
   ASSERT_EQ( doc.speakers.size(), 1u );
   EXPECT_EQ( doc.speakers[ 0 ].name, "Nguyễn Văn An" );
   EXPECT_EQ( doc.speakers[ 0 ].titles[ 0 ], "Tổng Giám đốc Xí nghiệp" );
   ASSERT_EQ( doc.nodes.size(), 1u );
   const auto& st = std::get< chidao::statement >( doc.nodes[ 0 ] );
   EXPECT_EQ( st.verb, "quán triệt sâu sắc" );
   EXPECT_EQ( st.act, chidao::speech_act::directive );
   EXPECT_EQ( st.addressee, "các đơn vị" );
}

namespace {

bool may_begin( const chidao::lexicon& l, word_class c, std::string_view text )
{
   const std::string normalized = chidao::detail::normalize_for_matching( text );
   return ( l.tables().starts.classes_at( normalized ) >> static_cast< unsigned >( c ) ) & 1u;
}

}  // namespace

namespace {

// word_trie::longest by its definition: each entry compared with the start of the text, a space of the
// entry taking a run of spaces and tabs, and no letter or digit after it.
std::pair< std::size_t, std::uint32_t > longest_by_definition( const std::map< std::string, std::uint32_t >& entries,
                                                                std::string_view text )
{
   std::pair< std::size_t, std::uint32_t > best{ 0, 0 };
   for( const auto& [ entry, value ] : entries ) {
      std::size_t i = 0;
      bool matched = true;
      for( const char c : entry ) {
         if( c == ' ' && i < text.size() && ( text[ i ] == ' ' || text[ i ] == '\t' ) ) {
            while( i < text.size() && ( text[ i ] == ' ' || text[ i ] == '\t' ) ) {
               ++i;
            }
         }
         else if( i < text.size() && text[ i ] == c ) {
            ++i;
         }
         else {
            matched = false;
            break;
         }
      }
      const bool letter_after = i < text.size() && ( std::isalnum( static_cast< unsigned char >( text[ i ] ) ) ||
                                                     text.substr( i, 2 ) == "ư" );
      if( matched && !letter_after && i > best.first ) {
         best = { i, value };
      }
   }
   return best;
}

}  // namespace

// The trie against its definition, with entries added between lookups (a node that gains a child
// moves its block of children; an entry ends inside another's path), and texts that hold tabs and runs
// of spaces where the entries have one space.
TEST( word_trie, finds_the_longest_entry_as_entries_are_added )
{
   std::mt19937 random( 11 );
   const std::array< std::string_view, 6 > pieces{ "a", "b", "ư", " ", "ab", "bư" };
   const std::array< std::string_view, 8 > text_pieces{ "a", "b", "ư", " ", "  ", "\t", ".", "ab" };
   const auto piece_string = [ & ]( const auto& from, std::size_t count ) {
      std::string s;
      for( std::size_t k = 0; k < count; ++k ) {
         s += from[ random() % from.size() ];
      }
      return s;
   };
   chidao::detail::word_trie trie;
   std::map< std::string, std::uint32_t > entries;
   for( std::uint32_t round = 1; round <= 400; ++round ) {
      // Half the entries extend one given before ("bộ" then "bộ trưởng"), as most entries of the
      // lexicons share their first words: one entry's end is then inside another's path.
      std::string entry;
      if( !entries.empty() && random() % 2 == 0 ) {
         entry = std::next( entries.begin(), static_cast< std::ptrdiff_t >( random() % entries.size() ) )->first;
         entry += random() % 2 == 0 ? " " : "";
      }
      entry += piece_string( pieces, 1 + random() % 6 );
      // Entries are normalized: single spaces between words, none at either end.
      entry.erase( std::unique( entry.begin(), entry.end(), []( char x, char y ) { return x == ' ' && y == ' '; } ), entry.end() );
      while( !entry.empty() && entry.front() == ' ' ) {
         entry.erase( 0, 1 );
      }
      while( !entry.empty() && entry.back() == ' ' ) {
         entry.pop_back();
      }
      if( entry.empty() ) {
         continue;
      }
      trie.insert( entry, round );
      entries[ entry ] = round;
      for( int k = 0; k < 20; ++k ) {
         // Half the texts begin with an entry, so that long walks are tried, not only failures.
         std::string text = random() % 2 == 0 ? std::next( entries.begin(), static_cast< std::ptrdiff_t >( random() % entries.size() ) )->first : "";
         text += piece_string( text_pieces, random() % 10 );
         ASSERT_EQ( trie.longest( text ), longest_by_definition( entries, text ) ) << "text '" << text << "' after " << entries.size() << " entries";
      }
   }
   EXPECT_EQ( trie.size(), entries.size() );
}

// The table of first words grows with the lexicon: every first word added before and after it grew is
// still found, and a word of the text that begins no entry is turned away, one time in thirty or less.
TEST( first_words, finds_every_first_word_as_the_table_grows )
{
   auto word_of = []( std::size_t i, std::string_view prefix ) {
      std::string w( prefix );
      for( ; i > 0; i /= 26 ) {
         w += static_cast< char >( 'a' + i % 26 );
      }
      return w;
   };
   chidao::lexicon l;
   std::string titles = "[title]\n";
   for( std::size_t i = 1; i <= 3000; ++i ) {
      titles += word_of( i, "q" ) + " lớn\n";
   }
   l.add( titles, "many.lexicon" );
   std::size_t passed = 0;
   for( std::size_t i = 1; i <= 3000; ++i ) {
      ASSERT_TRUE( may_begin( l, word_class::title, word_of( i, "q" ) + " lớn" ) ) << i;
      passed += may_begin( l, word_class::title, word_of( i, "z" ) + " lớn" ) ? 1 : 0;
   }
   EXPECT_LE( passed, 3000u / 30 );
   EXPECT_TRUE( may_begin( l, word_class::title, "Bộ trưởng" ) );  // the defaults' entries too
}

// The grammar's own words are in the first-word table of every lexicon, the defaults and one a user grows.
TEST( first_words, names_the_grammars_number_words_and_va )
{
   chidao::lexicon grown;
   grown.add( "[title]\nTổng Giám đốc\n", "small.lexicon" );
   const chidao::lexicon defaults;
   for( const chidao::lexicon* x : { &defaults, static_cast< const chidao::lexicon* >( &grown ) } ) {
      EXPECT_TRUE( may_begin( *x, word_class::number_word, "hai nhiệm vụ" ) );
      EXPECT_TRUE( may_begin( *x, word_class::number_word, "Bẩy giải pháp" ) );
      EXPECT_TRUE( may_begin( *x, word_class::number_word, "mười một" ) );
      EXPECT_FALSE( may_begin( *x, word_class::number_word, "hải quan" ) );
      EXPECT_FALSE( may_begin( *x, word_class::number_word, "một" ) );  // "một" counts nothing: one is no list
      EXPECT_TRUE( may_begin( *x, word_class::and_word, "và hai là" ) );
      EXPECT_FALSE( may_begin( *x, word_class::and_word, "vào" ) );
      EXPECT_FALSE( may_begin( *x, word_class::title, "hai nhiệm vụ" ) );
   }
   EXPECT_TRUE( may_begin( grown, word_class::title, "Tổng Giám đốc" ) );
}

// The look at a word start that spares the tries must never hide an entry, whatever its shape, and
// should turn away the words that begin none.
TEST( first_words, names_the_classes_an_entry_may_begin )
{
   chidao::lexicon l;
   l.add( "[title]\nTS.\nPGS.TS\nBộ trưởng\n[body]\nBộ LĐ-TB-XH\n[verb assertive]\n“nói”\ncho biết\n", "shapes.lexicon" );
   EXPECT_TRUE( may_begin( l, word_class::title, "Bộ trưởng Nguyễn Văn A" ) );
   EXPECT_TRUE( may_begin( l, word_class::title, "bộ" ) );
   EXPECT_TRUE( may_begin( l, word_class::body, "Bộ LĐ-TB-XH" ) );
   EXPECT_TRUE( may_begin( l, word_class::title, "TS. Lê Văn B" ) );
   EXPECT_TRUE( may_begin( l, word_class::title, "PGS.TS Trần C" ) );
   EXPECT_TRUE( may_begin( l, word_class::verb, "“nói” thẳng" ) );
   EXPECT_TRUE( may_begin( l, word_class::verb, "cho biết" ) );
   EXPECT_TRUE( may_begin( l, word_class::verb, "cho rằng" ) );  // same first word: the trie decides
   EXPECT_FALSE( may_begin( l, word_class::verb, "chó" ) );
   // A character that begins no Vietnamese letter ends the first word: an emoji, CJK punctuation, a
   // mark above U+2000.
   EXPECT_TRUE( may_begin( l, word_class::verb, "cho😀 biết" ) );
   EXPECT_TRUE( may_begin( l, word_class::verb, "cho。" ) );
   EXPECT_TRUE( may_begin( l, word_class::verb, "cho\xCC\xB3 biết" ) );  // a combining mark that composes with nothing
   EXPECT_FALSE( may_begin( l, word_class::title, "cho biết" ) );
   EXPECT_FALSE( may_begin( l, word_class::title, "bộc lộ" ) );
   EXPECT_EQ( longest( l, word_class::title, "PGS.TS Trần C" ), "pgs.ts" );
   EXPECT_EQ( longest( l, word_class::body, "Bộ LĐ-TB-XH cho biết" ), "bộ lđ-tb-xh" );
}

// The look at the first two words must never hide an entry the trie would find, and should turn away a
// first word whose entries go on otherwise ("cho" of "cho biết" at "cho các").
TEST( first_words, the_first_two_words_hide_no_entry )
{
   std::mt19937 random( 13 );
   const std::array< std::string_view, 8 > words{ "cho", "biết", "các", "bộ", "trưởng", "a", "b1", "ư" };
   const std::array< std::string_view, 9 > between{ " ", " ", " ", "  ", "\t", "-", ".", "×", "" };
   const auto phrase = [ & ]( std::size_t count, bool text ) {
      std::string s( words[ random() % words.size() ] );
      for( std::size_t k = 1; k < count; ++k ) {
         s += text ? between[ random() % between.size() ] : between[ random() % 3 == 0 ? 5 + random() % 3 : 0 ];
         s += words[ random() % words.size() ];
      }
      return s;
   };
   chidao::lexicon l;
   std::string titles = "[title]\n";
   for( int k = 0; k < 30; ++k ) {
      titles += phrase( 1 + random() % 3, false ) + "\n";
   }
   l.add( titles, "random.lexicon" );
   const auto& starts = l.tables().starts;
   const auto& trie = l.tables().of( word_class::title );
   std::size_t turned_away = 0;
   std::size_t walked_in_vain = 0;
   for( int k = 0; k < 20000; ++k ) {
      std::string text = phrase( 1 + random() % 4, true );
      if( random() % 2 == 0 ) {
         text += std::string( 16, ' ' );  // sixteen bytes ahead: the words are classified at once
      }
      const std::size_t first_length = starts.first_word_at( text ).plain_length;
      if( first_length == 0 || ( starts.classes_at( text ) & ( 1u << static_cast< unsigned >( word_class::title ) ) ) == 0 ) {
         continue;  // the look is asked only where the first word is plain and may begin an entry
      }
      const bool may = starts.may_begin_pair( word_class::title, text, first_length );
      const std::size_t found = trie.longest( text ).first;
      ASSERT_TRUE( may || found == 0 ) << "'" << text << "' hides an entry of " << found << " bytes\n" << titles;
      turned_away += may ? 0 : 1;
      walked_in_vain += may && found == 0 ? 1 : 0;
   }
   EXPECT_GT( turned_away, 2 * walked_in_vain );  // most walks that would fail are not made
   // Entries of each shape: two words, a word alone, words joined by other than a space. (Made-up
   // words: the default lexicons, which every lexicon starts from, have none of them.)
   chidao::lexicon verbs;
   verbs.add( "[verb assertive]\nxô biết\nqư-thẳng\nvv.\nkhẳng zịnh\nkhẳng\n", "verbs.lexicon" );
   const auto may = [ & ]( std::string_view text ) {
      const std::size_t first_length = verbs.tables().starts.first_word_at( text ).plain_length;
      return verbs.tables().starts.may_begin_pair( word_class::verb, text, first_length );
   };
   EXPECT_TRUE( may( "xô biết" ) );
   EXPECT_TRUE( may( "xô \t biết" ) );
   EXPECT_FALSE( may( "xô các" ) );
   EXPECT_FALSE( may( "xô" ) );
   EXPECT_FALSE( may( "xô-biết" ) );
   EXPECT_TRUE( may( "qư-thẳng" ) );
   EXPECT_TRUE( may( "qư thẳng" ) );  // an entry whose first word ends at a '-': the trie decides
   EXPECT_TRUE( may( "vv. lê" ) );
   EXPECT_TRUE( may( "khẳng khái" ) );  // "khẳng" alone is an entry
   EXPECT_TRUE( may( "xô biết×" ) );    // the second word is not plain: the trie decides
}

// first_word_at cuts and hashes the first word in one loop, and tells the grammar where a plain Latin
// word ends: its classes must be classes_at's, and a length it gives must be what word_chars takes, on
// every string of up to two bytes, every three-byte string opened by 0xE1, and random strings, each also
// followed by blanks and by letters.
TEST( first_words, first_word_at_agrees_with_classes_at_and_word_chars )
{
   namespace pg = tao::pegtl;
   const chidao::lexicon l;
   const auto& starts = l.tables().starts;
   const auto check_one = [ & ]( const std::string& text ) {
      const auto found = starts.first_word_at( text );
      ASSERT_EQ( found.classes, starts.classes_at( text ) ) << text;
      if( found.plain_length != 0 ) {
         pg::memory_input in( text.data(), text.size(), "test" );
         ASSERT_TRUE( pg::parse< chidao::grammar::word_chars >( in ) ) << text;
         ASSERT_EQ( found.plain_length, static_cast< std::size_t >( in.current() - text.data() ) ) << text;
      }
   };
   // Each text as it is (short texts take the loop), followed by blanks (sixteen bytes or more are
   // classified at once), and followed by letters (a word of sixteen bytes or more takes the loop).
   const auto check = [ & ]( const std::string& text ) {
      check_one( text );
      check_one( text + std::string( 16, ' ' ) );
      check_one( text + std::string( 16, 'x' ) );
   };
   std::string text( 2, '\0' );
   for( unsigned first = 0; first < 256; ++first ) {
      text[ 0 ] = static_cast< char >( first );
      check( text.substr( 0, 1 ) );
      for( unsigned second = 0; second < 256; ++second ) {
         text[ 1 ] = static_cast< char >( second );
         check( text );
      }
   }
   std::string three = "\xE1..";
   for( unsigned second = 0; second < 256; ++second ) {
      three[ 1 ] = static_cast< char >( second );
      for( unsigned third = 0; third < 256; ++third ) {
         three[ 2 ] = static_cast< char >( third );
         check( three );
      }
   }
   const std::vector< std::string > pieces = { "cho", "biết", "thủ", "tướng", "hai", "và", "Đà", "ß", "×", "÷", "😀", "。",
                                               "ΐ", "д", "\xE1\xBC\x80", "\xE1\x9A\x80", "\xCC\x81", "\x80", "\xC3", "\xE1\xBA",
                                               "7", " ", ",", "-", "\n" };
   std::mt19937 random( 3 );
   for( int round = 0; round < 50000; ++round ) {
      std::string random_text;
      for( int k = 0, n = static_cast< int >( random() % 9 ); k < n; ++k ) {
         random_text += pieces[ random() % pieces.size() ];
      }
      check( random_text );
   }
   // The words of Vietnamese take the one loop: the grammar relies on it for its speed, not its answers.
   for( const std::string word : { "nghiệp", "trưởng", "đà", "ỹ", "Đồng", "2021", "hòa" } ) {
      EXPECT_EQ( starts.first_word_at( word + " x" ).plain_length, word.size() ) << word;
      EXPECT_EQ( starts.first_word_at( word + " trong nhiều năm qua" ).plain_length, word.size() ) << word;
      EXPECT_EQ( starts.first_word_at( word + " đà ạ ỹ ư × và nữa" ).plain_length, word.size() ) << word;  // letters after it
   }
   EXPECT_EQ( starts.first_word_at( "nói×2" ).plain_length, 0u );
   EXPECT_EQ( starts.first_word_at( "Москва" ).plain_length, 0u );
}
