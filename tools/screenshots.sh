#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Refreshes docs/screenshots/ from a running demo cluster:
#   tools/screenshots.sh BUILD_DIR KUBECONFIG
# Start the cluster with `tests/kube-sim/run --seed demo` first. Runs Sextant
# under Xvfb (a real X server, so fonts and styles are the desktop's).
set -eu
build=${1:?usage: screenshots.sh BUILD_DIR KUBECONFIG}
kubeconfig=${2:?usage: screenshots.sh BUILD_DIR KUBECONFIG}
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/docs/screenshots"
mkdir -p "$out"
app="$build/app/sextant"
shot() {
    name=$1
    shift
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --kubeconfig "$kubeconfig" --quit-after 5000 \
        --screenshot "$out/$name.png" "$@" >/dev/null
    echo "$out/$name.png"
}
shot pods --context admin --all-namespaces --locale en
shot clusters --locale en
shot pods-zh_CN --context admin --all-namespaces --locale zh_CN
shot clusters-zh_CN --locale zh_CN
# Leave the language setting as it was: follow the system.
xvfb-run -a "$app" --locale system --quit-after 0 >/dev/null
