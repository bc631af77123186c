// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	_ "embed"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"text/template"
	"time"
)

//go:embed assets/kwok.yaml.tmpl
var kwokConfigTemplate string

const (
	serviceCIDR = "10.96.0.0/16"
	podCIDR     = "10.244.0.0/16"
)

// ports are picked free on 127.0.0.1 at start-up.
type ports struct {
	EtcdClient, EtcdPeer, APIServer, KCM, Scheduler, Kwok, MetricsServer int
}

func pickPorts() (ports, error) {
	var p ports
	for _, dst := range []*int{&p.EtcdClient, &p.EtcdPeer, &p.APIServer, &p.KCM, &p.Scheduler, &p.Kwok, &p.MetricsServer} {
		n, err := freePort()
		if err != nil {
			return p, err
		}
		*dst = n
	}
	return p, nil
}

// cluster is everything the supervisor knows about one running control plane.
type cluster struct {
	stateDir       string
	binDir         string
	pki            *pki
	ports          ports
	kubeconfig     string // user-facing (admin + limited)
	compKubeconfig string // admin, for the components
	echoPort       int
	procs          []*process
}

func (c *cluster) path(parts ...string) string {
	return filepath.Join(append([]string{c.stateDir}, parts...)...)
}

func (c *cluster) newProcess(name string, args ...string) *process {
	p := &process{name: name, bin: filepath.Join(c.binDir, name), args: args, logPath: c.path("logs", name+".log")}
	c.procs = append(c.procs, p)
	return p
}

func (c *cluster) etcd() *process {
	client := "http://127.0.0.1:" + strconv.Itoa(c.ports.EtcdClient)
	peer := "http://127.0.0.1:" + strconv.Itoa(c.ports.EtcdPeer)
	return c.newProcess("etcd",
		"--name=kube-sim",
		"--data-dir="+c.path("etcd"),
		"--listen-client-urls="+client,
		"--advertise-client-urls="+client,
		"--listen-peer-urls="+peer,
		"--initial-advertise-peer-urls="+peer,
		"--initial-cluster=kube-sim="+peer,
		"--unsafe-no-fsync",
		"--quota-backend-bytes=4294967296",
		"--log-level=warn",
	)
}

func (c *cluster) apiserver() *process {
	k := c.pki
	return c.newProcess("kube-apiserver",
		"--etcd-servers=http://127.0.0.1:"+strconv.Itoa(c.ports.EtcdClient),
		"--etcd-prefix=/registry",
		"--allow-privileged=true",
		"--endpoint-reconciler-type=none",
		"--bind-address=127.0.0.1",
		"--advertise-address=127.0.0.1",
		"--secure-port="+strconv.Itoa(c.ports.APIServer),
		"--tls-cert-file="+k.ServingCert,
		"--tls-private-key-file="+k.ServingKey,
		"--client-ca-file="+k.CACert,
		"--service-account-key-file="+k.SAPub,
		"--service-account-signing-key-file="+k.SAKey,
		"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
		"--service-cluster-ip-range="+serviceCIDR,
		"--proxy-client-cert-file="+k.FrontProxyCert,
		"--proxy-client-key-file="+k.FrontProxyKey,
		"--requestheader-client-ca-file="+k.FrontProxyCACert,
		"--requestheader-allowed-names="+frontProxyClientCN,
		"--requestheader-username-headers=X-Remote-User",
		"--requestheader-group-headers=X-Remote-Group",
		"--requestheader-extra-headers-prefix=X-Remote-Extra-",
		"--authorization-mode=Node,RBAC",
		// kwok serves the kubelet API on 127.0.0.1 with a certificate from our CA.
		"--kubelet-preferred-address-types=InternalIP",
		"--kubelet-certificate-authority="+k.CACert,
		"--kubelet-client-certificate="+k.AdminCert,
		"--kubelet-client-key="+k.AdminKey,
		"--max-requests-inflight=1000",
		"--max-mutating-requests-inflight=500",
		"--profiling=false",
		"--cert-dir="+c.path("pki", "apiserver-generated"),
	)
}

