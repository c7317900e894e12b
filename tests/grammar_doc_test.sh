#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every grammar rule has an entry in docs/grammar.md: for each `struct NAME` declared at namespace
# scope in grammar/*.hpp, except the spellings inside `namespace lex { … }`, the map must hold the
# heading "### `NAME`". Usage: grammar_doc_test.sh PROJECT_ROOT
set -euo pipefail

root=${1:?usage: grammar_doc_test.sh PROJECT_ROOT}
doc="$root/docs/grammar.md"

shopt -s nullglob
headers=( "$root"/grammar/*.hpp )
if (( ${#headers[@]} == 0 )); then
   echo "no grammar headers in $root/grammar" >&2
   exit 1
fi
if [[ ! -f $doc ]]; then
   echo "missing $doc" >&2
   exit 1
fi

# Reads the headers as C++ tokens: comments, string and character literals are dropped first, then
# braces are tracked on a stack of scopes (a namespace, the lex namespace, or anything else: a class
# body, an enum, a function). A struct counts when every enclosing scope is a namespace other than
# lex; a qualified name ("struct tao::pegtl::analyze_traits< … >") is a specialization, not a rule.
rules=$( LC_ALL=C awk -v sq="'" '
   function flush() {
      if( candidate != "" && !( candidate in seen ) ) { seen[ candidate ] = 1; print candidate }
      candidate = ""
   }
   function clean( s,    out, i, n, c, q, prev ) {
      out = ""; n = length( s ); i = 1
      while( i <= n ) {
         c = substr( s, i, 1 )
         if( in_block ) {
            if( substr( s, i, 2 ) == "*/" ) { in_block = 0; i += 2 } else { ++i }
            continue
         }
         if( substr( s, i, 2 ) == "//" ) break
         if( substr( s, i, 2 ) == "/*" ) { in_block = 1; i += 2; continue }
         prev = substr( out, length( out ), 1 )
         if( c == sq && prev ~ /[0-9]/ && substr( s, i + 1, 1 ) ~ /[0-9A-Fa-f]/ ) { ++i; continue }  # digit separator
         if( c == "\"" || c == sq ) {
            q = c; ++i
            while( i <= n ) {
               c = substr( s, i, 1 )
               if( c == "\\" ) { i += 2; continue }
               ++i
               if( c == q ) break
            }
            out = out " "
            continue
         }
         out = out c; ++i
      }
      return out
   }
   function at_namespace_scope(    k ) {
      for( k = 1; k <= depth; ++k ) if( scope[ k ] != "ns" ) return 0
      return 1
   }
   FNR == 1 { flush(); depth = 0; in_block = 0; pending = ""; pending_name = ""; want_name = 0; candidate = "" }
   {
      line = clean( $0 )
      while( match( line, /[A-Za-z_][A-Za-z0-9_]*|::|[{};]/ ) ) {
         token = substr( line, RSTART, RLENGTH )
         line = substr( line, RSTART + RLENGTH )
         if( candidate != "" ) {            # a struct name, confirmed unless "::" follows it
            if( token == "::" ) candidate = ""; else flush()
         }
         if( want_name ) {
            want_name = 0
            if( token ~ /^[A-Za-z_]/ && candidate_scope_ok ) { candidate = token; continue }
         }
         if( token == "namespace" || token == "extern" ) { pending = "ns"; pending_name = ""; continue }
         if( token == "struct" ) { want_name = 1; candidate_scope_ok = at_namespace_scope(); continue }
         if( token == "{" ) {
            scope[ ++depth ] = ( pending == "ns" ) ? ( pending_name == "lex" ? "lex" : "ns" ) : "other"
            pending = ""; pending_name = ""
            continue
         }
         if( token == "}" ) { if( depth > 0 ) --depth; pending = ""; continue }
         if( token == ";" ) { pending = ""; pending_name = ""; continue }
         if( pending == "ns" && token ~ /^[A-Za-z_]/ ) pending_name = token
      }
   }
   END { flush() }
' "${headers[@]}" )

if [[ -z $rules ]]; then
   echo "found no rules in $root/grammar/*.hpp" >&2
   exit 1
fi

passed=0
failed=0
while IFS= read -r name; do
   if grep -Eq "^### \`${name}\`([[:space:]].*)?\$" "$doc"; then
      passed=$(( passed + 1 ))
   else
      echo "missing from docs/grammar.md: ### \`${name}\`"
      failed=$(( failed + 1 ))
   fi
done <<< "$rules"

echo "${passed} passed, ${failed} failed"
(( failed == 0 ))
