// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

// Support for kwok's ClusterLogs / ClusterPortForward: a log file in CRI format that
// every container "writes" to, and a local echo server every forwarded port reaches.

// appendPodLogs appends a plausible application log line in CRI format
// ("<RFC3339Nano> stdout F <message>") every second, so `kubectl logs -f` streams.
func appendPodLogs(ctx context.Context, path string) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		fmt.Fprintf(os.Stderr, "kube-sim: pod logs: %v\n", err)
		return
	}
	defer f.Close()
	paths := []string{"/api/orders", "/api/items", "/healthz", "/api/cart", "/metrics"}
	methods := []string{"GET", "GET", "GET", "POST", "PUT"}
	write := func(stream, msg string) {
		fmt.Fprintf(f, "%s %s F %s\n", time.Now().UTC().Format(time.RFC3339Nano), stream, msg)
	}
	write("stdout", "level=info msg=\"kube-sim simulated container started\"")
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for n := 1; ; n++ {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		i := rand.Intn(len(paths))
		status := 200
		if rand.Intn(20) == 0 {
			status = 500
		}
		write("stdout", fmt.Sprintf("level=info msg=\"handled request\" seq=%d method=%s path=%s status=%d duration_ms=%d",
			n, methods[i], paths[i], status, 2+rand.Intn(80)))
		if status == 500 {
			write("stderr", fmt.Sprintf("level=error msg=\"upstream timeout\" seq=%d path=%s", n, paths[i]))
		}
		if st, err := f.Stat(); err == nil && st.Size() > 64<<20 {
			_ = f.Truncate(0) // keep long demo runs bounded
		}
	}
}

// echoServer answers HTTP requests with a description of the request and echoes any
// other TCP stream back unchanged. It is the target of every `kubectl port-forward`.
func startEchoServer(ctx context.Context) (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	go func() {
		<-ctx.Done()
		l.Close()
	}()
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go serveEcho(conn)
		}
	}()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func serveEcho(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	head, _ := r.Peek(8)
	methods := []string{"GET ", "POST ", "PUT ", "HEAD ", "DELETE ", "PATCH ", "OPTIONS "}
	for _, m := range methods {
		if strings.HasPrefix(string(head), m) {
			serveHTTPEcho(conn, r)
			return
		}
	}
	_, _ = io.Copy(conn, r)
}

func serveHTTPEcho(conn net.Conn, r *bufio.Reader) {
	for {
		req, err := http.ReadRequest(r)
		if err != nil {
			return
		}
		body, _ := io.ReadAll(io.LimitReader(req.Body, 1<<20))
		req.Body.Close()
		msg := fmt.Sprintf("kube-sim echo server\nmethod=%s\nuri=%s\nhost=%s\n", req.Method, req.RequestURI, req.Host)
		if len(body) > 0 {
			msg += "body=" + string(body) + "\n"
		}
		resp := &http.Response{
			StatusCode: http.StatusOK, ProtoMajor: 1, ProtoMinor: 1,
			Header:        http.Header{"Content-Type": []string{"text/plain; charset=utf-8"}},
			ContentLength: int64(len(msg)),
			Body:          io.NopCloser(strings.NewReader(msg)),
		}
		if err := resp.Write(conn); err != nil || req.Close {
			return
		}
	}
}
