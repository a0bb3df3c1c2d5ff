#!/bin/bash
# The launchers of the Linux app image (decisions 0048, 0049), put in place of jpackage's binary launchers bin/<Name>
# (the window) and bin/<Name>Cli (the commands). jpackage's Linux launcher runs `rpm -qf` and `dpkg -S` on itself at
# every start to learn whether a package installed it (~0.2-0.4 CPU-s and a few hundred ms, more than a whole
# `java -version`); this script starts the same JVM the same way without them: it reads the launcher's own .cfg
# (lib/app/<launcher name>.cfg, the file the installer's AOT training rewrites) and runs the image's runtime with its
# JVM options, class path and main class, plus the jpackage.app-path property jpackage's launcher sets. The Windows
# and macOS launchers are jpackage's.
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
# As jpackage's launcher does: native libraries shipped beside the jars (JavaFX's, decision 0047) resolve from there.
export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:-}:$appdir"
# Software rendering (decision 0049): the window is drawn by JavaFX's software pipeline, which is what it falls back to
# anyway wherever OpenGL is not usable; without this, GTK's GL visual probe and JavaFX's OpenGL probe each load Mesa
# (libLLVM and the DRI driver, ~48 MiB resident) before the fallback. KEHOACHXA_RENDER=gpu lets JavaFX try OpenGL.
# The commands never open a window, so this changes nothing for them.
render=()
if [[ ${KEHOACHXA_RENDER:-software} != gpu ]]; then
    export GDK_GL=disable
    render=(-Dprism.order=sw)
fi
exec "$root/lib/runtime/bin/java" "-Djpackage.app-path=$self" "${options[@]}" "${render[@]}" -cp "$classpath" \
    "$main" "$@"
