// SPDX-License-Identifier: MIT
// List ownership, a phase of the tree builder after list assembly and the statements. Who each list
// belongs to is the attribution stage's decision (src/attribute); here its verdicts are recorded in the
// lists and the statements, so that the tree can be built from them: a list under the statement holding
// it, a speaker for a list no statement may hold, an interview answer made for the interviewee.
#pragma once

#include <cstddef>
#include <map>
#include <string_view>
#include <vector>

#include "attribute/attribute.hpp"
#include "tree/layout.hpp"
#include "tree/lists.hpp"
#include "tree/statements.hpp"

namespace chidao::detail {

class list_ownership {
public:
   /// `lists` settled, `statements` in document order; both are updated, and all must outlive this.
   list_ownership( list_assembler& lists, std::vector< statement_build >& statements, const page_layout& layout );

   /// Asks attribution who holds each kept list, and records each verdict. `said`: the statements as
   /// attribution reads them (said_of()); whether each is inside a point is set here. `text`: the
   /// normalized page.
   void own_lists( std::vector< attribute::said >& said, std::string_view text, const std::vector< attribute::naming >& named,
                   const std::vector< std::size_t >& interview_leads );

   /// Records attribution's verdict on a kept list:
   /// - the statement holding it takes it among its lists, and its span grows to the list's end; the
   ///   list leaves the point it was in. A statement that may not hold it gives it only its speaker;
   /// - an interview answer is made a statement of the interviewee, from the paragraph introducing it
   ///   (or the list itself); lists whose answers' texts meet, by the same interviewee, share one. A
   ///   list in a point, or one whose answer would start in a point and end past it, gets the
   ///   interviewee as its speaker only;
   /// - else the speaker its first point names, if any.
   void record( std::size_t list, const attribute::owner& o );

private:
   bool may_hold( std::size_t statement, std::size_t list ) const;
   bool fits_in_its_point( std::size_t at, std::size_t list ) const;
   std::size_t answer_overlapping( const attribute::owner& o ) const;
   void attach( std::size_t list, std::size_t statement );

   list_assembler& assembly_;
   std::vector< list_build >& lists_;
   std::vector< statement_build >& statements_;
   const page_layout& layout_;
   std::map< std::size_t, std::size_t > answers_;  // interview answers made: begin → statement
};

}  // namespace chidao::detail
