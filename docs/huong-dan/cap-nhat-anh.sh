#!/usr/bin/env bash
# Copies the screenshots the UI tests took (app/target/screenshots, after `./mvnw verify` or a UI test run) over the
# pictures of the user guide, so the guide shows the app as it is now. UserGuideFilesTest checks every picture the
# guide names is one a UI test takes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shots="$here/../../app/target/screenshots"
updated=0
for picture in "$here"/anh/*.png; do
    name="$(basename "$picture")"
    if [[ -f "$shots/$name" ]]; then
        cp "$shots/$name" "$picture"
        updated=$((updated + 1))
    else
        echo "chưa có ảnh chụp mới: $name (hãy chạy kiểm thử giao diện trước)" >&2
    fi
done
echo "đã cập nhật $updated ảnh"
