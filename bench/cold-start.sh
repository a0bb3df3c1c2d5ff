#!/usr/bin/env bash
# Cold start of the desktop app: launch -> main window showing the Mường La plan, whole process, median of N runs.
# Usage: bench/cold-start.sh [--image] [RUNS] [JVM_OPTION...]
#   bench/cold-start.sh --image 7   the installer's app image as shipped (own runtime, launcher options, AOT cache);
#                                   builds it first when installer/target/image is missing
#   bench/cold-start.sh 7           the README's way: JDK 25 on the class path of app/target/classes (no AOT cache)
#   bench/cold-start.sh 7 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
# Needs xvfb-run (apt-get install -y xvfb) and JDK 25 (JAVA=… to override).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
IMAGE=
if [[ ${1:-} == --image ]]; then
    IMAGE=installer/target/image/KeHoachXa
    shift
fi
RUNS=${1:-5}
shift || true
if [[ ! -f bench/target/benchmarks.jar || ! -f app/target/classes/vn/kehoachxa/Main.class ]]; then
    ./mvnw -q -B -o -pl bench -am package -DskipTests
fi
if [[ -n $IMAGE ]]; then
    if [[ ! -x $IMAGE/bin/KeHoachXa ]]; then
        ./mvnw -q -B -o -Pinstaller -pl installer -am package -DskipTests
    fi
    TARGET="--launcher=$PWD/$IMAGE/bin/KeHoachXa"
else
    CP_FILE=bench/target/app-classpath.txt
    if [[ ! -s $CP_FILE ]]; then
        ./mvnw -q -B -o -pl app dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE"
    fi
    TARGET="$PWD/app/target/classes:$(cat "$CP_FILE")"
fi
xvfb-run -a "$JAVA" -cp bench/target/benchmarks.jar vn.kehoachxa.bench.ColdStart "$TARGET" "$RUNS" "$@"
