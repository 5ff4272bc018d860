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
#                          -XX:+AutoCreateSharedArchive (that is JDK 19+), so the first run with a new jar trains
#                          it, like an install step: two builds (the second replaces the first's site) record the
#                          classes they load, and -Xshare:dump writes a static archive of them. A static archive,
#                          not a dynamic one (-XX:ArchiveClassesAtExit): JDK 17's dynamic archives leave out
#                          classes of class-file versions before 50, which picocli's and log4j's are, so every run
#                          loaded and verified them afresh. With the static archive a 1 000-page build went from
#                          1.67 to 1.48 s (medians of six alternated runs; 10 000 pages the same or better).
#   -XX:ArchiveRelocationMode=0  map the archive at the address it was written for. This JDK 17 maps it at a random
#                          address by default (ASLR for the archive, as JDK 20+ does) and must then rewrite every
#                          pointer in it before main runs: 55 ms more on the single thread that starts the JVM
#                          (main reached at 0.125 s instead of 0.070 s). A local build tool reads no untrusted
#                          input through the archive, so the bench takes the time. (A diagnostic flag in JDK 17.)
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
out=()
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
if [[ $# -gt 0 && "${1:-}" != --* ]]; then out=(--out "$1"); shift; fi
args+=("$@")

read -r -a OPTS <<< "${SHAFFOF_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx512m -XX:+UseTransparentHugePages -Xss1m}"
CDS="${JAR%.jar}-bench-$mode.jsa"
if [[ ! -f "$CDS" || "$CDS" -ot "$JAR" ]]; then
  # Training: its own timings are not cold builds and are not reported.
  rm -f "$CDS"
  train="$(mktemp -d)"
  java "${OPTS[@]}" -cp "$JAR" "$MAIN" "${args[@]}" --out "$train/site" >/dev/null 2>&1 || true
  java -XX:DumpLoadedClassList="$train/classes" "${OPTS[@]}" -cp "$JAR" "$MAIN" "${args[@]}" --out "$train/site" \
    >/dev/null 2>&1 || true
  java -Xshare:dump -XX:SharedClassListFile="$train/classes" -XX:SharedArchiveFile="$CDS" "${OPTS[@]}" -cp "$JAR" \
    >/dev/null 2>&1 || true
  rm -rf "$train"
fi
exec java -XX:SharedArchiveFile="$CDS" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xshare:auto -Xlog:cds=off "${OPTS[@]}" -cp "$JAR" "$MAIN" "${args[@]}" "${out[@]}"
