#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# CTest fixture setup: start.sh STATE_DIR
# Builds kube-sim if needed, starts it detached with its output in STATE_DIR.log and
# waits for the "kubeconfig:" line. A cluster still running from an aborted test run
# with the same state dir is stopped first.
set -euo pipefail

state=${1:?usage: start.sh STATE_DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
log=$state.log
timeout=${KUBE_SIM_START_TIMEOUT:-900}

if [[ -f $state/kube-sim.pid ]]; then
    "$here/ctest/stop.sh" "$state" || true
fi
mkdir -p "$(dirname "$state")"
: >"$log"

echo "building kube-sim (cached builds return at once; a cold build takes minutes)"
start=$SECONDS
if ! bindir=$("$here/build.sh" 2>>"$log"); then
    echo "FAIL: kube-sim build failed; last lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
fi

# setsid + redirected output: ctest must not wait on kube-sim's pipes or signal it.
setsid "$bindir/kube-sim" --state-dir "$state" </dev/null >>"$log" 2>&1 &
pid=$!
echo "kube-sim started (pid $pid), log: $log"

while ! grep -q '^kubeconfig: ' "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: kube-sim exited before it was ready; last lines of $log:" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
    if ((SECONDS - start > timeout)); then
        echo "FAIL: kube-sim not ready after ${timeout}s; last lines of $log:" >&2
        tail -n 40 "$log" >&2
        kill -TERM "$pid" 2>/dev/null || true
        exit 1
    fi
    sleep 0.5
done
kubeconfig=$(sed -n 's/^kubeconfig: //p' "$log" | tail -n 1)
[[ -s $kubeconfig ]] || { echo "FAIL: kubeconfig $kubeconfig missing" >&2; exit 1; }
echo "kube-sim ready after $((SECONDS - start))s: kubeconfig $kubeconfig"
