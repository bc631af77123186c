// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"os"

	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"
)

const (
	clusterName      = "kube-sim"
	limitedNamespace = "demo"
)

// writeKubeconfigs writes the user kubeconfig (contexts admin and limited) and the
// admin-only kubeconfig the components use. Credentials are embedded so the files
// stay valid when copied.
func writeKubeconfigs(k *pki, server, userPath, componentPath string) error {
	ca, err := os.ReadFile(k.CACert)
	if err != nil {
		return err
	}
	read := func(paths ...string) ([][]byte, error) {
		out := make([][]byte, 0, len(paths))
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			out = append(out, b)
		}
		return out, nil
	}
	creds, err := read(k.AdminCert, k.AdminKey, k.LimitedCert, k.LimitedKey)
	if err != nil {
		return err
	}
	cluster := &clientcmdapi.Cluster{Server: server, CertificateAuthorityData: ca}
	admin := &clientcmdapi.AuthInfo{ClientCertificateData: creds[0], ClientKeyData: creds[1]}
	limited := &clientcmdapi.AuthInfo{ClientCertificateData: creds[2], ClientKeyData: creds[3]}

	user := clientcmdapi.NewConfig()
	user.Clusters[clusterName] = cluster
	user.AuthInfos["admin"] = admin
	user.AuthInfos["limited"] = limited
	user.Contexts["admin"] = &clientcmdapi.Context{Cluster: clusterName, AuthInfo: "admin", Namespace: "default"}
	user.Contexts["limited"] = &clientcmdapi.Context{Cluster: clusterName, AuthInfo: "limited", Namespace: limitedNamespace}
	user.CurrentContext = "admin"
	if err := clientcmd.WriteToFile(*user, userPath); err != nil {
		return err
	}
	if err := os.Chmod(userPath, 0o600); err != nil {
		return err
	}

	comp := clientcmdapi.NewConfig()
	comp.Clusters[clusterName] = cluster
	comp.AuthInfos["admin"] = admin
	comp.Contexts["admin"] = &clientcmdapi.Context{Cluster: clusterName, AuthInfo: "admin"}
	comp.CurrentContext = "admin"
	if err := clientcmd.WriteToFile(*comp, componentPath); err != nil {
		return err
	}
	return os.Chmod(componentPath, 0o600)
}

// adminRESTConfig builds the supervisor's own client configuration.
func adminRESTConfig(path string, qps float32, burst int) (*rest.Config, error) {
	cfg, err := clientcmd.BuildConfigFromFlags("", path)
	if err != nil {
		return nil, err
	}
	cfg.QPS = qps
	cfg.Burst = burst
	cfg.UserAgent = "kube-sim"
	cfg.WarningHandler = rest.NoWarnings{}
	return cfg, nil
}
