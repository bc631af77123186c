#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# tools/bench-watch.sh [--pods "1000 10000"] [--reps 5] [--bench PATH] [--work DIR]
#
# The pod list/watch benchmark of docs/benchmarks.md. For each pod count: starts kube-sim
# with `--seed scale --pods N`, waits until every pod is Running, then back to back, --reps
# times each, interleaved:
#   kubectl get pods -A -o json >/dev/null       wall seconds and max RSS (/usr/bin/time)
#   kubectl get --raw /api/v1/pods >/dev/null    the same transfer without decoding (reference)
#   sextant-bench-watch --mode app|list          wall, and its own start -> complete store time
#   sextant-bench-watch --memory                 RSS/PSS growth per pod
#   sextant-bench-watch --replay                 watch events applied per second, offline, on a
#                                                stream recorded from this cluster
# and stops kube-sim. Medians go to stdout as a markdown table; every raw figure to
# DIR/raw-*.txt. Build the bench first (Release):
#   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build build/bench --target sextant-bench-watch
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pod_counts="1000 10000"
reps=5
bench=${SEXTANT_BENCH:-$repo/build/bench/tests/bench/sextant-bench-watch}
work=${TMPDIR:-/tmp}/sextant-bench-watch
start_timeout=${KUBE_SIM_START_TIMEOUT:-1800}

while (($#)); do
    case $1 in
    --pods) pod_counts=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    --bench) bench=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h | --help) sed -n '4,20p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ -x $bench ]] || { echo "no benchmark binary at $bench (see --help)" >&2; exit 1; }
command -v kubectl >/dev/null || { echo "kubectl not found" >&2; exit 1; }
mkdir -p "$work"
work=$(cd "$work" && pwd)

