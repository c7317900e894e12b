// SPDX-License-Identifier: MIT
#include "tree/ownership.hpp"

#include <algorithm>
#include <utility>

namespace chidao::detail {

namespace {

constexpr std::size_t none = no_list;

}  // namespace

list_ownership::list_ownership( list_assembler& lists, std::vector< statement_build >& statements, const page_layout& layout )
   : assembly_( lists ), lists_( lists.lists() ), statements_( statements ), layout_( layout )
{}

void list_ownership::own_lists( std::vector< attribute::said >& said, const std::string_view text,
                                const std::vector< attribute::naming >& named, const std::vector< std::size_t >& interview_leads )
{
   // Statements inside a point cannot own a later list: the list would leave its parent's span.
   for( std::size_t i = 0; i < statements_.size(); ++i ) {
      said[ i ].in_list = assembly_.holder_of( assembly_.top_lists(), statements_[ i ].begin ).first != none;
   }
   std::vector< std::size_t > kept;
   std::vector< attribute::enumeration > enumerations;
   for( std::size_t l = 0; l < lists_.size(); ++l ) {
      const list_build& list = lists_[ l ];
      if( !list.kept ) {
         continue;
      }
      const item_build& first = list.items.front();
      attribute::enumeration e;
      e.marker = first.marker.marker.begin;
      e.content = first.marker.content_begin;
      e.cut = first.marker.cut;
      e.paragraph = first.paragraph;
      e.at_paragraph_start = first.marker.at_paragraph_start;
      e.nested = list.parent_list != none;
      e.inline_data = list.style == list_style::semicolon;
      if( list.announced ) {
         e.announcement = list.announcement;
      }
      kept.push_back( l );
      enumerations.push_back( e );
   }
   const attribute::page page{ text, layout_.paragraphs(), said, named, interview_leads };
   const std::vector< attribute::owner > owners = attribute::attribute_lists( page, enumerations );
   for( std::size_t k = 0; k < kept.size(); ++k ) {
      record( kept[ k ], owners[ k ] );
   }
}

void list_ownership::record( const std::size_t l, const attribute::owner& o )
{
   if( o.statement != none && may_hold( o.statement, l ) ) {
      attach( l, o.statement );
      lists_[ l ].how = o.how;
   }
   else if( o.statement != none ) {
      lists_[ l ].speaker = statements_[ o.statement ].speaker;
      lists_[ l ].how = o.how;
   }
   else if( o.answer && lists_[ l ].parent_list != none ) {
      lists_[ l ].speaker = o.speaker;  // a list in a point of an answer is the same answer's
      lists_[ l ].how = attribution::interview;
   }
   else if( o.answer ) {
      if( const std::size_t same = answer_overlapping( o ); same != none ) {
         // Two lists in one answer: one answer, holding both.
         if( o.answer_text.begin < statements_[ same ].begin ) {
            answers_.erase( statements_[ same ].begin );
            answers_.emplace( o.answer_text.begin, same );
         }
         statements_[ same ].begin = std::min( statements_[ same ].begin, o.answer_text.begin );
         statements_[ same ].end = std::max( statements_[ same ].end, o.answer_text.end );
         statements_[ same ].span_end = std::max( statements_[ same ].span_end, statements_[ same ].end );
         attach( l, same );
         lists_[ l ].how = attribution::interview;
         return;
      }
      statement_build answer;
      answer.form = statement_form::interview_answer;
      answer.how = attribution::interview;
      answer.verb_text = "trả lời phỏng vấn";  // answered the interview
      answer.speaker = o.speaker;
      answer.speaker_text = o.speaker_text;
      answer.begin = answer.end = assembly_.list_begin( l );
      if( o.answer_text.end > o.answer_text.begin ) {
         answer.begin = o.answer_text.begin;
         answer.end = o.answer_text.end;
      }
      if( !fits_in_its_point( answer.begin, l ) ) {
         lists_[ l ].speaker = o.speaker;  // the answer would start in a point and hold a list past it
         lists_[ l ].how = attribution::interview;
         return;
      }
      answer.paragraph = layout_.paragraph_of( answer.begin );
      statements_.push_back( std::move( answer ) );
      answers_.emplace( statements_.back().begin, statements_.size() - 1 );
      attach( l, statements_.size() - 1 );
      lists_[ l ].how = attribution::interview;
   }
   else if( o.speaker != none ) {
      lists_[ l ].speaker = o.speaker;
      lists_[ l ].how = o.how;
   }
}

// A list in a point stays in it, unless the statement holding it is in the same point: a tree's
// child lies inside its parent.
bool list_ownership::may_hold( const std::size_t statement, const std::size_t list ) const
{
   const std::size_t at = statements_[ statement ].begin;
   if( !fits_in_its_point( at, list ) ) {
      return false;
   }
   const list_build& l = lists_[ list ];
   if( l.parent_list == none ) {
      return true;
   }
   const item_build& point = lists_[ l.parent_list ].items[ l.parent_item ];
   return at >= point.marker.cut && at < point.territory_end;
}

// Whether a statement starting at `at` may hold `list`: not when it starts in a point of another
// list and `list` runs past that point, for the statement could not stay inside it. (Starting at
// the list's own first point, it holds the list and sits outside it.)
bool list_ownership::fits_in_its_point( const std::size_t at, const std::size_t list ) const
{
   const auto [ holder, k ] = assembly_.holder_of( assembly_.top_lists(), at );
   return holder == none || holder == list || assembly_.list_end( list ) <= lists_[ holder ].items[ k ].territory_end;
}

// An interview answer already made whose text meets `o`'s, by the same interviewee, or none. Answers
// are kept by where they start, so that a page of many answers is not searched once for each.
std::size_t list_ownership::answer_overlapping( const attribute::owner& o ) const
{
   if( o.answer_text.end <= o.answer_text.begin ) {
      return none;
   }
   for( auto it = answers_.lower_bound( o.answer_text.end ); it != answers_.begin(); ) {
      const statement_build& st = statements_[ ( --it )->second ];
      if( st.end <= o.answer_text.begin ) {
         break;  // answers' own texts (the paragraphs introducing them) do not overlap: earlier ones end sooner
      }
      if( st.speaker == o.speaker ) {
         return it->second;
      }
   }
   return none;
}

void list_ownership::attach( const std::size_t list, const std::size_t statement )
{
   lists_[ list ].owner = statement;
   statements_[ statement ].lists.push_back( list );
   statements_[ statement ].span_end = std::max( statements_[ statement ].span_end, assembly_.list_end( list ) );
   const std::size_t parent = lists_[ list ].parent_list;
   if( parent != none ) {
      auto& children = lists_[ parent ].items[ lists_[ list ].parent_item ].child_lists;  // the point holding the list
      children.erase( std::remove( children.begin(), children.end(), list ), children.end() );
   }
}

}  // namespace chidao::detail