func (c *cluster) controllerManager() *process {
	k := c.pki
	return c.newProcess("kube-controller-manager",
		"--kubeconfig="+c.compKubeconfig,
		"--authentication-kubeconfig="+c.compKubeconfig,
		"--authorization-kubeconfig="+c.compKubeconfig,
		"--authorization-always-allow-paths=/healthz,/readyz,/livez,/metrics",
		"--bind-address=127.0.0.1",
		"--secure-port="+strconv.Itoa(c.ports.KCM),
		"--cert-dir="+c.path("pki", "kcm-generated"),
		"--leader-elect=false",
		"--controllers=*",
		"--use-service-account-credentials",
		"--root-ca-file="+k.CACert,
		"--service-account-private-key-file="+k.SAKey,
		"--cluster-signing-cert-file="+k.CACert,
		"--cluster-signing-key-file="+k.CAKey,
		"--kube-api-qps=200",
		"--kube-api-burst=400",
		"--concurrent-deployment-syncs=10",
		"--concurrent-replicaset-syncs=10",
		"--concurrent-statefulset-syncs=10",
		"--profiling=false",
	)
}

func (c *cluster) scheduler() *process {
	return c.newProcess("kube-scheduler",
		"--kubeconfig="+c.compKubeconfig,
		"--authentication-kubeconfig="+c.compKubeconfig,
		"--authorization-kubeconfig="+c.compKubeconfig,
		"--authorization-always-allow-paths=/healthz,/readyz,/livez,/metrics",
		"--bind-address=127.0.0.1",
		"--secure-port="+strconv.Itoa(c.ports.Scheduler),
		"--cert-dir="+c.path("pki", "scheduler-generated"),
		"--leader-elect=false",
		"--kube-api-qps=500",
		"--kube-api-burst=1000",
		"--profiling=false",
	)
}

func (c *cluster) kwok() (*process, error) {
	cfgPath := c.path("kwok.yaml")
	tmpl, err := template.New("kwok").Delims("[[", "]]").Parse(kwokConfigTemplate)
	if err != nil {
		return nil, err
	}
	f, err := os.Create(cfgPath)
	if err != nil {
		return nil, err
	}
	err = tmpl.Execute(f, map[string]any{
		"LogsFile": c.path("pod-logs", "containers.log"),
		"ExecDir":  c.path("exec"),
		"EchoPort": c.echoPort,
	})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("write kwok config: %w", err)
	}
	port := strconv.Itoa(c.ports.Kwok)
	return c.newProcess("kwok",
		"--kubeconfig="+c.compKubeconfig,
		"--config="+cfgPath,
		"--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake",
		"--node-ip=127.0.0.1",
		"--node-port="+port,
		"--server-address=127.0.0.1:"+port,
		"--cidr="+podCIDR,
		"--tls-cert-file="+c.pki.KubeletCert,
		"--tls-private-key-file="+c.pki.KubeletKey,
	), nil
}

func (c *cluster) metricsServer() *process {
	return c.newProcess("metrics-server",
		"--bind-address=127.0.0.1",
		"--secure-port="+strconv.Itoa(c.ports.MetricsServer),
		"--tls-cert-file="+c.pki.MetricsCert,
		"--tls-private-key-file="+c.pki.MetricsKey,
		"--kubeconfig="+c.compKubeconfig,
		"--authentication-kubeconfig="+c.compKubeconfig,
		"--authorization-kubeconfig="+c.compKubeconfig,
		// Every kwok node has InternalIP 127.0.0.1 (where kwok listens); the Hostname
		// address is the node name, which does not resolve, so InternalIP goes first.
		"--kubelet-preferred-address-types=InternalIP,Hostname,ExternalIP",
		"--kubelet-use-node-status-port",
		"--kubelet-certificate-authority="+c.pki.CACert,
		"--metric-resolution=15s",
		"--profiling=false",
	)
}

// waitHTTP polls url until it answers 200 or the process dies / ctx expires.
func waitHTTP(ctx context.Context, p *process, url string, tlsCfg *tls.Config, timeout time.Duration) error {
	client := &http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{TLSClientConfig: tlsCfg}}
	deadline := time.Now().Add(timeout)
	var last string
	for {
		resp, err := client.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			last = resp.Status
		} else {
			last = err.Error()
		}
		if !p.running() {
			return fmt.Errorf("%s exited (%v)", p.name, p.err)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s not healthy after %s (%s: %s)", p.name, timeout, url, last)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// adminTLS is the supervisor's TLS config for health checks against the apiserver.
func (c *cluster) adminTLS() (*tls.Config, error) {
	pool := x509.NewCertPool()
	ca, err := os.ReadFile(c.pki.CACert)
	if err != nil {
		return nil, err
	}
	pool.AppendCertsFromPEM(ca)
	cert, err := tls.LoadX509KeyPair(c.pki.AdminCert, c.pki.AdminKey)
	if err != nil {
		return nil, err
	}
	return &tls.Config{RootCAs: pool, Certificates: []tls.Certificate{cert}}, nil
}
