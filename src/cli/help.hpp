// SPDX-License-Identifier: MIT
// What chidao says about its command line: --help at the terminal's width, naming each option's value
// (FORMAT, N) rather than how CLI11 checks it, and usage errors that start "chidao:" and suggest the
// option a typo meant.
#pragma once

#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chidao::cli {

/// The width --help wraps at: the terminal's when standard output is one, else $COLUMNS, else 80;
/// never under 40 nor over 100 columns (longer lines read badly).
[[nodiscard]] std::size_t help_width();

/// `text` wrapped to `width` columns (code points). Each line of `text` is wrapped on its own; its
/// continuation lines start at its second column (the text after a run of two spaces, as in
/// "  -q   quiet"), or at its indentation when it has none. A second column too far right for its text
/// moves to the next line, four columns in.
[[nodiscard]] std::string wrap_lines( std::string_view text, std::size_t width );

/// CLI11's help with every description and the footer wrapped to `width`.
class help_formatter : public CLI::Formatter {
public:
   explicit help_formatter( std::size_t width );

   std::string make_option( const CLI::Option* opt, bool is_positional ) const override;
   std::string make_option_name( const CLI::Option* opt, bool is_positional ) const override;
   std::string make_description( const CLI::App* app ) const override;
   std::string make_footer( const CLI::App* app ) const override;

private:
   std::size_t width_;
};

/// The option among `names` ("--format", "-q" …) that `typed` most likely meant: the one it starts, or
/// the nearest within two edits (a transposition counts one); empty when none is near.
[[nodiscard]] std::string nearest_option( std::string_view typed, const std::vector< std::string >& names );

/// A usage error as chidao reports it: "chidao: unknown option --formt; did you mean --format?", or
/// "chidao: " and CLI11's message, then where to read more.
[[nodiscard]] std::string failure_message( const CLI::App* app, const CLI::Error& e );

}  // namespace chidao::cli
