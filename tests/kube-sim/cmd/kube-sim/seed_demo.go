// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"context"
	_ "embed"
)

//go:embed assets/demo.yaml
var demoYAML []byte

// seedDemo applies the realistic demo (assets/demo.yaml) with server-side apply.
func seedDemo(ctx context.Context, ap *applier) error {
	return ap.applyYAML(ctx, demoYAML)
}
