#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
# A plugin that never answers (waiting for a browser sign-in that never comes).
echo "waiting for sign-in in your browser" >&2
exec sleep 600
