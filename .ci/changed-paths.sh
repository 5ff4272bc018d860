#!/usr/bin/env bash
# Which path CI takes for a push, from what it changed:
#
#   bash .ci/changed-paths.sh BASE HEAD     # prints `content-only` or `full`
#
# `content-only` when every path that differs between the commits BASE and HEAD is under content/ or templates/:
# the site is built and gated with the generator as cached for its (unchanged) sources, without the generator's
# tests (.ci/publish-content). `full` for anything else, and whenever the answer is in doubt: no BASE (a run by
# hand, a first push), a BASE of zeros (a new branch), a BASE or HEAD this clone does not have, a failing git, or
# no change at all. Paths are compared exactly (NUL-separated, renames as a deletion and an addition), so a file
# moved out of content/ or a directory named `content2/` counts as a change elsewhere. Tested by
# .ci/test-changed-paths.sh.
set -uo pipefail

base=${1:-}
head=${2:-HEAD}

full() {
  echo full
  exit 0
}

[[ -n $base && ! $base =~ ^0+$ ]] || full
git cat-file -e "$base^{commit}" 2>/dev/null || full
git cat-file -e "$head^{commit}" 2>/dev/null || full

changed=$(mktemp "${TMPDIR:-/tmp}/changed-paths.XXXXXX")
trap 'rm -f "$changed"' EXIT
git diff --no-renames --name-only -z "$base" "$head" >"$changed" 2>/dev/null || full
[[ -s $changed ]] || full

while IFS= read -r -d '' path; do
  case $path in
    content/* | templates/*) ;;
    *) full ;;
  esac
done <"$changed"
echo content-only
