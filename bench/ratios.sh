#!/usr/bin/env bash
# Issue 18's harness: every line of the table against its yardstick in one run, interleaved, several rounds, with
# medians, per-round ratios, CPU seconds and peak RSS, then the scale curve (Mường La × 1, 10, 100).
# Usage: bench/ratios.sh [--classpath-mode] [OPTION...]
#   bench/ratios.sh                                   the installer's app image (built with -Pinstaller when missing)
#   bench/ratios.sh --rounds 7 --docs docs/benchmarks.md --label "quiet machine"
#   bench/ratios.sh --short                           1 round, tiny sizes: proves it runs (what CI does)
#   bench/ratios.sh --classpath-mode                  the app on a JDK class path (no image, no AOT cache for the app)
# Other options (see vn.kehoachxa.bench.ratios.Ratios): --forms 30x10, --scale 1,10,100, --scale-rounds 3, --work DIR.
# Needs JDK 25 (JAVA=… to override), /usr/bin/time (CPU and RSS) and, without a DISPLAY, Xvfb (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
IMAGE=installer/target/image/KeHoachXa
MODE=image
if [[ ${1:-} == --classpath-mode ]]; then
    MODE=classpath
    shift
fi
BENCH_JAR=bench/target/kehoachxa-bench-0.1.0-SNAPSHOT.jar
# Rebuilt when missing or older than the harness's sources: a stale jar measures with yesterday's yardsticks.
if [[ ! -f bench/target/benchmarks.jar || ! -f $BENCH_JAR ]] || [[ -n $(find bench/src/main -newer "$BENCH_JAR" -print -quit) ]]; then
    ./mvnw -q -B -o -pl bench -am package -DskipTests
fi
if [[ $MODE == image ]]; then
    if [[ ! -x $IMAGE/bin/KeHoachXa ]]; then
        ./mvnw -q -B -o -Pinstaller -pl installer -am package -DskipTests
    fi
    TARGET=(--image "$PWD/$IMAGE")
else
    CP_FILE=bench/target/app-classpath.txt
    if [[ ! -s $CP_FILE ]]; then
        ./mvnw -q -B -o -pl app dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE"
    fi
    TARGET=(--classpath "$PWD/app/target/classes:$(cat "$CP_FILE")")
fi
exec "$JAVA" -cp bench/target/benchmarks.jar vn.kehoachxa.bench.ratios.Ratios "${TARGET[@]}" \
    --bench-jar "$PWD/$BENCH_JAR" "$@"
