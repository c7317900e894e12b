// SPDX-License-Identifier: MIT
#include "attribute/attribute.hpp"

#include <algorithm>

namespace chidao::detail::attribute {
namespace {

// Reported speech goes on into the next paragraph, no further: two 50-list samples of the corpus, judged
// by reading, found continuations from further back wrong 9 times in 12 (the journalist's fact boxes,
// round-ups, results), and those from the paragraph before right 3 times in 5.
constexpr std::size_t continuation_paragraphs = 1;
// An interview answer is looked for this many paragraphs back from a list, to the question it answers.
constexpr std::size_t answer_paragraphs = 8;
// A first point names its speaker when a statement starts this close to its content ("Thứ nhất, theo
// ông Lẫm, …"): the marker's own punctuation and a space.
constexpr std::size_t carried_slack = 3;
// A sub-headline is a short line without a sentence's final punctuation; so is the thanks that ends an
// interview.
constexpr std::size_t subheading_bytes = 90;
// An answer's label ("- Ông Nguyễn Văn An: …") opens its paragraph, after a dash and a space.
constexpr std::size_t label_slack = 8;

bool ends_with_any( std::string_view s, std::initializer_list< std::string_view > endings )
{
   return std::any_of( endings.begin(), endings.end(), [ & ]( std::string_view e ) { return s.ends_with( e ); } );
}

// The text is case-folded NFC: the en dash and em dash are three bytes each.
constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr std::string_view em_dash = "\xE2\x80\x94";

owner owned_by( std::size_t statement, attribution how )
{
   owner o;
   o.statement = statement;
   o.how = how;
   return o;
}

class attributor {
public:
   explicit attributor( const page& p ) : p_( p ), index_( p.statements )
   {
      // Labels: a person named in full right at a paragraph's start (after a dash), and a colon.
      for( const naming& n : p_.named ) {
         const text_range opening = p_.paragraphs.empty() ? text_range{} : p_.paragraphs[ paragraph_of( n.where.begin ) ];
         if( n.person != none && n.where.begin < opening.begin + label_slack && n.where.end < p_.text.size() &&
             p_.text[ n.where.end ] == ':' ) {
            labels_.push_back( n );
         }
      }
      first_question_ = 0;
      while( first_question_ < p_.paragraphs.size() && !is_question( paragraph( first_question_ ) ) ) {
         ++first_question_;
      }
      if( !p_.interview_leads.empty() && !p_.paragraphs.empty() ) {
         lead_paragraph_ = paragraph_of( p_.interview_leads.front() );
         const auto s = std::find_if( p_.statements.begin(), p_.statements.end(),
                                      [ & ]( const said& st ) { return st.paragraph == lead_paragraph_; } );
         if( s == p_.statements.end() ) {
            lead_paragraph_ = none;  // a lead that makes nobody speak leads nothing
         }
         else {
            lead_speaker_ = s->speaker;
            lead_text_ = s->speaker_text;
         }
      }
   }

   owner attribute( const enumeration& e ) const
   {
      if( p_.paragraphs.empty() ) {
         return {};
      }
      if( const std::size_t s = quoting( e ); s != none ) {
         return owned_by( s, attribution::quote );
      }
      if( const std::size_t s = index_.holding( e.marker, e.cut ); s != none ) {
         return owned_by( s, p_.statements[ s ].form == statement_form::after_quote ? attribution::quote : attribution::same_sentence );
      }
      if( e.nested ) {
         return {};  // it speaks with the list it is nested in
      }
      if( const std::size_t s = announcing( e ); s != none ) {
         return owned_by( s, attribution::announced );
      }
      if( const std::size_t s = carried( e ); s != none ) {
         owner o;
         o.speaker = p_.statements[ s ].speaker;
         return o;
      }
      if( const std::size_t who = labelled( e ); who != none ) {
         owner o;
         o.speaker = who;
         o.how = attribution::announced;
         return o;
      }
      if( auto answer = interview_answer( e ) ) {
         return *answer;
      }
      if( const std::size_t s = continuing( e ); s != none ) {
         return owned_by( s, attribution::continued );
      }
      return {};
   }

private:
   std::string_view paragraph( std::size_t k ) const
   {
      const text_range r = p_.paragraphs[ k ];
      return p_.text.substr( r.begin, r.end - r.begin );
   }

