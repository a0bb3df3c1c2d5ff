#!/bin/bash
# The command-line launcher of the Linux app image (decision 0048), put in place of jpackage's binary launcher
# bin/<Name>Cli. jpackage's Linux launcher runs `rpm -qf` and `dpkg -S` on itself at every start to learn whether a
# package installed it (~0.2-0.4 CPU-s and a few hundred ms, more than a whole `java -version`); this script starts
# the same JVM the same way without them: it reads the launcher's .cfg (lib/app/<Name>Cli.cfg, the file the installer's
# AOT training rewrites) and runs the image's runtime with its JVM options, class path and main class, plus the
# jpackage.app-path property jpackage's launcher sets. The window's launcher and the Windows launchers are jpackage's.
self=$(readlink -f -- "$0") || exit 1
root=${self%/bin/*}
appdir=$root/lib/app
main=
classpath=
options=()
defaults=()
while IFS= read -r line || [[ -n $line ]]; do
    line=${line%$'\r'}
    line=${line//\$APPDIR/$appdir}
    line=${line//\$BINDIR/$root/bin}
    line=${line//\$ROOTDIR/$root}
    case $line in
        app.mainclass=*) main=${line#*=} ;;
        app.classpath=*) classpath=${classpath:+$classpath:}${line#*=} ;;
        java-options=*) options+=("${line#*=}") ;;
        arguments=*) defaults+=("${line#*=}") ;;
    esac
done < "$appdir/${self##*/}.cfg" || exit 1
if [[ $# -eq 0 ]]; then
    set -- "${defaults[@]}"
fi
exec "$root/lib/runtime/bin/java" "-Djpackage.app-path=$self" "${options[@]}" -cp "$classpath" "$main" "$@"
