// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

// kube-sim supervises a real Kubernetes control plane on 127.0.0.1: etcd,
// kube-apiserver, kube-controller-manager, kube-scheduler (upstream v1.36 binaries),
// kwok for simulated nodes/kubelets and metrics-server. See tests/kube-sim/README.md.
package main

import (
	"context"
	_ "embed"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"k8s.io/client-go/kubernetes"
)

//go:embed assets/bootstrap.yaml.tmpl
var bootstrapTemplate string

type options struct {
	stateDir string
	binDir   string
	nodes    int
	seed     string
	pods     int
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("kube-sim: ")
	opts := options{}
	flag.StringVar(&opts.stateDir, "state-dir", defaultStateDir(), "directory for PKI, etcd data, logs and the kubeconfig (reset on every start)")
	flag.StringVar(&opts.binDir, "bin-dir", "", "directory holding the component binaries (default: next to kube-sim)")
	flag.IntVar(&opts.nodes, "nodes", 3, "number of simulated (kwok) nodes")
	flag.StringVar(&opts.seed, "seed", "", "seed data: demo or scale")
	flag.IntVar(&opts.pods, "pods", 1000, "number of pods for --seed scale")
	flag.Parse()
	if flag.NArg() > 0 {
		log.Fatalf("unexpected argument %q (see --help)", flag.Arg(0))
	}
	if opts.nodes < 1 {
		log.Fatalf("--nodes must be at least 1")
	}
	if opts.seed != "" && opts.seed != "demo" && opts.seed != "scale" {
		log.Fatalf("--seed must be demo or scale, not %q", opts.seed)
	}
	if opts.binDir == "" {
		exe, err := os.Executable()
		if err != nil {
			log.Fatalf("cannot locate own executable: %v", err)
		}
		opts.binDir = filepath.Dir(exe)
	}
	os.Exit(run(opts))
}

func defaultStateDir() string {
	base := os.Getenv("XDG_RUNTIME_DIR")
	if base == "" {
		base = os.TempDir()
	}
	return filepath.Join(base, "sextant-kube-sim")
}

