#!/usr/bin/env bash
# Tests for .ci/changed-paths.sh: a temporary git repository with commits of each kind, and the decision the
# script must make for each range.
#
#   bash .ci/test-changed-paths.sh
#
# Prints one line per check and "changed-paths: N passed, N failed"; exits non-zero on any failure.
set -uo pipefail

script=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/changed-paths.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/test-changed-paths.XXXXXX")
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
expect() {
  local want=$1 what=$2 base=$3 head=$4 got
  got=$(cd "$work" && bash "$script" "$base" "$head" 2>&1)
  if [[ $got == "$want" ]]; then
    passed=$((passed + 1))
    echo "ok   - $what: $want"
  else
    failed=$((failed + 1))
    echo "FAIL - $what: expected $want, got: $got"
  fi
}

cd "$work"
git init -q -b main .
git config user.email ci@example.invalid
git config user.name CI
git config commit.gpgsign false

# commit FILE=TEXT... : writes the files, stages everything (deletions too), commits, prints nothing.
commit() {
  local spec
  for spec in "$@"; do
    mkdir -p "$(dirname "${spec%%=*}")"
    printf '%s\n' "${spec#*=}" >"${spec%%=*}"
  done
  git add -A
  git commit -q -m "change" --allow-empty
}
sha() { git rev-parse HEAD; }

commit content/site.json='{}' content/indicators/a.json='{"v": 1}' templates/layout.ftlh='<html>' \
  generator/src/main/java/Main.java='class Main {}' pom.xml='<project/>' README.md='# x'
start=$(sha)

commit content/indicators/a.json='{"v": 2}'
content=$(sha)
expect content-only "one figure changed" "$start" "$content"

commit templates/layout.ftlh='<html lang>'
templates=$(sha)
expect content-only "a template changed" "$content" "$templates"
expect content-only "content, then templates, in one push" "$start" "$templates"

commit content/indicators/new.json='{"v": 3}'
added=$(sha)
expect content-only "an indicator added" "$templates" "$added"

git rm -q content/indicators/new.json && commit
deleted=$(sha)
expect content-only "an indicator deleted" "$added" "$deleted"

git mv content/indicators/a.json content/indicators/b.json && commit
renamed=$(sha)
expect content-only "a file renamed inside content/" "$deleted" "$renamed"

commit 'content/reports/андижон 2017.md=# ҳисобот'
unicode=$(sha)
expect content-only "a file whose name has spaces and Cyrillic letters" "$renamed" "$unicode"

commit generator/src/main/java/Main.java='class Main { int x; }'
generator=$(sha)
expect full "the generator changed" "$unicode" "$generator"
expect full "content, then the generator, in one push" "$start" "$generator"

commit content/site.json='{"a": 1}' pom.xml='<project><x/></project>'
mixed=$(sha)
expect full "content and pom.xml together" "$generator" "$mixed"

commit README.md='# y'
readme=$(sha)
expect full "only README.md" "$mixed" "$readme"

commit .github/workflows/publish.yml='name: publish'
workflow=$(sha)
expect full "the workflow" "$readme" "$workflow"

commit content2/a.json='{}'
lookalike=$(sha)
expect full "a directory whose name starts with content" "$workflow" "$lookalike"

git mv content/indicators/b.json docs-b.json && commit
movedout=$(sha)
expect full "a file moved out of content/" "$lookalike" "$movedout"

mkdir -p content/pages && git mv README.md content/pages/readme.md && commit
movedin=$(sha)
expect full "a file moved into content/ from elsewhere" "$movedout" "$movedin"

commit
empty=$(sha)
expect full "no change at all" "$movedin" "$empty"
expect full "no BASE (a run by hand)" "" "$empty"
expect full "a BASE of zeros (a new branch)" 0000000000000000000000000000000000000000 "$empty"
expect full "a BASE this clone does not have" 1234567890abcdef1234567890abcdef12345678 "$empty"
expect full "a HEAD this clone does not have" "$start" 1234567890abcdef1234567890abcdef12345678

echo "changed-paths: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
