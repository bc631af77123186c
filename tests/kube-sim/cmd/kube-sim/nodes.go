// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"context"
	"fmt"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/kubernetes"
)

const kubeVersion = "v1.36.3"

var zones = []string{"sim-zone-a", "sim-zone-b", "sim-zone-c"}

func nodeName(i int) string { return fmt.Sprintf("kube-sim-node-%d", i+1) }

// fakeNode builds a kwok-managed Node. kwok creates no Nodes itself; it adopts those
// carrying the kwok.x-k8s.io/node=fake annotation and keeps the status set here.
// With more than one node the first is a tainted control-plane node.
func fakeNode(i, total, maxPods int) *corev1.Node {
	name := nodeName(i)
	role := "worker"
	var taints []corev1.Taint
	if i == 0 && total > 1 {
		role = "control-plane"
		taints = []corev1.Taint{{Key: "node-role.kubernetes.io/control-plane", Effect: corev1.TaintEffectNoSchedule}}
	}
	// 8 CPU / 32Gi like a mid-size VM; nodes for --seed scale grow with their pod count.
	cpuMilli := max(int64(8000), int64(maxPods)*25)
	memMi := max(int64(32*1024), int64(maxPods)*160)
	res := corev1.ResourceList{
		corev1.ResourceCPU:              *resource.NewMilliQuantity(cpuMilli, resource.DecimalSI),
		corev1.ResourceMemory:           *resource.NewQuantity(memMi<<20, resource.BinarySI),
		corev1.ResourcePods:             *resource.NewQuantity(int64(maxPods), resource.DecimalSI),
		corev1.ResourceEphemeralStorage: resource.MustParse("100Gi"),
	}
	cidr := nodePodCIDR(i, maxPods)
	return &corev1.Node{
		ObjectMeta: metav1.ObjectMeta{
			Name: name,
			Annotations: map[string]string{
				"kwok.x-k8s.io/node":                   "fake",
				"node.alpha.kubernetes.io/ttl":         "0",
				"metrics.k8s.io/resource-metrics-path": "/metrics/nodes/" + name + "/metrics/resource",
			},
			Labels: map[string]string{
				"kubernetes.io/hostname":           name,
				"kubernetes.io/os":                 "linux",
				"kubernetes.io/arch":               "amd64",
				"beta.kubernetes.io/os":            "linux",
				"beta.kubernetes.io/arch":          "amd64",
				"node-role.kubernetes.io/" + role:  "",
				"topology.kubernetes.io/region":    "sim-region-1",
				"topology.kubernetes.io/zone":      zones[i%len(zones)],
				"node.kubernetes.io/instance-type": "sim.large",
				"type":                             "kwok",
			},
		},
		Spec: corev1.NodeSpec{
			PodCIDR:  cidr,
			PodCIDRs: []string{cidr},
			Taints:   taints,
		},
		Status: corev1.NodeStatus{
			Capacity:    res,
			Allocatable: res,
			// kwok's kubelet API listens on 127.0.0.1 only, so that is every node's InternalIP.
			Addresses: []corev1.NodeAddress{
				{Type: corev1.NodeInternalIP, Address: "127.0.0.1"},
				{Type: corev1.NodeHostName, Address: name},
			},
			NodeInfo: corev1.NodeSystemInfo{
				Architecture:            "amd64",
				OperatingSystem:         "linux",
				OSImage:                 "kube-sim simulated node (kwok)",
				KernelVersion:           "kwok-v0.8.0",
				ContainerRuntimeVersion: "kwok://v0.8.0",
				KubeletVersion:          kubeVersion,
				MachineID:               fmt.Sprintf("kubesim%025x", i+1),
				SystemUUID:              fmt.Sprintf("00000000-0000-0000-0000-%012x", i+1),
				BootID:                  fmt.Sprintf("b0000000-0000-0000-0000-%012x", i+1),
			},
		},
	}
}

// nodePodCIDR carves node i's pod range from 10.244.0.0 upwards: a /24 per node, or a
// /20 when a node must hold more than 250 pods (kwok hands out pod IPs from it).
func nodePodCIDR(i, maxPods int) string {
	prefix := 24
	if maxPods > 250 {
		prefix = 20
	}
	base := uint32(10)<<24 | uint32(244)<<16
	addr := base + uint32(i)<<(32-prefix)
	return fmt.Sprintf("%d.%d.%d.%d/%d", addr>>24, addr>>16&0xff, addr>>8&0xff, addr&0xff, prefix)
}

func createNodes(ctx context.Context, cs kubernetes.Interface, n, maxPods int) error {
	for i := 0; i < n; i++ {
		_, err := cs.CoreV1().Nodes().Create(ctx, fakeNode(i, n, maxPods), metav1.CreateOptions{FieldManager: fieldManager})
		if err != nil && !apierrors.IsAlreadyExists(err) {
			return fmt.Errorf("create node %s: %w", nodeName(i), err)
		}
	}
	return nil
}

func nodeReady(n *corev1.Node) bool {
	for _, c := range n.Status.Conditions {
		if c.Type == corev1.NodeReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

// waitNodesReady blocks until n nodes report Ready (kwok's node-initialize stage).
func waitNodesReady(ctx context.Context, cs kubernetes.Interface, n int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		list, err := cs.CoreV1().Nodes().List(ctx, metav1.ListOptions{})
		ready := 0
		if err == nil {
			for i := range list.Items {
				if nodeReady(&list.Items[i]) {
					ready++
				}
			}
			if ready >= n {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d nodes Ready after %s (see logs/kwok.log)", ready, n, timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// waitMetricsAPI waits until the aggregated metrics.k8s.io APIService is Available, so
// clients see complete discovery as soon as the kubeconfig is announced.
func waitMetricsAPI(ctx context.Context, ap *applier, timeout time.Duration) error {
	gvr := schema.GroupVersionResource{Group: "apiregistration.k8s.io", Version: "v1", Resource: "apiservices"}
	deadline := time.Now().Add(timeout)
	for {
		obj, err := ap.dyn.Resource(gvr).Get(ctx, "v1beta1.metrics.k8s.io", metav1.GetOptions{})
		if err == nil {
			conds, _, _ := unstructured.NestedSlice(obj.Object, "status", "conditions")
			for _, c := range conds {
				m, _ := c.(map[string]any)
				if m["type"] == "Available" && m["status"] == "True" {
					return nil
				}
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("metrics.k8s.io not Available after %s (see logs/metrics-server.log)", timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}
