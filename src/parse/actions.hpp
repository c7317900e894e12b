// SPDX-License-Identifier: MIT
// Actions: each turns one matched rule into state or one event. They decide and build nothing.
#pragma once

#include <charconv>
#include <string_view>

#include "grammar/document.hpp"
#include "parse/context.hpp"
#include "parse/events.hpp"

namespace chidao::detail {

namespace pg = tao::pegtl;
namespace g = chidao::grammar;

struct parse_state : grammar_context {
   parse_state( const grammar_context& context, event_sink& events ) : grammar_context( context ), sink( events ) {}

   event_sink& sink;
   unsigned numeral = 0;     // value of the last number word or digits matched
   marker_event pending{};   // the last marker matched, waiting for its position to be confirmed
   mention_event mention{};  // the speaker being matched, reset where a mention begins
   text_range verb{};
   speech_act act = speech_act::assertive;
   text_range addressee{};
   text_range quote{};       // the last quotation matched
   std::size_t opening_quote = static_cast< std::size_t >( -1 );  // the quotation that opened this paragraph
   std::size_t markers_through = 0;  // markers before this were reported already
   std::size_t quotations_through = 0;  // and quotations

   template< typename ActionInput >
   [[nodiscard]] text_range range_of( const ActionInput& in ) const
   {
      return { offset( in.begin() ), offset( in.end() ) };
   }
};

// Primary template: no action.
template< typename Rule >
struct action : pg::nothing< Rule > {};

// Number words carry their value in the rule type.
template< typename Rule >
   requires requires { Rule::value; }
struct action< Rule > {
   static void apply0( parse_state& st ) { st.numeral = Rule::value; }
};

template<>
struct action< g::teen > {
   static void apply0( parse_state& st ) { st.numeral += 10; }
};

inline unsigned digits_value( std::string_view digits )
{
   unsigned value = 0;
   std::from_chars( digits.data(), digits.data() + digits.size(), value );
   return value;
}

template<>
struct action< g::count_digits > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.numeral = digits_value( in.string_view() ); }
};

template<>
struct action< g::number_digits > : action< g::count_digits > {};
template<>
struct action< g::ordinal_digit_run > : action< g::count_digits > {};

// Spoken markers.
template< list_style Style, bool Closer = false >
struct marker_action {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.pending = marker_event{};
      st.pending.style = Style;
      st.pending.closer = Closer;
      st.pending.ordinal = Closer ? 0 : st.numeral;
      st.pending.marker = st.range_of( in );
   }
};

template<>
struct action< g::thu_marker > : marker_action< list_style::thu > {};
template<>
struct action< g::la_marker > : marker_action< list_style::la > {};
template<>
struct action< g::closer_marker > : marker_action< list_style::thu, true > {};
// "Trước hết": a first point of the "thứ" family, that only a point close after it makes a list.
template<>
struct action< g::opener_marker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.numeral = 1;
      marker_action< list_style::thu >::apply( in, st );
      st.pending.opener = true;
   }
};
template<>
struct action< g::numeric_marker > : marker_action< list_style::numeric > {};
template<>
struct action< g::bullet_marker > : marker_action< list_style::bullet > {};

// "iv." → 4. Returns 0 for spellings that are no Roman numeral ("iiv", "vv").
inline unsigned roman_value( std::string_view digits )
{
   const auto digit = []( char c ) -> unsigned {
      switch( c ) {
         case 'i': return 1;
         case 'v': return 5;
         case 'x': return 10;
         default: return 50;
      }
   };
   unsigned total = 0;
   for( std::size_t i = 0; i < digits.size(); ++i ) {
      const unsigned d = digit( digits[ i ] );
      if( i + 1 < digits.size() && d < digit( digits[ i + 1 ] ) ) {
         total -= d;
      }
      else {
         total += d;
      }
   }
   // Only the canonical spelling counts, so "iiv" or "vx" are not read as numbers.
   static constexpr std::string_view canonical[] = { "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                                                     "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx" };
   return total < std::size( canonical ) && canonical[ total ] == digits ? total : 0;
}

// Vietnamese lists letter their points a, b, c, d, đ, e, g, h, i, k …; f, j, w, z are borrowed letters
// and count where English would put them.
inline unsigned letter_value( std::string_view letter )
{
   static constexpr std::string_view order[] = { "a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "j", "k", "l",
                                                 "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z" };
   for( std::size_t i = 0; i < std::size( order ); ++i ) {
      if( order[ i ] == letter ) {
         return static_cast< unsigned >( i + 1 );
      }
   }
   return 0;
}

template<>
struct action< g::roman_marker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      marker_action< list_style::roman >::apply( in, st );
      const std::string_view text = in.string_view();
      st.pending.ordinal = roman_value( text.substr( 0, text.size() - 1 ) );
      st.pending.letter_ordinal = text.size() == 2 ? letter_value( text.substr( 0, 1 ) ) : 0;
   }
};

