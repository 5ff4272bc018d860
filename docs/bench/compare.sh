#!/usr/bin/env bash
# compare.sh [RUNS] [SIZES...]: the side-by-side figures of docs/BENCHMARKS.md. For each corpus size (default 1000
# and 10000 pages) it writes the corpus with the shared make-corpus.sh (once; kept), then runs the shared pair.sh:
# Shaffof's bench (docs/bench/run-shaffof.sh, the full pipeline) and Hugo on the same files, alternately, RUNS
# times each (default 5), and prints each one's median wall time and peak RSS and the median ratio. Then one
# Shaffof run of each size with its stage breakdown, and the same with --translit (every page in both editions).
#
#   docs/bench/compare.sh            # 5 pairs at 1 000 and at 10 000 pages
#   docs/bench/compare.sh 3 1000     # 3 pairs at 1 000 pages
#
# Needs: the jar (./mvnw -q package -DskipTests), Hugo (Debian's hugo package), python3, /usr/bin/time (Debian's
# time package). Environment: SHAFFOF_BENCH_SHARED, the folder holding make-corpus.sh, pair.sh and run-hugo.sh
# (default ../shared/bench beside the project); SHAFFOF_BENCH_WORK, where corpora and sites go (default
# ${TMPDIR:-/tmp}/shaffof-compare). The machine should be otherwise idle: these machines are shared and noisy,
# which is why the figures are medians of alternating runs and the ratio is what to quote.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHAFFOF_BENCH_SHARED:-$(cd "$here/../../.." && pwd)/shared/bench}
work=${SHAFFOF_BENCH_WORK:-${TMPDIR:-/tmp}/shaffof-compare}
runs=${1:-5}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
for tool in hugo python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is missing (see the header of this script)" >&2; exit 2; }
done
[ -x "$shared/pair.sh" ] || { echo "compare.sh: no pair.sh in $shared (set SHAFFOF_BENCH_SHARED)" >&2; exit 2; }
mkdir -p "$work"

echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1), $(hugo version | cut -d' ' -f1-2)"
for n in "${sizes[@]}"; do
  c="$work/c$n"
  [ -d "$c/neutral" ] || "$shared/make-corpus.sh" "$n" "$c" >/dev/null
  # One build first: trains the class-data-sharing archive for this jar (not timed) and warms the page cache.
  bash "$here/run-shaffof.sh" "$c" "$work/s$n" >/dev/null
  echo
  echo "## $n pages: A = Shaffof (full pipeline), B = Hugo"
  "$shared/pair.sh" "$runs" "bash $here/run-shaffof.sh $c $work/s$n" "$shared/run-hugo.sh $c $work/h$n"
done
for n in "${sizes[@]}"; do
  echo
  echo "## $n pages: stages of one Shaffof run"
  bash "$here/run-shaffof.sh" "$work/c$n" "$work/s$n"
  echo
  echo "## $n pages, --translit: stages of one Shaffof run"
  bash "$here/run-shaffof.sh" "$work/c$n" "$work/t$n" --translit
done