   std::size_t paragraph_of( std::size_t pos ) const
   {
      const auto it = std::upper_bound( p_.paragraphs.begin(), p_.paragraphs.end(), pos,
                                        []( std::size_t v, const text_range& r ) { return v < r.begin; } );
      return it == p_.paragraphs.begin() ? 0 : static_cast< std::size_t >( std::prev( it ) - p_.paragraphs.begin() );
   }

   std::size_t statements_before( std::size_t pos ) const { return index_.before( pos ); }

   // "“Thứ nhất, …”, Bộ trưởng nói.": a quotation opening with the list's first point, its speaker
   // named after it. The statement starts where the point does, so holding() leaves it out.
   std::size_t quoting( const enumeration& e ) const
   {
      const std::size_t after = index_.before( e.cut + 1 );
      if( after == 0 ) {
         return none;
      }
      const said& s = p_.statements[ after - 1 ];
      return s.begin == e.cut && s.form == statement_form::after_quote && s.end > e.marker ? after - 1 : none;
   }

   // The statement of the paragraph before the list when that paragraph ends with a colon ("… nhấn
   // mạnh một số định hướng như sau:"), or the statement whose own text holds the count announcing
   // the list ("Bộ trưởng An nhấn mạnh 3 nhiệm vụ trọng tâm.").
   std::size_t announcing( const enumeration& e ) const
   {
      if( e.at_paragraph_start && e.paragraph > 0 && paragraph( e.paragraph - 1 ).ends_with( ':' ) ) {
         const std::size_t before = e.paragraph - 1;
         for( std::size_t i = statements_before( p_.paragraphs[ before ].end ); i-- > 0; ) {
            const said& s = p_.statements[ i ];
            if( s.paragraph != before ) {
               break;
            }
            if( !s.in_list ) {
               return i;
            }
         }
      }
      if( e.announcement ) {
         return index_.reaching( e.announcement->begin, e.announcement->begin, true );
      }
      return none;
   }

   // "Thứ nhất, theo ông Lẫm, …": a statement with a known speaker right at the first point's start.
   std::size_t carried( const enumeration& e ) const
   {
      const std::size_t i = statements_before( e.content );
      if( i < p_.statements.size() ) {
         const said& s = p_.statements[ i ];
         if( s.begin <= e.content + carried_slack && s.speaker != none && s.form != statement_form::after_quote ) {
            return i;
         }
      }
      return none;
   }

   // Reported speech that goes on: the latest statement before the list, with a known speaker, in the
   // list's paragraph or the one right before (so no question, sub-headline or interview turn stands in
   // between), and not itself in a question. Another speaker's statement would itself be the latest.
   // A semicolon list is one sentence's parts: a team line-up, symptoms, a law's clauses. Read over the
   // corpus, such lists continued from an earlier statement were the journalist's 20 times in 22, so
   // only a statement holding or announcing them gives them a speaker.
   std::size_t continuing( const enumeration& e ) const
   {
      if( e.inline_data ) {
         return none;
      }
      const std::size_t i = statements_before( e.marker );
      if( i == 0 ) {
         return none;
      }
      const said& s = p_.statements[ i - 1 ];
      if( s.speaker == none || s.in_list || !within_speech( s.paragraph, e.paragraph ) ) {
         return none;
      }
      if( s.paragraph < e.paragraph && is_question( paragraph( s.paragraph ) ) ) {
         return none;
      }
      return i - 1;
   }

   // Speech goes on from paragraph `from` to `to`: into the next paragraph, and on through paragraphs
   // that open with a quotation mark (the speaker's own words, quoted paragraph by paragraph).
   bool within_speech( std::size_t from, std::size_t to ) const
   {
      for( std::size_t k = from + continuation_paragraphs; k < to; ++k ) {
         if( !opens_quotation( paragraph( k ) ) ) {
            return false;
         }
      }
      return true;
   }

