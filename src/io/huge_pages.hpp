// SPDX-License-Identifier: MIT
// Large buffers (a long document's bytes and its normalized text, tens of megabytes) on huge pages
// where the system offers them: one page fault and one TLB entry for 2 MiB instead of 512. Where Linux's
// transparent_hugepage setting is "madvise" (as on the machines this was measured on) it gives them only
// to memory that asks; with "always" the request changes nothing, with "never" it is refused.
#pragma once

#include <cstddef>

namespace chidao::detail {

/// Asks that the whole 2 MiB pages inside [data, data + size) be backed by huge pages. Call before the
/// memory is first written. A hint only: does nothing for buffers under 4 MiB, on other systems, or
/// when the kernel declines.
void prefer_huge_pages( void* data, std::size_t size ) noexcept;

}  // namespace chidao::detail
