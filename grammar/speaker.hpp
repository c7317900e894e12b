// SPDX-License-Identifier: MIT
// Who speaks: title chains ("Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh"),
// names ("Bùi Thanh Sơn"), honorifics ("ông Sơn", "đồng chí Phạm Bình Minh"), groups ("Các đại biểu"),
// descriptions ("người đứng đầu ngành Ngoại giao"); and the forms that make them speak:
//   SPEAKER [adverbs] VERB …             "Bộ trưởng Bùi Thanh Sơn đề nghị toàn ngành cùng phấn đấu …"
//   Theo SPEAKER, …                      "Theo Bộ trưởng Ngoại giao Bùi Thanh Sơn, Hội nghị là dịp …"
//   “…”, SPEAKER VERB.                   "“…”, Bộ trưởng ghi nhận."
//   VERB của SPEAKER                     "đây là chỉ đạo của Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn"
// Verbs that are not speech ("làm việc với", "tham dự", "chủ trì") are not in the verb lexicon, so
// "Thủ tướng … đã làm việc với Bộ Ngoại giao" makes no statement.
#pragma once

#include "grammar/lexicon_word.hpp"
#include "grammar/ordinal.hpp"
#include "grammar/quotes.hpp"
#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct concurrently : TAO_PEGTL_STRING( "kiêm" ) {};  // "Phó Thủ tướng kiêm Bộ trưởng"
struct at_place   : TAO_PEGTL_STRING( "tại" ) {};     // "Đại sứ Việt Nam tại Thổ Nhĩ Kỳ"
struct according  : TAO_PEGTL_STRING( "theo" ) {};
struct of_whom    : TAO_PEGTL_STRING( "của" ) {};
struct reply      : TAO_PEGTL_STRING( "trả lời" ) {};
struct interview  : TAO_PEGTL_STRING( "phỏng vấn" ) {};
struct press      : TAO_PEGTL_STRING( "báo chí" ) {};
struct talk       : TAO_PEGTL_STRING( "trao đổi với" ) {};
struct attend     : TAO_PEGTL_STRING( "tham dự" ) {};
struct attend_short : TAO_PEGTL_STRING( "dự" ) {};
struct correctly  : TAO_PEGTL_STRING( "đúng" ) {};     // "đánh giá đúng": assessed correctly
struct report     : TAO_PEGTL_STRING( "báo cáo" ) {};     // "theo báo cáo của …" (according to the report of)
struct statistics : TAO_PEGTL_STRING( "thống kê" ) {};    // statistics
struct figures    : TAO_PEGTL_STRING( "số liệu" ) {};     // figures
struct notice     : TAO_PEGTL_STRING( "thông báo" ) {};   // notice
struct conclusion : TAO_PEGTL_STRING( "kết luận" ) {};    // conclusion
struct opinion    : TAO_PEGTL_STRING( "ý kiến" ) {};      // opinion
struct like       : TAO_PEGTL_STRING( "như" ) {};         // "Như thông báo …" (as announced)
// clang-format on
}  // namespace lex

// clang-format off
struct title_head       : lexicon_word< word_class::title > {};
struct complement_entry : lexicon_word< word_class::complement > {};
struct surname_entry    : lexicon_word< word_class::surname > {};
struct honorific        : lexicon_word< word_class::honorific > {};
struct speech_verb      : lexicon_word< word_class::verb > {};
// "Bộ Ngoại giao đã đánh giá đúng tình hình" (correctly assessed the situation) reports work done, not
// words said: after a speaker, a verb followed by "đúng" (correctly) is no speech.
struct not_work_done    : pg::not_at< gap, word< lex::correctly > > {};
struct group_speaker    : lexicon_word< word_class::group > {};
struct reference_speaker : lexicon_word< word_class::reference > {};
struct adverb           : lexicon_word< word_class::adverb > {};
struct addressee_head   : lexicon_word< word_class::addressee > {};
struct institution_head : lexicon_word< word_class::institution > {};
struct whole_body       : lexicon_word< word_class::body > {};  // "Liên Hợp Quốc": a body's whole name