func run(opts options) int {
	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer cancel()
	start := time.Now()
	step := func(format string, args ...any) {
		log.Printf("[%5.1fs] %s", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
	}

	stateDir, err := filepath.Abs(opts.stateDir)
	if err != nil {
		log.Printf("state dir: %v", err)
		return 1
	}
	unlock, err := claimStateDir(stateDir, step)
	if err != nil {
		log.Printf("%v", err)
		return 1
	}
	defer unlock()

	c := &cluster{stateDir: stateDir, binDir: opts.binDir}
	for _, name := range []string{"etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kwok", "metrics-server"} {
		if _, err := os.Stat(filepath.Join(opts.binDir, name)); err != nil {
			log.Printf("missing component binary %s in %s (run tests/kube-sim/build.sh)", name, opts.binDir)
			return 1
		}
	}
	err = startCluster(ctx, c, opts, step)
	if err == nil {
		fmt.Printf("kubeconfig: %s\n", c.kubeconfig)
		step("ready; stop with Ctrl-C or SIGTERM")
		err = supervise(ctx, c)
	}
	code := 0
	if err != nil && !errors.Is(err, context.Canceled) {
		log.Printf("error: %v", err)
		code = 1
	}
	step("stopping")
	cancel()
	stopAll(c.procs, 5*time.Second)
	if n := killLeftovers(stateDir); n > 0 {
		step("killed %d leftover process(es)", n)
	}
	step("stopped")
	return code
}

// supervise waits for a signal or for any component to exit. SIGUSR1 restarts
// kube-apiserver in place (same port, same etcd), so tests can check how clients
// survive a restart and the 410 Gone that follows it.
func supervise(ctx context.Context, c *cluster) error {
	restart := make(chan os.Signal, 1)
	signal.Notify(restart, syscall.SIGUSR1)
	defer signal.Stop(restart)
	for {
		exited := make(chan *process, len(c.procs))
		stop := make(chan struct{})
		for _, p := range c.procs {
			go func(p *process, done chan struct{}) {
				select {
				case <-done:
					exited <- p
				case <-stop:
				}
			}(p, p.done)
		}
		select {
		case <-ctx.Done():
			close(stop)
			return ctx.Err()
		case p := <-exited:
			close(stop)
			return componentFailure(p, fmt.Errorf("exited unexpectedly (%v)", p.err))
		case <-restart:
			close(stop)
			if err := restartAPIServer(ctx, c); err != nil {
				return err
			}
		}
	}
}

func restartAPIServer(ctx context.Context, c *cluster) error {
	var api *process
	for _, p := range c.procs {
		if p.name == "kube-apiserver" {
			api = p
		}
	}
	if api == nil {
		return errors.New("no kube-apiserver to restart")
	}
	log.Printf("restarting kube-apiserver (SIGUSR1)")
	stopGroup([]*process{api}, 10*time.Second)
	if err := api.start(c.stateDir); err != nil {
		return err
	}
	tlsCfg, err := c.adminTLS()
	if err != nil {
		return err
	}
	server := "https://127.0.0.1:" + strconv.Itoa(c.ports.APIServer)
	if err := waitHTTP(ctx, api, server+"/readyz", tlsCfg, 90*time.Second); err != nil {
		return componentFailure(api, err)
	}
	log.Printf("kube-apiserver restarted")
	return nil
}

func componentFailure(p *process, err error) error {
	return fmt.Errorf("%s %v\n--- last lines of %s ---\n%s\n---", p.name, err, p.logPath, p.tail(25))
}

func startCluster(ctx context.Context, c *cluster, opts options, step func(string, ...any)) error {
	var err error
	for _, d := range []string{"logs", "exec", "pod-logs", "volumes"} {
		if err := os.MkdirAll(c.path(d), 0o755); err != nil {
			return err
		}
	}
	if c.pki, err = generatePKI(c.path("pki")); err != nil {
		return fmt.Errorf("generate PKI: %w", err)
	}
	if c.ports, err = pickPorts(); err != nil {
		return err
	}
	c.kubeconfig = c.path("kubeconfig")
	c.compKubeconfig = c.path("pki", "components.kubeconfig")
	server := "https://127.0.0.1:" + strconv.Itoa(c.ports.APIServer)
	if err := writeKubeconfigs(c.pki, server, c.kubeconfig, c.compKubeconfig); err != nil {
		return fmt.Errorf("write kubeconfig: %w", err)
	}
	if c.echoPort, err = startEchoServer(ctx); err != nil {
		return fmt.Errorf("echo server: %w", err)
	}
	go appendPodLogs(ctx, c.path("pod-logs", "containers.log"))
	step("PKI and kubeconfigs written; ports: apiserver %d, etcd %d, kwok %d, metrics-server %d",
		c.ports.APIServer, c.ports.EtcdClient, c.ports.Kwok, c.ports.MetricsServer)

	etcd := c.etcd()
	if err := etcd.start(c.stateDir); err != nil {
		return err
	}
	if err := waitHTTP(ctx, etcd, fmt.Sprintf("http://127.0.0.1:%d/health", c.ports.EtcdClient), nil, 30*time.Second); err != nil {
		return componentFailure(etcd, err)
	}
	step("etcd ready")

	apiserver := c.apiserver()
	if err := apiserver.start(c.stateDir); err != nil {
		return err
	}
	tlsCfg, err := c.adminTLS()
	if err != nil {
		return err
	}
	if err := waitHTTP(ctx, apiserver, server+"/readyz", tlsCfg, 90*time.Second); err != nil {
		return componentFailure(apiserver, err)
	}
	step("kube-apiserver ready")

	kwok, err := c.kwok()
	if err != nil {
		return err
	}
	for _, p := range []*process{c.controllerManager(), c.scheduler(), kwok, c.metricsServer()} {
		if err := p.start(c.stateDir); err != nil {
			return err
		}
	}

	restCfg, err := adminRESTConfig(c.compKubeconfig, 500, 1000)
	if err != nil {
		return err
	}
	cs, err := kubernetes.NewForConfig(restCfg)
	if err != nil {
		return err
	}
	ap, err := newApplier(restCfg)
	if err != nil {
		return err
	}
	maxPods := 110
	if opts.seed == "scale" {
		schedulable := max(1, opts.nodes-1)
		maxPods = max(maxPods, opts.pods/schedulable+opts.pods/(5*schedulable)+50)
	}
	if err := createNodes(ctx, cs, opts.nodes, maxPods); err != nil {
		return err
	}
	ca, err := os.ReadFile(c.pki.CACert)
	if err != nil {
		return err
	}
	boot, err := renderTemplate("bootstrap", bootstrapTemplate, map[string]any{
		"MetricsPort": c.ports.MetricsServer,
		"CABundle":    base64.StdEncoding.EncodeToString(ca),
	})
	if err != nil {
		return err
	}
	if err := ap.applyYAML(ctx, boot); err != nil {
		return fmt.Errorf("bootstrap objects: %w", err)
	}
	prov := &provisioner{cs: cs, dataDir: c.path("volumes")}
	go prov.run(ctx)
	go assignLoadBalancerIPs(ctx, cs)
	step("nodes, RBAC, StorageClass and metrics APIService created")

	if err := waitAll(ctx, c, func() error { return waitNodesReady(ctx, cs, opts.nodes, 60*time.Second) }); err != nil {
		return err
	}
	step("%d nodes Ready", opts.nodes)
	if err := waitAll(ctx, c, func() error { return waitMetricsAPI(ctx, ap, 60*time.Second) }); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		step("warning: %v", err) // not fatal: everything except kubectl top works
	} else {
		step("metrics.k8s.io available")
	}

	switch opts.seed {
	case "demo":
		if err := waitAll(ctx, c, func() error { return seedDemo(ctx, ap, c.pki) }); err != nil {
			return fmt.Errorf("seed demo: %w", err)
		}
		step("demo seed applied")
	case "scale":
		if err := waitAll(ctx, c, func() error { return seedScale(ctx, restCfg, opts.pods, step) }); err != nil {
			return fmt.Errorf("seed scale: %w", err)
		}
	}
	return nil
}

