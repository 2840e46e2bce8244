#!/usr/bin/env bash
## Show that the installed package works for a consumer: through find_package(jianbao), and
## through pkg-config; and that install puts tools and man pages in place.
set -euo pipefail
: "${BUILD_DIR:?}" "${SOURCE_DIR:?}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cmake --install "$BUILD_DIR" --prefix "$scratch/prefix" >/dev/null
for file in bin/jianbao-split bin/jianbao-extract-people bin/jianbao-to-xml \
            share/man/man1/jianbao-split.1 share/man/man1/jianbao-extract-people.1 \
            share/man/man1/jianbao-to-xml.1 share/man/man5/jianbao-stream.5 \
            share/man/man7/jianbao.7 share/jianbao/surnames.txt share/jianbao/titles.txt \
            share/jianbao/jianbao.rng include/jianbao/xml.hpp \
            include/jianbao/jianbao.hpp include/jianbao/export.hpp; do
  [ -e "$scratch/prefix/$file" ] || { echo "not installed: $file" >&2; exit 1; }
done
libdir=$(dirname "$(find "$scratch/prefix" -name 'libjianbao.so.*' | head -n 1)")

cmake -S "$SOURCE_DIR/tests/install" -B "$scratch/cmake" -DCMAKE_PREFIX_PATH="$scratch/prefix" >/dev/null
cmake --build "$scratch/cmake" >/dev/null
LD_LIBRARY_PATH="$libdir" "$scratch/cmake/consumer" | grep -q '研究所召开年度工作会议'

flags=$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags --libs jianbao)
# shellcheck disable=SC2086
c++ -std=c++17 "$SOURCE_DIR/tests/install/main.cpp" $flags -o "$scratch/consumer-pc"
LD_LIBRARY_PATH="$libdir" "$scratch/consumer-pc" | grep -q '研究所召开年度工作会议'
echo "install: find_package and pkg-config consumers both work"
