// SPDX-License-Identifier: MIT
#include "tree/speakers.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace chidao::detail {

void speaker_registry::reserve( std::size_t mentions )
{
   if( mentions == 0 ) {
      return;  // most short documents name nobody: no index, not even an empty one, is allocated
   }
   by_key_.reserve( mentions );
   by_name_ending_.reserve( 4 * mentions );  // up to four name endings each
}

std::vector< chidao::speaker > speaker_registry::take_speakers()
{
   std::vector< chidao::speaker > out;
   out.reserve( people_.size() );
   for( auto& p : people_ ) {
      out.push_back( std::move( p.out ) );
   }
   return out;
}

bool speaker_registry::ends_with_syllables( const std::string& name, const std::string& given )
{
   return name == given || ( name.size() > given.size() && name.ends_with( given ) && name[ name.size() - given.size() - 1 ] == ' ' );
}

std::string speaker_registry::key_of( text_range r ) const
{
   std::string out;
   for( const char c : slice( r ) ) {
      if( c == ' ' || c == '\t' ) {
         if( !out.empty() && out.back() != ' ' ) {
            out += ' ';
         }
      }
      else {
         out += c;
      }
   }
   return out;
}

std::size_t speaker_registry::add_person( std::string key, const mention_event& m, bool group )
{
   person_build p;
   p.key = std::move( key );
   p.out.kind = group ? chidao::speaker::kind_t::group : chidao::speaker::kind_t::person;
   p.out.id = fmt::format( "S{}", people_.size() + 1 );
   p.out.name = source_text( m.name );
   const std::size_t index = people_.size();
   // The caller found no person (or group) with this key, so emplace builds each node once, in the
   // arena. A group may share a person's key; by_key_ keeps the first, as lookups expect.
   by_key_.emplace( std::piecewise_construct, std::forward_as_tuple( p.key ), std::forward_as_tuple( index ) );
   if( group ) {
      group_by_key_.emplace( std::piecewise_construct, std::forward_as_tuple( p.key ), std::forward_as_tuple( index ) );
   }
   else {
      // Every ending of the name at a syllable boundary, for "ông Sơn", "bà Thanh Hà".
      for( std::size_t from = 0;; ) {
         ++by_name_ending_.try_emplace( hash_of( std::string_view( p.key ).substr( from ) ), index, 0 ).first->second.second;
         const std::size_t space = p.key.find( ' ', from );
         if( space == std::string::npos ) {
            break;
         }
         from = space + 1;
      }
   }
   people_.push_back( std::move( p ) );
   return index;
}

std::size_t speaker_registry::person_with_offices( const std::vector< std::string >& heads, const mention_event& m ) const
{
   std::vector< std::string > offices;
   for( const text_range& t : m.titles ) {
      offices.push_back( key_of( t ) );
   }
   // Only titles with a body or a place after the head tell offices apart.
   const bool bare = m.titles.size() == m.heads.size() &&
                     std::equal( m.titles.begin(), m.titles.end(), m.heads.begin(),
                                 []( const text_range& t, const text_range& h ) { return t.end == h.end; } );
   if( heads.empty() || bare ) {
      return none;
   }
   const auto holders = by_head_.find( std::string_view( heads.front() ) );
   if( holders == by_head_.end() ) {
      return none;
   }
   std::size_t found = none;
   for( const std::size_t i : holders->second ) {
      const person_build& p = people_[ i ];
      if( p.out.kind != chidao::speaker::kind_t::person ) {
         continue;
      }
      const bool all = std::all_of( offices.begin(), offices.end(), [ & ]( const std::string& office ) {
         return std::any_of( p.title_keys.begin(), p.title_keys.end(), [ & ]( const std::string& k ) {
            return k == office || ( k.size() > office.size() && k.starts_with( office ) && k[ office.size() ] == ' ' );
         } );
      } );
      if( all ) {
         if( found != none && found != i ) {
            return none;
         }
         found = i;
      }
   }
   return found;
}

