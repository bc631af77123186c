#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Regenerates the Kubernetes OpenAPI v3 schemas bundled with Sextant from a
# running cluster (normally kube-sim, the release Sextant is tested against):
#
#   tests/kube-sim/run --state-dir /tmp/ks-schemas &      # prints kubeconfig: PATH
#   KUBECONFIG=/tmp/ks-schemas/kubeconfig tools/refresh-schemas.sh
#
# Writes resources/schemas/kubernetes-<major.minor>.json.z: every group-version
# document of /openapi/v3, reduced to what validation, completion, hover and
# merging need (types, properties, required, enums, descriptions, formats,
# GVKs, keys of keyed lists), as one JSON object compressed in qCompress
# format (4-byte big-endian length + zlib). Needs kubectl and python3.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
out_dir=${1:-$repo/resources/schemas}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

kubectl get --raw /openapi/v3 >"$work/index.json"
kubectl version -o json >"$work/version.json"

python3 - "$work" "$out_dir" <<'PY'
import json, os, re, struct, subprocess, sys, zlib

work, out_dir = sys.argv[1], sys.argv[2]
index = json.load(open(os.path.join(work, "index.json")))
version = json.load(open(os.path.join(work, "version.json")))["serverVersion"]["gitVersion"]
version = re.sub(r"[-+].*$", "", version)  # v1.36.3

KEEP = {"type", "description", "properties", "required", "enum", "items", "additionalProperties",
        "$ref", "allOf", "oneOf", "anyOf", "format", "nullable",
        "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields",
        "x-kubernetes-embedded-resource", "x-kubernetes-group-version-kind",
        "x-kubernetes-list-map-keys", "x-kubernetes-patch-merge-key", "x-kubernetes-patch-strategy"}

def reduce(schema):
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key not in KEEP:
            continue
        if key == "properties":
            out[key] = {name: reduce(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties"):
            out[key] = reduce(value) if isinstance(value, dict) else value
        elif key in ("allOf", "oneOf", "anyOf"):
            out[key] = [reduce(sub) for sub in value]
        else:
            out[key] = value
    return out

documents = {}
for path, entry in sorted(index["paths"].items()):
    if not re.fullmatch(r"api/v1|apis/[^/]+/[^/]+", path):
        continue
    raw = subprocess.run(["kubectl", "get", "--raw", entry["serverRelativeURL"]],
                         check=True, capture_output=True).stdout
    doc = json.loads(raw)
    schemas = doc.get("components", {}).get("schemas", {})
    documents[path] = {"components": {"schemas": {n: reduce(s) for n, s in schemas.items()}}}

bundle = {"kubernetesVersion": version, "source": "/openapi/v3", "listKeys": True, "documents": documents}
data = json.dumps(bundle, separators=(",", ":"), sort_keys=True).encode()
minor = ".".join(version.lstrip("v").split(".")[:2])
target = os.path.join(out_dir, "kubernetes-%s.json.z" % minor)
os.makedirs(out_dir, exist_ok=True)
with open(target, "wb") as f:
    f.write(struct.pack(">I", len(data)) + zlib.compress(data, 9))
print("%s: %s, %d group-versions, %d bytes (%d uncompressed)"
      % (target, version, len(documents), os.path.getsize(target), len(data)))
PY