// A syllable written with a capital: "Sơn", "Ngoại".
struct capitalized_word : pg::seq< capital_here, word_chars > {};
// A capitalized syllable that may belong to a name or a body's name. In text written all in capitals
// ("BỘ TRƯỞNG BÙI THANH SƠN ĐỀ NGHỊ") every word has a capital, so there a reporting verb or an adverb
// ends the name; in ordinary text "Lê Văn Giao" keeps "Giao" although "giao" is also a verb.
struct name_word        : pg::seq< pg::sor< pg::not_at< all_capitals_here >, pg::seq< pg::not_at< speech_verb >, pg::not_at< adverb > > >,
                                   capitalized_word > {};
// "Bùi Thanh Sơn": a surname and one to three capitalized syllables, and no more ("ông bà" is no name:
// "bà" has no capital).
struct name_from_surname : pg::seq< capital_here, surname_entry, pg::rep_min_max< 1, 3, gap, name_word >,
                                    pg::not_at< gap, name_word > > {};
// A surname followed by a whole three-syllable name belongs to the place before it: in "Bí thư Tỉnh
// ủy Sơn La Nguyễn Hữu Đông" the name is "Nguyễn Hữu Đông", although "La" is a surname too. Middle
// names that are also surnames ("Nguyễn Văn An", "Nguyễn Kim Sơn") leave two syllables, and stay.
struct three_syllable_name : pg::seq< capital_here, surname_entry, gap, name_word, gap, name_word, pg::not_at< gap, name_word > > {};
struct vietnamese_name  : pg::seq< pg::not_at< capital_here, surname_entry, gap, three_syllable_name >, name_from_surname > {};
// "Antony Blinken": two or three capitalized words in Latin script after a title, unless they are a
// place the lexicon knows ("Long An", "Nam Phi": no diacritics, yet no person). A word in capitals is
// an abbreviation ("UBND TP HCM", the city's People's Committee), not part of a name.
struct latin_word       : pg::seq< capital_here, pg::not_at< all_capitals_here >, pg::plus< pg::range< 'a', 'z' > >,
                                   pg::not_at< word_char > > {};
struct plain_foreign_name : pg::seq< pg::not_at< complement_entry >, latin_word, pg::rep_min_max< 1, 2, gap, latin_word >,
                                     pg::not_at< gap, name_word > > {};
// Initials, in foreign names ("Jon S.T. Quah", "George W. Bush") and in the press's shortening of them
// ("V.Putin"): a capital and a full stop each. "TP.HCM" (the city) has two capitals before its stop.
struct initials         : pg::plus< capital_here, pg::range< 'a', 'z' >, pg::one< '.' > > {};
struct initialled_name  : pg::seq< pg::opt< latin_word, gap >, initials, pg::opt< gap >, latin_word, pg::not_at< gap, name_word > > {};
struct foreign_name     : pg::sor< initialled_name, plain_foreign_name > {};
// Right after a title the name is read plainly ("Bộ trưởng Nguyễn Hoàng Anh Tuấn", four syllables);
// after a place or body the place rule above decides where the name starts.
struct person_name      : pg::sor< name_from_surname, foreign_name > {};
struct name_after_place : pg::sor< vietnamese_name, foreign_name > {};
// After an honorific a given name may stand alone: "ông Sơn", "bà Thu Hằng". Without a surname to
// anchor it, a word all in capitals is no given name ("ANH CÓ THỂ CHO BIẾT" is "can you tell us").
struct given_word       : pg::seq< pg::not_at< all_capitals_here >, capitalized_word > {};
struct given_name       : pg::seq< given_word, pg::rep_max< 2, gap, given_word >, pg::not_at< gap, name_word > > {};

