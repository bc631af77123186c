<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sextant::App</name>
    <message>
        <source>Sextant: a native desktop client for Kubernetes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the kubeconfig file to use (not merged with KUBECONFIG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (namespace) to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh_CN, en or system. Remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core</name>
    <message>
        <source>The server answered with HTTP %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate is not valid for host name &quot;%1&quot; (it is for: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate is not signed by a trusted certificate authority (check certificate-authority-data of the cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification of %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed.
Please use the &quot;gke-gcloud-auth-plugin&quot; kubectl/client-go credential plugin instead.
See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed.
Please use the https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.
See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins for further details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 auth-provider (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No auth-provider named &quot;%1&quot; is available; Sextant supports oidc and exec credential plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown auth-provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: authProvider cannot be provided in combination with an exec plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output has no apiVersion; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output&apos;s apiVersion does not match the configured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not of kind ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status has clientCertificateData but no clientKeyData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status has clientKeyData but no clientCertificateData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status.clientCertificateData and status.clientKeyData are not a valid PEM certificate and matching private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status has neither a token nor a client certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status.expirationTimestamp is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtaining credentials was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing OIDC tokens back to %1 is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document is too deeply nested or expands to too many nodes (aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal base64 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml: unexpected structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth info &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read tokenFile %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read client-cert %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read client-key %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read certificate-authority %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig file to write current-context to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no context chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configuration has been provided, try setting KUBERNETES_MASTER environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster has no server defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context was not found for specified context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock file %1 exists: kubectl or another program is changing this kubeconfig. If none is, delete the lock file and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write a temporary file in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create directory %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dangling symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not changing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; is not defined in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not defined in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has no auth-provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read %1: is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: document is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yaml: line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yaml: could not be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too deeply nested or too many aliases to rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not serialise: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::Columns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::ContextListModel</name>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::ExecCredentialSource</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no exec plugin configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin: command must be specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: apiVersion must be specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: apiVersion &quot;%2&quot; is not supported; use client.authentication.k8s.io/v1 or /v1beta1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: interactiveMode must be specified for client.authentication.k8s.io/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires an interactive terminal (interactiveMode: Always), which Sextant cannot provide; run it once in a terminal (for example with kubectl), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid interactiveMode &quot;%2&quot;; use Never, IfAvailable or Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found or is not executable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found. Searched PATH: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed. See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed more than %2 KiB on standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::KubeconfigValidation</name>
    <message>
        <source>could not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed.
Please use the &quot;gke-gcloud-auth-plugin&quot; kubectl/client-go credential plugin instead.
See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed.
Please use the https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.
See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins for further details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Auth Provider found for name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default cluster has no server defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid &apos;proxy-url&apos; &quot;%1&quot; for cluster &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate-authority-data and certificate-authority are both specified for %1. certificate-authority-data will override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read certificate-authority %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-cert-data and client-cert are both specified for %1. client-cert-data will override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-key-data and client-key are both specified for %1; client-key-data will override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read client-cert %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read client-key %1 for %2 due to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-certificate-data or client-certificate must be specified for %1 to use the clientCert authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env variable name must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactiveMode must be specified for %1 to use exec authentication plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid interactiveMode for %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one authentication method found for %1; found [%2], only one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requesting uid, groups or user-extra for %1 without impersonating a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty context name is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user was not specified for context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster was not specified for context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; for context &quot;%2&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::ListWatch</name>
    <message>
        <source>The watch of %1 received nothing for %2 s; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch of %1 sent an unreadable event; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch of %1 closed early; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::OidcCredentialSource</name>
    <message>
        <source>oidc auth-provider (issuer %1, client %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: idp-issuer-url must be provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: client-id must be provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: the id-token has expired and there is no refresh-token; sign in again with your OIDC login tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: cannot read idp-certificate-authority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: cannot read the discovery document of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: the discovery document of %1 has no token_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: refreshing the token failed with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: refreshing the token failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc auth-provider: the token response has no id_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed OIDC token for user &quot;%1&quot; could not be saved: the user has no kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed OIDC token for user &quot;%1&quot; could not be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OIDC refresh token could not be stored in the system keychain (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::PendingRequest</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::StaticCredentialSource</name>
    <message>
        <source>bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic auth as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous (no credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Core::TokenFileCredentialSource</name>
    <message>
        <source>bearer token from file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read tokenFile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenFile %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::ClusterListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig contexts found. Start Sextant with --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::HealthDelegate</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::MainWindow</name>
    <message>
        <source>Sextant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sextant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sextant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sextant %1
A native desktop client for Kubernetes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sextant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a cluster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::MessageBanner</name>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::ResourceView</name>
    <message>
        <source>Filter by name, status, node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
