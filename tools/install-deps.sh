#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Installs exactly the Debian 12 packages Sextant needs to build, test and
# package. Idempotent: when everything is present it only runs dpkg-query.
set -eu

PACKAGES="
cmake
ninja-build
g++
pkg-config
qt6-base-dev
qt6-base-dev-tools
qt6-charts-dev
qt6-websockets-dev
qt6-svg-dev
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
qt6-translations-l10n
libqt6svg6
libqt6opengl6-dev
libgl-dev
qtkeychain-qt6-dev
libyaml-cpp-dev
libssl-dev
libvterm-dev
libsimdjson-dev
xvfb
xauth
fonts-noto-cjk
dpkg-dev
file
jq
curl
clang-format
appstream
desktop-file-utils
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "install-deps: installing:$missing"
SUDO=""
if [ "$(id -u)" != 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086 # word splitting is intended
$SUDO apt-get install -y -qq --no-install-recommends $missing
