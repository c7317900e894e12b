// SPDX-License-Identifier: MIT
#include "cli/pages.hpp"

#include <fmt/format.h>

#include "chidao/version.hpp"
#include "write/html_escape.hpp"

namespace chidao::cli {

std::string page_name( const std::size_t number, const std::string& source )
{
   std::string name = source == "-" ? "stdin" : source;
   const std::size_t slash = name.find_last_of( '/' );
   if( slash != std::string::npos ) {
      name.erase( 0, slash + 1 );
   }
   // "corpus.txt#3" → "corpus-3": the extension goes, the part's number stays.
   std::string part;
   if( const std::size_t hash = name.find_last_of( '#' ); hash != std::string::npos ) {
      part = "-" + name.substr( hash + 1 );
      name.erase( hash );
   }
   if( const std::size_t dot = name.find_last_of( '.' ); dot != std::string::npos && dot != 0 ) {
      name.erase( dot );
   }
   name += part;
   std::string safe;
   for( const char c : name ) {
      const bool plain = ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' ) || ( c >= '0' && c <= '9' ) || c == '-' || c == '_';
      if( safe.size() < 60 && ( plain || ( !safe.empty() && safe.back() != '_' ) ) ) {
         safe += plain ? c : '_';
      }
   }
   return fmt::format( "{:04}{}{}.html", number, safe.empty() ? "" : "-", safe );
}

std::string index_page( const std::vector< page_entry >& entries )
{
   std::size_t rejected = 0;
   for( const page_entry& e : entries ) {
      rejected += e.page.empty() ? 1 : 0;
   }
   std::string out = R"(<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>chidao: the documents of a run</title>
<style>
body { margin: 0; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
       color: #1f2328; background: #f6f7f9; }
h1 { font-size: 1.1rem; margin: 0 0 .25rem; }
.meta { color: #59636e; font-size: .85em; }
.scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #d8dde3; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid #eef0f2; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.n { width: 1%; text-align: right; white-space: nowrap; }
td.error { color: #d1242f; }
</style>
</head>
<body>
)";
   out += fmt::format( "<h1>{} {}</h1>\n<p class=\"meta\">{}chidao {}</p>\n", entries.size(),
                       entries.size() == 1 ? "document" : "documents",
                       rejected == 0 ? "" : fmt::format( "{} rejected · ", rejected ), version() );
   out += "<div class=\"scroll\"><table>\n<thead><tr><th class=\"n\">#</th><th>document</th><th class=\"n\">lists</th>"
          "<th class=\"n\">points</th><th class=\"n\">speakers</th><th class=\"n\">warnings</th></tr></thead>\n<tbody>\n";
   for( std::size_t i = 0; i < entries.size(); ++i ) {
      const page_entry& e = entries[ i ];
      if( e.page.empty() ) {
         out += fmt::format( "<tr><td class=\"n\">{}</td><td>{}</td><td class=\"error\" colspan=\"4\">{}</td></tr>\n", i + 1,
                             detail::escaped( e.source ), detail::escaped( e.error ) );
      }
      else {
         out += fmt::format( "<tr><td class=\"n\">{}</td><td><a href=\"{}\">{}</a></td><td class=\"n\">{}</td>"
                             "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                             i + 1, detail::escaped( e.page ), detail::escaped( e.source ), e.lists, e.points, e.speakers, e.warnings );
      }
   }
   out += "</tbody></table></div>\n</body>\n</html>\n";
   return out;
}

}  // namespace chidao::cli
