#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Builds and runs Sextant on a fresh Debian 12 machine.
# - With a kubeconfig of your own (--kubeconfig, KUBECONFIG or ~/.kube/config)
#   Sextant opens on it; arguments are passed through (--context, -n, ...).
# - Without one, it starts the bundled local cluster (kube-sim, demo seed) and
#   opens on that; the cluster stops when Sextant exits.
# - Without a display it runs under Xvfb, saves a screenshot and prints its path.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

tools/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEXTANT_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j2 --target sextant
app="$here/build/release/app/sextant"

has_own_kubeconfig=no
for arg in "$@"; do
    case "$arg" in --kubeconfig|--kubeconfig=*) has_own_kubeconfig=yes ;; esac
done
if [ -n "${KUBECONFIG:-}" ] || [ -f "$HOME/.kube/config" ]; then
    has_own_kubeconfig=yes
fi

sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then
        kill -TERM "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT INT TERM

if [ "$has_own_kubeconfig" = no ]; then
    state="${XDG_RUNTIME_DIR:-/tmp}/sextant-demo-cluster"
    log="$state.log"
    echo "No kubeconfig of yours found: starting the bundled demo cluster (log: $log)."
    echo "The first start builds it with Go; that takes a while once."
    tests/kube-sim/run --state-dir "$state" --seed demo >"$log" 2>&1 &
    sim_pid=$!
    kubeconfig=""
    while [ -z "$kubeconfig" ]; do
        if ! kill -0 "$sim_pid" 2>/dev/null; then
            echo "The demo cluster failed to start; last lines of $log:" >&2
            tail -n 20 "$log" >&2
            exit 1
        fi
        kubeconfig=$(sed -n 's/^kubeconfig: //p' "$log" | head -n 1)
        [ -n "$kubeconfig" ] || sleep 1
    done
    set -- --kubeconfig "$kubeconfig" --context admin --all-namespaces "$@"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot="$here/build/release/sextant-screenshot.png"
    echo "No display: running under Xvfb and saving a screenshot."
    # Sextant prints "screenshot: PATH" once it has saved it.
    XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)} \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshot "$shot" --quit-after 15000 "$@"
else
    "$app" "$@"
fi
