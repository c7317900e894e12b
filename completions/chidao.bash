# SPDX-License-Identifier: MIT
# bash completion for chidao: options, their values, and files. Installed as
# share/bash-completion/completions/chidao; tests/install_test.sh keeps it in step with chidao --help.
# Plain bash (compgen), so it works without the bash-completion package's helpers.

_chidao()
{
   local cur=${COMP_WORDS[COMP_CWORD]}
   local prev=
   (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD - 1]}
   # bash splits "--format=js" at the "=" (COMP_WORDBREAKS): the option is one word back from a lone
   # "=", and two from the value after it.
   if [[ $cur == = ]]; then
      cur=
   elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then
      prev=${COMP_WORDS[COMP_CWORD - 2]}
   fi

   case $prev in
      -f|--format) COMPREPLY=( $( compgen -W 'json jsonl outline markdown html tsv csv' -- "$cur" ) ); return ;;
      --input) COMPREPLY=( $( compgen -W 'text jsonl' -- "$cur" ) ); return ;;
      --statements) COMPREPLY=( $( compgen -W 'all with-lists' -- "$cur" ) ); return ;;
      --color) COMPREPLY=( $( compgen -W 'auto always never' -- "$cur" ) ); return ;;
      --offsets) COMPREPLY=( $( compgen -W 'bytes codepoints utf16' -- "$cur" ) ); return ;;
      --encoding) COMPREPLY=( $( compgen -W 'utf-8 utf-16le utf-16be windows-1258 tcvn3 vni viscii' -- "$cur" ) ); return ;;
      --lexicon) compopt -o filenames 2>/dev/null; COMPREPLY=( $( compgen -f -- "$cur" ) ); return ;;
      --output-dir) compopt -o filenames 2>/dev/null; COMPREPLY=( $( compgen -d -- "$cur" ) ); return ;;
      -j|--jobs|--width|--max-warnings|--max-bytes|--glob|--split-on|--text-field|--id-field) COMPREPLY=(); return ;;  # a value of one's own
   esac

   if [[ $cur == -* ]]; then
      COMPREPLY=( $( compgen -W '-h --help -V --version -f --format --pretty --statements --width --color
                                 --offsets --output-dir --glob --split-on --input --text-field --id-field -j --jobs -q --quiet --max-warnings --max-bytes --lossless
                                 --verify-roundtrip --lenient --encoding --lexicon' -- "$cur" ) )
      return
   fi
   compopt -o filenames 2>/dev/null
   COMPREPLY=( $( compgen -f -- "$cur" ) )
}
complete -F _chidao chidao