log() { echo "bench-watch: $*" >&2; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
value() { awk -v k="$1" '$1 == k { print $2 }' "$2"; } # value KEY FILE

state=
# Every kube-sim component carries KUBE_SIM_STATE_DIR=<state> in its environment.
leftovers() {
    local p
    for p in /proc/[0-9]*; do
        if tr '\0' '\n' 2>/dev/null <"$p/environ" | grep -qxF "KUBE_SIM_STATE_DIR=$1"; then
            echo "${p#/proc/}"
        fi
    done
}
stop_state() { # stop_state DIR: SIGTERM kube-sim, wait, kill what is left of that cluster only
    local dir=$1 pid left
    if [[ -f $dir/kube-sim.pid ]]; then
        pid=$(<"$dir/kube-sim.pid")
        if kill -TERM "$pid" 2>/dev/null; then
            for _ in $(seq 1 100); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.2
            done
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    left=$(leftovers "$dir")
    if [[ -n $left ]]; then
        log "killing leftover processes of $dir: $left"
        kill -KILL $left 2>/dev/null || true
    fi
}
stop_cluster() {
    [[ -n $state ]] || return 0
    log "stopping kube-sim ($state)"
    stop_state "$state"
    state=
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

start_cluster() { # start_cluster PODS -> sets $state, $kubeconfig
    local pods=$1 bindir pid begin
    state=$work/kube-sim-$pods
    local clog=$work/kube-sim-$pods.log
    bindir=$("$repo/tests/kube-sim/build.sh")
    stop_state "$state" # a cluster left over from an aborted run
    : >"$clog"
    begin=$SECONDS
    # Each scale pod requests 128Mi; a 32Gi kwok node fits ~250, and one node is tainted.
    nodes=$((pods / 250 + 2))
    setsid "$bindir/kube-sim" --state-dir "$state" --nodes "$nodes" --seed scale --pods "$pods" </dev/null >>"$clog" 2>&1 &
    pid=$!
    log "kube-sim --nodes $nodes --seed scale --pods $pods started (pid $pid), log $clog"
    while ! grep -q '^kubeconfig: ' "$clog"; do
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$clog" >&2; echo "kube-sim exited" >&2; exit 1; }
        ((SECONDS - begin < start_timeout)) || { tail -n 30 "$clog" >&2; echo "kube-sim not ready" >&2; exit 1; }
        sleep 1
    done
    kubeconfig=$(sed -n 's/^kubeconfig: //p' "$clog" | tail -n 1)
    grep -o 'scale seed: .* pods created in .*' "$clog" | tail -n 1 >&2 || true
    # Wait until kwok has marked every pod Running, so no status churn runs during the timings.
    # Stops waiting when the count has not moved for a minute (unschedulable pods stay Pending).
    local pending last=-1 still=$SECONDS
    while :; do
        pending=$(kubectl --kubeconfig "$kubeconfig" get pods -A --no-headers --field-selector=status.phase!=Running 2>/dev/null | wc -l)
        ((pending == 0)) && break
        ((pending != last)) && { last=$pending; still=$SECONDS; }
        ((SECONDS - still < 60)) || { log "$pending pods stay Pending; measuring anyway"; break; }
        ((SECONDS - begin < start_timeout)) || { echo "$pending pods still not Running" >&2; exit 1; }
        log "$pending pods not Running yet"
        sleep 5
    done
    not_running=$pending
    settle_seconds=$((SECONDS - begin))
    log "ready after ${settle_seconds}s"
}

timed() { # timed OUT_PREFIX cmd... : appends "wall maxrss_kb cpu_s" to OUT_PREFIX.time, stdout to OUT_PREFIX.out
    local prefix=$1 out=/dev/null
    shift
    [[ $1 == kubectl ]] || out=$prefix.o # kubectl's output is only timed, never kept
    /usr/bin/time -f '%e %M %U %S' -o "$prefix.t" "$@" >"$out" 2>"$prefix.err" || log "failed: $* (see $prefix.err)"
    tail -n 1 "$prefix.t" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >>"$prefix.time"
    if [[ $out != /dev/null ]]; then
        cat "$out" >>"$prefix.out"
        echo "--" >>"$prefix.out"
    fi
}

declare -A result
measure() { # measure PODS
    local n=$1 dir=$work/raw-$n
    rm -rf "$dir"
    mkdir -p "$dir"
    local kc=(--kubeconfig "$kubeconfig")
    local actual
    actual=$(kubectl "${kc[@]}" get pods -A --no-headers | wc -l)
    server_version=$(kubectl "${kc[@]}" version -o json | jq -r .serverVersion.gitVersion)
    kubectl_version=$(kubectl version --client -o json | jq -r .clientVersion.gitVersion)
    log "$actual pods, server $server_version, kubectl $kubectl_version; $reps repetitions"
    # One warm-up of each, so every timed run sees the same warm watch cache and page cache.
    kubectl "${kc[@]}" get pods -A -o json >/dev/null
    "$bench" "${kc[@]}" >/dev/null
    for ((i = 1; i <= reps; i++)); do
        timed "$dir/kubectl-json" kubectl "${kc[@]}" get pods -A -o json
        timed "$dir/kubectl-raw" kubectl "${kc[@]}" get --raw /api/v1/pods
        timed "$dir/bench-app" "$bench" "${kc[@]}" --mode app
        timed "$dir/bench-list" "$bench" "${kc[@]}" --mode list
        timed "$dir/bench-memory" "$bench" "${kc[@]}" --mode app --memory
        log "repetition $i/$reps done"
    done
    # A real watch stream of this cluster: the watch cache replays every pod as ADDED.
    kubectl "${kc[@]}" get --raw "/api/v1/pods?watch=1&resourceVersion=0&timeoutSeconds=15" >"$dir/watch-stream.json" || true
    for ((i = 1; i <= reps; i++)); do
        "$bench" --replay "$dir/watch-stream.json" --repeat 3 >>"$dir/replay.out"
    done

    col() { awk -v c="$1" '{ print $c }' "$2" | median; } # column of a .time file
    grepv() { awk -v k="$1" '$1 == k { print $2 }' "$2" | median; }
    result[$n, pods]=$actual
    result[$n, kubectl_wall]=$(col 1 "$dir/kubectl-json.time")
    result[$n, kubectl_rss]=$(col 2 "$dir/kubectl-json.time")
    result[$n, kubectl_cpu]=$(col 3 "$dir/kubectl-json.time")
    result[$n, app_cpu]=$(col 3 "$dir/bench-app.time")
    result[$n, raw_wall]=$(col 1 "$dir/kubectl-raw.time")
    result[$n, app_wall]=$(col 1 "$dir/bench-app.time")
    result[$n, app_synced]=$(grepv synced_ms "$dir/bench-app.out")
    result[$n, app_synced_cpu]=$(grepv synced_cpu_ms "$dir/bench-app.out")
    result[$n, list_synced_cpu]=$(grepv synced_cpu_ms "$dir/bench-list.out")
    result[$n, app_connected]=$(grepv connected_ms "$dir/bench-app.out")
    result[$n, app_watchlist]=$(grepv used_watchlist "$dir/bench-app.out")
    result[$n, app_rss]=$(col 2 "$dir/bench-app.time")
    result[$n, list_wall]=$(col 1 "$dir/bench-list.time")
    result[$n, list_synced]=$(grepv synced_ms "$dir/bench-list.out")
    result[$n, rss_per_pod]=$(grepv rss_kb_per_pod "$dir/bench-memory.out")
    result[$n, pss_per_pod]=$(grepv pss_kb_per_pod "$dir/bench-memory.out")
    result[$n, trim_per_pod]=$(grepv rss_trim_kb_per_pod "$dir/bench-memory.out")
    result[$n, before_rss]=$(grepv before_rss_kb "$dir/bench-memory.out")
    result[$n, after_rss]=$(grepv after_rss_kb "$dir/bench-memory.out")
    result[$n, bytes_per_event]=$(grepv replay_bytes_per_event "$dir/replay.out")
    result[$n, added_eps]=$(grepv added_events_per_cpu_s "$dir/replay.out")
    result[$n, modified_eps]=$(grepv modified_events_per_cpu_s "$dir/replay.out")
    result[$n, modified_wall_eps]=$(grepv modified_events_per_s "$dir/replay.out")
    result[$n, deleted_eps]=$(grepv deleted_events_per_cpu_s "$dir/replay.out")
    result[$n, parse_eps]=$(grepv parse_only_events_per_cpu_s "$dir/replay.out")
    result[$n, parse_mbps]=$(grepv parse_only_mb_per_cpu_s "$dir/replay.out")
    result[$n, store_kb]=$(grepv store_rss_kb_per_object "$dir/replay.out")
    result[$n, seed_s]=$settle_seconds
    result[$n, nodes]=$nodes
    result[$n, not_running]=$not_running
}

for n in $pod_counts; do
    start_cluster "$n"
    measure "$n"
    stop_cluster
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
kb_to_mb() { awk -v a="$1" 'BEGIN { printf "%.0f", a / 1024 }'; }
ms_to_s() { awk -v a="$1" 'BEGIN { printf "%.2f", a / 1000 }'; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo "## Pod list/watch benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
echo "Machine: $(nproc) CPUs, $cpu, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
    "load average at the end $(cut -d' ' -f1-3 /proc/loadavg). Server $server_version (kube-sim), kubectl $kubectl_version," \
    "Sextant $(git -C "$repo" rev-parse --short HEAD). Medians of $reps runs."
echo
echo "Time to a complete pod store (all namespaces), seconds:"
echo
echo "| Pods | kubectl -o json wall (CPU) | kubectl --raw wall | Sextant process wall (CPU) | Sextant start→complete store wall (CPU) | ratio to kubectl -o json, wall (CPU) (goal ≤ 0.5) | Sextant paged list, start→store wall (CPU) |"
echo "|---|---|---|---|---|---|---|"
for n in $pod_counts; do
    printf '| %s | %s (%s) | %s | %s (%s) | %s (%s) | %s (%s) | %s (%s) |\n' \
        "${result[$n, pods]}" "${result[$n, kubectl_wall]}" "${result[$n, kubectl_cpu]}" "${result[$n, raw_wall]}" \
        "${result[$n, app_wall]}" "${result[$n, app_cpu]}" \
        "$(ms_to_s "${result[$n, app_synced]}")" "$(ms_to_s "${result[$n, app_synced_cpu]}")" \
        "$(ratio "$(ms_to_s "${result[$n, app_synced]}")" "${result[$n, kubectl_wall]}")" \
        "$(ratio "$(ms_to_s "${result[$n, app_synced_cpu]}")" "${result[$n, kubectl_cpu]}")" \
        "$(ms_to_s "${result[$n, list_synced]}")" "$(ms_to_s "${result[$n, list_synced_cpu]}")"
done
echo
echo "Memory and watch throughput:"
echo
echo "| Pods | max RSS kubectl / Sextant MB | RSS growth kB/pod (goal ≤ 1.5) | PSS growth kB/pod | RSS growth after malloc_trim kB/pod | store alone (replay) kB/pod | MODIFIED events applied per CPU-second (wall) (goal ≥ 5,000/s) | ADDED / DELETED per CPU-s | parse only, events (MB) per CPU-s |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in $pod_counts; do
    printf '| %s | %s / %s | %s | %s | %s | %s | %s (%s) | %s / %s | %s (%s) |\n' \
        "${result[$n, pods]}" "$(kb_to_mb "${result[$n, kubectl_rss]}")" "$(kb_to_mb "${result[$n, app_rss]}")" \
        "${result[$n, rss_per_pod]}" "${result[$n, pss_per_pod]}" "${result[$n, trim_per_pod]}" "${result[$n, store_kb]}" \
        "${result[$n, modified_eps]}" "${result[$n, modified_wall_eps]}" "${result[$n, added_eps]}" "${result[$n, deleted_eps]}" \
        "${result[$n, parse_eps]}" "${result[$n, parse_mbps]}"
done
echo
for n in $pod_counts; do
    echo "- $n pods on ${result[$n, nodes]} kwok nodes (${result[$n, not_running]} not Running): seeded and settled after ${result[$n, seed_s]} s; Sextant connected after ${result[$n, app_connected]} ms;" \
        "RSS ${result[$n, before_rss]} kB before the watch, ${result[$n, after_rss]} kB after sync;" \
        "app mode used WatchList: ${result[$n, app_watchlist]}; replayed stream ${result[$n, bytes_per_event]} bytes/event."
done
echo
echo "Raw figures: $work/raw-<pods>/ . Reproduce: tools/bench-watch.sh --pods \"$pod_counts\" --reps $reps"
