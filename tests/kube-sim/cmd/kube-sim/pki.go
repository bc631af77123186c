// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

// pki holds the paths of every certificate and key kube-sim writes into <state>/pki.
type pki struct {
	Dir string

	CACert, CAKey                     string
	ServingCert, ServingKey           string // apiserver
	AdminCert, AdminKey               string // O=system:masters, used by components and the admin context
	LimitedCert, LimitedKey           string // CN=limited, no groups
	FrontProxyCACert, FrontProxyCAKey string
	FrontProxyCert, FrontProxyKey     string // CN=front-proxy-client
	KubeletCert, KubeletKey           string // kwok's kubelet port serving cert
	MetricsCert, MetricsKey           string // metrics-server serving cert
	SAKey, SAPub                      string // service-account signing key pair
}

const frontProxyClientCN = "front-proxy-client"

type certAuthority struct {
	cert *x509.Certificate
	key  crypto.Signer
}

// Certificates use ECDSA P-256: generation takes milliseconds, which keeps start-up fast.
func newKey() (*ecdsa.PrivateKey, error) { return ecdsa.GenerateKey(elliptic.P256(), rand.Reader) }

func serial() *big.Int {
	n, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	return n
}

func writePEM(path, typ string, der []byte, mode os.FileMode) error {
	return os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), mode)
}

func writeKey(path string, key *ecdsa.PrivateKey) error {
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	return writePEM(path, "PRIVATE KEY", der, 0o600)
}

func makeCA(cn, certPath, keyPath string) (*certAuthority, error) {
	key, err := newKey()
	if err != nil {
		return nil, err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          serial(),
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.AddDate(10, 0, 0),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		return nil, err
	}
	cert, _ := x509.ParseCertificate(der)
	if err := writePEM(certPath, "CERTIFICATE", der, 0o644); err != nil {
		return nil, err
	}
	if err := writeKey(keyPath, key); err != nil {
		return nil, err
	}
	return &certAuthority{cert: cert, key: key}, nil
}

type certSpec struct {
	cn     string
	orgs   []string
	dns    []string
	ips    []net.IP
	server bool
	client bool
}

func (ca *certAuthority) issue(spec certSpec, certPath, keyPath string) error {
	key, err := newKey()
	if err != nil {
		return err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber: serial(),
		Subject:      pkix.Name{CommonName: spec.cn, Organization: spec.orgs},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.AddDate(1, 0, 0),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		DNSNames:     spec.dns,
		IPAddresses:  spec.ips,
	}
	if spec.server {
		tmpl.ExtKeyUsage = append(tmpl.ExtKeyUsage, x509.ExtKeyUsageServerAuth)
	}
	if spec.client {
		tmpl.ExtKeyUsage = append(tmpl.ExtKeyUsage, x509.ExtKeyUsageClientAuth)
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, key.Public(), ca.key)
	if err != nil {
		return err
	}
	if err := writePEM(certPath, "CERTIFICATE", der, 0o644); err != nil {
		return err
	}
	return writeKey(keyPath, key)
}

// generatePKI writes a fresh CA, serving/client certificates and the service-account key pair.
func generatePKI(dir string) (*pki, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	k := &pki{
		Dir: dir, CACert: p("ca.crt"), CAKey: p("ca.key"),
		ServingCert: p("apiserver.crt"), ServingKey: p("apiserver.key"),
		AdminCert: p("admin.crt"), AdminKey: p("admin.key"),
		LimitedCert: p("limited.crt"), LimitedKey: p("limited.key"),
		FrontProxyCACert: p("front-proxy-ca.crt"), FrontProxyCAKey: p("front-proxy-ca.key"),
		FrontProxyCert: p("front-proxy-client.crt"), FrontProxyKey: p("front-proxy-client.key"),
		KubeletCert: p("kubelet.crt"), KubeletKey: p("kubelet.key"),
		MetricsCert: p("metrics-server.crt"), MetricsKey: p("metrics-server.key"),
		SAKey: p("sa.key"), SAPub: p("sa.pub"),
	}
	ca, err := makeCA("kube-sim-ca", k.CACert, k.CAKey)
	if err != nil {
		return nil, fmt.Errorf("CA: %w", err)
	}
	fpCA, err := makeCA("kube-sim-front-proxy-ca", k.FrontProxyCACert, k.FrontProxyCAKey)
	if err != nil {
		return nil, fmt.Errorf("front-proxy CA: %w", err)
	}
	loopback := []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")}
	issues := []struct {
		ca        *certAuthority
		spec      certSpec
		cert, key string
		what      string
	}{
		{ca, certSpec{cn: "kube-apiserver", server: true,
			dns: []string{"kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local", "localhost"},
			ips: append([]net.IP{net.ParseIP("10.96.0.1")}, loopback...)}, k.ServingCert, k.ServingKey, "apiserver serving"},
		{ca, certSpec{cn: "kube-sim-admin", orgs: []string{"system:masters"}, client: true}, k.AdminCert, k.AdminKey, "admin client"},
		{ca, certSpec{cn: "limited", client: true}, k.LimitedCert, k.LimitedKey, "limited client"},
		{fpCA, certSpec{cn: frontProxyClientCN, client: true}, k.FrontProxyCert, k.FrontProxyKey, "front-proxy client"},
		{ca, certSpec{cn: "kwok-kubelet", server: true, dns: []string{"localhost"}, ips: loopback}, k.KubeletCert, k.KubeletKey, "kubelet serving"},
		{ca, certSpec{cn: "metrics-server", server: true, dns: []string{"localhost", "metrics-server.kube-system.svc"}, ips: loopback}, k.MetricsCert, k.MetricsKey, "metrics-server serving"},
	}
	for _, is := range issues {
		if err := is.ca.issue(is.spec, is.cert, is.key); err != nil {
			return nil, fmt.Errorf("%s certificate: %w", is.what, err)
		}
	}
	saKey, err := newKey()
	if err != nil {
		return nil, err
	}
	if err := writeKey(k.SAKey, saKey); err != nil {
		return nil, err
	}
	pub, err := x509.MarshalPKIXPublicKey(saKey.Public())
	if err != nil {
		return nil, err
	}
	if err := writePEM(k.SAPub, "PUBLIC KEY", pub, 0o644); err != nil {
		return nil, err
	}
	return k, nil
}