// What may follow a title before the name: a body, a qualifier, a place. "Bộ trưởng Bộ Ngoại giao",
// "Phó Thủ tướng Thường trực Chính phủ", "Đại sứ Việt Nam tại Thổ Nhĩ Kỳ". A name ends the chain.
// Complements and titles are bounded (rep_opt: a longer run is cut, not refused). The rules are tried
// at every title in a text, so an unbounded chain made "Bộ trưởng, Bộ trưởng, …" or a line of
// capitals quadratic: 128 KiB of it took 3.5 s.
// Abbreviations joined by hyphens name bodies: "Bộ LĐ-TB-XH" (Labour, Invalids and Social Affairs),
// "Sở GD-ĐT" (Education and Training).
struct hyphenated_name  : pg::seq< name_word, pg::plus< pg::one< '-' >, name_word > > {};
struct complement       : pg::sor< complement_entry, pg::seq< word< lex::at_place >, gap, name_word >, hyphenated_name, name_word > {};
struct title_unit       : pg::seq< title_head, pg::opt< gap, pg::not_at< person_name >, complement,
                                                        pg::rep_opt< 11, gap, pg::not_at< name_after_place >, complement > > > {};
// Titles joined by commas or "kiêm" (concurrently); eight at most ("Ủy viên Bộ Chính trị, Phó Thủ tướng,
// Bộ trưởng …" has three).
struct title_separator  : pg::sor< pg::seq< pg::star< blank >, pg::one< ',' >, gap >, pg::seq< gap, word< lex::concurrently >, gap > > {};
struct title_chain      : pg::seq< title_unit, pg::rep_opt< 7, title_separator, title_unit > > {};

struct mention_begin    : pg::success {};
struct titled_speaker   : pg::seq< title_chain, pg::opt< gap, person_name > > {};
struct honorific_speaker : pg::seq< honorific, gap, pg::sor< person_name, given_name > > {};
// "Đại diện lãnh đạo các bộ, ngành tham dự phiên họp khẳng định": a group may be qualified by who
// attended, in up to three words before the verb.
struct participant_clause : pg::seq< gap, pg::sor< word< lex::attend >, word< lex::attend_short > >,
                                     pg::rep_min_max< 1, 3, gap, pg::not_at< speech_verb >, word_chars > > {};
struct qualified_group  : pg::seq< group_speaker, pg::opt< participant_clause > > {};  // the group alone names it
// Institutions speak: "Bộ Công Thương yêu cầu", "Tổ chức Y tế Thế giới mới đây đã đưa ra", "Hiệp hội
// Ngân hàng đề nghị". A head from the lexicon, written with a capital ("một bộ phận" is no ministry),
// then bodies and capitalized words of its name, eight at most.
// A body's name capitalizes the first syllable of each word ("Y tế", "Thế giới", "Ngân hàng"): a capitalized
// word may take one lowercase syllable after it, unless that syllable starts the verb or an adverb.
struct lowercase_word   : pg::seq< pg::not_at< capital_here >, word_chars > {};
struct institution_word : pg::seq< name_word, pg::opt< gap, pg::not_at< speech_verb >, pg::not_at< adverb >, lowercase_word > > {};
// A head alone names no body ("Tổ chức" is also "to organize", "Bộ" a set): one word of a name at least.
// So "TỔ CHỨC QUÁN TRIỆT" in text written all in capitals stays "organize the study": the verb ends the
// name before it starts. Bodies that stand alone ("Chính phủ", "Quốc hội") are groups in the lexicon.
// A few bodies are named whole by the lexicon ("Liên Hợp Quốc", "Bộ Công an") and speak alone.
struct institution_speaker : pg::seq< capital_here, pg::sor< pg::seq< institution_head, pg::rep_min_max< 1, 8, gap, pg::sor< complement_entry, hyphenated_name, institution_word > > >,
                                                             whole_body > > {};
struct speaker          : pg::seq< mention_begin, pg::sor< titled_speaker, honorific_speaker, reference_speaker, qualified_group,
                                                           institution_speaker > > {};
