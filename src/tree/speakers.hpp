// SPDX-License-Identifier: MIT
// The people, groups, institutions and roles a page names, and coreference: a later "Bộ trưởng", "ông
// Sơn" or "người đứng đầu ngành Ngoại giao" resolves to the one compatible speaker, never a guess. One
// phase of the tree builder, owning its indexes.
#pragma once

#include <cstddef>
#include <functional>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chidao/document.hpp"
#include "parse/events.hpp"

namespace chidao::detail {

/// How the registry reads a mention: its normalized text (for keys), and its text and span as written in
/// the input.
struct mention_source {
   std::string_view normalized;
   std::function< std::string( text_range ) > text;
   std::function< chidao::span( text_range ) > span;
};

class speaker_registry {
public:
   static constexpr std::size_t none = static_cast< std::size_t >( -1 );

   /// `reference_titles`: the title each descriptive reference of the lexicon stands for.
   speaker_registry( mention_source source, const std::vector< std::string >& reference_titles )
      : source_( std::move( source ) ), reference_titles_( reference_titles )
   {}

   /// Room for this many mentions, at most one speaker each: the indexes then never rehash.
   void reserve( std::size_t mentions );

   // `speaking`: the mention is a statement's speaker, so an office nobody on the page holds speaks as a
   // role of its own ("Thủ tướng Chính phủ chỉ thị: …").
   std::size_t resolve( const mention_event& m, std::size_t pronoun_target, bool speaking = false );

   [[nodiscard]] const chidao::speaker& operator[]( std::size_t i ) const { return people_[ i ].out; }
   [[nodiscard]] std::vector< chidao::speaker > take_speakers();
   [[nodiscard]] std::vector< mention > take_unresolved() { return std::move( unresolved_ ); }

private:
   struct person_build {
      chidao::speaker out;
      std::string key;                     // normalized name ("bùi thanh sơn", "các đại biểu")
      std::vector< std::string > heads;    // normalized title heads ("bộ trưởng")
      std::vector< std::string > title_keys;
   };

   static bool ends_with_syllables( const std::string& name, const std::string& given );
   std::string key_of( text_range r ) const;
   std::size_t add_person( std::string key, const mention_event& m, bool group );
   void add_titles( std::size_t person, const mention_event& m );
   // The one person whose titles include all of `heads`; none when there is no such person, or
   // more than one (an ambiguous "Bộ trưởng" is left unresolved, not guessed).
   std::size_t person_with_titles( const std::vector< std::string >& heads ) const;
   // Among several holders of `heads`, the one person whose titles hold each of the mention's titles
   // written in full ("Người phát ngôn Bộ Công an"); none for a bare title or when not exactly one.
   std::size_t person_with_offices( const std::vector< std::string >& heads, const mention_event& m ) const;
   // No person of the page holds any of `heads` (an ambiguous title is held by several: not a role).
   bool nobody_holds( const std::vector< std::string >& heads ) const;
   // The role an office names, made at its first mention and named as written there. Offices differ by
   // their bodies too: "Giám đốc Sở Y tế" and "Giám đốc Sở Tài chính" are two roles, "Phó Thủ tướng" and
   // "Thủ tướng" two more. A bare title ("Thủ tướng" after "Thủ tướng Chính phủ") is the one role with
   // those heads, when there is one.
   std::size_t role_for( const std::vector< std::string >& heads, const mention_event& m );
   // Registers or resolves one mention; returns the person, or none when unresolved.


   std::string_view slice( text_range r ) const { return source_.normalized.substr( r.begin, r.end - r.begin ); }
   std::string source_text( text_range r ) const { return source_.text( r ); }
   chidao::span source_span( text_range r ) const { return source_.span( r ); }

   mention_source source_;
   const std::vector< std::string >& reference_titles_;
   std::vector< person_build > people_;
   // Indexes into people_, so that resolving a mention does not walk everyone named so far.
   // The indexes' nodes come from an arena, freed at once with the registry: on a page naming thousands
   // of people, freeing them one by one cost more than building them.
   std::pmr::monotonic_buffer_resource index_arena_;
   // Keyed by text in the arena, looked up by string_view (transparent hash), so a lookup allocates nothing.
   struct text_hash {
      using is_transparent = void;
      std::size_t operator()( std::string_view text ) const { return std::hash< std::string_view >{}( text ); }
   };
   template< typename Value >
   using text_index = std::pmr::unordered_map< std::pmr::string, Value, text_hash, std::equal_to<> >;
   text_index< std::size_t > by_key_{ &index_arena_ };  // the first person or group with that key
   text_index< std::size_t > group_by_key_{ &index_arena_ };
   // By hash of each ending of a name: (first person, how many people). Names have several endings,
   // and a page may name thousands of people; a hash per ending keeps this one small node each.
   std::pmr::unordered_map< std::size_t, std::pair< std::size_t, std::size_t > > by_name_ending_{ &index_arena_ };
   static std::size_t hash_of( std::string_view text ) { return std::hash< std::string_view >{}( text ); }
   text_index< std::pmr::vector< std::size_t > > by_head_{ &index_arena_ };  // people holding a title head
   text_index< std::pmr::vector< std::size_t > > roles_by_heads_{ &index_arena_ };  // roles by their title heads
   std::vector< mention > unresolved_;
};

}  // namespace chidao::detail
