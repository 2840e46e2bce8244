# Shared by the benchmark scripts: a corpus made by repeating the samples, all in UTF-8.
#   unit_corpus FILE             every sample once, separated by blank lines
#   repeat_to FILE UNIT MB       FILE made of UNIT repeated to at least MB megabytes
unit_corpus() {
  local top
  top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  for sample in "$top"/samples/*.txt; do
    if iconv -f UTF-8 -t UTF-8 "$sample" >/dev/null 2>&1; then cat "$sample"; else iconv -f GB18030 -t UTF-8 "$sample" | tr -d '\r'; fi
    printf '\n\n\n'
  done >"$1"
}

repeat_to() {
  : >"$1"
  while [ "$(stat -c %s "$1")" -lt $(($3 * 1000000)) ]; do cat "$2" >>"$1"; done
}