// "ông", "bà" alone after a quotation: the person just quoted.
struct pronoun_speaker  : pg::seq< mention_begin, honorific, pg::not_at< gap, name_word > > {};
// A full mention anywhere (titles and a name) introduces a person even when no verb follows. Tried at
// every word, so a title is looked for first (no action runs inside `at`), and the mention begins only
// where one is.
struct person_mention   : pg::seq< pg::at< title_head >, mention_begin, title_chain, gap, person_name > {};
// An honorific and a full name opening a paragraph or a sentence ("Ông Lê Hồng Minh, Chủ tịch …", "- Ông
// Trịnh Quốc Bảo: …") names a person: how leads name an interviewee and labels an answer. Tried only
// there, not at every word: "ông", "bà", "anh" are among the commonest words (6% of the parse).
struct honorific_mention : pg::seq< mention_begin, honorific, gap, person_name > {};

// The addressee of a directive: from an addressee word ("Bộ", "các", "ngành", "toàn ngành") on through
// addressee words, bodies ("Ngoại giao") and capitalized names, so that the first other word ends it:
// "đề nghị Bộ Ngoại giao và các bộ, ngành liên quan | tiếp tục …", "đề nghị toàn ngành | cùng phấn đấu".
struct addressee_word   : pg::sor< complement_entry, addressee_head, given_word > {};
struct addressee_gap    : pg::sor< gap, pg::seq< pg::one< ',' >, gap > > {};
// rep_opt, not rep_max: a longer enumeration of addressees is cut, not refused.
struct addressee        : pg::seq< addressee_head, pg::rep_opt< 24, addressee_gap, addressee_word > > {};
struct addressee_part   : pg::seq< pg::opt< pg::star< blank >, pg::one< ',' > >, gap, addressee > {};

struct adverbs          : pg::star< gap, adverb > {};
// Who the speaker is, between the name and the verb: "ông Nguyễn Đức Kiên, Chủ nhiệm Ủy ban Kinh tế và
// Ngân sách, lại cho rằng", "ĐB Trần Văn Cường - Bí thư Tỉnh ủy - nhận xét", "Ông Lê Hồng Minh, Chủ
// tịch Hội đồng quản trị VinaGame cho biết". A title opens it; up to twelve words of the office follow
// (no speech verb among them), and a comma or dash may close it. Its titles are the speaker's.
struct apposition_separator : pg::sor< pg::seq< pg::star< blank >, pg::one< ',' > >,
                                       pg::seq< gap, pg::sor< pg::one< '-' >, lex::dash, lex::em_dash > > > {};
// A word of the office: letters and digits, with the dots and brackets of "(TP.HCM)".
struct apposition_word  : pg::seq< pg::not_at< speech_verb >, pg::not_at< adverb >,
                                   pg::plus< pg::sor< word_char, pg::one< '.', '(', ')', '/', '&' > > > > {};
struct apposition       : pg::seq< apposition_separator, gap, title_chain, pg::rep_max< 12, gap, apposition_word >,
                                   pg::opt< apposition_separator > > {};
// "SPEAKER [apposition] [adverbs] VERB": the head of a statement.
struct speaker_statement : pg::seq< speaker, pg::opt< apposition >, adverbs, gap, speech_verb, not_work_done, pg::opt< addressee_part > > {};
// "Theo SPEAKER, …" (according to), also "Theo báo cáo của Sở Tài chính, …": a source of the speaker's.
struct according_to     : word< lex::according > {};
struct source_of        : pg::seq< pg::sor< word< lex::report >, word< lex::statistics >, word< lex::figures >, word< lex::notice >,
                                            word< lex::conclusion >, word< lex::opinion > >,
                                   gap, word< lex::of_whom > > {};
// After "theo" a paper or a body may be written in lower case ("Theo báo Mỹ Newsweek, …", "theo tờ
// Financial Times, …"); its name still has capitals.
// The paper is named by its own name, without the description before it: "Newsweek" in "báo Mỹ Newsweek".
struct source_name      : pg::seq< institution_word, pg::rep_max< 7, gap, pg::sor< complement_entry, institution_word > > > {};
struct source_institution : pg::seq< mention_begin, pg::not_at< capital_here >, institution_head,
                                     pg::rep_max< 3, gap, complement_entry, pg::at< gap, institution_word > >, gap, source_name > {};