template<>
struct action< g::letter_marker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      marker_action< list_style::letter >::apply( in, st );
      std::string_view text = in.string_view();
      text.remove_suffix( 1 );  // ")" or "."
      if( text.starts_with( '(' ) ) {
         text.remove_prefix( 1 );
      }
      st.pending.ordinal = letter_value( text );
   }
};
template<>
struct action< g::letter_paren_marker > : action< g::letter_marker > {};

// Positions: the pending marker is confirmed where it stands. `cut` is where the text of the point
// before it ends: the paragraph start, the separator before an inline marker, or after a full stop.
template< bool AtParagraphStart, std::size_t CutAfterBegin >
struct confirm_marker {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      // A quotation read for a quoted statement that then fails is read again as a plain quotation:
      // the points inside it are reported once, in document order.
      if( st.pending.marker.begin < st.markers_through ) {
         return;
      }
      st.markers_through = st.pending.marker.begin + 1;
      st.pending.content_begin = st.offset( in.end() );
      st.pending.cut = st.offset( in.begin() ) + CutAfterBegin;
      st.pending.at_paragraph_start = AtParagraphStart;
      st.sink.marker( st.pending );
   }
};

template<>
struct action< g::paragraph_opening > : confirm_marker< true, 0 > {};
template<>
struct action< g::inline_point > : confirm_marker< false, 0 > {};  // ", thứ nhất, …": the comma goes
template<>
struct action< g::sentence_point > : confirm_marker< false, 1 > {};  // ". Thứ hai, …": the stop stays
template<>
struct action< g::conjoined_point > : confirm_marker< false, 0 > {};  // "… và hai là …": " và" goes
template<>
struct action< g::stop_letter_point > : confirm_marker< false, 1 > {};  // ". b) …": the stop stays  // "… và hai là …": " và" goes

// Speakers: the sub-rules fill in the mention, the statement forms report it.
template<>
struct action< g::mention_begin > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      // A new mention, keeping the title lists' storage: a mention is begun at every comma, stop and
      // paragraph start, and most are abandoned.
      std::vector< text_range > titles = std::move( st.mention.titles );
      std::vector< text_range > heads = std::move( st.mention.heads );
      titles.clear();
      heads.clear();
      st.mention = mention_event{};
      st.mention.titles = std::move( titles );
      st.mention.heads = std::move( heads );
      st.mention.whole.begin = st.offset( in.begin() );
      st.addressee = {};
   }
};

template<>
struct action< g::title_head > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      if( st.mention.heads.empty() ) {
         st.mention.title_capitalized = st.capitalized( in.begin() );
      }
      st.mention.heads.push_back( st.range_of( in ) );
   }
};

template<>
struct action< g::title_unit > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.mention.titles.push_back( st.range_of( in ) ); }
};

template<>
struct action< g::person_name > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.mention.name = st.range_of( in ); }
};

template<>
struct action< g::given_name > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.mention.name = st.range_of( in );
      st.mention.given_name_only = true;
   }
};

template<>
struct action< g::honorific > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.mention.honorific = st.range_of( in ); }
};

template<>
struct action< g::group_speaker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.mention.kind = mention_event::kind_t::group;
      st.mention.name = st.range_of( in );  // without what qualifies it ("… tham dự phiên họp")
   }
};

template<>
struct action< g::institution_speaker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.mention.kind = mention_event::kind_t::group;
      st.mention.institution = true;
      st.mention.name = st.range_of( in );
   }
};
template<>
struct action< g::source_name > : action< g::institution_speaker > {};  // "Newsweek" in "báo Mỹ Newsweek"

template<>
struct action< g::reference_speaker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.mention.kind = mention_event::kind_t::reference;
      st.mention.reference_title = st.lexicon_value( g::word_class::reference, in.string_view() );
   }
};

template<>
struct action< g::speaker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.mention.whole.end = st.offset( in.end() ); }
};

template<>
struct action< g::bare_name_speaker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.mention.bare_name = true;
      st.mention.whole.end = st.offset( in.end() );
   }
};
template<>
struct action< g::pronoun_speaker > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.mention.kind = mention_event::kind_t::pronoun;
      st.mention.whole.end = st.offset( in.end() );
   }
};

