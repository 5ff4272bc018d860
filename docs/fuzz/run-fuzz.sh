#!/usr/bin/env bash
# Long fuzzing run (never part of `verify`): each Jazzer fuzz test in uz.shaffof.fuzz for N seconds, with coverage
# instrumentation of our code and the parsers it drives. See docs/FUZZING.md.
#
#   docs/fuzz/run-fuzz.sh [seconds-per-target] [target ...]
#
#   seconds-per-target  default 600
#   target              Class#method, or a unique part of it (e.g. Markdown); default: every fuzz test
#
# Environment:
#   SHAFFOF_FUZZ_WORK   where the generated corpus, logs and reproducers go (default ${TMPDIR:-/tmp}/shaffof-fuzz);
#                       nothing is written into the work tree except crash inputs, which Jazzer puts into
#                       generator/src/test/resources/uz/shaffof/fuzz/<Class>Inputs/<method>/crash-<sha1>
#   MVN                 the Maven command (default: mvn, else ./mvnw)
#   MVN_FLAGS           extra Maven flags, e.g. -o
#   FUZZ_MIN_COVERAGE   fail when a target ends below this many covered edges (default 1000; see the target list)
#   FUZZ_KEEP_GOING     stop a target after this many distinct findings (default 10)
#   FUZZ_ISOLATE        1 (default): fuzz a copy of the work tree in $SHAFFOF_FUZZ_WORK/tree, so that a build running
#                       beside it (which rewrites generator/target/classes) cannot make classes vanish mid-run and
#                       show up as NoClassDefFoundError "findings"; new crash inputs are copied back. 0: fuzz in place.
#
# Exit status: 0 when every target ran, reached the coverage floor and found nothing; 1 otherwise.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-600}
shift || true
work=${SHAFFOF_FUZZ_WORK:-${TMPDIR:-/tmp}/shaffof-fuzz}
min_cov=${FUZZ_MIN_COVERAGE:-1000}
keep_going=${FUZZ_KEEP_GOING:-10}
if [ -n "${MVN:-}" ]; then mvn_cmd=$MVN; elif command -v mvn >/dev/null; then mvn_cmd=mvn; else mvn_cmd="$root/mvnw"; fi

# Class#method[:coverage floor]. The last target only builds Cyrillic letters and spaces, so it reaches a few hundred
# edges at most: its floor is lower.
all_targets=(
  ContentLoaderFuzzTest#anyBytesInOneFileGiveLocatedProblemsNeverAnException
  MarkdownFuzzTest#renderedMarkdownIsInertInBothEditions
  TransliteratorFuzzTest#anyTextConvertsBoundedAndLatinIsAFixedPoint
  TransliteratorFuzzTest#noCyrillicLetterSurvivesToLatinOutsideProtectedSpans:300
)
targets=()
if [ $# -eq 0 ]; then
  targets=("${all_targets[@]}")
else
  for want in "$@"; do
    for t in "${all_targets[@]}"; do case $t in *"$want"*) targets+=("$t") ;; esac; done
  done
fi
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz test matches: $*" >&2; exit 2; }

# Jazzer reads every option from JAZZER_<OPT> (environment), -Djazzer.<opt> (system property; Maven passes -D user
# properties on to Surefire's JVM) or a jazzer.<opt> JUnit configuration parameter. Without instrumentation includes
# the JUnit integration only sees a handful of edges and barely explores.
export JAZZER_FUZZ=1
export JAZZER_INSTRUMENTATION_INCLUDES='uz.shaffof.**:org.commonmark.**:com.fasterxml.jackson.**:org.jsoup.**:org.yaml.snakeyaml.**:com.networknt.**'

