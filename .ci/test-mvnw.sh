#!/usr/bin/env bash
# Tests for ./mvnw, self-contained: fake `mvn` scripts on a private PATH, a private HOME, and a
# file:// Maven repository holding the pinned Maven tarball (copied from the local Maven repository,
# fetched there with the system mvn if it is missing).
#
#   bash .ci/test-mvnw.sh
#
# Prints one line per check and "mvnw: N passed, N failed"; exits non-zero on any failure.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
mvnw=$root/mvnw
props=$root/.mvn/wrapper.properties

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
not_ok() {
  failed=$((failed + 1))
  echo "FAIL - $1"
  shift
  local line
  for line in "$@"; do printf '       %s\n' "$line"; done
}

prop() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$props" | head -n 1 | tr -d ' \t\r'; }
version=$(prop mavenVersion)
sha=$(prop distributionSha512)
if [[ -z $version || -z $sha ]]; then
  echo "test-mvnw: cannot read mavenVersion/distributionSha512 from $props" >&2
  echo "mvnw: 0 passed, 1 failed"
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/test-mvnw.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A PATH with the system's tools but no `mvn`.
toolbin=$work/toolbin
mkdir -p "$toolbin"
for d in /usr/local/bin /usr/bin /bin; do
  [[ -d $d ]] || continue
  find "$d" -maxdepth 1 \( -type f -o -type l \) ! -name mvn ! -name mvnw -exec ln -s -t "$toolbin" {} + 2>/dev/null
done

# fake_mvn DIR VERSION: an `mvn` that reports VERSION (in colour, like Debian's) and echoes cwd and args.
fake_mvn() {
  mkdir -p "$1"
  cat >"$1/mvn" <<EOF
#!/bin/sh
if [ "\${1:-}" = "--version" ] || [ "\${1:-}" = "-v" ]; then
  printf '\033[1mApache Maven $2 (fake)\033[m\nMaven home: /nowhere\n'
  exit 0
fi
printf 'FAKE-MVN $2 cwd=%s args:' "\$(pwd)"
for a in "\$@"; do printf ' [%s]' "\$a"; done
echo
EOF
  chmod +x "$1/mvn"
}
fake_mvn "$work/new" 3.8.7
fake_mvn "$work/four" 4.0.0-rc-2
fake_mvn "$work/old" 3.6.3

# run_mvnw NAME PATHPREFIX HOME REPOURL ARGS... : runs mvnw from $work/cwd; sets rc, out, err.
mkdir -p "$work/cwd"
run_mvnw() {
  local name=$1 pathprefix=$2 home=$3 repourl=$4
  shift 4
  mkdir -p "$home"
  local envargs=(-u MAVEN_USER_HOME -u MVNW_REPOURL -u MAVEN_ARGS "PATH=${pathprefix:+$pathprefix:}$toolbin" "HOME=$home")
  [[ -n $repourl ]] && envargs+=("MVNW_REPOURL=$repourl")
  (cd "$work/cwd" && env "${envargs[@]}" "$mvnw" "$@") >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
  out=$(cat "$work/$name.out")
  err=$(cat "$work/$name.err")
}
show() { echo "exit $rc" "stdout: ${out:0:600}" "stderr: ${err:0:900}"; }

# --- mvn on PATH is new enough: used, with arguments intact, in the caller's directory -------------
run_mvnw new "$work/new" "$work/home-new" "" -B "-Dx=a b" verify
expect="FAKE-MVN 3.8.7 cwd=$work/cwd args: [-B] [-Dx=a b] [verify]"
if [[ $rc -eq 0 && $out == "$expect" ]]; then
  ok "mvn 3.8.7 on PATH is run with all arguments, in the caller's cwd"
else
  mapfile -t lines < <(show)
  not_ok "mvn 3.8.7 on PATH is run with all arguments, in the caller's cwd" "expected: $expect" "${lines[@]}"
fi

run_mvnw four "$work/four" "$work/home-four" "" --version-not -q
if [[ $rc -eq 0 && $out == "FAKE-MVN 4.0.0-rc-2 "*"[--version-not] [-q]" ]]; then
  ok "mvn 4.x on PATH counts as 3.8 or newer"
else
  mapfile -t lines < <(show)
  not_ok "mvn 4.x on PATH counts as 3.8 or newer" "${lines[@]}"
fi

# --- old mvn, no MVNW_REPOURL: clear message, exit 1 --------------------------------------------
run_mvnw old-norepo "$work/old" "$work/home-old" "" -B verify
if [[ $rc -eq 1 && -z $out && $err == *"3.6.3"* && $err == *"Maven 3.8 or newer"* && $err == *"MVNW_REPOURL"* ]]; then
  ok "old mvn (3.6.3) and no MVNW_REPOURL: exit 1 with instructions"
else
  mapfile -t lines < <(show)
  not_ok "old mvn (3.6.3) and no MVNW_REPOURL: exit 1 with instructions" "${lines[@]}"
fi