   // "Nhà thơ Thái Thăng Long:" alone on its line, then the list: the label names who speaks.
   std::size_t labelled( const enumeration& e ) const
   {
      if( !e.at_paragraph_start || e.paragraph == 0 ) {
         return none;
      }
      const text_range before = p_.paragraphs[ e.paragraph - 1 ];
      const auto label = std::upper_bound( labels_.begin(), labels_.end(), before.end,
                                           []( std::size_t v, const naming& n ) { return v < n.where.begin; } );
      if( label == labels_.begin() ) {
         return none;
      }
      const naming& n = *std::prev( label );
      return n.where.begin >= before.begin && n.where.end + 1 == before.end ? n.person : none;
   }

   // An interview answers its questions turn by turn ("- Anh có thể cho biết …?" / "- Thứ nhất, …").
   // A list after a question, in a turn opened by a dash, is an answer; so is a list after a lead
   // "Trả lời phỏng vấn …, Bộ trưởng … cho biết". The answer is the interviewee's, named by the last
   // label before it ("- Tiến sĩ Nguyễn Thế Bảo: …"), by the lead, or else the last person named
   // before the first question. No one named: the list is an answer of nobody known, and stays so.
   std::optional< owner > interview_answer( const enumeration& e ) const
   {
      const std::size_t floor = e.paragraph > answer_paragraphs ? e.paragraph - answer_paragraphs : 0;
      std::size_t question = none;
      for( std::size_t k = e.paragraph; k-- > floor; ) {
         if( is_question( paragraph( k ) ) ) {
            question = k;
            break;
         }
      }
      const bool after_lead = lead_paragraph_ != none && e.paragraph > lead_paragraph_;
      const bool turn_after_question = question != none && is_turn( paragraph( question + 1 ) );
      if( is_question( paragraph( e.paragraph ) ) || !( turn_after_question || after_lead ) ) {
         return std::nullopt;
      }
      // The interview is over at a thank-you ("Xin cảm ơn bà!") or a sub-headline between the question and
      // the list: what follows is a sidebar or another piece, the journalist's.
      if( question != none ) {
         for( std::size_t k = question + 1; k < e.paragraph; ++k ) {
            if( is_closing( paragraph( k ) ) || is_subheading( paragraph( k ) ) ) {
               return owner{};
            }
         }
      }
      // A statement between the question (or lead) and the list speaks first: continuation decides.
      const std::size_t from = question != none ? question : lead_paragraph_;
      const std::size_t latest = statements_before( e.marker );
      if( latest > 0 && p_.statements[ latest - 1 ].paragraph > from && !p_.statements[ latest - 1 ].in_list ) {
         return std::nullopt;
      }
      owner o;
      o.how = attribution::interview;
      o.answer = true;
      if( e.at_paragraph_start && e.paragraph > from + 1 ) {
         o.answer_text = p_.paragraphs[ e.paragraph - 1 ];
      }
      const auto [ who, written ] = interviewee( e.marker );
      if( who == none && lead_paragraph_ == none ) {
         return owner{};  // an answer, but nobody is named to have given it
      }
      o.speaker = who;
      o.speaker_text = written;
      return o;
   }

   // The interviewee of an answer at `pos`: the last label before it ("- Tiến sĩ Nguyễn Thế Bảo: …"
   // names who answers, until another label), else the lead's.
   std::pair< std::size_t, text_range > interviewee( std::size_t pos ) const
   {
      const auto label = std::upper_bound( labels_.begin(), labels_.end(), pos,
                                           []( std::size_t v, const naming& n ) { return v < n.where.begin; } );
      if( label != labels_.begin() ) {
         return { std::prev( label )->person, std::prev( label )->where };
      }
      if( lead_paragraph_ != none ) {
         return { lead_speaker_, lead_text_ };
      }
      // The lead: the last person named before the first question.
      const std::size_t lead_end = first_question_ < p_.paragraphs.size() ? p_.paragraphs[ first_question_ ].begin : 0;
      const auto lead = std::lower_bound( p_.named.begin(), p_.named.end(), lead_end,
                                          []( const naming& n, std::size_t v ) { return n.where.begin < v; } );
      for( auto it = lead; it != p_.named.begin(); ) {
         --it;
         if( it->person != none ) {
            return { it->person, it->where };
         }
      }
      return { none, {} };
   }

