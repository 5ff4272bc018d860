#!/usr/bin/env bash
# compare.sh [RUNS] [REPORTS...]: the figures of docs/BENCHMARKS.md, measured as users run Shaffof: the whole
# process `./shaffof build --preview --root DIR` (the launcher the README's commands use, given a copy of the jar)
# under /usr/bin/time (wall time, peak RSS).
#
#  1. The real project (a copy of content/ and templates/): a cold build (no .shaffof-cache/, no site/) and a
#     rebuild with nothing changed, RUNS times each; medians.
#  2. For each REPORTS (default 1000 and 10000): the shared corpus of 2 x REPORTS pages (make-corpus.sh, kept
#     between runs), converted by `shaffof bench corpus` into REPORTS reports on a copy of the real project (each
#     a page in both editions: 2 x REPORTS pages, as Hugo builds from the corpus), then Shaffof and Hugo
#     alternately with the shared pair.sh, RUNS pairs each: Shaffof cold against Hugo; Shaffof with nothing changed
#     against Hugo; Shaffof after one edited report (a sentence added to the end of content/reports/page-00001.md,
#     different each time, the edit inside the timed command) against Hugo. Hugo has no cache to keep: each of its
#     builds is a full one. Medians and the median ratio.
#  3. The stage table (`build --timings`) of one cold build, one rebuild with nothing changed and one after an
#     edited report, of each project.
#
#   docs/bench/compare.sh            # 3 runs; real project, 1 000 and 10 000 reports
#   docs/bench/compare.sh 5 1000     # 5 runs; real project and 1 000 reports
#
# Needs: the jar (./mvnw -q -pl generator package -DskipTests), Hugo (Debian's hugo package), python3,
# /usr/bin/time (Debian's time package). Environment: SHAFFOF_BENCH_SHARED, the folder holding make-corpus.sh,
# pair.sh, bench.sh and run-hugo.sh (default ../shared/bench beside the project); SHAFFOF_BENCH_WORK, where corpora,
# projects and sites go (default ${TMPDIR:-/tmp}/shaffof-compare); SHAFFOF_JAR, another jar. The launcher keeps its
# class-data archive beside the copied jar, so the first build of a run makes it (the warm-up runs of pair.sh and
# bench.sh's first run). The machines are shared and noisy: `uptime` is printed beside every block, and only
# ratios of alternated runs compare well.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SHAFFOF_BENCH_SHARED:-$(cd "$root/.." && pwd)/shared/bench}
work=${SHAFFOF_BENCH_WORK:-${TMPDIR:-/tmp}/shaffof-compare}
jar=${SHAFFOF_JAR:-$root/generator/target/shaffof.jar}
runs=${1:-3}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
for tool in hugo python3 /usr/bin/time java; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is missing (see the header of this script)" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "compare.sh: no jar at $jar (./mvnw -q -pl generator package -DskipTests)" >&2; exit 2; }
[ -x "$shared/pair.sh" ] || { echo "compare.sh: no pair.sh in $shared (set SHAFFOF_BENCH_SHARED)" >&2; exit 2; }
mkdir -p "$work"
# A copy of the jar: rebuilding the project while this runs must not change what is measured.
cp "$jar" "$work/shaffof.jar"
jar="$work/shaffof.jar"

shaffof="SHAFFOF_JAR='$jar' '$root/shaffof'"
cold() { echo "rm -rf '$1/.shaffof-cache' '$1/site' && $shaffof build --preview --root '$1'"; }
noop() { echo "$shaffof build --preview --root '$1'"; }
# One report edited: a sentence no run added before, at the end of its body, then the build.
edit() { echo "printf '\\nOne more sentence, %s.\\n' \"\$(date +%s%N)\" >> '$1/content/reports/page-00001.md' && $shaffof build --preview --root '$1'"; }
load() { echo "load: $(uptime | sed 's/.*load average: //')"; }

echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1), $(hugo version | cut -d' ' -f1-2)"
real="$work/real"
rm -rf "$real" && mkdir -p "$real" && cp -r "$root/content" "$root/templates" "$real/"
echo
echo "## The real project: cold, then nothing changed ($runs runs each; bench.sh: min/median/max wall, peak RSS)"
load
"$shared/bench.sh" "$runs" bash -c "$(cold "$real")"
"$shared/bench.sh" "$runs" bash -c "$(noop "$real")"
load

for n in "${sizes[@]}"; do
  c="$work/c$((2 * n))"
  p="$work/p$n"
  [ -d "$c/hugo" ] || "$shared/make-corpus.sh" "$((2 * n))" "$c" >/dev/null
  [ -d "$p/content" ] || java -jar "$jar" bench corpus --from "$c" --out-project "$p" --base-project "$root" --no-build
  echo
  echo "## $n reports ($((2 * n)) report pages, $(find "$p/content/reports" -name '*.md' | wc -l) reports in all) against Hugo on $((2 * n)) pages"
  echo "### A = Shaffof cold, B = Hugo ($runs pairs)"
  load
  "$shared/pair.sh" "$runs" "$(cold "$p")" "$shared/run-hugo.sh $c $work/h$n"
  echo "### A = Shaffof with nothing changed, B = Hugo ($runs pairs)"
  load
  "$shared/pair.sh" "$runs" "$(noop "$p")" "$shared/run-hugo.sh $c $work/h$n"
  echo "### A = Shaffof after one edited report, B = Hugo ($runs pairs)"
  load
  "$shared/pair.sh" "$runs" "$(edit "$p")" "$shared/run-hugo.sh $c $work/h$n"
  load
done

for project in "$real" "${sizes[@]/#/$work/p}"; do
  echo
  echo "## Stages of $project: cold, then nothing changed, then one edited report"
  bash -c "$(cold "$project") --timings" 2>/dev/null
  bash -c "$(noop "$project") --timings" 2>/dev/null
  if [ -f "$project/content/reports/page-00001.md" ]; then bash -c "$(edit "$project") --timings" 2>/dev/null; fi
done
