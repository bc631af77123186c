#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Builds and runs Sextant's whole test suite on a fresh Debian 12 machine:
# dependencies, the CI build (warnings are errors), unit + ui + integration
# tests (integration tests start kube-sim once through a CTest fixture, building
# it with Go when needed), then the .deb package smoke test.
#
# The ci preset keeps only line tables (-g1): with full debug information the
# hundred-odd statically linked test programs took 11 GB and filled the disk.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

tools/install-deps.sh

# Say so up front instead of failing half-way through the build.
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "$free_kb" -lt 4000000 ]; then
    echo "run-tests: only $((free_kb / 1024)) MiB free under $here; the build and kube-sim need about 4 GiB" >&2
fi

cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci "$@"
tools/package-smoke-test.sh build/ci
