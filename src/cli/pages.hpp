// SPDX-License-Identifier: MIT
// -f html --output-dir DIR: a page per document, named in input order, and an index of the run.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace chidao::cli {

/// "0007-article.html" for the 7th document of a run read from ".../article.txt"; "0003-corpus-3.html"
/// for "corpus.txt#3"; "0001-stdin.html" for "-". The number keeps names apart and in input order;
/// the rest is the source's name in ASCII letters, digits, "-" and "_", so it needs no escaping.
[[nodiscard]] std::string page_name( std::size_t number, const std::string& source );

/// One document of a run, as the index lists it.
struct page_entry {
   std::string source;
   std::string page;   ///< the page's file name, or empty for a rejected input
   std::string error;  ///< why it was rejected
   std::size_t lists = 0, points = 0, speakers = 0, warnings = 0;
};

/// index.html: every document of the run, in input order, linked to its page; rejected ones with the reason.
[[nodiscard]] std::string index_page( const std::vector< page_entry >& entries );

}  // namespace chidao::cli
