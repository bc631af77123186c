#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# CTest fixture cleanup: stop.sh STATE_DIR
# Sends SIGTERM to kube-sim, waits, and verifies that no process of this cluster is left
# (every component carries KUBE_SIM_STATE_DIR=STATE_DIR in its environment).
set -euo pipefail

state=${1:?usage: stop.sh STATE_DIR}
state=$(cd "$state" 2>/dev/null && pwd || echo "$state")

leftovers() {
    local p
    for p in /proc/[0-9]*; do
        if tr '\0' '\n' <"$p/environ" 2>/dev/null | grep -qxF "KUBE_SIM_STATE_DIR=$state"; then
            echo "${p#/proc/}"
        fi
    done
}

if [[ -f $state/kube-sim.pid ]]; then
    pid=$(<"$state/kube-sim.pid")
    if kill -TERM "$pid" 2>/dev/null; then
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "FAIL: kube-sim (pid $pid) still running 20s after SIGTERM; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
            exit 1
        fi
        echo "kube-sim (pid $pid) stopped"
    else
        echo "kube-sim (pid $pid) was not running"
    fi
else
    echo "no kube-sim pid file in $state"
fi

left=$(leftovers)
if [[ -n $left ]]; then
    echo "FAIL: processes left behind:" >&2
    for p in $left; do ps -o pid=,args= -p "$p" >&2 || true; done
    kill -KILL $left 2>/dev/null || true
    exit 1
fi
echo "no kube-sim processes left"
