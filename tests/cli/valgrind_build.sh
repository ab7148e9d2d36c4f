#!/usr/bin/env bash
# Builds the repo's site under valgrind's memcheck: once from scratch (--clean) and once
# more after an edit, from the cache. Any memory error or leak fails (docs/reliability.md).
#   valgrind_build.sh VALGRIND KUNSKAP REPO
set -euo pipefail
valgrind=$1
kunskap=$2
repo=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy, so that the build's cache is written there and not into the repo.
mkdir "$work/site"
cp -r "$repo/content" "$repo/site-config.toml" "$work/site/"
memcheck=("$valgrind" --quiet --error-exitcode=1 --leak-check=full
  --errors-for-leak-kinds=definite,indirect)
"${memcheck[@]}" "$kunskap" build --clean --source "$work/site" --out "$work/public"
printf '\nEn rad till.\n' >>"$(find "$work/site/content/sv" -name '*.md' ! -name '_index.md' | sort | head -1)"
"${memcheck[@]}" "$kunskap" build --source "$work/site" --out "$work/public"
echo "valgrind: two builds of the repo's site with no memory error and no leak"
