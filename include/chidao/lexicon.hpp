// SPDX-License-Identifier: MIT
// The open word classes the grammar consults: titles, complements, surnames, honorifics, reporting
// verbs, group speakers, descriptive references, adverbs, addressee words. Compiled-in defaults come
// from grammar/lexicons/*.txt; users add entries at run time from files in the same format.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace chidao {

namespace detail {
struct lexicon_tables;
}

/// A set of lexicons. Cheap to copy (copies share tables until one is changed).
///
/// File format: UTF-8, one entry a line, in any case, tone placement or normalization form.
/// Lines starting with '#' and blank lines are ignored. A line "[section]" starts a section:
///   [title] [complement] [surname] [honorific] [group] [adverb] [addressee]
///   [verb directive] [verb assertive] [verb evaluative]
///   [reference TITLE]   descriptions that stand for the holder of TITLE ("người đứng đầu ngành")
class lexicon {
public:
   /// The compiled-in defaults, as defaults() gives them.
   lexicon();

   /// The compiled-in defaults.
   [[nodiscard]] static lexicon defaults() { return {}; }

   /// Adds the entries of a lexicon file. Throws chidao::error (errc::invalid_lexicon, naming the
   /// file and line) for an entry outside a section, an unknown section, or invalid UTF-8;
   /// errc::io_failure when the file cannot be read. On error nothing is added.
   void load( const std::filesystem::path& file );

   /// As load(), from text in memory; `name` stands for the file in errors.
   void add( std::string_view text, const std::string& name );

   /// How many entries (after normalization, without duplicates) all sections hold.
   [[nodiscard]] std::size_t size() const noexcept;

   [[nodiscard]] const detail::lexicon_tables& tables() const noexcept { return *tables_; }

private:
   std::shared_ptr< const detail::lexicon_tables > tables_;
};

}  // namespace chidao