   const page& p_;
   const statement_index index_;
   std::vector< naming > labels_;  // answer labels, in document order
   std::size_t first_question_ = 0;
   std::size_t lead_paragraph_ = none;  // of the "Trả lời phỏng vấn …" lead, when it makes someone speak
   std::size_t lead_speaker_ = none;
   text_range lead_text_;
};

}  // namespace

statement_index::statement_index( const std::vector< said >& statements ) : statements_( statements )
{
   reach_.resize( statements_.size() );
   for( std::size_t i = 0; i < reach_.size(); ++i ) {
      reach_[ i ] = std::max( statements_[ i ].end, i > 0 ? reach_[ i - 1 ] : 0 );
   }
}

std::size_t statement_index::before( std::size_t pos ) const
{
   return static_cast< std::size_t >(
      std::lower_bound( statements_.begin(), statements_.end(), pos, []( const said& s, std::size_t v ) { return s.begin < v; } ) -
      statements_.begin() );
}

std::size_t statement_index::reaching( std::size_t start, std::size_t at, bool free ) const
{
   for( std::size_t i = before( start ); i-- > 0; ) {
      if( reach_[ i ] <= at ) {
         break;
      }
      const said& s = statements_[ i ];
      if( s.end > at && !( free && s.in_list ) ) {
         return i;
      }
   }
   return none;
}

std::size_t statement_index::holding( std::size_t marker, std::size_t cut ) const
{
   return reaching( std::min( marker + 1, cut ), marker );
}

bool is_question( std::string_view paragraph )
{
   return ends_with_any( paragraph, { "?", "?”", "?\"", "?)" } ) || paragraph.starts_with( "pv:" ) ||
          paragraph.starts_with( "phóng viên:" ) || paragraph.starts_with( "- pv:" );
}

bool is_turn( std::string_view paragraph )
{
   for( const std::string_view dash : { std::string_view( "-" ), en_dash, em_dash } ) {
      if( paragraph.starts_with( dash ) && paragraph.size() > dash.size() && paragraph[ dash.size() ] == ' ' ) {
         return true;
      }
   }
   return false;
}

bool opens_quotation( std::string_view paragraph )
{
   return paragraph.starts_with( "\xE2\x80\x9C" ) || paragraph.starts_with( '"' ) || paragraph.starts_with( "\xC2\xAB" );  // “ " «
}

bool is_subheading( std::string_view paragraph )
{
   return !paragraph.empty() && paragraph.size() < subheading_bytes && !is_turn( paragraph ) &&
          !ends_with_any( paragraph, { ".", "!", "?", ":", ";", ",", "”", "\"", "…", ")" } );
}

bool is_closing( std::string_view paragraph )
{
   for( const std::string_view dash : { std::string_view( "- " ), std::string_view( "\xE2\x80\x93 " ) } ) {
      if( paragraph.starts_with( dash ) ) {
         paragraph.remove_prefix( dash.size() );
      }
   }
   return paragraph.size() < subheading_bytes && ( paragraph.starts_with( "xin cảm ơn" ) || paragraph.starts_with( "cảm ơn" ) );
}

std::vector< owner > attribute_lists( const page& p, const std::vector< enumeration >& lists )
{
   const attributor a( p );
   std::vector< owner > out;
   out.reserve( lists.size() );
   for( const enumeration& e : lists ) {
      out.push_back( a.attribute( e ) );
   }
   return out;
}

}  // namespace chidao::detail::attribute
