// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

const (
	scaleNamespaces = 100
	scaleWorkers    = 48
)

// seedScale creates n pods of about 8 kB JSON each over ~100 namespaces, as fast as
// the apiserver takes them. The scheduler binds them and kwok marks them Running.
func seedScale(ctx context.Context, base *rest.Config, n int, step func(string, ...any)) error {
	cfg := rest.CopyConfig(base)
	cfg.QPS, cfg.Burst = 5000, 10000
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return err
	}
	nsCount := min(scaleNamespaces, max(1, n/10))
	start := time.Now()
	for i := 0; i < nsCount; i++ {
		ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: scaleNamespace(i), Labels: map[string]string{"kube-sim/seed": "scale"}}}
		if _, err := cs.CoreV1().Namespaces().Create(ctx, ns, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
			return err
		}
	}
	if size, err := json.Marshal(scalePod(0, nsCount)); err == nil {
		step("scale seed: %d namespaces created; creating %d pods of %d bytes JSON each with %d workers", nsCount, n, len(size), scaleWorkers)
	}
	var next, created atomic.Int64
	var firstErr error
	var once sync.Once
	var wg sync.WaitGroup
	for w := 0; w < scaleWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				pod := scalePod(i, nsCount)
				var err error
				for attempt := 0; attempt < 5; attempt++ {
					_, err = cs.CoreV1().Pods(pod.Namespace).Create(ctx, pod, metav1.CreateOptions{})
					if err == nil || apierrors.IsAlreadyExists(err) {
						err = nil
						break
					}
					time.Sleep(time.Duration(attempt+1) * 200 * time.Millisecond)
				}
				if err != nil {
					once.Do(func() { firstErr = fmt.Errorf("create pod %s/%s: %w", pod.Namespace, pod.Name, err) })
					return
				}
				if c := created.Add(1); c%1000 == 0 {
					step("scale seed: %d/%d pods created", c, n)
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	elapsed := time.Since(start)
	step("scale seed: %d pods created in %.1fs (%.0f pods/s)", n, elapsed.Seconds(), float64(n)/elapsed.Seconds())
	return nil
}

func scaleNamespace(i int) string { return fmt.Sprintf("scale-%03d", i) }

var padding = strings.Repeat("x", 400)

// scalePod builds a pod whose JSON is about 8 kB: labels, annotations, env and
// three containers, like a typical application pod with sidecars.
func scalePod(i, nsCount int) *corev1.Pod {
	app := fmt.Sprintf("app-%d", i%50)
	env := func(prefix string) []corev1.EnvVar {
		var out []corev1.EnvVar
		for j := 0; j < 6; j++ {
			out = append(out, corev1.EnvVar{Name: fmt.Sprintf("%s_SETTING_%02d", prefix, j), Value: fmt.Sprintf("value-%d-%d-%s", i, j, padding[:40])})
		}
		return out
	}
	container := func(name, image, cpu, mem string, port int32) corev1.Container {
		return corev1.Container{
			Name: name, Image: image,
			Args:  []string{"--port=" + fmt.Sprint(port), "--log-level=info", "--config=/etc/app/config.yaml"},
			Ports: []corev1.ContainerPort{{Name: "http", ContainerPort: port, Protocol: corev1.ProtocolTCP}},
			Env:   env(strings.ToUpper(name)),
			Resources: corev1.ResourceRequirements{
				Requests: corev1.ResourceList{corev1.ResourceCPU: resource.MustParse(cpu), corev1.ResourceMemory: resource.MustParse(mem)},
				Limits:   corev1.ResourceList{corev1.ResourceMemory: resource.MustParse(mem)},
			},
			VolumeMounts:   []corev1.VolumeMount{{Name: "config", MountPath: "/etc/app"}},
			ReadinessProbe: &corev1.Probe{ProbeHandler: corev1.ProbeHandler{HTTPGet: &corev1.HTTPGetAction{Path: "/healthz", Port: intstrPort(port)}}, PeriodSeconds: 10},
		}
	}
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{
			Name:      fmt.Sprintf("%s-%06d", app, i),
			Namespace: scaleNamespace(i % nsCount),
			Labels: map[string]string{
				"app.kubernetes.io/name": app, "app.kubernetes.io/instance": app + "-prod",
				"app.kubernetes.io/version": "1.4.2", "app.kubernetes.io/component": "backend",
				"app.kubernetes.io/part-of": "scale-test", "app.kubernetes.io/managed-by": "kube-sim",
				"team": fmt.Sprintf("team-%d", i%7), "tier": "backend", "kube-sim/seed": "scale",
			},
			Annotations: map[string]string{
				"kwok.x-k8s.io/usage-cpu":        fmt.Sprintf("%dm", 5+i%200),
				"kwok.x-k8s.io/usage-memory":     fmt.Sprintf("%dMi", 20+i%300),
				"prometheus.io/scrape":           "true",
				"prometheus.io/port":             "8080",
				"kube-sim.sextant.io/padding":    padding,
				"kube-sim.sextant.io/build-info": fmt.Sprintf(`{"commit":"%040d","pipeline":%d,"branch":"main"}`, i, i),
			},
		},
		Spec: corev1.PodSpec{
			Containers: []corev1.Container{
				container("app", "registry.example.com/shop/backend:1.4.2", "10m", "64Mi", 8080),
				container("sidecar", "registry.example.com/infra/envoy:1.30", "5m", "32Mi", 15001),
				container("log-shipper", "registry.example.com/infra/fluent-bit:3.0", "5m", "32Mi", 2020),
			},
			Volumes:                       []corev1.Volume{{Name: "config", VolumeSource: corev1.VolumeSource{EmptyDir: &corev1.EmptyDirVolumeSource{}}}},
			TerminationGracePeriodSeconds: ptrInt64(5),
			Tolerations:                   []corev1.Toleration{{Key: "example.com/dedicated", Operator: corev1.TolerationOpExists}},
		},
	}
}
