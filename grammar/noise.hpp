// SPDX-License-Identifier: MIT
// Page furniture that must neither end a list nor enter an item's text: photo captions and credits,
// image markup, and the block of related links, share buttons and comments that closes a page.
// A headline repeated between paragraphs is recognised later, by comparing paragraphs.
#pragma once

#include "grammar/words.hpp"

namespace chidao::grammar {
namespace lex {
// clang-format off
struct photo      : TAO_PEGTL_STRING( "ảnh" ) {};
struct source     : TAO_PEGTL_STRING( "nguồn" ) {};
struct graphic    : TAO_PEGTL_STRING( "đồ họa" ) {};
struct illustration : TAO_PEGTL_STRING( "minh họa" ) {};
struct video      : TAO_PEGTL_STRING( "video" ) {};
struct caption    : TAO_PEGTL_STRING( "chú thích ảnh" ) {};
struct image_markup : TAO_PEGTL_STRING( "![" ) {};
struct read_more  : TAO_PEGTL_STRING( "đọc thêm" ) {};
struct see_more   : TAO_PEGTL_STRING( "xem thêm" ) {};
struct latest_news : TAO_PEGTL_STRING( "tin mới" ) {};
struct other_news : TAO_PEGTL_STRING( "tin khác" ) {};
struct related_news : TAO_PEGTL_STRING( "tin liên quan" ) {};
struct related_articles : TAO_PEGTL_STRING( "bài liên quan" ) {};
struct related_stories : TAO_PEGTL_STRING( "tin bài liên quan" ) {};
struct same_section : TAO_PEGTL_STRING( "tin cùng chuyên mục" ) {};
struct share      : TAO_PEGTL_STRING( "chia sẻ" ) {};
struct comments   : TAO_PEGTL_STRING( "bình luận" ) {};
struct highlights : TAO_PEGTL_STRING( "nổi bật" ) {};
struct dont_miss  : TAO_PEGTL_STRING( "đừng bỏ lỡ" ) {};
// clang-format on
}  // namespace lex

// clang-format off
// "Ảnh", "Ảnh minh họa", "Nguồn", "Đồ họa", "Video": what a credit line names.
struct credit_label   : pg::sor< pg::seq< word< lex::photo >, gap, word< lex::illustration > >, word< lex::photo >,
                                 word< lex::source >, word< lex::graphic >, word< lex::video > > {};
struct credit_text    : pg::star< pg::not_one< '(', ')', '\n' > > {};
// "Ảnh: Nguyễn Hồng" on its own line.
struct credit_line    : pg::seq< pg::star< blank >, credit_label, pg::star< blank >, pg::one< ':' >, rest_of_line, line_end > {};
// A caption ends with its credit: "… Bùi Thanh Sơn. Ảnh: Lâm Khánh/TTXVN", "… thế giới. (Nguồn: AFP)",
// "… (Ảnh: Tuấn Anh/TG&VN) |". Prose citing a source ends with ")." and stays prose.
struct credit_tail    : pg::seq< pg::sor< pg::seq< pg::one< '(' >, pg::star< blank >, credit_label, pg::star< blank >,
                                                   pg::one< ':' >, credit_text, pg::one< ')' > >,
                                          pg::seq< pg::one< '.' >, gap, credit_label, pg::star< blank >, pg::one< ':' >,
                                                   credit_text > >,
                                 pg::star< pg::one< ' ', '\t', '|' > >, pg::at< line_end > > {};
// A credit begins at "(" or ".": other bytes are passed in runs, not tried one by one.
struct caption_run    : byte_run< bytes_but< '(', '.', '\n' > > {};
// Every credit has a colon after its label: a line without one (most lines of prose) is turned away
// before its text is read, without stopping at each full stop to try a credit there.
struct captioned_line : pg::seq< line_has< ':' >, pg::plus< pg::sor< caption_run, pg::seq< pg::not_at< credit_tail >, line_char > > >,
                                 credit_tail, line_end > {};
// The "Chú thích ảnh" (photo caption) label on its own line.
struct caption_label_line : pg::seq< pg::star< blank >, lex::caption, pg::star< blank >, pg::opt< pg::one< ':' > >,
                                     pg::star< blank >, line_end > {};
// "![]() |": an image the scraper left as markup.
struct image_line     : pg::seq< pg::star< blank >, lex::image_markup, rest_of_line, line_end > {};

// "Chia sẻ:" (share) and its buttons: one line of furniture. Pages put it above the article as often as
// below, so it does not end the page. "Chia sẻ kinh nghiệm …" (sharing experience) is prose: after the
// word only a colon may follow.
struct share_line     : pg::seq< pg::star< blank >, word< lex::share >, pg::star< blank >,
                                 pg::sor< pg::seq< pg::one< ':' >, rest_of_line >, pg::at< line_end > >, line_end > {};
struct noise_line     : pg::sor< image_line, caption_label_line, credit_line, share_line, captioned_line > {};

// "Đọc thêm", "Tin mới", "(0) Bình luận" alone on a line: what follows is other articles and comments,
// to the end of the page.
struct comment_count  : pg::seq< pg::one< '(' >, pg::plus< digit >, pg::one< ')' >, gap > {};
struct related_heading : pg::sor< lex::read_more, lex::see_more, lex::latest_news, lex::other_news, lex::related_stories,
                                  lex::related_news, lex::related_articles, lex::same_section,
                                  lex::comments, lex::highlights, lex::dont_miss > {};
struct related_section : pg::seq< pg::star< blank >, pg::opt< comment_count >, related_heading, pg::star< blank >,
                                  pg::opt< pg::one< ':' > >, pg::star< blank >, line_end, pg::star< pg::any > > {};
// clang-format on

}  // namespace chidao::grammar
