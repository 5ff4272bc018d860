#!/usr/bin/env bash
# run-shaffof.sh CORPUS [OUT] [BENCH OPTIONS...]: one cold build of a corpus written by make-corpus.sh
# (../shared/bench/make-corpus.sh N CORPUS) by Shaffof's bench, with the JVM flags docs/BENCHMARKS.md uses.
# CORPUS is the folder make-corpus.sh wrote (its neutral/ layout is read); OUT is where the site is published
# (default: a temporary folder, deleted after). Further options go to the bench: --translit, --threads N.
#   run-shaffof.sh /tmp/c1k /tmp/s1k
#   run-shaffof.sh /tmp/c10k /tmp/s10k --translit
#   run-shaffof.sh --structured /tmp/sst          (no corpus: the generated national-scale case)
#
# JVM flags, and why:
#   -XX:SharedArchiveFile  application class-data sharing (AppCDS): the classes a bench build loads, already
#                          parsed and verified, mapped from an archive next to the jar. JDK 17 has no
#                          -XX:+AutoCreateSharedArchive (that is JDK 19+), so the first run with a new jar is a
#                          training run with -XX:ArchiveClassesAtExit, like an install step; later runs use it.
#   -XX:TieredStopAtLevel=1  only the C1 compiler: a cold build is over before C2's code would pay for the CPU
#                          C2 takes from the two cores to compile it.
#   -XX:+UseParallelGC     throughput collector; no concurrent GC threads competing with the build.
#   -Xmx512m               the bench streams pages to disk, so its live heap stays small; without a cap the JVM
#                          sizes the heap from the machine's memory (a quarter of 24 GB) and grows it instead of
#                          collecting, which showed as 2.1 GB peak RSS at 10 000 pages against 430 MB with it.
#   -XX:+UseTransparentHugePages  the heap in 2 MB pages where the kernel offers them (madvise): a profile showed
#                          5 % of a 10 000-page build's CPU in the kernel zeroing 4 KB pages the heap touched for the
#                          first time, and C1's code walks the heap with many TLB misses; 1 000 pages went from
#                          2.04 to 1.83 s and 10 000 from 7.7 to 7.3 s (medians of alternated runs). Where the kernel
#                          has them off, the JVM says so in one line and goes on with small pages.
#   -Xss1m -Xshare:auto    defaults, spelled out.
# Override with SHAFFOF_JAVA_OPTS; point SHAFFOF_JAR at another jar (default generator/target/shaffof.jar).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="${SHAFFOF_JAR:-$HERE/../../generator/target/shaffof.jar}"
MAIN=uz.shaffof.bench.BenchCommand

args=()
if [[ "${1:-}" == --structured ]]; then
  shift
  mode=structured
  args+=(--structured)
else
  CORPUS="${1:?usage: run-shaffof.sh CORPUS [OUT] [BENCH OPTIONS...] | run-shaffof.sh --structured [OUT]}"
  shift
  mode=corpus
  args+=(--corpus "$CORPUS")
fi
if [[ $# -gt 0 && "${1:-}" != --* ]]; then args+=(--out "$1"); shift; fi
args+=("$@")

read -r -a OPTS <<< "${SHAFFOF_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx512m -XX:+UseTransparentHugePages -Xss1m}"
CDS="${JAR%.jar}-bench-$mode.jsa"
if [[ ! -f "$CDS" || "$CDS" -ot "$JAR" ]]; then
  # Training run: records every class the build loads. Its own timing is not a cold build; it is not reported.
  rm -f "$CDS"
  java -XX:ArchiveClassesAtExit="$CDS" -Xlog:cds=off -Xlog:cds+dynamic=off "${OPTS[@]}" -cp "$JAR" "$MAIN" "${args[@]}" >/dev/null 2>&1 || true
fi
exec java -XX:SharedArchiveFile="$CDS" -Xshare:auto -Xlog:cds=off "${OPTS[@]}" -cp "$JAR" "$MAIN" "${args[@]}"