mkdir -p "$work/logs" "$work/reproducers"
inputs_rel=generator/src/test/resources/uz/shaffof/fuzz
run_root=$root
if [ "${FUZZ_ISOLATE:-1}" = 1 ]; then
  run_root="$work/tree"
  rm -rf "$run_root" && mkdir -p "$run_root"
  # What `mvn -pl generator test` and the fuzz tests read: the poms (every module's: Maven reads the whole
  # reactor), the module's sources, content/ and templates/.
  (cd "$root" && tar -cf - pom.xml ./*/pom.xml generator/src content templates) | (cd "$run_root" && tar -xf -)
fi

# Copies crash inputs Jazzer wrote in the copy back to the work tree, unless the same bytes are there already
# (a committed crash input that still fails is found again at start-up).
copy_back_crashes() {
  [ "$run_root" != "$root" ] || return 0
  local dir=$1 f g dup
  [ -d "$run_root/$inputs_rel/$dir" ] || return 0
  for f in "$run_root/$inputs_rel/$dir"/crash-*; do
    [ -e "$f" ] || continue
    dup=0
    for g in "$root/$inputs_rel/$dir"/*; do cmp -s "$f" "$g" && { dup=1; break; }; done
    [ "$dup" = 1 ] || cp "$f" "$root/$inputs_rel/$dir/"
  done
}

# The fuzz tests have a Surefire execution of their own (fuzz-regression, generator/pom.xml). -Dtest overrides the
# includes and excludes of every execution, so `test` would fuzz the target twice (default-test, then
# fuzz-regression): call that execution alone.
if grep -q '<id>fuzz-regression</id>' "$run_root/generator/pom.xml"; then
  goals="test-compile surefire:test@fuzz-regression"
else
  goals=test
fi

status=0
printf '%-78s %10s %8s %8s %8s %10s %s\n' target seconds execs cov ft corpus findings
for entry in "${targets[@]}"; do
  t=${entry%%:*}
  floor=$min_cov
  case $entry in *:*) floor=${entry##*:} ;; esac
  cls=${t%%#*}
  method=${t#*#}
  corpus="$work/corpus/$cls/$method"
  log="$work/logs/$cls.$method.log"
  mkdir -p "$corpus"
  start=$(date +%s)
  # jazzer.internal.arg.N are libFuzzer's arguments: argv0, then the corpus directory it writes to (given here so that
  # no .cifuzz-corpus/ appears in generator/), then flags. -timeout: one input running longer is a finding.
  (cd "$run_root" && $mvn_cmd -B ${MVN_FLAGS:-} -pl generator $goals -Dshaffof.skipSite=true \
      -Dtest="uz.shaffof.fuzz.$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${seconds}s" -Djazzer.keep_going="$keep_going" \
      -Djazzer.reproducer_path="$work/reproducers" \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1="$corpus" \
      -Djazzer.internal.arg.2=-timeout=30 -Djazzer.internal.arg.3=-print_final_stats=1) >"$log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  last=$(grep -aE '^#[0-9]+[[:space:]]+(INITED|NEW|REDUCE|pulse|DONE|RELOAD)' "$log" | tail -1)
  execs=$(grep -aoE '^stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  [ -n "$execs" ] || execs=$(printf '%s' "$last" | sed -nE 's/^#([0-9]+).*/\1/p')
  cov=$(printf '%s' "$last" | sed -nE 's/.* cov: ([0-9]+).*/\1/p')
  ft=$(printf '%s' "$last" | sed -nE 's/.* ft: ([0-9]+).*/\1/p')
  corp=$(find "$corpus" -type f | wc -l)
  findings=$(grep -ac 'Test unit written to' "$log")
  copy_back_crashes "${cls}Inputs/$method"
  printf '%-78s %10s %8s %8s %8s %10s %s\n' "$t" "$took" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corp" "$findings"
  grep -a 'Test unit written to' "$log" | sed 's/.*Test unit written to /    crash input: /'
  grep -a '^== Java Exception:' "$log" | cut -c1-300 | sed 's/^/    /'
  if [ "$rc" -ne 0 ] || [ "$findings" -gt 0 ]; then
    status=1
    echo "    $findings finding(s), Maven exit $rc: see $log" >&2
  fi
  if [ -z "$cov" ] || [ "$cov" -lt "$floor" ]; then
    status=1
    echo "    coverage ${cov:-unknown} is below $floor edges: are the instrumentation includes applied? ($log)" >&2
  fi
done
exit $status
