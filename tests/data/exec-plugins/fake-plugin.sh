#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
# Test exec credential plugin, driven by environment variables the test sets
# through the kubeconfig's exec.env:
#   RUN_LOG       append one line per run (to count runs)
#   EXEC_INFO_OUT write $KUBERNETES_EXEC_INFO here
#   SLEEP_SECONDS sleep first
#   OUTPUT_FILE   print this file on stdout
#   STDERR_TEXT   print this on stderr
#   EXIT_CODE     exit with this code (default 0)
[ -n "$RUN_LOG" ] && echo run >> "$RUN_LOG"
[ -n "$EXEC_INFO_OUT" ] && printf '%s' "$KUBERNETES_EXEC_INFO" > "$EXEC_INFO_OUT"
[ -n "$SLEEP_SECONDS" ] && sleep "$SLEEP_SECONDS"
[ -n "$OUTPUT_FILE" ] && cat "$OUTPUT_FILE"
[ -n "$STDERR_TEXT" ] && printf '%b' "$STDERR_TEXT" >&2
exit "${EXIT_CODE:-0}"
