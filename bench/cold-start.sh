#!/usr/bin/env bash
# Cold start of the desktop app: launch -> main window showing the Mường La plan, whole process, median of N runs.
# Usage: bench/cold-start.sh [RUNS] [JVM_OPTION...]   e.g. bench/cold-start.sh 5
#        bench/cold-start.sh 5 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=bench/target/kehoachxa.jsa
# Needs xvfb-run (apt-get install -y xvfb) and JDK 25 (JAVA=… to override).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
RUNS=${1:-5}
shift || true
CP_FILE=bench/target/app-classpath.txt
if [[ ! -f bench/target/benchmarks.jar || ! -f app/target/classes/vn/kehoachxa/Main.class ]]; then
    ./mvnw -q -B -o -pl bench -am package -DskipTests
fi
if [[ ! -s $CP_FILE ]]; then
    ./mvnw -q -B -o -pl app dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE"
fi
APP_CP="$PWD/app/target/classes:$(cat "$CP_FILE")"
xvfb-run -a "$JAVA" -cp bench/target/benchmarks.jar vn.kehoachxa.bench.ColdStart "$APP_CP" "$RUNS" "$@"