void speaker_registry::add_titles( std::size_t person, const mention_event& m )
{
   person_build& p = people_[ person ];
   // One title per office: "Phó Thủ tướng Thường trực Chính phủ" replaces "Phó Thủ tướng Thường trực",
   // and a shorter form of a title already known adds nothing.
   const auto extends = []( const std::string& longer, const std::string& shorter ) {
      return longer.size() > shorter.size() && longer.starts_with( shorter ) && longer[ shorter.size() ] == ' ';
   };
   for( const text_range& t : m.titles ) {
      std::string k = key_of( t );
      bool known = false;
      for( std::size_t i = 0; i < p.title_keys.size() && !known; ++i ) {
         if( p.title_keys[ i ] == k || extends( p.title_keys[ i ], k ) ) {
            known = true;
         }
         else if( extends( k, p.title_keys[ i ] ) ) {
            p.title_keys[ i ] = k;
            p.out.titles[ i ] = source_text( t );
            known = true;
         }
      }
      if( !known ) {
         p.title_keys.push_back( std::move( k ) );
         p.out.titles.push_back( source_text( t ) );
      }
   }
   for( const text_range& h : m.heads ) {
      std::string k = key_of( h );
      if( std::find( p.heads.begin(), p.heads.end(), k ) == p.heads.end() ) {
         auto holders = by_head_.find( std::string_view( k ) );
         if( holders == by_head_.end() ) {
            holders = by_head_.emplace( std::piecewise_construct, std::forward_as_tuple( k ), std::forward_as_tuple() ).first;
         }
         holders->second.push_back( person );
         p.heads.push_back( std::move( k ) );
      }
   }
}

// The one person whose titles include all of `heads`; none when there is no such person, or
// more than one (an ambiguous "Bộ trưởng" is left unresolved, not guessed).
std::size_t speaker_registry::person_with_titles( const std::vector< std::string >& heads ) const
{
   if( heads.empty() ) {
      return none;
   }
   // Only people holding the rarest of the heads can hold them all.
   const std::pmr::vector< std::size_t >* rarest = nullptr;
   for( const std::string& h : heads ) {
      const auto holders = by_head_.find( std::string_view( h ) );
      if( holders == by_head_.end() ) {
         return none;
      }
      if( rarest == nullptr || holders->second.size() < rarest->size() ) {
         rarest = &holders->second;
      }
   }
   std::size_t found = none;
   for( const std::size_t i : *rarest ) {
      const person_build& p = people_[ i ];
      if( p.out.kind != chidao::speaker::kind_t::person ) {
         continue;
      }
      const bool all = std::all_of( heads.begin(), heads.end(), [ & ]( const std::string& h ) {
         return std::find( p.heads.begin(), p.heads.end(), h ) != p.heads.end();
      } );
      if( all ) {
         if( found != none ) {
            return none;
         }
         found = i;
      }
   }
   return found;
}

// No person of the page holds any of `heads` (an ambiguous title is held by several: not a role).
bool speaker_registry::nobody_holds( const std::vector< std::string >& heads ) const
{
   return std::all_of( heads.begin(), heads.end(), [ & ]( const std::string& h ) {
      const auto holders = by_head_.find( std::string_view( h ) );
      return holders == by_head_.end() ||
             std::none_of( holders->second.begin(), holders->second.end(),
                           [ & ]( std::size_t i ) { return people_[ i ].out.kind == chidao::speaker::kind_t::person; } );
   } );
}

// The role an office names, made at its first mention and named as written there. Offices differ by
// their bodies too: "Giám đốc Sở Y tế" and "Giám đốc Sở Tài chính" are two roles, "Phó Thủ tướng" and
// "Thủ tướng" two more. A bare title ("Thủ tướng" after "Thủ tướng Chính phủ") is the one role with
// those heads, when there is one.
std::size_t speaker_registry::role_for( const std::vector< std::string >& heads, const mention_event& m )
{
   std::string heads_key;
   for( const std::string& h : heads ) {
      heads_key += h + ";";
   }
   std::string key = "role:";
   for( const text_range& t : m.titles ) {
      key += key_of( t ) + ";";
   }
   if( const auto known = by_key_.find( std::string_view( key ) ); known != by_key_.end() ) {
      return known->second;
   }
   auto same_heads = roles_by_heads_.find( std::string_view( heads_key ) );
   const bool bare = m.titles.size() == m.heads.size() &&
                     std::equal( m.titles.begin(), m.titles.end(), m.heads.begin(),
                                 []( const text_range& t, const text_range& h ) { return t.end == h.end; } );
   if( bare && same_heads != roles_by_heads_.end() && same_heads->second.size() == 1 ) {
      return same_heads->second.front();
   }
   mention_event named = m;
   named.name = m.titles.empty() ? m.whole : text_range{ m.titles.front().begin, m.titles.back().end };
   const std::size_t role = add_person( std::move( key ), named, true );
   people_[ role ].out.kind = chidao::speaker::kind_t::role;
   if( same_heads == roles_by_heads_.end() ) {
      same_heads = roles_by_heads_.emplace( std::piecewise_construct, std::forward_as_tuple( heads_key ), std::forward_as_tuple() ).first;
   }
   same_heads->second.push_back( role );
   return role;
}

