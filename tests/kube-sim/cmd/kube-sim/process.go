// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// stateMarkerEnv is set in every child's environment so that a later run can find and
// kill processes a SIGKILLed supervisor left behind (see killLeftovers).
const stateMarkerEnv = "KUBE_SIM_STATE_DIR"

// process is one supervised upstream binary. Each runs in its own process group and
// receives SIGKILL from the kernel if the supervisor dies (Pdeathsig).
type process struct {
	name    string
	bin     string
	args    []string
	logPath string

	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

func (p *process) start(stateDir string) error {
	logFile, err := os.OpenFile(p.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	fmt.Fprintf(logFile, "# %s %s\n", p.bin, strings.Join(p.args, " "))
	cmd := exec.Command(p.bin, p.args...)
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	cmd.Dir = stateDir
	cmd.Env = append(os.Environ(), stateMarkerEnv+"="+stateDir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return fmt.Errorf("start %s (%s): %w", p.name, p.bin, err)
	}
	p.cmd = cmd
	p.done = make(chan struct{})
	go func() {
		p.err = cmd.Wait()
		logFile.Close()
		close(p.done)
	}()
	return nil
}

func (p *process) running() bool {
	if p.done == nil {
		return false
	}
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// signal sends sig to the whole process group of p.
func (p *process) signal(sig syscall.Signal) {
	if p.running() {
		_ = syscall.Kill(-p.cmd.Process.Pid, sig)
	}
}

// tail returns the last n lines of the component's log.
func (p *process) tail(n int) string { return tailFile(p.logPath, n) }

func tailFile(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if len(lines) > n {
			lines = lines[1:]
		}
	}
	return strings.Join(lines, "\n")
}

// stopAll sends SIGTERM to every process group, waits up to grace and then SIGKILLs
// whatever is left. etcd goes last so the apiserver can shut down cleanly.
func stopAll(procs []*process, grace time.Duration) {
	var first, last []*process
	for _, p := range procs {
		if p.name == "etcd" {
			last = append(last, p)
		} else {
			first = append(first, p)
		}
	}
	stopGroup(first, grace)
	stopGroup(last, grace)
}

func stopGroup(procs []*process, grace time.Duration) {
	for _, p := range procs {
		p.signal(syscall.SIGTERM)
	}
	deadline := time.After(grace)
	for _, p := range procs {
		if p.done == nil {
			continue
		}
		select {
		case <-p.done:
		case <-deadline:
		}
	}
	for _, p := range procs {
		if p.cmd != nil {
			// The group may still hold grandchildren even if the leader exited.
			_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		}
	}
	for _, p := range procs {
		if p.done != nil {
			select {
			case <-p.done:
			case <-time.After(2 * time.Second):
			}
		}
	}
}

// freePort asks the kernel for an unused port on 127.0.0.1.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("no free port on 127.0.0.1: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// killLeftovers kills every process whose environment carries our state-dir marker:
// children of a supervisor that was SIGKILLed, or shells started through kwok exec.
func killLeftovers(stateDir string) int {
	marker := []byte(stateMarkerEnv + "=" + stateDir + "\x00")
	self := os.Getpid()
	entries, _ := os.ReadDir("/proc")
	killed := 0
	for _, e := range entries {
		var pid int
		if _, err := fmt.Sscanf(e.Name(), "%d", &pid); err != nil || pid == self {
			continue
		}
		env, err := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		if err != nil {
			continue
		}
		if strings.Contains(string(env)+"\x00", string(marker)) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
			killed++
		}
	}
	return killed
}
