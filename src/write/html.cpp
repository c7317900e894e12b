// SPDX-License-Identifier: MIT
// The HTML page: the input with what chidao found highlighted in place, and beside it the tree of who
// listed what. One file that an analyst opens from disk: no network (a Content-Security-Policy says
// so to the browser), style and script inline, the browser's own fonts.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "chidao/version.hpp"
#include "chidao/write.hpp"
#include "text/readable.hpp"
#include "write/excerpt.hpp"
#include "write/html_escape.hpp"
#include "write/statements.hpp"

namespace chidao {
namespace {

using detail::escape_to;
using detail::escaped;

// What is highlighted in the text. When two spans are equal, the kind listed first holds the other.
enum class mark_kind { statement, noise, point, mention, marker };

struct mark {
   std::size_t begin = 0, end = 0;
   mark_kind kind = mark_kind::statement;
   std::string key;      // "st3": its element is t-st3 in the text, its entry n-st3 in the tree
   std::string classes;  // "st c2": the kind, the speaker's colour
   std::string speaker;  // a speaker id or "none", for the filter; empty: not filtered (noise)
   std::string to;       // the tree entry a click on it shows, if any
   std::string title;    // shown on hover
};

constexpr const char* style = R"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
       color: #1f2328; background: #f6f7f9; }
header { padding: .6rem 1rem; background: #fff; border-bottom: 1px solid #d8dde3; }
header h1 { margin: 0; font-size: 1.05rem; overflow-wrap: anywhere; }
header p { margin: .2rem 0 0; }
.meta { color: #59636e; font-size: .85em; }
.legend span { margin-right: .6em; padding: 0 .25em; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(18rem, 30rem); gap: 1rem; padding: 1rem; align-items: start; }
#text { margin: 0; padding: 1rem 1.25rem; background: #fff; border: 1px solid #d8dde3; border-radius: 6px;
        white-space: pre-wrap; overflow-wrap: anywhere; max-width: 50rem; }
#panel { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: .5rem .75rem; background: #fff;
         border: 1px solid #d8dde3; border-radius: 6px; font-size: .9rem; line-height: 1.45; }
#panel h2 { font-size: 1rem; margin: .25rem 0 .5rem; }
#panel ul, #panel ol { list-style: none; margin: .2rem 0 .2rem .2rem; padding-left: .8rem; border-left: 1px solid #e3e7eb; }
#panel > ul { border: 0; padding: 0; margin: 0; }
#panel li { margin: .25rem 0; }
#panel a { color: inherit; text-decoration: none; }
#panel a:hover { text-decoration: underline; }
.group { padding: .3rem 0; border-top: 1px solid #eef0f2; }
.group > label { display: block; cursor: pointer; font-weight: 600; }
.group > label .meta { font-weight: normal; }
.verb { font-weight: 600; }
.act { font-size: .8em; padding: 0 .35em; border-radius: 3px; background: #eef0f2; }
.excerpt { display: block; color: #3d444d; }
button { font: inherit; font-size: .85em; margin-right: .3em; }
.c0, .c1, .c2, .c3, .c4, .c5, .c6, .c7 { --s: 75%; }
.c0 { --h: 212; } .c1 { --h: 28; } .c2 { --h: 135; } .c3 { --h: 275; } .c4 { --h: 350; } .c5 { --h: 180; } .c6 { --h: 50; } .c7 { --h: 310; }
.cn { --h: 0; --s: 0%; }
.sw { display: inline-block; width: .8em; height: .8em; border-radius: 2px; background: hsl(var(--h) var(--s) 60%); }
.st { background: hsl(var(--h) var(--s) 50% / .12); border-bottom: 2px solid hsl(var(--h) var(--s) 55% / .7); }
.me { background: hsl(var(--h) var(--s) 80%); border-radius: 3px; font-weight: 600; }
.me.un { background: none; border-bottom: 2px dashed #8a939c; }
.mk { background: #ffd94d; border-radius: 3px; font-weight: 700; box-shadow: inset 0 -3px hsl(var(--h) var(--s) 45%); }
.pt { text-decoration: underline 2px hsl(var(--h) var(--s) 45%); text-underline-offset: 3px; }
.nz { color: #8a939c; font-style: italic; }
#text [data-to] { cursor: pointer; }
#text .off { background: none; border-color: transparent; box-shadow: none; font-weight: inherit; text-decoration: none; }
#panel li.off:not(.group) { display: none; }
#panel .group.off > ul, #panel .group.off > p { display: none; }
#panel .group.off > label { color: #8a939c; }
:target { outline: 2px solid #d1242f; outline-offset: 1px; scroll-margin: 4rem; }
@media (max-width: 50rem) {
  main { display: block; padding: .5rem; }
  #text { padding: .75rem; }
  #panel { position: static; max-height: none; margin-top: 1rem; }
}
)";

// The speaker filter (its state kept in the address, "?speakers=S1,none", so a reload or a link keeps
// it) and the way back from the text to the tree.
constexpr const char* script = R"(
(() => {
  const boxes = [...document.querySelectorAll('#panel input[type=checkbox]')];
  const apply = () => {
    const shown = new Set(boxes.filter(b => b.checked).map(b => b.value));
    for (const e of document.querySelectorAll('[data-speaker]')) e.classList.toggle('off', !shown.has(e.dataset.speaker));
  };
  const remember = () => {
    const url = new URL(location.href);
    if (boxes.every(b => b.checked)) url.searchParams.delete('speakers');
    else url.searchParams.set('speakers', boxes.filter(b => b.checked).map(b => b.value).join(','));
    try { history.replaceState(null, '', url); } catch (e) { /* some browsers refuse it for files */ }
  };
  const wanted = new URLSearchParams(location.search).get('speakers');
  if (wanted !== null) {
    const ids = wanted.split(',');
    for (const b of boxes) b.checked = ids.includes(b.value);
  }
  for (const b of boxes) b.addEventListener('change', () => { apply(); remember(); });
  for (const button of document.querySelectorAll('button[data-all]')) {
    button.addEventListener('click', () => {
      for (const b of boxes) b.checked = button.dataset.all === '1';
      apply();
      remember();
    });
  }
  document.getElementById('text').addEventListener('click', event => {
    const target = event.target.closest('[data-to]');
    if (target) location.hash = target.dataset.to;
  });
  apply();
})();
)";

class page {
public:
   page( const document& doc, std::string_view original, const html_options& options )
      : doc_( doc ), text_( original, doc.source, options.encoding ), original_size_( original.size() ), options_( options )
   {
      for( std::size_t i = 0; i < doc.speakers.size(); ++i ) {
         colour_[ doc.speakers[ i ].id ] = fmt::format( "c{}", i % 8 );
      }
      number( doc.nodes );
   }

   std::string write()
   {
      collect( doc_.nodes );
      collect_mentions();
      std::string out;
      out.reserve( text_.utf8().size() * 2 + 16384 );
      out += "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
             "script-src 'unsafe-inline'\">\n";
      out += fmt::format( "<meta name=\"generator\" content=\"chidao {}\">\n", version() );
      out += "<title>" + escaped( doc_.source ) + " · chidao</title>\n<style>" + style + "</style>\n</head>\n<body>\n";
      write_header( out );
      out += "<main>\n<article id=\"text\" lang=\"vi\">";
      write_text( out );
      out += "</article>\n<aside id=\"panel\" aria-label=\"Who listed what\">\n";
      write_tree( out );
      out += "</aside>\n</main>\n<script>";
      out += script;
      out += "</script>\n</body>\n</html>\n";
      return out;
   }

private:
   // Keys in document order, so that a page's ids stay put when its tree is shown in another order.
   void number( const std::vector< node >& nodes )
   {
      for( const node& n : nodes ) {
         if( const auto* l = std::get_if< list >( &n ) ) {
            const std::size_t k = ++lists_;
            key_[ l ] = fmt::format( "li{}", k );
            ++said_[ filter_value( l->speaker ) ].lists;
            for( const item& it : l->items ) {
               key_[ &it ] = fmt::format( "pt{}-{}", k, it.ordinal );
               number( it.children );
            }
         }
         else if( const auto* st = std::get_if< statement >( &n ) ) {
            key_[ st ] = fmt::format( "st{}", ++statements_ );
            if( detail::is_shown( *st, options_.statements ) ) {
               ++said_[ filter_value( st->speaker ) ].statements;
            }
            number( st->children );
         }
         else {
            key_[ &std::get< noise >( n ) ] = fmt::format( "nz{}", ++noises_ );
         }
      }
   }

   const speaker* find( const std::optional< std::string >& id ) const
   {
      for( const speaker& sp : doc_.speakers ) {
         if( id && sp.id == *id ) {
            return &sp;
         }
      }
      return nullptr;
   }
   std::string colour( const std::optional< std::string >& id ) const
   {
      const auto it = id ? colour_.find( *id ) : colour_.end();
      return it != colour_.end() ? it->second : "cn";
   }
   static std::string filter_value( const std::optional< std::string >& id ) { return id ? *id : "none"; }

   std::string who( const statement& st ) const
   {
      const speaker* sp = find( st.speaker );
      return sp ? sp->name : st.speaker_text + " (unresolved)";
   }

   // The marks of the nodes, in document order.
   void collect( const std::vector< node >& nodes )
   {
      for( const node& n : nodes ) {
         if( const auto* l = std::get_if< list >( &n ) ) {
            for( const item& it : l->items ) {
               collect_point( *l, it );
               collect( it.children );
            }
         }
         else if( const auto* st = std::get_if< statement >( &n ) ) {
            if( detail::is_shown( *st, options_.statements ) ) {
               const std::string& key = key_.at( st );
               marks_.push_back( { st->span.begin, st->span.end, mark_kind::statement, key, "st " + colour( st->speaker ),
                                   filter_value( st->speaker ), "n-" + key,
                                   fmt::format( "{} — {} ({})", who( *st ), st->verb, to_string( st->act ) ) } );
            }
            collect( st->children );
         }
         else {
            const auto& z = std::get< noise >( n );
            marks_.push_back( { z.span.begin, z.span.end, mark_kind::noise, key_.at( &z ), "nz", "", "",
                                fmt::format( "noise: {}", to_string( z.kind ) ) } );
         }
      }
   }

   // A point shows as its marker ("Thứ nhất", "a)"); a point without one (a semicolon list's) as itself.
   void collect_point( const list& l, const item& it )
   {
      const std::string& key = key_.at( &it );
      const speaker* sp = find( l.speaker );
      const std::string title = fmt::format( "point {} of a {} list{}", it.ordinal, to_string( l.style ), sp ? " — " + sp->name : "" );
      if( it.marker.empty() ) {
         marks_.push_back( { it.span.begin, it.span.end, mark_kind::point, key, "pt " + colour( l.speaker ),
                             filter_value( l.speaker ), "n-" + key, title } );
         return;
      }
      // The marker as the input writes it, which may be in combining tone marks or another encoding.
      std::size_t end = text_.end_of( it.span.begin, it.marker );
      if( end <= it.span.begin ) {
         end = std::min( it.span.begin + it.marker.size(), it.span.end );
      }
      marks_.push_back( { it.span.begin, end, mark_kind::marker, key, "mk " + colour( l.speaker ), filter_value( l.speaker ),
                          "n-" + key, title } );
   }

   void collect_mentions()
   {
      std::size_t n = 0;
      for( const speaker& sp : doc_.speakers ) {
         for( const mention& m : sp.mentions ) {
            const std::string key = fmt::format( "me{}", ++n );
            first_mention_.emplace( sp.id, key );
            std::string titles;
            for( const std::string& t : sp.titles ) {
               titles += ( titles.empty() ? " (" : ", " ) + t;
            }
            marks_.push_back( { m.span.begin, m.span.end, mark_kind::mention, key, "me " + colour( sp.id ), sp.id,
                                "n-sp-" + sp.id, sp.name + ( titles.empty() ? "" : titles + ")" ) } );
         }
      }
      for( const mention& m : doc_.unresolved ) {
         const std::string key = fmt::format( "me{}", ++n );
         first_mention_.emplace( "none", key );
         marks_.push_back( { m.span.begin, m.span.end, mark_kind::mention, key, "me un cn", "none", "n-sp-none",
                             "unresolved: several people could be meant, or no one is named" } );
      }
   }

   void write_header( std::string& out ) const
   {
      out += "<header>\n";
      if( !options_.index.empty() ) {
         out += "<p><a href=\"" + escaped( options_.index ) + "\">← all documents</a></p>\n";
      }
      std::size_t points = 0, lists = 0;
      for_each_node( doc_, [ & ]( const node& n, std::size_t ) {
         if( const auto* l = std::get_if< list >( &n ) ) {
            ++lists;
            points += l->items.size();
         }
      } );
      out += "<h1>" + escaped( doc_.source ) + "</h1>\n";
      out += fmt::format( "<p class=\"meta\">{} {}, {} {}, {} {}, {} {}{} · chidao {}</p>\n", lists, lists == 1 ? "list" : "lists",
                          points, points == 1 ? "point" : "points", doc_.speakers.size(),
                          doc_.speakers.size() == 1 ? "speaker" : "speakers", statements_,
                          statements_ == 1 ? "statement" : "statements",
                          doc_.warnings.empty() ? "" : fmt::format( ", {} {}", doc_.warnings.size(), doc_.warnings.size() == 1 ? "warning" : "warnings" ),
                          version() );
      out += "<p class=\"legend meta\"><span class=\"mk cn\">marker</span><span class=\"st c0\">statement</span>"
             "<span class=\"me c0\">speaker</span><span class=\"me un\">unresolved</span><span class=\"nz\">noise</span>"
             "click a highlight for its place in the tree</p>\n";
      if( !doc_.warnings.empty() ) {
         out += "<details><summary class=\"meta\">warnings</summary><ul class=\"meta\">\n";
         for( const warning& w : doc_.warnings ) {
            out += fmt::format( "<li>{} (bytes {}–{})</li>\n", escaped( w.message ), w.span.begin, w.span.end );
         }
         out += "</ul></details>\n";
      }
      out += "</header>\n";
   }

   static void open_tag( std::string& out, const mark& m, bool first )
   {
      out += fmt::format( "<span class=\"{}\" data-key=\"{}\" data-begin=\"{}\" data-end=\"{}\"", m.classes, m.key, m.begin, m.end );
      if( first ) {
         out += " id=\"t-" + m.key + "\"";
      }
      if( !m.speaker.empty() ) {
         out += " data-speaker=\"" + escaped( m.speaker ) + "\"";
      }
      if( !m.to.empty() ) {
         out += " data-to=\"" + escaped( m.to ) + "\"";
      }
      out += " title=\"" + escaped( m.title ) + "\">";
   }

   // The input with its marks as elements. Elements must nest and spans need not (a statement after a
   // quotation starts before the point it sits in): an element still open when an element inside it
   // ends is closed there and opened again after, as another part of the same mark (the same data-key
   // and span, no id), so the text of a mark's parts, in order, is always its span's.
   void write_text( std::string& out )
   {
      const std::size_t size = original_size_;
      std::vector< mark* > order;
      std::vector< std::size_t > cuts{ 0, size };
      for( mark& m : marks_ ) {
         m.begin = std::min( m.begin, size );
         m.end = std::min( m.end, size );
         if( m.begin < m.end ) {
            order.push_back( &m );
            cuts.push_back( m.begin );
            cuts.push_back( m.end );
         }
      }
      std::stable_sort( order.begin(), order.end(), []( const mark* a, const mark* b ) {
         return a->begin != b->begin ? a->begin < b->begin : a->end != b->end ? a->end > b->end : a->kind < b->kind;
      } );
      std::sort( cuts.begin(), cuts.end() );
      cuts.erase( std::unique( cuts.begin(), cuts.end() ), cuts.end() );
      std::vector< const mark* > open;  // outermost first
      std::set< const mark* > opened;   // the first part of a mark carries its id
      std::size_t next = 0;
      for( std::size_t k = 0; k < cuts.size(); ++k ) {
         const std::size_t at = cuts[ k ];
         const auto ending = std::find_if( open.begin(), open.end(), [ & ]( const mark* m ) { return m->end <= at; } );
         std::vector< const mark* > starting;
         while( open.end() != ending ) {
            out += "</span>";
            if( open.back()->end > at ) {
               starting.push_back( open.back() );  // ends later: continued after the one that ends here
            }
            open.pop_back();
         }
         while( next < order.size() && order[ next ]->begin == at ) {
            starting.push_back( order[ next++ ] );
         }
         // The longest outermost, so that what ends first closes first.
         std::stable_sort( starting.begin(), starting.end(), []( const mark* a, const mark* b ) {
            return a->end != b->end ? a->end > b->end : a->kind < b->kind;
         } );
         for( const mark* m : starting ) {
            open_tag( out, *m, opened.insert( m ).second );
            open.push_back( m );
         }
         if( k + 1 < cuts.size() ) {
            escape_to( out, text_.between( at, cuts[ k + 1 ] ) );
         }
      }
      for( std::size_t k = 0; k < open.size(); ++k ) {
         out += "</span>";
      }
   }

   // The tree: each speaker (with the checkbox that filters it), their statements and the lists these
   // introduce, point by point; then what no one is found to say (the journalist's lists).
   void write_tree( std::string& out ) const
   {
      out += "<h2>Who listed what</h2>\n<p><button type=\"button\" data-all=\"1\">all speakers</button>"
             "<button type=\"button\" data-all=\"0\">none</button></p>\n<ul>\n";
      for( const speaker& sp : doc_.speakers ) {
         std::string titles;
         for( const std::string& t : sp.titles ) {
            titles += ( titles.empty() ? "" : ", " ) + t;
         }
         write_group( out, sp.id, sp.name, fmt::format( "{}{}", titles.empty() ? "" : titles + " · ", to_string( sp.kind ) ) );
      }
      write_group( out, std::nullopt, "No speaker found", "the journalist's lists; statements whose speaker is unresolved" );
      out += "</ul>\n";
   }

   void write_group( std::string& out, const std::optional< std::string >& id, const std::string& name,
                     const std::string& about ) const
   {
      std::string entries;
      for( const node& n : doc_.nodes ) {
         const auto* st = std::get_if< statement >( &n );
         const auto* l = std::get_if< list >( &n );
         if( ( st != nullptr && st->speaker == id && detail::is_shown( *st, options_.statements ) ) ||
             ( l != nullptr && l->speaker == id ) ) {
            write_node( entries, n, false );
         }
      }
      const std::string value = filter_value( id );
      const auto mention = first_mention_.find( value );
      if( !id && entries.empty() && mention == first_mention_.end() ) {
         return;  // everything has a speaker
      }
      out += fmt::format( "<li class=\"group\" id=\"n-sp-{0}\" data-speaker=\"{0}\">\n<label><input type=\"checkbox\" value=\"{0}\" "
                          "checked> <span class=\"sw {1}\"></span> ",
                          escaped( value ), colour( id ) );
      out += mention != first_mention_.end() ? "<a href=\"#t-" + mention->second + "\">" + escaped( name ) + "</a>" : escaped( name );
      const auto said = said_.find( value );
      const std::size_t statements = said != said_.end() ? said->second.statements : 0;
      const std::size_t lists = said != said_.end() ? said->second.lists : 0;
      out += fmt::format( " <span class=\"meta\">{} · {} {}, {} {}</span></label>\n", escaped( about ), statements,
                          statements == 1 ? "statement" : "statements", lists, lists == 1 ? "list" : "lists" );
      if( entries.empty() ) {
         // A speaker quoted only inside another's points appears there, under that point.
         out += statements == 0 ? "<p class=\"meta\">named only</p>\n" : "<p class=\"meta\">speaks within others' points only</p>\n";
      }
      else {
         out += "<ul>\n" + entries + "</ul>\n";
      }
      out += "</li>\n";
   }

   void write_nodes( std::string& out, const std::vector< node >& nodes ) const
   {
      std::string entries;
      for( const node& n : nodes ) {
         write_node( entries, n, true );
      }
      if( !entries.empty() ) {
         out += "<ul>\n" + entries + "</ul>\n";
      }
   }

   // One entry; `nested` entries sit under a point or a statement, so a statement names its speaker.
   void write_node( std::string& out, const node& n, bool nested ) const
   {
      if( const auto* l = std::get_if< list >( &n ) ) {
         write_list( out, *l );
      }
      else if( const auto* st = std::get_if< statement >( &n ) ) {
         if( !detail::is_shown( *st, options_.statements ) ) {
            return;
         }
         const std::string& key = key_.at( st );
         out += fmt::format( "<li class=\"statement\" id=\"n-{0}\" data-speaker=\"{1}\"><a href=\"#t-{0}\">", key,
                             escaped( filter_value( st->speaker ) ) );
         if( nested ) {
            out += fmt::format( "<span class=\"sw {}\"></span> {} — ", colour( st->speaker ), escaped( who( *st ) ) );
         }
         out += fmt::format( "<span class=\"verb\">{}</span> <span class=\"act\">{}</span></a>", escaped( st->verb ),
                             to_string( st->act ) );
         if( st->addressee ) {
            out += " → " + escaped( *st->addressee );
         }
         if( st->attributed != attribution::same_sentence ) {
            out += fmt::format( " <span class=\"meta\">speaker {}</span>", to_string( st->attributed ) );
         }
         if( !detail::holds_list( st->children ) && !st->text.empty() ) {
            out += "<span class=\"excerpt\">" + escaped( detail::excerpt( st->text, 160 ) ) + "</span>";
         }
         write_nodes( out, st->children );
         out += "</li>\n";
      }
   }

   void write_list( std::string& out, const list& l ) const
   {
      const std::string& key = key_.at( &l );
      const std::string value = escaped( filter_value( l.speaker ) );
      out += fmt::format( "<li class=\"list\" id=\"n-{}\" data-speaker=\"{}\">", key, value );
      const std::string first = l.items.empty() ? key : key_.at( &l.items.front() );
      out += fmt::format( "<a href=\"#t-{}\">{} list, {} {}</a>", first, to_string( l.style ), l.items.size(),
                          l.items.size() == 1 ? "point" : "points" );
      if( l.announced ) {
         out += fmt::format( " <span class=\"meta\">{} announced</span>", *l.announced );
      }
      if( l.attributed && *l.attributed != attribution::same_sentence ) {
         out += fmt::format( " <span class=\"meta\">speaker {}</span>", to_string( *l.attributed ) );
      }
      out += "\n<ol>\n";
      for( const item& it : l.items ) {
         const std::string& item_key = key_.at( &it );
         const std::string marker = it.marker.empty() ? fmt::format( "{}.", it.ordinal ) : it.marker;
         out += fmt::format( "<li class=\"point\" id=\"n-{0}\" data-speaker=\"{1}\"><a href=\"#t-{0}\"><b>{2}</b></a> {3}",
                             item_key, value, escaped( marker ), escaped( detail::excerpt( it.lead, 120 ) ) );
         write_nodes( out, it.children );
         out += "</li>\n";
      }
      out += "</ol></li>\n";
   }

   const document& doc_;
   detail::readable_text text_;
   std::size_t original_size_;
   const html_options& options_;
   std::map< const void*, std::string > key_;  // node or item → its key
   std::map< std::string, std::string > colour_;  // speaker id → colour class
   std::map< std::string, std::string > first_mention_;  // speaker id ("none": unresolved) → a mention's key
   std::vector< mark > marks_;
   struct counts {
      std::size_t statements = 0, lists = 0;
   };
   std::map< std::string, counts > said_;  // speaker id ("none": no one) → what they say
   std::size_t lists_ = 0, statements_ = 0, noises_ = 0;
};

}  // namespace

std::string to_html( const document& doc, std::string_view original, const html_options& options )
{
   return page( doc, original, options ).write();
}

}  // namespace chidao
