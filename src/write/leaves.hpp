// SPDX-License-Identifier: MIT
// The leaves of a document (chidao::leaves) over a text the caller has read already: the JSON writer
// shows the same text in its leaves and decides once whether it is the input's own bytes.
#pragma once

#include <string_view>
#include <vector>

#include "chidao/write.hpp"
#include "text/readable.hpp"

namespace chidao::detail {

/// chidao::leaves( doc, original, encoding ), where `decoded` is original's readable_text, or nullptr
/// when is_utf8_as_given( original, encoding ).
[[nodiscard]] std::vector< leaf > leaves_of( const document& doc, std::string_view original, const readable_text* decoded );

}  // namespace chidao::detail
