#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Builds the .deb, unpacks it into a scratch root and starts the installed binary:
# `sextant --version` and an offscreen start that quits by itself.
set -eu

build_dir=${1:?usage: package-smoke-test.sh BUILD_DIR}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$scratch/out" >/dev/null)
deb=$(ls "$scratch"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --info "$deb" | sed -n 's/^ *\(Package\|Version\|Depends\):/  &/p'
dpkg-deb -x "$deb" "$scratch/root"

bin="$scratch/root/usr/bin/sextant"
for f in "$bin" \
    "$scratch/root/usr/share/applications/io.github.sextant.Sextant.desktop" \
    "$scratch/root/usr/share/metainfo/io.github.sextant.Sextant.metainfo.xml" \
    "$scratch/root/usr/share/icons/hicolor/scalable/apps/io.github.sextant.Sextant.svg"; do
    [ -e "$f" ] || { echo "package-smoke-test: missing $f" >&2; exit 1; }
done
desktop-file-validate "$scratch/root/usr/share/applications/io.github.sextant.Sextant.desktop"
appstreamcli validate --no-net --pedantic "$scratch/root/usr/share/metainfo/io.github.sextant.Sextant.metainfo.xml" >/dev/null ||
    appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/io.github.sextant.Sextant.metainfo.xml"

version=$("$bin" --version)
echo "installed binary: $version"
case "$version" in
    "sextant "*) ;;
    *) echo "package-smoke-test: unexpected --version output" >&2; exit 1 ;;
esac

# An offscreen start with an empty HOME: no kubeconfig, so the cluster list
# explains that; the app quits by itself and must exit 0.
home="$scratch/home"
mkdir -p "$home"
HOME="$home" KUBECONFIG= QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch" \
    timeout 60 "$bin" --quit-after 2000 --screenshot "$scratch/start.png"
[ -s "$scratch/start.png" ] || { echo "package-smoke-test: no screenshot from the installed binary" >&2; exit 1; }
echo "package smoke test: ok"
