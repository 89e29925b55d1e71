#!/usr/bin/env bash
# Compares read+validate, relative to the records baseline of the same JMH run, between a base
# revision and the working tree, in alternating rounds (a single run on a small shared machine
# cannot carry a bound of some per cent):
#   benchmarks/compare.sh BASE_REVISION [ROUNDS] [INPUTS]
# e.g. benchmarks/compare.sh 30c1b86 4   (the model before schema version 2; about 8 minutes
# per round on 2 cores for the five seeds). Writes benchmarks/target/compare/, prints a table.
set -euo pipefail
base="${1:?usage: benchmarks/compare.sh BASE_REVISION [ROUNDS] [INPUTS]}"
rounds="${2:-4}"
inputs="${3:-hallo,voip-express,ipcall,callvoip,digiteam}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=benchmarks/target/compare
rm -rf "$out"
mkdir -p "$out"
build=(-B -q -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true)

./mvnw "${build[@]}"
cp benchmarks/target/benchmarks.jar "$out/head.jar"
parent="$(mktemp -d)"
tree="$parent/base"
git worktree add --quiet --detach "$tree" "$base"
trap 'git worktree remove --force "$tree"; rmdir "$parent"' EXIT
(cd "$tree" && ./mvnw "${build[@]}")
cp "$tree/benchmarks/target/benchmarks.jar" "$out/base.jar"

# Warm-up as the benchmark's own comment asks for read+validate (16 s); one fork per run.
for round in $(seq "$rounds"); do
  order=(base head)
  [ $((round % 2)) -eq 0 ] && order=(head base)
  for side in "${order[@]}"; do
    java -jar "$out/$side.jar" 'AgreementBenchmark\.(readAndValidate|baselineRecords)$' \
      -p input="$inputs" -f 1 -wi 8 -w 2s -i 6 -r 1s \
      -rf json -rff "$out/$side-$round.json" > "$out/$side-$round.log"
    echo "round $round: $side done" >&2
  done
done
java -cp "$out/head.jar" org.dpa4j.benchmarks.BaselineComparison "$out"
