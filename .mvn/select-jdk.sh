# Sourced by ./mvnw (POSIX sh). The build needs JDK 25+ (jOOQ 3.21 and JavaFX 25), but on our
# Debian machines the default java is 17 with Temurin 25 installed beside it. When JAVA_HOME is
# unset or names an older JDK, use the newest JDK 25+ found in the usual places.
kx_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
set +f  # mvnw runs with globbing off; the JDK search needs it
kx_current=""
if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  kx_current=$(kx_java_major "$JAVA_HOME")
fi
if [ -z "$kx_current" ] || [ "$kx_current" -lt 25 ]; then
  for kx_dir in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$kx_dir/bin/javac" ] || continue
    kx_major=$(kx_java_major "$kx_dir")
    if [ -n "$kx_major" ] && [ "$kx_major" -ge 25 ]; then
      JAVA_HOME="$kx_dir"
      export JAVA_HOME
      break
    fi
  done
fi
set -f
unset kx_current kx_dir kx_major
