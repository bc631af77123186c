#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Realness checks against a running kube-sim, using only kubectl (and curl for the
# port-forward check): check.sh CHECK KUBECONFIG
# Each check works in its own namespace (kst-<check>-<random>), deleted afterwards.
set -euo pipefail

check=${1:?usage: check.sh CHECK KUBECONFIG}
export KUBECONFIG=${2:?usage: check.sh CHECK KUBECONFIG}
k() { kubectl --context admin "$@"; }
fail() { echo "FAIL [$check]: $*" >&2; exit 1; }
ok() { echo "ok [$check]: $*"; }

[[ -s $KUBECONFIG ]] || fail "kubeconfig $KUBECONFIG missing (is the kube_sim fixture running?)"
ns=kst-${check//_/-}-$RANDOM
cleanup() {
    [[ -n ${pf_pid:-} ]] && kill "$pf_pid" 2>/dev/null || true
    k delete namespace "$ns" --wait=false >/dev/null 2>&1 || true
    [[ -n ${crd:-} ]] && k delete crd "$crd" --wait=false >/dev/null 2>&1 || true
}
trap cleanup EXIT
k create namespace "$ns" >/dev/null

# Waits for the namespace's default ServiceAccount (created by kube-controller-manager).
wait_sa() {
    for _ in $(seq 1 100); do
        k -n "$ns" get serviceaccount default >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    fail "no default ServiceAccount in $ns"
}

# A pod on a kwok node, Running and Ready.
make_pod() {
    wait_sa
    k -n "$ns" run "$1" --image=registry.example.com/test/app:1.0 --restart=Never \
        --annotations=kwok.x-k8s.io/usage-cpu=120m --annotations=kwok.x-k8s.io/usage-memory=64Mi >/dev/null
    k -n "$ns" wait --for=condition=Ready "pod/$1" --timeout=90s >/dev/null || fail "pod $1 not Ready"
}

case $check in
nodes)
    version=$(k get --raw /version | tr -d ' \n')
    [[ $version == *'"gitVersion":"v1.36.'* ]] || fail "server version is not v1.36.x: $version"
    k get nodes
    total=$(k get nodes --no-headers | wc -l)
    ((total >= 1)) || fail "no nodes"
    ready=$(k get nodes -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -c '^True$' || true)
    ((ready == total)) || fail "only $ready of $total nodes Ready"
    kubelets=$(k get nodes -o jsonpath='{range .items[*]}{.status.nodeInfo.kubeletVersion}{"\n"}{end}' | sort -u)
    [[ $kubelets =~ ^v1\.36\.[0-9]+$ ]] || fail "kubelet versions not v1.36.x: $kubelets"
    ok "$total nodes Ready, kubelet $kubelets, server $(sed 's/.*"gitVersion":"\([^"]*\)".*/\1/' <<<"$version")"
    ;;
deployment)
    wait_sa
    k -n "$ns" create deployment web --image=registry.example.com/test/web:1.0 --replicas=3 >/dev/null
    k -n "$ns" rollout status deployment/web --timeout=120s || fail "deployment did not roll out"
    k -n "$ns" get pods -o wide
    phases=$(k -n "$ns" get pods -l app=web -o jsonpath='{range .items[*]}{.status.phase}{"\n"}{end}' | sort | uniq -c)
    [[ $(k -n "$ns" get pods -l app=web --field-selector=status.phase=Running --no-headers | wc -l) -eq 3 ]] ||
        fail "expected 3 Running pods, got: $phases"
    for node in $(k -n "$ns" get pods -l app=web -o jsonpath='{.items[*].spec.nodeName}'); do
        ann=$(k get node "$node" -o jsonpath='{.metadata.annotations.kwok\.x-k8s\.io/node}')
        [[ $ann == fake ]] || fail "pod runs on $node, which is not a kwok node"
    done
    ok "3 pods Running on kwok nodes"
    ;;
top)
    make_pod busy
    # metrics-server needs two scrapes (15 s resolution) before CPU appears.
    for i in $(seq 1 60); do
        nodes=$(k top nodes --no-headers 2>/dev/null || true)
        pods=$(k -n "$ns" top pods --no-headers 2>/dev/null || true)
        if [[ -n $nodes ]] && ! grep -q '<unknown>' <<<"$nodes" && grep -Eq '^busy +[0-9]+m +[0-9]+Mi' <<<"$pods"; then
            echo "$nodes"
            echo "$pods"
            grep -Eq '^[^ ]+ +[0-9]+m +[0-9]+% +[0-9]+Mi +[0-9]+%' <<<"$nodes" || fail "unexpected kubectl top nodes output"
            ok "kubectl top nodes/pods return numbers after $((i * 2))s"
            exit 0
        fi
        sleep 2
    done
    echo "$nodes" >&2
    echo "$pods" >&2
    fail "no node and pod metrics after 120s"
    ;;
