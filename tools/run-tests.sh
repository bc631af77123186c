#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
#
# Builds and runs Sextant's whole test suite on a fresh Debian 12 machine:
# dependencies, the CI build (warnings are errors), unit + ui + integration
# tests (integration tests start kube-sim once through a CTest fixture, building
# it with Go when needed), then the .deb package smoke test.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

tools/install-deps.sh

cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci "$@"
tools/package-smoke-test.sh build/ci