// waitAll runs fn but returns early with a component's log tail if one dies meanwhile.
func waitAll(ctx context.Context, c *cluster, fn func() error) error {
	done := make(chan error, 1)
	go func() { done <- fn() }()
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case err := <-done:
			return err
		case <-t.C:
			for _, p := range c.procs {
				if !p.running() {
					return componentFailure(p, fmt.Errorf("exited unexpectedly (%v)", p.err))
				}
			}
		}
	}
}

// claimStateDir locks the state directory (flock, released by the kernel even on
// SIGKILL), detects a previous run that was killed, kills what it left behind and
// empties the directory.
func claimStateDir(dir string, step func(string, ...any)) (func(), error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create state dir: %w", err)
	}
	marker := filepath.Join(dir, ".kube-sim-state")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	if len(entries) > 0 {
		if _, err := os.Stat(marker); err != nil {
			return nil, fmt.Errorf("%s is not empty and is not a kube-sim state directory; refusing to reset it", dir)
		}
	}
	lockFile, err := os.OpenFile(filepath.Join(dir, ".lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	pidPath := filepath.Join(dir, "kube-sim.pid")
	if err := syscall.Flock(int(lockFile.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lockFile.Close()
		pid, _ := os.ReadFile(pidPath)
		return nil, fmt.Errorf("another kube-sim (pid %s) is running with state dir %s; stop it or pass another --state-dir",
			strings.TrimSpace(string(pid)), dir)
	}
	if old, err := os.ReadFile(pidPath); err == nil {
		step("stale state from a killed run (pid %s) found; resetting %s", strings.TrimSpace(string(old)), dir)
	}
	if n := killLeftovers(dir); n > 0 {
		step("killed %d process(es) left behind by a previous run", n)
	}
	for _, e := range entries {
		if e.Name() == ".lock" || e.Name() == ".kube-sim-state" {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			lockFile.Close()
			return nil, fmt.Errorf("reset state dir: %w", err)
		}
	}
	if err := os.WriteFile(marker, []byte("kube-sim state directory; emptied on every start\n"), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(pidPath, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		return nil, err
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			_ = os.Remove(pidPath)
			lockFile.Close()
		})
	}, nil
}
