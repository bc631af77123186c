#!/bin/sh
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
# A plugin printing far more than any credential: the output cap must stop it.
exec yes CANARY-SECRET-FLOOD
