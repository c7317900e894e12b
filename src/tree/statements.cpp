// SPDX-License-Identifier: MIT
#include "tree/statements.hpp"

#include "tree/order.hpp"
#include "tree/statement_spans.hpp"

namespace chidao::detail {

namespace {

constexpr std::size_t none = speaker_registry::none;

// A person named in full, for the attribution stage (who an interview's lead or label introduces).
void note_naming( std::vector< attribute::naming >& named, const mention_event& m, std::size_t person )
{
   if( person != none && m.kind == mention_event::kind_t::person && m.name.end > m.name.begin && !m.given_name_only ) {
      named.push_back( { m.whole, person } );
   }
}

// Statements are siblings and must not overlap (src/tree/statement_spans); they stay in document order.
void separate( std::vector< statement_build >& statements, const page_layout& layout )
{
   std::vector< statement_extent > extents;
   extents.reserve( statements.size() );
   for( const statement_build& st : statements ) {
      extents.push_back( { st.form, st.begin, st.end, st.head, st.paragraph } );
   }
   const std::vector< bool > kept = separate_statements( extents, layout );
   std::vector< statement_build > out;
   out.reserve( statements.size() );
   for( std::size_t i = 0; i < statements.size(); ++i ) {
      if( kept[ i ] ) {
         statements[ i ].begin = extents[ i ].begin;
         statements[ i ].end = extents[ i ].end;
         out.push_back( std::move( statements[ i ] ) );
      }
   }
   sort_in_order( out, []( const statement_build& a, const statement_build& b ) { return a.begin < b.begin; } );
   statements = std::move( out );
}

}  // namespace

page_statements build_statements( const std::vector< statement_event >& events, const std::vector< mention_event >& mentions,
                                  const page_layout& layout, const std::string& text, speaker_registry& registry )
{
   page_statements out;
   // Mentions and statements, in document order: coreference looks back.
   struct entry {
      std::size_t position;
      const statement_event* statement;
      const mention_event* mention;
   };
   std::vector< entry > order;
   for( const auto& e : events ) {
      if( !layout.in_repeated( e.head.begin ) ) {
         order.push_back( { e.speaker.whole.begin, &e, nullptr } );
      }
   }
   for( const auto& m : mentions ) {
      if( !layout.in_repeated( m.whole.begin ) ) {
         order.push_back( { m.whole.begin, nullptr, &m } );
      }
   }
   sort_in_order( order, []( const entry& a, const entry& b ) { return a.position < b.position; } );
   // At most one person per mention, with up to four name endings each: sized once, the indexes never
   // rehash, which on a page naming thousands of people cost more than the lookups.
   registry.reserve( order.size() );
   std::size_t last_speaker = none;
   std::size_t last_speaker_paragraph = 0;
   for( const entry& e : order ) {
      if( e.mention != nullptr ) {
         note_naming( out.named, *e.mention, registry.resolve( *e.mention, none ) );
         continue;
      }
      const statement_event& ev = *e.statement;
      statement_build st;
      st.form = ev.form;
      st.verb = ev.verb;
      st.act = ev.act;
      st.how = ev.form == statement_form::after_quote ? attribution::quote : attribution::same_sentence;
      st.speaker_text = ev.speaker.kind == mention_event::kind_t::group ? ev.speaker.name : ev.speaker.whole;
      if( ev.act == speech_act::directive ) {
         st.addressee = ev.addressee;
      }
      const statement_extent wished = wished_extent( ev.form, ev.head, ev.quote, layout, text );
      st.begin = wished.begin;
      st.end = wished.end;
      st.head = wished.head;
      st.paragraph = wished.paragraph;
      // A question ("Thứ trưởng đánh giá thế nào về …?") asks; it states nothing. Its speaker is
      // still a mention.
      const text_range own = layout.trim( { st.begin, st.end } );
      if( own.end > own.begin && text[ own.end - 1 ] == '?' ) {
         note_naming( out.named, ev.speaker, registry.resolve( ev.speaker, none ) );
         continue;
      }
      // "ông", "bà" after a quotation: the last speaker, if they spoke in this or the paragraph before.
      const std::size_t pronoun_target =
         last_speaker != none && st.paragraph <= last_speaker_paragraph + 1 ? last_speaker : none;
      st.speaker = registry.resolve( ev.speaker, pronoun_target, true );
      if( st.speaker == none && ev.speaker.bare_name ) {
         continue;  // a name alone speaks only when it names someone on the page
      }
      note_naming( out.named, ev.speaker, st.speaker );
      if( st.speaker != none && registry[ st.speaker ].kind == chidao::speaker::kind_t::role ) {
         st.how = attribution::title_only;
      }
      if( st.speaker != none && registry[ st.speaker ].kind == chidao::speaker::kind_t::person ) {
         last_speaker = st.speaker;
         last_speaker_paragraph = st.paragraph;
      }
      out.statements.push_back( std::move( st ) );
   }
   separate( out.statements, layout );
   for( auto& st : out.statements ) {
      st.span_end = st.end;
   }
   return out;
}

std::vector< attribute::said > said_of( const std::vector< statement_build >& statements )
{
   std::vector< attribute::said > said;
   said.reserve( statements.size() );
   for( const statement_build& st : statements ) {
      said.push_back( { st.begin, st.end, st.paragraph, st.form, st.speaker, st.speaker_text, false } );
   }
   return said;
}

}  // namespace chidao::detail