run_mvnw none-norepo "" "$work/home-none" "" -B verify
if [[ $rc -eq 1 && -z $out && $err == *"no 'mvn' on PATH"* && $err == *"install Maven 3.8"* && $err == *"MVNW_REPOURL"* ]]; then
  ok "no mvn at all and no MVNW_REPOURL: exit 1 with instructions"
else
  mapfile -t lines < <(show)
  not_ok "no mvn at all and no MVNW_REPOURL: exit 1 with instructions" "${lines[@]}"
fi

# --- a file:// repository with the real tarball --------------------------------------------------
rel=org/apache/maven/apache-maven/$version/apache-maven-$version-bin.tar.gz
src=${MVNW_TEST_TARBALL:-$HOME/.m2/repository/$rel}
if [[ ! -s $src ]] && command -v mvn >/dev/null 2>&1; then
  # Resolve it through the system mvn (its local repository, or the configured remote one).
  echo "test-mvnw: getting apache-maven-$version-bin.tar.gz with the system mvn"
  src=$work/dl/apache-maven-$version-bin.tar.gz
  (cd "$work" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    "-Dartifact=org.apache.maven:apache-maven:$version:tar.gz:bin" "-DoutputDirectory=$work/dl") \
    >"$work/fetch.log" 2>&1 || tail -n 20 "$work/fetch.log"
fi

if [[ ! -s $src ]]; then
  not_ok "pinned tarball available for the download tests" \
    "no $src, and the system mvn could not get it" \
    "(set MVNW_TEST_TARBALL to apache-maven-$version-bin.tar.gz to use a copy you have)"
else
  good=$work/repo-good
  mkdir -p "$good/$(dirname "$rel")"
  cp "$src" "$good/$rel"
  if [[ $(sha512sum "$good/$rel" | cut -d ' ' -f 1) == "$sha" ]]; then
    ok "pinned SHA-512 in .mvn/wrapper.properties matches apache-maven-$version-bin.tar.gz"
  else
    not_ok "pinned SHA-512 in .mvn/wrapper.properties matches apache-maven-$version-bin.tar.gz" \
      "sha512($src) = $(sha512sum "$good/$rel" | cut -d ' ' -f 1)" "pinned      = $sha"
  fi

  home=$work/home-dl
  run_mvnw old-repo "$work/old" "$home" "file://$good/" --version
  dist=$home/.m2/wrapper/dists/apache-maven-$version-bin
  if [[ $rc -eq 0 && $out == *"Apache Maven $version"* && $err == *downloading* \
        && -f $dist/${sha:0:16}/.mvnw-verified && -x $dist/${sha:0:16}/apache-maven-$version/bin/mvn ]] \
     && [[ -z $(find "$dist" -maxdepth 1 -name '.download.*') ]]; then
    ok "old mvn + MVNW_REPOURL=file://...: downloads, verifies, unpacks and runs Maven $version"
  else
    mapfile -t lines < <(show)
    not_ok "old mvn + MVNW_REPOURL=file://...: downloads, verifies, unpacks and runs Maven $version" "${lines[@]}"
  fi

  run_mvnw cached "$work/old" "$home" "" --version
  if [[ $rc -eq 0 && $out == *"Apache Maven $version"* && $err != *downloading* ]]; then
    ok "a verified download is reused without MVNW_REPOURL"
  else
    mapfile -t lines < <(show)
    not_ok "a verified download is reused without MVNW_REPOURL" "${lines[@]}"
  fi

  # --- a corrupted tarball is rejected ------------------------------------------------------------
  bad=$work/repo-bad
  mkdir -p "$bad/$(dirname "$rel")"
  cp "$src" "$bad/$rel"
  printf 'X' | dd of="$bad/$rel" bs=1 seek=4096 conv=notrunc status=none
  home=$work/home-bad
  run_mvnw corrupt "$work/old" "$home" "file://$bad" --version
  dist=$home/.m2/wrapper/dists/apache-maven-$version-bin
  if [[ $rc -eq 1 && $out != *"Apache Maven"* && $err == *"SHA-512 mismatch"* && $err == *"MVNW_REPOURL"* \
        && ! -e $dist/${sha:0:16} ]] && [[ -z $(find "$dist" -mindepth 1 2>/dev/null) ]]; then
    ok "a corrupted tarball is rejected (exit 1), nothing is installed or left behind"
  else
    mapfile -t lines < <(show)
    not_ok "a corrupted tarball is rejected (exit 1), nothing is installed or left behind" "${lines[@]}"
  fi
fi

# --- a repository without the file: the download fails cleanly ----------------------------------
mkdir -p "$work/repo-empty"
run_mvnw missing "$work/old" "$work/home-missing" "file://$work/repo-empty" --version
if [[ $rc -eq 1 && $err == *"could not download"* && $err == *"install Maven 3.8"* ]]; then
  ok "a failed download: exit 1 with instructions"
else
  mapfile -t lines < <(show)
  not_ok "a failed download: exit 1 with instructions" "${lines[@]}"
fi

echo "mvnw: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
