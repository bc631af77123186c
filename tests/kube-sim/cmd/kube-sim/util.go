// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import "k8s.io/apimachinery/pkg/util/intstr"

func ptrInt64(v int64) *int64 { return &v }

func intstrPort(p int32) intstr.IntOrString { return intstr.FromInt32(p) }
