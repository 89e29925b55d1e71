#!/usr/bin/env bash
# Runs the benchmarks and writes benchmarks/RESULTS.md.
#   benchmarks/run.sh quick   # a few inputs, short iterations: under 3 minutes on 2 cores
#   benchmarks/run.sh full    # every input and benchmark to steady state, with allocation profiling
set -euo pipefail
mode="${1:-quick}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -B -q -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"

case "$mode" in
  quick)
    jmh_args=(-p input=callvoip,gen-10,gen-100 -wi 1 -w 1s -i 2 -r 1s -f 1)
    runs=3 ;;
  full)
    # Warm-up and measurement from the annotations: long enough for steady state (about 30 min).
    jmh_args=(-f 1)
    runs=7 ;;
  *) echo "usage: benchmarks/run.sh [quick|full]" >&2; exit 64 ;;
esac

java -jar "$jar" AgreementBenchmark -prof gc -rf json -rff "$out/jmh.json" "${jmh_args[@]}"

# Cold start: fresh JVMs, measured as processes; the median of $runs runs each.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {
  local start end
  start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
cold=$(for _ in $(seq "$runs"); do time_ms java -cp "$jar" org.dpa4j.benchmarks.ColdStart examples/agreements/callvoip.json; done | median)
./dpa --version > /dev/null  # builds the command and its class-data archive, if needed
cli=$(for _ in $(seq "$runs"); do time_ms ./dpa validate examples/agreements/callvoip.json; done | median)
jvm=$(for _ in $(seq "$runs"); do time_ms java -cp "$jar" org.dpa4j.benchmarks.EmptyMain; done | median)
printf 'runs %s\ncold %s\ncli %s\njvm %s\n' "$runs" "$cold" "$cli" "$jvm" > "$out/cold.txt"

java -cp "$jar" org.dpa4j.benchmarks.RetainedSize hallo voip-express ipcall callvoip digiteam gen-100 gen-1000 > "$out/retained.txt"

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -n 1)"
java -cp "$jar" org.dpa4j.benchmarks.ResultsReport "$out/jmh.json" "$out/cold.txt" "$out/retained.txt" "$machine" "$mode" benchmarks/RESULTS.md
echo "wrote benchmarks/RESULTS.md"
