// SPDX-License-Identifier: MIT
// Every speaker rule called on its own (speaker.hpp, lexicon_word.hpp, and the statements of
// document.hpp): its shortest accepted form, where it stops, and the look-alikes it refuses.
// Lexicon-backed rules read the default lexicons; capitals are read from the text as written.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "consumed.hpp"

namespace g = chidao::grammar;
using chidao::test::consumed;

namespace {
// Template rules, named so that their commas stay out of the EXPECT_* macros.
using title_word = g::lexicon_word< g::word_class::title >;
using verb_word = g::lexicon_word< g::word_class::verb >;
}  // namespace

// lexicon_word.hpp

TEST( lexicon_word, takes_the_longest_entry_of_its_class )
{
   EXPECT_EQ( consumed< title_word >( "Phó Thủ tướng Phạm Bình Minh" ), "phó thủ tướng" );
   EXPECT_EQ( consumed< title_word >( "Uỷ viên Bộ Chính trị, Phó Thủ tướng" ), "ủy viên bộ chính trị" );  // old tone placement
   EXPECT_EQ( consumed< verb_word >( "đánh giá cao kết quả" ), "đánh giá cao" );
}

TEST( lexicon_word, refuses_other_classes_and_the_start_of_a_longer_word )
{
   EXPECT_EQ( consumed< title_word >( "đề nghị toàn ngành" ), std::nullopt );
   EXPECT_EQ( consumed< verb_word >( "Bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< verb_word >( "nóng lên" ), std::nullopt );  // "nói" is a verb, "nóng" is not
}

TEST( capital_here, consumes_nothing_before_a_capital )
{
   EXPECT_EQ( consumed< g::capital_here >( "Bùi Thanh Sơn" ), "" );
   EXPECT_EQ( consumed< g::capital_here >( "ĐỀ NGHỊ" ), "" );
   EXPECT_EQ( consumed< g::capital_here >( "B" ), "" );
}

TEST( capital_here, refuses_lower_case_punctuation_and_the_end )
{
   EXPECT_EQ( consumed< g::capital_here >( "bùi thanh sơn" ), std::nullopt );
   EXPECT_EQ( consumed< g::capital_here >( "“Bộ" ), std::nullopt );
   EXPECT_EQ( consumed< g::capital_here >( "" ), std::nullopt );
}

TEST( all_capitals_here, consumes_nothing_before_a_word_in_capitals )
{
   EXPECT_EQ( consumed< g::all_capitals_here >( "BỘ TRƯỞNG" ), "" );
   EXPECT_EQ( consumed< g::all_capitals_here >( "ĐỀ NGHỊ" ), "" );
}

TEST( all_capitals_here, refuses_a_capitalized_word_and_a_single_capital )
{
   EXPECT_EQ( consumed< g::all_capitals_here >( "Bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::all_capitals_here >( "B" ), std::nullopt );
   EXPECT_EQ( consumed< g::all_capitals_here >( "bộ" ), std::nullopt );
}

// speaker.hpp: lexicon classes

TEST( title_head, takes_a_title_of_office )
{
   EXPECT_EQ( consumed< g::title_head >( "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn" ), "bộ trưởng" );
   EXPECT_EQ( consumed< g::title_head >( "Phó Thủ tướng Thường trực Chính phủ" ), "phó thủ tướng" );
   EXPECT_EQ( consumed< g::title_head >( "Thứ trưởng Nguyễn Minh Vũ" ), "thứ trưởng" );  // a title, not a marker
}

TEST( title_head, refuses_bodies_and_ordinal_markers )
{
   EXPECT_EQ( consumed< g::title_head >( "Bộ Ngoại giao" ), std::nullopt );
   EXPECT_EQ( consumed< g::title_head >( "Thứ nhất, cần" ), std::nullopt );
   EXPECT_EQ( consumed< g::title_head >( "Thủ đô Hà Nội" ), std::nullopt );
}

TEST( complement_entry, takes_the_longest_body )
{
   EXPECT_EQ( consumed< g::complement_entry >( "Bộ Ngoại giao Bùi Thanh Sơn" ), "bộ ngoại giao" );
   EXPECT_EQ( consumed< g::complement_entry >( "Thường trực Chính phủ Phạm Bình Minh" ), "thường trực chính phủ" );
   EXPECT_EQ( consumed< g::complement_entry >( "Tỉnh ủy Sơn La" ), "tỉnh ủy" );
}

TEST( complement_entry, refuses_names_titles_and_places_without_an_entry )
{
   EXPECT_EQ( consumed< g::complement_entry >( "Bùi Thanh Sơn" ), std::nullopt );
   EXPECT_EQ( consumed< g::complement_entry >( "Thủ tướng" ), std::nullopt );
   EXPECT_EQ( consumed< g::complement_entry >( "Sơn La" ), std::nullopt );
}

TEST( surname_entry, takes_a_family_name )
{
   EXPECT_EQ( consumed< g::surname_entry >( "Bùi Thanh Sơn" ), "bùi" );
   EXPECT_EQ( consumed< g::surname_entry >( "Nguyễn Văn An" ), "nguyễn" );
}

TEST( surname_entry, refuses_given_names_and_longer_words )
{
   EXPECT_EQ( consumed< g::surname_entry >( "Thanh Sơn" ), std::nullopt );
   EXPECT_EQ( consumed< g::surname_entry >( "Lên kế hoạch" ), std::nullopt );  // "Lê" is a surname
}

TEST( honorific, takes_a_word_before_a_name )
{
   EXPECT_EQ( consumed< g::honorific >( "ông Bùi Thanh Sơn" ), "ông" );
   EXPECT_EQ( consumed< g::honorific >( "đồng chí Phạm Bình Minh" ), "đồng chí" );
}

TEST( honorific, refuses_words_that_start_like_one )
{
   EXPECT_EQ( consumed< g::honorific >( "bàn giao" ), std::nullopt );
   EXPECT_EQ( consumed< g::honorific >( "đồng thời" ), std::nullopt );
}

TEST( speech_verb, takes_the_longest_reporting_verb )
{
   EXPECT_EQ( consumed< g::speech_verb >( "đề nghị toàn ngành" ), "đề nghị" );
   EXPECT_EQ( consumed< g::speech_verb >( "nhấn mạnh, " ), "nhấn mạnh" );
   EXPECT_EQ( consumed< g::speech_verb >( "đánh giá cao kết quả" ), "đánh giá cao" );
}

TEST( speech_verb, refuses_verbs_that_are_not_speech )
{
   EXPECT_EQ( consumed< g::speech_verb >( "làm việc với Bộ Ngoại giao" ), std::nullopt );
   EXPECT_EQ( consumed< g::speech_verb >( "tham dự hội nghị" ), std::nullopt );
   EXPECT_EQ( consumed< g::speech_verb >( "chủ trì phiên họp" ), std::nullopt );
}

TEST( group_speaker, takes_a_group )
{
   EXPECT_EQ( consumed< g::group_speaker >( "Các đại biểu cũng nhận định" ), "các đại biểu" );
   EXPECT_EQ( consumed< g::group_speaker >( "Đại diện lãnh đạo các bộ, ngành tham dự" ), "đại diện lãnh đạo các bộ, ngành" );
}

TEST( group_speaker, refuses_people_and_plain_plurals )
{
   EXPECT_EQ( consumed< g::group_speaker >( "Các bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::group_speaker >( "Đại sứ Việt Nam" ), std::nullopt );
}

TEST( reference_speaker, takes_a_description_of_a_title_holder )
{
   EXPECT_EQ( consumed< g::reference_speaker >( "người đứng đầu ngành Ngoại giao nhấn mạnh" ),
              "người đứng đầu ngành ngoại giao" );
   EXPECT_EQ( consumed< g::reference_speaker >( "Người đứng đầu Chính phủ yêu cầu" ), "người đứng đầu chính phủ" );
}

TEST( reference_speaker, refuses_other_people )
{
   EXPECT_EQ( consumed< g::reference_speaker >( "người dân" ), std::nullopt );
   EXPECT_EQ( consumed< g::reference_speaker >( "người đứng ra tổ chức" ), std::nullopt );
}

TEST( adverb, takes_the_longest_adverb )
{
   EXPECT_EQ( consumed< g::adverb >( "cũng đã nhấn mạnh" ), "cũng đã" );
   EXPECT_EQ( consumed< g::adverb >( "một lần nữa khẳng định" ), "một lần nữa" );
}

TEST( adverb, refuses_verbs_and_look_alikes )
{
   EXPECT_EQ( consumed< g::adverb >( "nhấn mạnh" ), std::nullopt );
   EXPECT_EQ( consumed< g::adverb >( "cùng phấn đấu" ), std::nullopt );
}

TEST( addressee_head, takes_a_word_an_addressee_starts_with )
{
   EXPECT_EQ( consumed< g::addressee_head >( "toàn ngành cùng phấn đấu" ), "toàn ngành" );
   EXPECT_EQ( consumed< g::addressee_head >( "Bộ Ngoại giao" ), "bộ" );
   EXPECT_EQ( consumed< g::addressee_head >( "các bộ, ngành" ), "các" );
}

TEST( addressee_head, refuses_what_is_asked )
{
   EXPECT_EQ( consumed< g::addressee_head >( "tiếp tục theo dõi" ), std::nullopt );
   EXPECT_EQ( consumed< g::addressee_head >( "cùng phấn đấu" ), std::nullopt );
}

// speaker.hpp: names

TEST( capitalized_word, takes_one_capitalized_syllable )
{
   EXPECT_EQ( consumed< g::capitalized_word >( "Sơn La" ), "sơn" );
   EXPECT_EQ( consumed< g::capitalized_word >( "G20," ), "g20" );
}

TEST( capitalized_word, refuses_lower_case_and_punctuation )
{
   EXPECT_EQ( consumed< g::capitalized_word >( "sơn" ), std::nullopt );
   EXPECT_EQ( consumed< g::capitalized_word >( "“Sơn" ), std::nullopt );
}

TEST( name_word, takes_a_capitalized_syllable_even_when_it_is_a_verb )
{
   EXPECT_EQ( consumed< g::name_word >( "Sơn đề nghị" ), "sơn" );
   EXPECT_EQ( consumed< g::name_word >( "Giao nhấn mạnh" ), "giao" );  // "Lê Văn Giao"
   EXPECT_EQ( consumed< g::name_word >( "SƠN ĐỀ NGHỊ" ), "sơn" );
}

TEST( name_word, refuses_verbs_and_adverbs_in_capitals_and_lower_case )
{
   EXPECT_EQ( consumed< g::name_word >( "ĐỀ NGHỊ" ), std::nullopt );
   EXPECT_EQ( consumed< g::name_word >( "GIAO" ), std::nullopt );
   EXPECT_EQ( consumed< g::name_word >( "ĐÃ NHẤN MẠNH" ), std::nullopt );
   EXPECT_EQ( consumed< g::name_word >( "bà" ), std::nullopt );
}

TEST( name_from_surname, takes_a_surname_and_up_to_three_syllables )
{
   EXPECT_EQ( consumed< g::name_from_surname >( "Bùi Thanh Sơn đề nghị" ), "bùi thanh sơn" );
   EXPECT_EQ( consumed< g::name_from_surname >( "Nguyễn Văn An phát biểu" ), "nguyễn văn an" );
   EXPECT_EQ( consumed< g::name_from_surname >( "BÙI THANH SƠN ĐỀ NGHỊ" ), "bùi thanh sơn" );
}

TEST( name_from_surname, refuses_ong_ba_lower_case_and_a_bare_surname )
{
   EXPECT_EQ( consumed< g::name_from_surname >( "Ông bà cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::name_from_surname >( "bùi thanh sơn" ), std::nullopt );
   EXPECT_EQ( consumed< g::name_from_surname >( "Bùi cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::name_from_surname >( "Thanh Sơn" ), std::nullopt );
}

TEST( three_syllable_name, takes_exactly_three_syllables )
{
   EXPECT_EQ( consumed< g::three_syllable_name >( "Nguyễn Hữu Đông phát biểu" ), "nguyễn hữu đông" );
}

TEST( three_syllable_name, refuses_two_and_four_syllables )
{
   EXPECT_EQ( consumed< g::three_syllable_name >( "Phạm Minh đề nghị" ), std::nullopt );
   EXPECT_EQ( consumed< g::three_syllable_name >( "Nguyễn Thị Thu Hằng" ), std::nullopt );
}

TEST( vietnamese_name, keeps_middle_names_that_are_surnames )
{
   EXPECT_EQ( consumed< g::vietnamese_name >( "Nguyễn Hữu Đông phát biểu" ), "nguyễn hữu đông" );
   EXPECT_EQ( consumed< g::vietnamese_name >( "Nguyễn Văn An phát biểu" ), "nguyễn văn an" );
   EXPECT_EQ( consumed< g::vietnamese_name >( "Nguyễn Kim Sơn cho biết" ), "nguyễn kim sơn" );
}

TEST( vietnamese_name, leaves_a_place_syllable_before_a_whole_name )
{
   EXPECT_EQ( consumed< g::vietnamese_name >( "La Nguyễn Hữu Đông phát biểu" ), std::nullopt );  // "Sơn La"
   EXPECT_EQ( consumed< g::vietnamese_name >( "Sơn La Nguyễn Hữu Đông" ), std::nullopt );
   EXPECT_EQ( consumed< g::vietnamese_name >( "Ông bà" ), std::nullopt );
}

TEST( latin_word, takes_one_capitalized_latin_word )
{
   EXPECT_EQ( consumed< g::latin_word >( "Antony Blinken" ), "antony" );
   EXPECT_EQ( consumed< g::latin_word >( "Blinken, " ), "blinken" );
}

TEST( latin_word, refuses_vietnamese_syllables_and_lower_case )
{
   EXPECT_EQ( consumed< g::latin_word >( "Sơn" ), std::nullopt );
   EXPECT_EQ( consumed< g::latin_word >( "antony" ), std::nullopt );
}

TEST( foreign_name, takes_two_or_three_latin_words )
{
   EXPECT_EQ( consumed< g::foreign_name >( "Antony Blinken cho biết" ), "antony blinken" );
   EXPECT_EQ( consumed< g::foreign_name >( "Hakan Fidan, " ), "hakan fidan" );
}

TEST( foreign_name, takes_initials )
{
   EXPECT_EQ( consumed< g::foreign_name >( "Jon S.T. Quah, khoa" ), "jon s.t. quah" );
   EXPECT_EQ( consumed< g::foreign_name >( "George W. Bush nói" ), "george w. bush" );
   EXPECT_EQ( consumed< g::foreign_name >( "V.Putin đã" ), "v.putin" );
   EXPECT_EQ( consumed< g::foreign_name >( "TP.HCM đề nghị" ), std::nullopt );  // the city: two capitals
   EXPECT_EQ( consumed< g::foreign_name >( "v.putin đã" ), std::nullopt );     // no capitals, no name
}

TEST( foreign_name, refuses_one_word_and_a_name_running_on )
{
   EXPECT_EQ( consumed< g::foreign_name >( "Washington cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::foreign_name >( "Antony Blinken Thành" ), std::nullopt );
}

TEST( foreign_name, refuses_a_place_written_without_diacritics )
{
   // "Bí thư Long An": the secretary of Long An province, not a Mr Long An.
   EXPECT_EQ( consumed< g::foreign_name >( "Long An cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::foreign_name >( "Nam Phi Cyril Ramaphosa" ), std::nullopt );
   EXPECT_EQ( consumed< g::foreign_name >( "Cyril Ramaphosa cho biết" ), "cyril ramaphosa" );
}

TEST( foreign_name, refuses_abbreviations_in_capitals )
{
   // "Chủ tịch UBND TP HCM": the chairman of the city's People's Committee, no name given.
   EXPECT_EQ( consumed< g::foreign_name >( "TP HCM cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::foreign_name >( "UBND TP HCM" ), std::nullopt );
}

TEST( person_name, takes_vietnamese_and_foreign_names )
{
   EXPECT_EQ( consumed< g::person_name >( "Bùi Thanh Sơn đề nghị" ), "bùi thanh sơn" );
   EXPECT_EQ( consumed< g::person_name >( "Antony Blinken cho biết" ), "antony blinken" );
}

TEST( person_name, refuses_places_and_bodies )
{
   EXPECT_EQ( consumed< g::person_name >( "Thổ Nhĩ Kỳ" ), std::nullopt );
   EXPECT_EQ( consumed< g::person_name >( "Bộ Ngoại giao" ), std::nullopt );
}

TEST( given_word, takes_a_capitalized_word )
{
   EXPECT_EQ( consumed< g::given_word >( "Sơn cho biết" ), "sơn" );
}

TEST( given_word, refuses_words_in_capitals_and_lower_case )
{
   EXPECT_EQ( consumed< g::given_word >( "SƠN" ), std::nullopt );
   EXPECT_EQ( consumed< g::given_word >( "sơn" ), std::nullopt );
}

TEST( given_name, takes_one_to_three_given_words )
{
   EXPECT_EQ( consumed< g::given_name >( "Sơn nhấn mạnh" ), "sơn" );
   EXPECT_EQ( consumed< g::given_name >( "Thu Hằng cho biết" ), "thu hằng" );
}

TEST( given_name, refuses_capitals_and_four_words )
{
   EXPECT_EQ( consumed< g::given_name >( "CÓ THỂ CHO BIẾT" ), std::nullopt );
   EXPECT_EQ( consumed< g::given_name >( "Nguyễn Thị Thu Hằng" ), std::nullopt );
}

// speaker.hpp: titles

TEST( complement, takes_a_body_a_place_or_a_capitalized_word )
{
   EXPECT_EQ( consumed< g::complement >( "Bộ Ngoại giao Bùi" ), "bộ ngoại giao" );
   EXPECT_EQ( consumed< g::complement >( "tại Thổ Nhĩ Kỳ" ), "tại thổ" );
   EXPECT_EQ( consumed< g::complement >( "Sơn La Nguyễn" ), "sơn" );
}

TEST( complement, refuses_lower_case_words )
{
   EXPECT_EQ( consumed< g::complement >( "đã nhấn mạnh" ), std::nullopt );
   EXPECT_EQ( consumed< g::complement >( "tại đây" ), std::nullopt );
}

TEST( title_unit, takes_a_title_and_its_complements_up_to_the_name )
{
   EXPECT_EQ( consumed< g::title_unit >( "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn" ), "bộ trưởng bộ ngoại giao" );
   EXPECT_EQ( consumed< g::title_unit >( "Đại sứ Việt Nam tại Thổ Nhĩ Kỳ Đỗ Sơn Hải" ), "đại sứ việt nam tại thổ nhĩ kỳ" );
   EXPECT_EQ( consumed< g::title_unit >( "Bí thư Tỉnh ủy Sơn La Nguyễn Hữu Đông" ), "bí thư tỉnh ủy sơn la" );
   EXPECT_EQ( consumed< g::title_unit >( "BỘ TRƯỞNG ĐỀ NGHỊ" ), "bộ trưởng" );
}

TEST( title_unit, refuses_bodies_and_markers )
{
   EXPECT_EQ( consumed< g::title_unit >( "Bộ Ngoại giao" ), std::nullopt );
   EXPECT_EQ( consumed< g::title_unit >( "Thứ nhất, cần" ), std::nullopt );
}

TEST( title_separator, takes_a_comma_or_kiem )
{
   EXPECT_EQ( consumed< g::title_separator >( ", Phó Thủ tướng" ), ", " );
   EXPECT_EQ( consumed< g::title_separator >( " kiêm Bộ trưởng" ), " kiêm " );
}

TEST( title_separator, refuses_other_joins_and_a_missing_space )
{
   EXPECT_EQ( consumed< g::title_separator >( "; Phó Thủ tướng" ), std::nullopt );
   EXPECT_EQ( consumed< g::title_separator >( " và Bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::title_separator >( ",Phó Thủ tướng" ), std::nullopt );
}

TEST( title_chain, takes_titles_joined_by_commas_and_kiem )
{
   EXPECT_EQ( consumed< g::title_chain >( "Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh" ),
              "ủy viên bộ chính trị, phó thủ tướng thường trực chính phủ" );
   EXPECT_EQ( consumed< g::title_chain >( "Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Phạm Bình Minh" ),
              "phó thủ tướng kiêm bộ trưởng bộ ngoại giao" );
   EXPECT_EQ( consumed< g::title_chain >( "Bộ trưởng, Các đại biểu" ), "bộ trưởng" );
}

TEST( title_chain, refuses_text_without_a_title )
{
   EXPECT_EQ( consumed< g::title_chain >( "Bộ Ngoại giao và các bộ, ngành" ), std::nullopt );
   EXPECT_EQ( consumed< g::title_chain >( ", Phó Thủ tướng" ), std::nullopt );
}

// speaker.hpp: speakers

TEST( mention_begin, consumes_nothing )
{
   EXPECT_EQ( consumed< g::mention_begin >( "Bộ trưởng" ), "" );
   EXPECT_EQ( consumed< g::mention_begin >( "" ), "" );
}

TEST( titled_speaker, takes_the_titles_and_an_optional_name )
{
   EXPECT_EQ( consumed< g::titled_speaker >( "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đề nghị" ),
              "bộ trưởng bộ ngoại giao bùi thanh sơn" );
   EXPECT_EQ( consumed< g::titled_speaker >( "Bộ trưởng cũng đã nhấn mạnh" ), "bộ trưởng" );
   EXPECT_EQ( consumed< g::titled_speaker >( "Thứ trưởng Thường trực Nguyễn Minh Vũ cho biết" ),
              "thứ trưởng thường trực nguyễn minh vũ" );
   EXPECT_EQ( consumed< g::titled_speaker >( "BỘ TRƯỞNG BÙI THANH SƠN ĐỀ NGHỊ" ), "bộ trưởng bùi thanh sơn" );
   EXPECT_EQ( consumed< g::titled_speaker >( "Bí thư Tỉnh ủy Sơn La Nguyễn Hữu Đông phát biểu" ),
              "bí thư tỉnh ủy sơn la nguyễn hữu đông" );
   EXPECT_EQ( consumed< g::titled_speaker >( "Đại biểu Quốc hội Nguyễn Văn An phát biểu" ), "đại biểu quốc hội nguyễn văn an" );
}

TEST( titled_speaker, refuses_markers_and_bodies )
{
   EXPECT_EQ( consumed< g::titled_speaker >( "Thứ nhất, Bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::titled_speaker >( "Bộ Ngoại giao" ), std::nullopt );
}

TEST( honorific_speaker, takes_an_honorific_and_a_name )
{
   EXPECT_EQ( consumed< g::honorific_speaker >( "ông Bùi Thanh Sơn cho biết" ), "ông bùi thanh sơn" );
   EXPECT_EQ( consumed< g::honorific_speaker >( "bà Thu Hằng cho biết" ), "bà thu hằng" );
   EXPECT_EQ( consumed< g::honorific_speaker >( "đồng chí Phạm Bình Minh nhấn mạnh" ), "đồng chí phạm bình minh" );
}

TEST( honorific_speaker, refuses_ong_ba_and_words_in_capitals )
{
   EXPECT_EQ( consumed< g::honorific_speaker >( "ông bà cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::honorific_speaker >( "Ông bà cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::honorific_speaker >( "ANH CÓ THỂ CHO BIẾT" ), std::nullopt );
}

TEST( participant_clause, takes_who_attended_up_to_the_verb )
{
   EXPECT_EQ( consumed< g::participant_clause >( " tham dự phiên họp khẳng định" ), " tham dự phiên họp" );
   EXPECT_EQ( consumed< g::participant_clause >( " dự hội nghị nhấn mạnh" ), " dự hội nghị" );
}

TEST( participant_clause, refuses_a_verb_right_after_tham_du )
{
   EXPECT_EQ( consumed< g::participant_clause >( " tham dự khẳng định" ), std::nullopt );
   EXPECT_EQ( consumed< g::participant_clause >( " cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::participant_clause >( "tham dự phiên họp" ), std::nullopt );
}

TEST( qualified_group, takes_a_group_and_who_attended )
{
   EXPECT_EQ( consumed< g::qualified_group >( "Đại diện lãnh đạo các bộ, ngành tham dự phiên họp khẳng định" ),
              "đại diện lãnh đạo các bộ, ngành tham dự phiên họp" );
   EXPECT_EQ( consumed< g::qualified_group >( "Các đại biểu cũng nhận định" ), "các đại biểu" );
}

TEST( qualified_group, refuses_people )
{
   EXPECT_EQ( consumed< g::qualified_group >( "Các bộ trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::qualified_group >( "Bộ trưởng" ), std::nullopt );
}

TEST( speaker, takes_each_kind_of_speaker )
{
   EXPECT_EQ( consumed< g::speaker >( "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đề nghị" ), "bộ trưởng bộ ngoại giao bùi thanh sơn" );
   EXPECT_EQ( consumed< g::speaker >( "ông Sơn cho biết" ), "ông sơn" );
   EXPECT_EQ( consumed< g::speaker >( "người đứng đầu ngành Ngoại giao nhấn mạnh" ), "người đứng đầu ngành ngoại giao" );
   EXPECT_EQ( consumed< g::speaker >( "Các đại biểu cũng nhận định" ), "các đại biểu" );
}

TEST( speaker, refuses_markers_and_ong_ba )
{
   EXPECT_EQ( consumed< g::speaker >( "Thứ nhất, cần" ), std::nullopt );
   EXPECT_EQ( consumed< g::speaker >( "Ông bà cho biết" ), std::nullopt );
}

// speaker.hpp: institutions

TEST( institution_speaker, takes_a_body_and_its_name )
{
   EXPECT_EQ( consumed< g::speaker >( "Bộ Ngoại giao và các bộ, ngành" ), "bộ ngoại giao" );
   EXPECT_EQ( consumed< g::speaker >( "Tổ chức Y tế Thế giới mới đây đã đưa ra" ), "tổ chức y tế thế giới" );
   EXPECT_EQ( consumed< g::speaker >( "Hiệp hội Ngân hàng đề nghị" ), "hiệp hội ngân hàng" );
   EXPECT_EQ( consumed< g::speaker >( "UBND TP.HCM yêu cầu" ), "ubnd tp.hcm" );
}

TEST( institution_speaker, takes_a_body_named_whole_and_hyphenated_abbreviations )
{
   EXPECT_EQ( consumed< g::institution_speaker >( "Liên Hợp Quốc cho biết" ), "liên hợp quốc" );
   EXPECT_EQ( consumed< g::institution_speaker >( "Bộ Công an yêu cầu" ), "bộ công an" );
   EXPECT_EQ( consumed< g::institution_speaker >( "Bộ Công an tỉnh Đồng Nai yêu cầu" ), "bộ công an tỉnh đồng nai" );
   EXPECT_EQ( consumed< g::institution_speaker >( "Sở GD-ĐT yêu cầu" ), "sở gd-đt" );
   EXPECT_EQ( consumed< g::institution_speaker >( "Bộ yêu cầu" ), std::nullopt );  // a head alone names no body
}

TEST( hyphenated_name, takes_abbreviations_joined_by_hyphens )
{
   EXPECT_EQ( consumed< g::hyphenated_name >( "LĐ-TB-XH Nguyễn" ), "lđ-tb-xh" );
   EXPECT_EQ( consumed< g::hyphenated_name >( "GD-ĐT cho" ), "gd-đt" );
   EXPECT_EQ( consumed< g::hyphenated_name >( "GTVT cho" ), std::nullopt );     // no hyphen: a name_word
   EXPECT_EQ( consumed< g::hyphenated_name >( "GD-đào tạo" ), std::nullopt );  // no capital after the hyphen
   EXPECT_EQ( consumed< g::titled_speaker >( "Bộ trưởng Bộ LĐ-TB-XH Nguyễn Thị Hằng đã" ), "bộ trưởng bộ lđ-tb-xh nguyễn thị hằng" );
}

TEST( bare_name_statement, takes_a_name_alone_before_a_verb_but_not_function_words_or_nouns )
{
   EXPECT_EQ( consumed< g::bare_name_statement >( "Esperon cho biết, thứ nhất" ), "esperon cho biết" );
   EXPECT_EQ( consumed< g::bare_name_statement >( "Kreidman cũng khuyên các cặp" ), "kreidman cũng khuyên" );
   EXPECT_EQ( consumed< g::bare_name_statement >( "Ông nói" ), std::nullopt );
   EXPECT_EQ( consumed< g::bare_name_statement >( "Thủ tướng nói" ), std::nullopt );
   EXPECT_EQ( consumed< g::bare_name_statement >( "Theo hướng dẫn của Cục" ), std::nullopt );
   EXPECT_EQ( consumed< g::bare_name_statement >( "Lời kêu gọi của Ủy ban" ), std::nullopt );
   EXPECT_EQ( consumed< g::bare_name_ahead >( "Mike Rands, Giám đốc Công ty An Phát, phát biểu." ),
              "mike rands, giám đốc công ty an phát, phát biểu" );
   EXPECT_EQ( consumed< g::bare_name_ahead >( "Hôm nay trời mưa" ), std::nullopt );
}

TEST( source_institution, takes_a_paper_in_lower_case_after_theo )
{
   EXPECT_EQ( consumed< g::source_institution >( "báo Mỹ Newsweek, ông" ), "báo mỹ newsweek" );
   EXPECT_EQ( consumed< g::source_institution >( "tờ Financial Times, " ), "tờ financial times" );
   EXPECT_EQ( consumed< g::source_institution >( "Báo Nhân Dân, " ), std::nullopt );
   EXPECT_EQ( consumed< g::source_institution >( "bộ trưởng, " ), std::nullopt );
   EXPECT_EQ( consumed< g::theo_statement >( "Theo báo Mỹ Newsweek, ông Blair" ), "theo báo mỹ newsweek" );
}

TEST( institution_speaker, refuses_a_common_noun_and_text_in_capitals )
{
   EXPECT_EQ( consumed< g::institution_speaker >( "một bộ phận cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::institution_speaker >( "tổ chức quán triệt" ), std::nullopt );
   // In text written all in capitals "TỔ CHỨC QUÁN TRIỆT" is "organize the study", not a body.
   EXPECT_EQ( consumed< g::institution_speaker >( "TỔ CHỨC QUÁN TRIỆT NGHỊ QUYẾT" ), std::nullopt );
}

TEST( speaker_statement, refuses_a_verb_of_work_done_correctly )
{
   EXPECT_EQ( consumed< g::speaker_statement >( "Bộ Ngoại giao đã đánh giá cao vai trò" ), "bộ ngoại giao đã đánh giá cao" );
   EXPECT_EQ( consumed< g::speaker_statement >( "Bộ Ngoại giao đã đánh giá đúng tình hình" ), std::nullopt );
}

TEST( theo_statement, takes_a_report_of_a_body )
{
   EXPECT_EQ( consumed< g::theo_statement >( "Theo báo cáo của Sở Tài chính, ngân sách" ), "theo báo cáo của sở tài chính" );
}

TEST( pronoun_speaker, takes_an_honorific_alone )
{
   EXPECT_EQ( consumed< g::pronoun_speaker >( "ông nhấn mạnh." ), "ông" );
   EXPECT_EQ( consumed< g::pronoun_speaker >( "bà cho biết" ), "bà" );
}

TEST( pronoun_speaker, refuses_an_honorific_before_a_name )
{
   EXPECT_EQ( consumed< g::pronoun_speaker >( "ông Sơn cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::pronoun_speaker >( "Bộ trưởng cho biết" ), std::nullopt );
}

TEST( person_mention, takes_titles_and_a_name )
{
   EXPECT_EQ( consumed< g::person_mention >( "Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ" ),
              "bộ trưởng ngoại giao bùi thanh sơn" );
}

TEST( person_mention, refuses_a_title_without_a_name_and_an_honorific )
{
   EXPECT_EQ( consumed< g::person_mention >( "Bộ trưởng cho biết" ), std::nullopt );
   EXPECT_EQ( consumed< g::person_mention >( "ông Bùi Thanh Sơn" ), std::nullopt );
}




TEST( honorific_mention, takes_an_honorific_and_a_full_name )
{
   EXPECT_EQ( consumed< g::honorific_mention >( "Ông Trịnh Quốc Bảo: Thứ nhất" ), "ông trịnh quốc bảo" );
   EXPECT_EQ( consumed< g::honorific_mention >( "Ông Lê Hồng Minh, Chủ tịch" ), "ông lê hồng minh" );
   EXPECT_EQ( consumed< g::honorific_mention >( "Ông Bảo: Thứ nhất" ), std::nullopt );
}

// speaker.hpp: appositions between the speaker and the verb

TEST( apposition, takes_an_office_between_commas_or_dashes_or_up_to_the_verb )
{
   EXPECT_EQ( consumed< g::apposition >( ", Chủ nhiệm Ủy ban Kinh tế và Ngân sách, lại cho rằng" ),
              ", chủ nhiệm ủy ban kinh tế và ngân sách," );
   EXPECT_EQ( consumed< g::apposition >( " - Bí thư Tỉnh ủy - nhận xét" ), " - bí thư tỉnh ủy -" );
   EXPECT_EQ( consumed< g::apposition >( ", Chủ tịch Hội đồng quản trị VinaGame cho biết" ),
              ", chủ tịch hội đồng quản trị vinagame" );
}

TEST( apposition, needs_a_title )
{
   EXPECT_EQ( consumed< g::apposition >( ", hiện nay 33 tuổi, nói" ), std::nullopt );
}

TEST( speaker_statement, reads_through_an_apposition )
{
   EXPECT_EQ( consumed< g::speaker_statement >( "ông Nguyễn Đức Kiên, Chủ nhiệm Ủy ban Kinh tế, lại cho rằng dự án" ),
              "ông nguyễn đức kiên, chủ nhiệm ủy ban kinh tế, lại cho rằng" );
}

// speaker.hpp: addressees

TEST( addressee_word, takes_a_body_an_addressee_word_or_a_name )
{
   EXPECT_EQ( consumed< g::addressee_word >( "Ngoại giao và" ), "ngoại giao" );
   EXPECT_EQ( consumed< g::addressee_word >( "ngành liên quan" ), "ngành" );
   EXPECT_EQ( consumed< g::addressee_word >( "Hà Nội" ), "hà" );
}

TEST( addressee_word, refuses_what_is_asked )
{
   EXPECT_EQ( consumed< g::addressee_word >( "tiếp tục theo dõi" ), std::nullopt );
   EXPECT_EQ( consumed< g::addressee_word >( "CÙNG PHẤN ĐẤU" ), std::nullopt );
}

TEST( addressee_gap, takes_spaces_or_a_comma_and_spaces )
{
   EXPECT_EQ( consumed< g::addressee_gap >( " các bộ" ), " " );
   EXPECT_EQ( consumed< g::addressee_gap >( ", ngành" ), ", " );
}

TEST( addressee_gap, refuses_stops_and_a_bare_comma )
{
   EXPECT_EQ( consumed< g::addressee_gap >( ". Sau đó" ), std::nullopt );
   EXPECT_EQ( consumed< g::addressee_gap >( ",ngành" ), std::nullopt );
}

TEST( addressee, runs_to_the_first_other_word )
{
   EXPECT_EQ( consumed< g::addressee >( "Bộ Ngoại giao và các bộ, ngành liên quan tiếp tục theo dõi" ),
              "bộ ngoại giao và các bộ, ngành liên quan" );
   EXPECT_EQ( consumed< g::addressee >( "toàn ngành cùng phấn đấu" ), "toàn ngành" );
}

TEST( addressee, refuses_to_start_on_another_word )
{
   EXPECT_EQ( consumed< g::addressee >( "tiếp tục theo dõi" ), std::nullopt );
   EXPECT_EQ( consumed< g::addressee >( "Thu Hằng" ), std::nullopt );
}

TEST( addressee_part, takes_the_space_or_comma_before_an_addressee )
{
   EXPECT_EQ( consumed< g::addressee_part >( " Bộ Ngoại giao và các bộ, ngành liên quan tiếp tục" ),
              " bộ ngoại giao và các bộ, ngành liên quan" );
   EXPECT_EQ( consumed< g::addressee_part >( ", các bộ, ngành cần" ), ", các bộ, ngành" );
}

TEST( addressee_part, refuses_other_words_and_a_missing_space )
{
   EXPECT_EQ( consumed< g::addressee_part >( " tiếp tục theo dõi" ), std::nullopt );
   EXPECT_EQ( consumed< g::addressee_part >( ",các bộ" ), std::nullopt );
}

// speaker.hpp: statements

TEST( adverbs, takes_every_adverb_in_a_row )
{
   EXPECT_EQ( consumed< g::adverbs >( " cũng đã nhấn mạnh" ), " cũng đã" );
   EXPECT_EQ( consumed< g::adverbs >( " đã tiếp tục đề nghị" ), " đã tiếp tục" );
   EXPECT_EQ( consumed< g::adverbs >( " nhấn mạnh" ), "" );  // none is fine
}

TEST( speaker_statement, takes_speaker_adverbs_verb_and_addressee )
{
   EXPECT_EQ( consumed< g::speaker_statement >(
                 "Bộ trưởng Bùi Thanh Sơn đề nghị Bộ Ngoại giao và các bộ, ngành liên quan tiếp tục theo dõi" ),
              "bộ trưởng bùi thanh sơn đề nghị bộ ngoại giao và các bộ, ngành liên quan" );
   EXPECT_EQ( consumed< g::speaker_statement >( "Các đại biểu cũng nhận định, kinh tế" ), "các đại biểu cũng nhận định" );
   EXPECT_EQ( consumed< g::speaker_statement >( "Thứ trưởng Nguyễn Minh Vũ cho biết" ), "thứ trưởng nguyễn minh vũ cho biết" );
   EXPECT_EQ( consumed< g::speaker_statement >( "BỘ TRƯỞNG BÙI THANH SƠN ĐỀ NGHỊ TOÀN NGÀNH CÙNG PHẤN ĐẤU" ),
              "bộ trưởng bùi thanh sơn đề nghị toàn ngành" );
   EXPECT_EQ( consumed< g::speaker_statement >( "BỘ TRƯỞNG ĐỀ NGHỊ" ), "bộ trưởng đề nghị" );
}

TEST( speaker_statement, refuses_verbs_that_are_not_speech )
{
   EXPECT_EQ( consumed< g::speaker_statement >( "Thủ tướng Phạm Minh Chính đã làm việc với Bộ Ngoại giao" ), std::nullopt );
   EXPECT_EQ( consumed< g::speaker_statement >( "Bộ trưởng Bùi Thanh Sơn tham dự hội nghị" ), std::nullopt );
   EXPECT_EQ( consumed< g::speaker_statement >( "Ông bà cho biết" ), std::nullopt );
}

TEST( according_to, takes_theo )
{
   EXPECT_EQ( consumed< g::according_to >( "Theo Bộ trưởng" ), "theo" );
}

TEST( according_to, refuses_other_words )
{
   EXPECT_EQ( consumed< g::according_to >( "Thêm vào đó" ), std::nullopt );
   EXPECT_EQ( consumed< g::according_to >( "Tiếp theo, Bộ trưởng" ), std::nullopt );
}

TEST( theo_statement, takes_theo_and_the_speaker_before_the_comma )
{
   EXPECT_EQ( consumed< g::theo_statement >( "Theo Bộ trưởng Ngoại giao Bùi Thanh Sơn, Hội nghị là dịp" ),
              "theo bộ trưởng ngoại giao bùi thanh sơn" );
   EXPECT_EQ( consumed< g::theo_statement >( "Theo người đứng đầu ngành Ngoại giao, …" ), "theo người đứng đầu ngành ngoại giao" );
}

TEST( theo_statement, refuses_theo_without_a_speaker_or_a_comma )
{
   EXPECT_EQ( consumed< g::theo_statement >( "Theo dõi sát tình hình" ), std::nullopt );
   EXPECT_EQ( consumed< g::theo_statement >( "Theo kế hoạch, Hội nghị" ), std::nullopt );
   EXPECT_EQ( consumed< g::theo_statement >( "Theo Bộ trưởng Bùi Thanh Sơn cho biết" ), std::nullopt );
}

TEST( statement_head, takes_either_form )
{
   EXPECT_EQ( consumed< g::statement_head >( "Theo Bộ trưởng, Hội nghị" ), "theo bộ trưởng" );
   EXPECT_EQ( consumed< g::statement_head >( "Bộ trưởng nhấn mạnh, " ), "bộ trưởng nhấn mạnh" );
}

TEST( statement_head, refuses_what_makes_no_statement )
{
   EXPECT_EQ( consumed< g::statement_head >( "Theo kế hoạch, Hội nghị" ), std::nullopt );
   EXPECT_EQ( consumed< g::statement_head >( "Thủ tướng đã làm việc với Bộ Ngoại giao" ), std::nullopt );
}

TEST( quote_attribution, takes_the_attribution_that_closes_the_sentence )
{
   EXPECT_EQ( consumed< g::quote_attribution >( ", Bộ trưởng ghi nhận." ), ", bộ trưởng ghi nhận" );
   EXPECT_EQ( consumed< g::quote_attribution >( ", ông nhấn mạnh." ), ", ông nhấn mạnh" );
   EXPECT_EQ( consumed< g::quote_attribution >( " Bộ trưởng Bùi Thanh Sơn cũng đã nhấn mạnh" ),
              " bộ trưởng bùi thanh sơn cũng đã nhấn mạnh" );
}

TEST( quote_attribution, refuses_an_attribution_that_goes_on )
{
   EXPECT_EQ( consumed< g::quote_attribution >( ", Bộ trưởng nhấn mạnh rằng" ), std::nullopt );
   EXPECT_EQ( consumed< g::quote_attribution >( ", Bộ trưởng tham dự." ), std::nullopt );
   EXPECT_EQ( consumed< g::quote_attribution >( ", ông bà cho biết." ), std::nullopt );
}

TEST( close_quote, takes_each_closing_mark )
{
   EXPECT_EQ( consumed< g::close_quote >( "”, Bộ trưởng" ), "”" );
   EXPECT_EQ( consumed< g::close_quote >( "» và" ), "»" );
   EXPECT_EQ( consumed< g::close_quote >( "’ và" ), "’" );
   EXPECT_EQ( consumed< g::close_quote >( "\", ông" ), "\"" );
}

TEST( close_quote, refuses_opening_marks_but_takes_the_one_closing_a_low_quote )
{
   EXPECT_EQ( consumed< g::close_quote >( "„Thứ" ), std::nullopt );
   EXPECT_EQ( consumed< g::close_quote >( "«Thứ" ), std::nullopt );
   EXPECT_EQ( consumed< g::close_quote >( "“, ông nói." ), "“" );  // „Uống nước nhớ nguồn“, ông nói.
}

TEST( nominal_statement, takes_verb_cua_and_speaker )
{
   EXPECT_EQ( consumed< g::nominal_statement >( "chỉ đạo của Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn." ),
              "chỉ đạo của bộ trưởng bộ ngoại giao bùi thanh sơn" );
   EXPECT_EQ( consumed< g::nominal_statement >( "yêu cầu của Thủ tướng, " ), "yêu cầu của thủ tướng" );
}

// A body's instructions are a statement of the body's: institutions speak.
TEST( nominal_statement, takes_a_body_and_refuses_other_nouns )
{
   EXPECT_EQ( consumed< g::nominal_statement >( "chỉ đạo của Bộ Ngoại giao" ), "chỉ đạo của bộ ngoại giao" );
   EXPECT_EQ( consumed< g::nominal_statement >( "kết quả của Bộ trưởng" ), std::nullopt );
}

TEST( interview_lead, takes_each_lead )
{
   EXPECT_EQ( consumed< g::interview_lead >( "Trả lời phỏng vấn báo chí" ), "trả lời phỏng vấn" );
   EXPECT_EQ( consumed< g::interview_lead >( "Trả lời báo chí, " ), "trả lời báo chí" );
   EXPECT_EQ( consumed< g::interview_lead >( "Trao đổi với phóng viên" ), "trao đổi với" );
}

TEST( interview_lead, refuses_other_answers_and_exchanges )
{
   EXPECT_EQ( consumed< g::interview_lead >( "Trả lời câu hỏi" ), std::nullopt );
   EXPECT_EQ( consumed< g::interview_lead >( "Trao đổi kinh nghiệm" ), std::nullopt );
}

// document.hpp: statements

TEST( ellipsis, takes_the_ellipsis_character )
{
   EXPECT_EQ( consumed< g::ellipsis >( "… Các đại biểu" ), "…" );
}

TEST( ellipsis, refuses_three_stops )
{
   EXPECT_EQ( consumed< g::ellipsis >( "... Các đại biểu" ), std::nullopt );
}

TEST( sentence_statement, takes_the_stop_and_a_statement_head )
{
   EXPECT_EQ( consumed< g::sentence_statement >( ". Bộ trưởng Bùi Thanh Sơn nhấn mạnh, " ), ". bộ trưởng bùi thanh sơn nhấn mạnh" );
   EXPECT_EQ( consumed< g::sentence_statement >( "… Các đại biểu cũng nhận định" ), "… các đại biểu cũng nhận định" );
   EXPECT_EQ( consumed< g::sentence_statement >( ". Thứ trưởng Nguyễn Minh Vũ cho biết" ), ". thứ trưởng nguyễn minh vũ cho biết" );
   EXPECT_EQ( consumed< g::sentence_statement >( "! Theo Bộ trưởng, Hội nghị" ), "! theo bộ trưởng" );
}

TEST( sentence_statement, refuses_commas_missing_spaces_and_no_statement )
{
   EXPECT_EQ( consumed< g::sentence_statement >( ", Bộ trưởng nhấn mạnh" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_statement >( ".Bộ trưởng nhấn mạnh" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_statement >( ". Thủ tướng Phạm Minh Chính đã làm việc với Bộ Ngoại giao" ), std::nullopt );
   EXPECT_EQ( consumed< g::sentence_statement >( ". Thứ nhất, cần" ), std::nullopt );
}

TEST( clause_statement, takes_the_comma_and_a_statement_head )
{
   EXPECT_EQ( consumed< g::clause_statement >(
                 ", Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh nêu rõ, công tác" ),
              ", ủy viên bộ chính trị, phó thủ tướng thường trực chính phủ phạm bình minh nêu rõ" );
   EXPECT_EQ( consumed< g::clause_statement >( ", Bộ trưởng đề nghị toàn ngành cùng phấn đấu" ), ", bộ trưởng đề nghị toàn ngành" );
}

TEST( clause_statement, refuses_stops_and_no_statement )
{
   EXPECT_EQ( consumed< g::clause_statement >( ". Bộ trưởng nhấn mạnh" ), std::nullopt );
   EXPECT_EQ( consumed< g::clause_statement >( ", Thủ tướng Phạm Minh Chính đã làm việc với Bộ Ngoại giao" ), std::nullopt );
   EXPECT_EQ( consumed< g::clause_statement >( ", tham dự hội nghị" ), std::nullopt );
}

TEST( quoted_speech, takes_the_quotation_and_its_attribution )
{
   EXPECT_EQ( consumed< g::quoted_speech >( "“Ngành Ngoại giao cần chủ động hơn nữa”, Bộ trưởng nhấn mạnh." ),
              "“ngành ngoại giao cần chủ động hơn nữa”, bộ trưởng nhấn mạnh" );
   EXPECT_EQ( consumed< g::quoted_speech >( "«Đây là dịp quan trọng», ông cho biết." ), "«đây là dịp quan trọng», ông cho biết" );
}

TEST( quoted_speech, takes_a_quotation_without_an_attribution_as_no_statement )
{
   EXPECT_EQ( consumed< g::quoted_speech >( "“mục tiêu kép” và" ), "“mục tiêu kép”" );
   EXPECT_EQ( consumed< g::attribution_after_quote >( " và" ), std::nullopt );
   EXPECT_EQ( consumed< g::quoted_speech >( "“Ngành Ngoại giao cần chủ động”, Bộ trưởng tham dự." ), "“ngành ngoại giao cần chủ động”" );
   EXPECT_EQ( consumed< g::attribution_after_quote >( ", Bộ trưởng tham dự." ), std::nullopt );
}

TEST( closing_attribution, takes_the_closing_mark_and_the_attribution )
{
   EXPECT_EQ( consumed< g::closing_attribution >( "”, Bộ trưởng yêu cầu." ), "”, bộ trưởng yêu cầu" );
   EXPECT_EQ( consumed< g::closing_attribution >( "», Các đại biểu cũng nhận định.\n" ), "», các đại biểu cũng nhận định" );
}

TEST( closing_attribution, refuses_an_opening_mark_and_an_attribution_that_goes_on )
{
   EXPECT_EQ( consumed< g::closing_attribution >( "“Điều cuối cùng" ), std::nullopt );
   EXPECT_EQ( consumed< g::closing_attribution >( "”, Bộ trưởng yêu cầu các bộ, ngành" ), std::nullopt );
   EXPECT_EQ( consumed< g::closing_attribution >( ", Bộ trưởng yêu cầu." ), std::nullopt );
}

// Regression (found by these tests): more addressee words than the bound used to drop the addressee.
TEST( addressee, a_long_enumeration_of_bodies_is_kept )
{
   EXPECT_EQ( consumed< g::addressee >( "Bộ Ngoại giao, Bộ Công an, Bộ Quốc phòng, Bộ Tài chính, Bộ Y tế, Bộ Tư pháp, Bộ Nội vụ, "
                                        "Bộ Xây dựng, Bộ Công Thương, Bộ Khoa học và Công nghệ và các bộ, ngành liên quan tiếp tục" ),
              "bộ ngoại giao, bộ công an, bộ quốc phòng, bộ tài chính, bộ y tế, bộ tư pháp, bộ nội vụ, bộ xây dựng, "
              "bộ công thương, bộ khoa học và công nghệ và các bộ, ngành liên quan" );
   EXPECT_EQ( consumed< g::addressee >( "các tỉnh, thành phố trực thuộc Trung ương tiếp tục" ),
              "các tỉnh, thành phố trực thuộc trung ương" );
}

// Findings of the grammar map (docs/grammar.md), now rules.
TEST( person_name, a_four_syllable_name_right_after_a_title_stays_whole )
{
   EXPECT_EQ( consumed< g::titled_speaker >( "Bộ trưởng Nguyễn Hoàng Anh Tuấn cho biết" ), "bộ trưởng nguyễn hoàng anh tuấn" );
   EXPECT_EQ( consumed< g::titled_speaker >( "Bí thư Tỉnh ủy Sơn La Nguyễn Hữu Đông yêu cầu" ), "bí thư tỉnh ủy sơn la nguyễn hữu đông" );
}

TEST( name_after_place, gives_way_to_a_whole_name_after_a_place )
{
   EXPECT_EQ( consumed< g::name_after_place >( "La Nguyễn Hữu Đông" ), std::nullopt );
   EXPECT_EQ( consumed< g::name_after_place >( "Nguyễn Hữu Đông yêu cầu" ), "nguyễn hữu đông" );
}

TEST( conjunction, may_open_the_clause_before_a_speaker )
{
   EXPECT_EQ( consumed< g::clause_statement >( ", song Bộ trưởng Bùi Thanh Sơn cũng lưu ý" ), ", song bộ trưởng bùi thanh sơn cũng lưu ý" );
   EXPECT_EQ( consumed< g::conjunction >( "nhưng" ), "nhưng" );
   EXPECT_EQ( consumed< g::conjunction >( "song song" ), "song" );
   EXPECT_EQ( consumed< g::conjunction >( "sông" ), std::nullopt );
}

TEST( interview_lead, needs_whole_words )
{
   EXPECT_EQ( consumed< g::interview_lead >( "Trao đổi với phóng viên" ), "trao đổi với" );
   EXPECT_EQ( consumed< g::interview_lead >( "Trao đổi vớix" ), std::nullopt );
}

namespace {

// A rule that looks at a word's first-word classes before trying its alternatives must take what the
// alternatives alone take, at every word of the fixtures' texts. Returns how many words were tried and
// at how many the rule matched.
template< typename Guarded, typename Alternatives >
std::pair< std::size_t, std::size_t > compare_at_every_word_of_the_fixtures()
{
   namespace pg = tao::pegtl;
   const auto taken = []< typename Rule >( const char* at, const std::string& text, const chidao::detail::grammar_context& context ) {
      pg::memory_input in( at, text.data() + text.size(), "test" );
      chidao::detail::grammar_context fresh = context;  // no answer kept from another position
      return pg::parse< Rule >( in, fresh ) ? in.current() - at : -1;
   };
   static const chidao::lexicon lexicon;
   std::size_t words = 0;
   std::size_t matches = 0;
   for( const auto& entry : std::filesystem::recursive_directory_iterator( CHIDAO_FIXTURES_DIR ) ) {
      if( entry.path().extension() != ".txt" || entry.path().parent_path().filename() == "encodings" ) {
         continue;
      }
      std::ifstream file( entry.path(), std::ios::binary );
      std::stringstream bytes;
      bytes << file.rdbuf();
      const std::string original = bytes.str();
      icu::Edits identity;
      identity.addUnchanged( static_cast< int32_t >( original.size() ) );
      const chidao::detail::normalized_text normalized = chidao::detail::normalize( original, identity );
      const std::string& text = normalized.text;
      const chidao::detail::grammar_context context{ text.data(), original, &normalized.map, &lexicon.tables() };
      for( std::size_t i = 0; i < text.size(); ++i ) {
         if( i != 0 && text[ i - 1 ] != ' ' && text[ i - 1 ] != '\n' ) {
            continue;
         }
         const auto guarded = taken.template operator()< Guarded >( text.data() + i, text, context );
         const auto alone = taken.template operator()< Alternatives >( text.data() + i, text, context );
         EXPECT_EQ( guarded, alone ) << entry.path() << " at " << i << ": " << text.substr( i, 60 );
         if( guarded != alone ) {
            return { words, matches };
         }
         ++words;
         matches += guarded >= 0 ? 1 : 0;
      }
   }
   return { words, matches };
}

}  // namespace

// statement_head looks at the first word (statement_start) before it tries the three forms.
TEST( statement_head, takes_what_its_three_forms_take_at_every_word_of_the_fixtures )
{
   using forms = tao::pegtl::sor< g::theo_statement, g::speaker_statement, g::bare_name_statement >;
   const auto [ words, statements ] = compare_at_every_word_of_the_fixtures< g::statement_head, forms >();
   EXPECT_GT( words, 5000u );
   EXPECT_GT( statements, 50u );
}

// spoken_inline_point looks at the first word (spoken_start) before it tries the four markers.
TEST( spoken_inline_point, takes_what_its_four_markers_take_at_every_word_of_the_fixtures )
{
   using markers = tao::pegtl::sor< g::thu_inline_point, g::la_point, g::closer_inline_point, g::opener_point >;
   const auto [ words, points ] = compare_at_every_word_of_the_fixtures< g::spoken_inline_point, markers >();
   EXPECT_GT( words, 5000u );
   EXPECT_GT( points, 100u );
}

// announced_count looks at the first word (count_start) before it reads a count.
TEST( announced_count, takes_what_a_count_and_its_noun_take_at_every_word_of_the_fixtures )
{
   namespace pg = tao::pegtl;
   using count_and_noun = pg::seq< pg::sor< g::count_digits, g::count_word >, g::gap, g::counted_noun >;
   const auto [ words, counts ] = compare_at_every_word_of_the_fixtures< g::announced_count, count_and_noun >();
   EXPECT_GT( words, 5000u );
   EXPECT_GT( counts, 10u );
}

TEST( spoken_start, admits_a_marker_word_or_a_number_word )
{
   for( const std::string_view text : { "thứ hai, cần", "Một là", "hai là", "bẩy là", "mười một là", "trước hết", "cuối cùng",
                                        "sau cùng", "điều cuối cùng", "Thứ Nhất" } ) {
      EXPECT_EQ( consumed< g::spoken_start >( text ), "" ) << text;
   }
   for( const std::string_view text : { "thực hiện", "hải quan", "mộtx", ", thứ", "", "Bộ trưởng", "và hai là" } ) {
      EXPECT_EQ( consumed< g::spoken_start >( text ), std::nullopt ) << text;
   }
}

TEST( statement_start, admits_theo_a_lexicon_first_word_or_a_capital )
{
   EXPECT_EQ( consumed< g::statement_start >( "theo ông" ), "theo" );
   EXPECT_EQ( consumed< g::statement_start >( "bộ trưởng nói" ), "" );
   EXPECT_EQ( consumed< g::statement_start >( "Lan nói" ), "" );
   EXPECT_EQ( consumed< g::statement_start >( "các đại biểu" ), "" );  // a group
   EXPECT_EQ( consumed< g::statement_start >( "tăng trưởng" ), std::nullopt );
   EXPECT_EQ( consumed< g::statement_start >( "theodore" ), std::nullopt );
}
