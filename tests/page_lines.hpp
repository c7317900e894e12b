// SPDX-License-Identifier: MIT
// page_lines: a page written one paragraph a line, for the stages after the grammar (the tree builder's
// phases, attribution) tested alone, on what a test places by hand at words it names.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/document.hpp"
#include "parse/events.hpp"

namespace chidao::test {

struct page_lines {
   std::string text;
   std::vector< detail::text_range > paragraphs;

   explicit page_lines( const std::vector< std::string >& lines )
   {
      for( const std::string& line : lines ) {
         paragraphs.push_back( { text.size(), text.size() + line.size() } );
         text += line + "\n";
      }
   }

   /// Where `words` first stand from the start of `paragraph` on; a test failure when they do not.
   std::size_t at( std::size_t paragraph, std::string_view words ) const
   {
      const std::size_t found = text.find( words, paragraphs[ paragraph ].begin );
      EXPECT_NE( found, std::string::npos ) << words;
      return found;
   }
   detail::text_range range( std::size_t paragraph, std::string_view words ) const
   {
      const std::size_t begin = at( paragraph, words );
      return { begin, begin + words.size() };
   }

   /// The marker written `as_written` in `paragraph`, read as `style` and `ordinal`; its content starts
   /// after the punctuation and spaces that follow it.
   detail::marker_event marker( std::size_t paragraph, std::string_view as_written, list_style style, unsigned ordinal ) const
   {
      detail::marker_event m;
      m.style = style;
      m.ordinal = ordinal;
      m.marker = range( paragraph, as_written );
      m.content_begin = m.marker.end;
      while( m.content_begin < text.size() && std::string_view( ",. " ).find( text[ m.content_begin ] ) != std::string_view::npos ) {
         ++m.content_begin;
      }
      m.cut = m.marker.begin;
      m.at_paragraph_start = m.marker.begin == paragraphs[ paragraph ].begin;
      return m;
   }
};

}  // namespace chidao::test
