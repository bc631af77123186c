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
all="--context admin --all-namespaces"
shot overview $all --show overview --locale en
shot overview-dark $all --show overview --locale en --color-scheme dark
shot workloads $all --show apps/deployments --select shop/frontend --locale en
shot pods $all --show pods --select demo/toolbox --locale en
shot pods-dark $all --show pods --select demo/toolbox --locale en --color-scheme dark
shot nodes $all --show nodes --select kube-sim-node-2 --locale en
shot custom-resources $all --show crd:shop.sextant.io/orders --locale en
shot clusters --locale en
shot overview-zh_CN $all --show overview --locale zh_CN
shot pods-zh_CN $all --show pods --select demo/toolbox --locale zh_CN
shot clusters-zh_CN --locale zh_CN
# The manifest editor needs no cluster: a Deployment with two mistakes.
manifest=$(mktemp -d)/web.yaml
cat > "$manifest" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: demo
spec:
  replica: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources:
            requests:
              cpu: 100x
YAML
xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --edit "$manifest" --locale en --quit-after 4000 \
    --screenshot "$out/editor.png" >/dev/null
echo "$out/editor.png"
# Leave the language setting as it was: follow the system.
xvfb-run -a "$app" --locale system --quit-after 0 >/dev/null
