// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"context"
	"fmt"
	"log"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
)

// assignLoadBalancerIPs plays a cloud load-balancer controller: every Service of type
// LoadBalancer gets an ingress IP from 198.51.100.0/24 (TEST-NET-2, never routable),
// so Services show an EXTERNAL-IP as on a real cloud. Nothing listens on it.
func assignLoadBalancerIPs(ctx context.Context, cs kubernetes.Interface) {
	next := 10
	for {
		svcs, err := cs.CoreV1().Services("").List(ctx, metav1.ListOptions{ResourceVersion: "0"})
		if err == nil {
			for i := range svcs.Items {
				s := &svcs.Items[i]
				if s.Spec.Type != corev1.ServiceTypeLoadBalancer || len(s.Status.LoadBalancer.Ingress) > 0 {
					continue
				}
				s.Status.LoadBalancer.Ingress = []corev1.LoadBalancerIngress{{IP: fmt.Sprintf("198.51.100.%d", next)}}
				if _, err := cs.CoreV1().Services(s.Namespace).UpdateStatus(ctx, s, metav1.UpdateOptions{}); err != nil {
					log.Printf("load balancer: %s/%s: %v", s.Namespace, s.Name, err)
					continue
				}
				next = next%250 + 1
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
}