pvc)
    cat <<YAML | k -n "$ns" apply -f - >/dev/null
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
YAML
    k -n "$ns" wait --for=jsonpath='{.status.phase}'=Bound pvc/data --timeout=60s >/dev/null || fail "PVC not Bound"
    pv=$(k -n "$ns" get pvc data -o jsonpath='{.spec.volumeName}')
    class=$(k get pv "$pv" -o jsonpath='{.spec.storageClassName}')
    [[ $class == standard ]] || fail "PV $pv has class '$class', expected standard (the default)"
    k -n "$ns" get pvc data
    ok "PVC bound to $pv through the default StorageClass"
    ;;
logs)
    make_pod logger
    out=$(k -n "$ns" logs logger --tail=5) || fail "kubectl logs failed"
    echo "$out"
    [[ $(wc -l <<<"$out") -ge 1 && $out == *level=* ]] || fail "unexpected log output"
    follow=$(timeout 5 kubectl --context admin -n "$ns" logs -f --tail=1 logger || true)
    lines=$(wc -l <<<"$follow")
    ((lines >= 3)) || fail "kubectl logs -f streamed only $lines line(s) in 5s"
    ok "kubectl logs works; logs -f streamed $lines lines in 5s"
    ;;
exec)
    make_pod shell
    out=$(k -n "$ns" exec shell -- sh -c 'echo "exec-$((6 * 7))"') || fail "kubectl exec failed"
    [[ $out == exec-42 ]] || fail "unexpected exec output: $out"
    # head exits after one line: kwok does not pass the end of stdin on to the command.
    out=$(echo hello-stdin | timeout 30 kubectl --context admin -n "$ns" exec -i shell -- head -n 1) || fail "kubectl exec -i failed"
    [[ $out == hello-stdin ]] || fail "stdin not passed through: $out"
    ok "kubectl exec runs commands (stdout and stdin)"
    ;;
port_forward)
    command -v curl >/dev/null || fail "curl is needed for this check"
    make_pod server
    pflog=$(mktemp)
    k -n "$ns" port-forward pod/server :8080 >"$pflog" 2>&1 &
    pf_pid=$!
    port=
    for _ in $(seq 1 50); do
        port=$(sed -n 's/^Forwarding from 127\.0\.0\.1:\([0-9]*\) .*/\1/p' "$pflog" | head -n 1)
        [[ -n $port ]] && break
        sleep 0.2
    done
    [[ -n $port ]] || { cat "$pflog" >&2; rm -f "$pflog"; fail "port-forward did not start"; }
    rm -f "$pflog"
    out=$(curl -sS --max-time 10 "http://127.0.0.1:$port/kube-sim-check") || fail "request through port-forward failed"
    [[ $out == *"kube-sim echo server"* && $out == *"/kube-sim-check"* ]] || fail "unexpected answer: $out"
    ok "kubectl port-forward reaches the echo server"
    ;;
limited_forbidden)
    # `limited` may only read in namespace demo, so this check uses a pod there.
    pod=kst-limited-$RANDOM
    k -n demo run "$pod" --image=registry.example.com/test/app:1.0 --restart=Never >/dev/null
    trap 'k -n demo delete pod "$pod" --wait=false >/dev/null 2>&1 || true; cleanup' EXIT
    kubectl --context limited -n demo get pod "$pod" >/dev/null || fail "limited cannot read pods in demo"
    if out=$(kubectl --context limited -n demo delete pod "$pod" -v=6 2>&1); then
        fail "limited was allowed to delete a pod"
    fi
    grep -Eq 'DELETE https://[^ ]+ 403 Forbidden' <<<"$out" || fail "expected HTTP 403 for the delete, got: $(tail -n 3 <<<"$out")"
    grep -q 'Error from server (Forbidden)' <<<"$out" || fail "expected a Forbidden error: $(tail -n 3 <<<"$out")"
    if kubectl --context limited -n demo get secrets >/dev/null 2>&1; then
        fail "limited can list secrets"
    fi
    ok "limited: reads allowed, delete refused with 403 Forbidden, secrets hidden"
    ;;
crd)
    group=${ns}.sextant.io
    crd=widgets.$group
    cat <<YAML | k apply -f - >/dev/null
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: $crd}
spec:
  group: $group
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget}
  versions:
  - name: v1
    served: true
    storage: true
    additionalPrinterColumns:
    - {name: Size, type: integer, jsonPath: .spec.size}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec: {type: object, properties: {size: {type: integer}}}
YAML
    k wait --for=condition=Established "crd/$crd" --timeout=30s >/dev/null || fail "CRD not Established"
    for i in 1 2 3; do
        printf 'apiVersion: %s/v1\nkind: Widget\nmetadata: {name: w%s}\nspec: {size: %s}\n' "$group" "$i" "$((i * 10))" |
            k -n "$ns" apply -f - >/dev/null
    done
    out=$(k -n "$ns" get "widgets.$group")
    echo "$out"
    [[ $(grep -c '^w[123] ' <<<"$out") -eq 3 ]] || fail "expected 3 custom resources"
    grep -q 'SIZE' <<<"$out" || fail "additionalPrinterColumns not shown"
    ok "3 custom resources listed with printer columns"
    ;;
*)
    fail "unknown check"
    ;;
esac
