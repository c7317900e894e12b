// SPDX-License-Identifier: MIT
// Events → document. Collects what the grammar reported, then runs the tree builder's phases over it:
// the page's layout, list assembly, speakers and attribution, and the tree itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chidao/document.hpp"
#include "lexicon/tables.hpp"
#include "parse/events.hpp"
#include "text/source.hpp"
#include "tree/layout.hpp"
#include "tree/lists.hpp"

namespace chidao::detail {

class builder final : public event_sink {
public:
   void marker( const marker_event& m ) override { markers_.push_back( m ); }
   void semicolon_point( text_range point ) override { points_.push_back( point ); }
   void semicolon_list( text_range list ) override;
   void announced_count( unsigned value, text_range where ) override { counts_.push_back( { value, where } ); }
   void paragraph( text_range line ) override { paragraphs_.push_back( line ); }
   void noise( noise_kind kind, text_range lines ) override { noise_.push_back( { kind, lines } ); }
   void statement( const statement_event& s ) override { statements_.push_back( s ); }
   void mention( const mention_event& m ) override { mentions_.push_back( m ); }
   void interview_lead( std::size_t where ) override { interview_leads_.push_back( where ); }
   void quotation( text_range words ) override { quotations_.push_back( words ); }
   void sentence_end( std::size_t at ) override
   {
      if( sentence_ends_.empty() || sentence_ends_.back() != at ) {  // the rules trying one stop report it once
         sentence_ends_.push_back( at );
      }
   }

   /// Builds the tree of the events reported on `input`'s normalized text: spans count its original
   /// bytes, texts are cut from its UTF-8.
   [[nodiscard]] document finish( std::string source, const source_text& input, const lexicon_tables& lexicon ) &&;

private:
   std::vector< marker_event > markers_;
   std::vector< text_range > points_;  // points of the semicolon list being reported
   std::vector< semicolon_group > semicolon_lists_;
   std::vector< detail::announced_count > counts_;  // (the type; the member function of that name reports one)
   std::vector< text_range > paragraphs_;
   std::vector< noise_line > noise_;
   std::vector< statement_event > statements_;
   std::vector< mention_event > mentions_;
   std::vector< std::size_t > interview_leads_;
   std::vector< text_range > quotations_;
   std::vector< std::size_t > sentence_ends_;
};

}  // namespace chidao::detail
