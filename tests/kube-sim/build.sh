#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Builds kube-sim (the supervisor) and the six upstream binaries it runs into
#   ${XDG_CACHE_HOME:-$HOME/.cache}/sextant/kube-sim/<hash>/
# where <hash> covers the go.mod/go.sum files, the supervisor's sources, this script
# and the Go version, so any checkout with the same inputs reuses the same build.
# Prints the bin directory on stdout (and nothing else); progress goes to stderr.
# Uses Go's module and build caches; needs no network once the module cache is warm.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

command -v go >/dev/null || { echo "kube-sim build: 'go' not found in PATH (need Go >= 1.26.4)" >&2; exit 1; }

mod_inputs() { printf '%s\n' build.sh go.mod go.sum kwok/go.mod kwok/go.sum metrics-server/go.mod metrics-server/go.sum; }
src_inputs() { find cmd -type f | LC_ALL=C sort; }
digest() { { go version; while read -r f; do printf '%s\n' "$f"; cat "$f"; done; } | sha256sum | cut -c1-16; }
# The upstream binaries depend only on the module files; the supervisor also on its
# sources. Both are keyed separately so editing the supervisor relinks only itself.
up_hash=$(mod_inputs | digest)
hash=$( { mod_inputs; src_inputs; } | digest)
cache_root=${XDG_CACHE_HOME:-$HOME/.cache}/sextant/kube-sim
out=$cache_root/$hash
up=$cache_root/upstream/$up_hash

if [[ -f $out/.complete ]]; then
    echo "$out"
    exit 0
fi

log() { echo "kube-sim build: $*" >&2; }
prune() { # keep the three most recent builds in $1
    find "$1" -mindepth 1 -maxdepth 1 -type d ! -name '.build-*' ! -name upstream -printf '%T@ %p\n' | sort -rn |
        tail -n +4 | cut -d' ' -f2- | while read -r old; do rm -rf "$old"; done
}
start=$SECONDS
mkdir -p "$cache_root/upstream"
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=readonly"

if [[ ! -f $up/.complete ]]; then
    tmp=$(mktemp -d "$cache_root/upstream/.build-$up_hash.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    chmod 755 "$tmp"
    kver=$(go list -m -f '{{.Version}}' k8s.io/kubernetes)
    [[ $kver =~ ^v([0-9]+)\.([0-9]+)\. ]] || { log "cannot parse Kubernetes version '$kver'"; exit 1; }
    vpkg=k8s.io/component-base/version
    kube_ldflags="-s -w -X $vpkg.gitVersion=$kver -X $vpkg.gitMajor=${BASH_REMATCH[1]} -X $vpkg.gitMinor=${BASH_REMATCH[2]} -X $vpkg.gitTreeState=clean"
    log "building upstream binaries into $up (Kubernetes $kver; a cold build takes several minutes)"
    log "kube-apiserver, kube-controller-manager, kube-scheduler"
    go build -trimpath -ldflags "$kube_ldflags" -o "$tmp/" \
        k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager k8s.io/kubernetes/cmd/kube-scheduler
    log "etcd"
    go build -trimpath -ldflags "-s -w" -o "$tmp/etcd" go.etcd.io/etcd/server/v3
    log "kwok"
    (cd kwok && go build -trimpath -ldflags "-s -w" -o "$tmp/kwok" sigs.k8s.io/kwok/cmd/kwok)
    log "metrics-server"
    (cd metrics-server && go build -trimpath -ldflags "-s -w" -o "$tmp/metrics-server" sigs.k8s.io/metrics-server/cmd/metrics-server)
    touch "$tmp/.complete"
    rm -rf "$up"
    mv "$tmp" "$up"
    trap - EXIT
    prune "$cache_root/upstream"
fi

tmp=$(mktemp -d "$cache_root/.build-$hash.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
log "kube-sim supervisor"
go build -trimpath -ldflags "-s -w" -o "$tmp/kube-sim" ./cmd/kube-sim
for b in etcd kube-apiserver kube-controller-manager kube-scheduler kwok metrics-server; do
    ln "$up/$b" "$tmp/$b" 2>/dev/null || cp "$up/$b" "$tmp/$b"
done
touch "$tmp/.complete"
rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT
prune "$cache_root"
log "done in $((SECONDS - start)) s: $out"
echo "$out"