struct theo_statement   : pg::seq< according_to, gap, pg::opt< source_of, gap >, pg::sor< speaker, source_institution >,
                                   pg::at< pg::star< blank >, pg::one< ',' > > > {};
// "Esperon cho biết", "Kreidman khuyên": a person named by a name alone, once the page has named them in
// full. Never an honorific, a title or a group word ("Ông nói", "Thủ tướng nói" are read above); the tree
// builder keeps the statement only when the name is the ending of exactly one person's name on the page,
// so "Hà Nội cho biết" makes nothing.
// Nor the words that open "Theo hướng dẫn của …", "Như thông báo của …" (according to, as): there the
// nominal statement is read.
// A name and a verb are looked for first: most sentences open with a capital, few with a name and a verb,
// and the lexicon lookups that refuse honorifics and titles would otherwise run at every one.
struct bare_name_ahead   : pg::seq< given_name, pg::opt< apposition >, adverbs, gap, speech_verb > {};
struct bare_name_speaker : pg::seq< pg::at< bare_name_ahead >, mention_begin, pg::not_at< honorific >, pg::not_at< title_head >, pg::not_at< group_speaker >,
                                    pg::not_at< institution_head >, pg::not_at< word< lex::according > >, pg::not_at< word< lex::like > >,
                                    given_name > {};
// A verb followed by "của" (of) is a noun: "Lời kêu gọi của …" (the appeal of …) is read as a nominal
// statement. No addressee is read: when the name turns out to name nobody ("Trong thông báo, Bộ Y tế yêu
// cầu …"), the statement is dropped, and what follows the verb must still be read as it would have been.
struct bare_name_statement : pg::seq< bare_name_speaker, adverbs, gap, speech_verb, not_work_done, pg::not_at< gap, word< lex::of_whom > > > {};
// What each of the three forms needs at its first word: "theo"; a title, an honorific, a reference or a
// group (the first words of speaker's lexicon forms); or a capital (an institution, a bare name). One
// look at a word's lexicon classes and capitals, where most words after a comma or a stop have neither,
// spares the forms, which would each begin a mention and fail.
struct statement_start  : pg::sor< pg::not_at< no_entry_of< word_class::title, word_class::honorific, word_class::reference,
                                                            word_class::group > >,
                                   word< lex::according >, capital_here > {};
struct statement_head   : pg::seq< pg::at< statement_start >, pg::sor< theo_statement, speaker_statement, bare_name_statement > > {};

// "“…”, Bộ trưởng ghi nhận." — the attribution closes the sentence.
struct quote_attribution : pg::seq< pg::opt< pg::star< blank >, pg::one< ',' > >, gap, pg::sor< speaker, pronoun_speaker, bare_name_speaker >,
                                    pg::opt< apposition >, adverbs, gap, speech_verb,
                                    pg::at< pg::star< blank >, pg::sor< pg::one< '.', '!', ';' >, line_end > > > {};
// “ closes a quotation opened with „ („…“).
struct close_quote      : pg::sor< lex::right_double, lex::right_guillemet, lex::right_single, pg::one< '"' >, lex::left_double > {};

// "chỉ đạo của Bộ trưởng …", "theo yêu cầu của Thủ tướng …".
struct nominal_statement : pg::seq< speech_verb, gap, word< lex::of_whom >, gap, speaker > {};

// "Trả lời phỏng vấn …", "Trao đổi với …" opening a paragraph: its speaker answers what follows.
struct interview_lead   : pg::sor< pg::seq< word< lex::reply >, gap, pg::sor< word< lex::interview >, word< lex::press > > >,
                                   word< lex::talk > > {};
// clang-format on

}  // namespace chidao::grammar