template<>
struct action< g::person_mention > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.mention.whole.end = st.offset( in.end() );
      st.sink.mention( st.mention );
   }
};

template<>
struct action< g::honorific_mention > : action< g::person_mention > {};

template<>
struct action< g::speech_verb > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.verb = st.range_of( in );
      st.act = static_cast< speech_act >( st.lexicon_value( g::word_class::verb, in.string_view() ) );
   }
};

template<>
struct action< g::according_to > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      st.verb = st.range_of( in );
      st.act = speech_act::assertive;
   }
};

template<>
struct action< g::addressee > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.addressee = st.range_of( in ); }
};

template<>
struct action< g::quotation > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.quote = st.range_of( in ); }
};
template<>
struct action< g::speech_quotation > : action< g::quotation > {};
// The words of speech in quotation marks, once each: the points inside end with them.
template< typename Close >
struct action< g::quoted_words< Close, g::quoted_char > > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      const text_range words = st.range_of( in );
      if( words.begin >= st.quotations_through ) {
         st.quotations_through = words.end;
         st.sink.quotation( words );
      }
   }
};

template< statement_form Form >
struct statement_action {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      statement_event s;
      s.form = Form;
      s.speaker = st.mention;
      s.verb = st.verb;
      s.act = st.act;
      s.addressee = st.addressee;
      s.head = st.range_of( in );
      s.quote = Form == statement_form::after_quote ? st.quote : text_range{};
      st.sink.statement( s );
   }
};

template<>
struct action< g::speaker_statement > : statement_action< statement_form::speaker_first > {};
template<>
struct action< g::bare_name_statement > : statement_action< statement_form::speaker_first > {};
template<>
struct action< g::theo_statement > : statement_action< statement_form::according_to > {};
template<>
struct action< g::nominal_statement > : statement_action< statement_form::nominal > {};

template<>
struct action< g::attribution_after_quote > : statement_action< statement_form::after_quote > {};
// "“Điều cuối cùng …”, Bộ trưởng yêu cầu.": the closing mark of the quotation that opened the paragraph
// (with a marker inside it). Only that quotation, and only once: another "”, X nói" later in the same
// paragraph has no known start, and taking the paragraph's start for it would make every such
// statement as long as the paragraph (quadratic output on one long line of quotes).
template<>
struct action< g::closing_attribution > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      if( st.opening_quote == static_cast< std::size_t >( -1 ) ) {
         return;
      }
      st.quote = { st.opening_quote, st.offset( in.begin() ) + 1 };
      st.opening_quote = static_cast< std::size_t >( -1 );
      statement_action< statement_form::after_quote >::apply( in, st );
   }
};

template<>
struct action< g::quoted_opening > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.opening_quote = st.offset( in.begin() ); }
};

template<>
struct action< g::interview_lead > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.sink.interview_lead( st.offset( in.begin() ) ); }
};

template<>
struct action< g::semicolon_point > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.sink.semicolon_point( st.range_of( in ) ); }
};

template<>
struct action< g::semicolon_list > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.sink.semicolon_list( st.range_of( in ) ); }
};

template<>
struct action< g::announced_count > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.sink.announced_count( st.numeral, st.range_of( in ) ); }
};

template<>
struct action< g::sentence_boundary > {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.sink.sentence_end( st.offset( in.end() ) ); }
};

// Both kinds of paragraph report themselves; `paragraph`, either of them, has no action of its own.
struct paragraph_action {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st )
   {
      text_range line = st.range_of( in );
      if( line.end > line.begin && in.end()[ -1 ] == '\n' ) {
         --line.end;
      }
      st.sink.paragraph( line );
      st.opening_quote = static_cast< std::size_t >( -1 );  // a paragraph's quotation ends with it
   }
};
template<>
struct action< g::opened_paragraph > : paragraph_action {};
template<>
struct action< g::plain_paragraph > : paragraph_action {};

template< noise_kind Kind >
struct noise_action {
   template< typename ActionInput >
   static void apply( const ActionInput& in, parse_state& st ) { st.sink.noise( Kind, st.range_of( in ) ); }
};

template<>
struct action< g::captioned_line > : noise_action< noise_kind::caption > {};
template<>
struct action< g::caption_label_line > : noise_action< noise_kind::caption > {};
template<>
struct action< g::credit_line > : noise_action< noise_kind::credit > {};
template<>
struct action< g::image_line > : noise_action< noise_kind::image > {};
template<>
struct action< g::related_section > : noise_action< noise_kind::related > {};
template<>
struct action< g::share_line > : noise_action< noise_kind::related > {};

}  // namespace chidao::detail
