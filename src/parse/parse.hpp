// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "parse/context.hpp"
#include "parse/events.hpp"

namespace chidao::detail {

/// Runs the grammar over `context`'s normalized text, reporting to `sink`. Every input parses: prose
/// without markers is a document without points.
void parse_normalized( std::string_view normalized, const grammar_context& context, event_sink& sink );

}  // namespace chidao::detail
