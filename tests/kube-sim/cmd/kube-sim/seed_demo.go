// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"context"
	_ "embed"
	"encoding/base64"
	"os"
	"path/filepath"
)

//go:embed assets/demo.yaml
var demoYAML string

// seedDemo applies the realistic demo (assets/demo.yaml) with server-side apply. The
// shop's TLS secret gets a real self-signed certificate so the apiserver accepts it
// without warnings.
func seedDemo(ctx context.Context, ap *applier, k *pki) error {
	dir := filepath.Join(k.Dir, "demo")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	certPath, keyPath := filepath.Join(dir, "shop-tls.crt"), filepath.Join(dir, "shop-tls.key")
	if _, err := makeCA("shop.example.com", certPath, keyPath); err != nil {
		return err
	}
	cert, err := os.ReadFile(certPath)
	if err != nil {
		return err
	}
	key, err := os.ReadFile(keyPath)
	if err != nil {
		return err
	}
	data, err := renderTemplate("demo", demoYAML, map[string]string{
		"TLSCert": base64.StdEncoding.EncodeToString(cert),
		"TLSKey":  base64.StdEncoding.EncodeToString(key),
	})
	if err != nil {
		return err
	}
	return ap.applyYAML(ctx, data)
}