// Registers or resolves one mention; returns the person, or none when unresolved.
// `speaking`: the mention is a statement's speaker, so an office nobody on the page holds speaks as a
// role of its own ("Thủ tướng Chính phủ chỉ thị: …").
std::size_t speaker_registry::resolve( const mention_event& m, std::size_t pronoun_target, bool speaking )
{
   using kind = mention_event::kind_t;
   std::size_t person = none;
   switch( m.kind ) {
      case kind::group: {
         std::string key = key_of( m.name );
         if( key.starts_with( "các " ) ) {
            key.erase( 0, 4 );  // "Các đại biểu" and "đại biểu" are the same group
         }
         if( const auto known = group_by_key_.find( std::string_view( key ) ); known != group_by_key_.end() ) {
            person = known->second;
         }
         if( person == none ) {
            person = add_person( std::move( key ), m, true );
            if( m.institution ) {
               people_[ person ].out.kind = chidao::speaker::kind_t::institution;
            }
         }
         break;
      }
      case kind::reference: {
         const auto& titles = reference_titles_;
         if( m.reference_title < titles.size() ) {
            person = person_with_titles( { titles[ m.reference_title ] } );
         }
         break;
      }
      case kind::pronoun:
         person = pronoun_target;
         break;
      case kind::person:
         if( m.name.end > m.name.begin && !m.given_name_only ) {
            const std::string key = key_of( m.name );
            if( const auto known = by_key_.find( std::string_view( key ) ); known != by_key_.end() ) {
               person = known->second;
            }
            if( person == none ) {
               person = add_person( key, m, false );
            }
            add_titles( person, m );
         }
         else if( m.name.end > m.name.begin ) {  // "ông Sơn": the one person whose name ends so
            const std::string given = key_of( m.name );
            const auto known = by_name_ending_.find( hash_of( given ) );
            // Endings are kept by hash; the check below makes a collision leave the mention unresolved,
            // never resolve it to someone else.
            if( known != by_name_ending_.end() && known->second.second == 1 &&
                ends_with_syllables( people_[ known->second.first ].key, given ) ) {
               person = known->second.first;  // one person only: else ambiguous, left unresolved
            }
         }
         else {
            std::vector< std::string > heads;
            for( const text_range& h : m.heads ) {
               heads.push_back( key_of( h ) );
            }
            person = person_with_titles( heads );
            if( person == none ) {
               // Two holders of one head ("người phát ngôn", "Bộ trưởng"): the one whose office is
               // written in full the same way ("Người phát ngôn Bộ Công an").
               person = person_with_offices( heads, m );
            }
            if( person != none ) {
               add_titles( person, m );
            }
            // Offices are written with a capital ("Thủ tướng"); "tiền vệ", "bác sĩ" in lower case
            // are common nouns, not an office that speaks.
            else if( speaking && m.title_capitalized && !heads.empty() && nobody_holds( heads ) ) {
               person = role_for( heads, m );
            }
         }
         break;
   }
   if( person == none && m.bare_name ) {
      return none;  // a capitalized word that names nobody on the page ("Hà Nội cho biết") is no mention
   }
   const text_range as_written = m.kind == kind::group ? m.name : m.whole;
   const mention written{ source_text( as_written ), source_span( as_written ), person != none };
   if( person != none ) {
      people_[ person ].out.mentions.push_back( written );
   }
   else {
      unresolved_.push_back( written );
   }
   return person;
}

}  // namespace chidao::detail
