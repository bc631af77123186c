<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Sextant::App</name>
    <message>
        <source>Path to the kubeconfig file to use (not merged with KUBECONFIG).</source>
        <translation>Path to the kubeconfig file to use (not merged with KUBECONFIG).</translation>
    </message>
    <message>
        <source>The kubeconfig context to open.</source>
        <translation>The kubeconfig context to open.</translation>
    </message>
    <message>
        <source>The project (namespace) to show.</source>
        <translation>The project (namespace) to show.</translation>
    </message>
    <message>
        <source>Interface language: zh_CN, en or system. Remembered.</source>
        <translation>Interface language: zh_CN, en or system. Remembered.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window before quitting.</source>
        <translation>Save a PNG of the main window before quitting.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>Quit after this many milliseconds.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unexpected argument: %1
</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds
</source>
        <translation>--quit-after needs a number of milliseconds
</translation>
    </message>
    <message>
        <source>Show all projects (namespaces).</source>
        <translation>Show all projects (namespaces).</translation>
    </message>
    <message>
        <source>-n and -A cannot be used together
</source>
        <translation>-n and -A cannot be used together
</translation>
    </message>
    <message>
        <source>Sextant: a native desktop client for Kubernetes.

Commands:
  doctor    check a connection step by step (sextant doctor --help)</source>
        <translation>Sextant: a native desktop client for Kubernetes.

Commands:
  doctor    check a connection step by step (sextant doctor --help)</translation>
    </message>
</context>
<context>
    <name>Sextant::App::DoctorCommand</name>
    <message>
        <source>Checks a kubeconfig context step by step: kubeconfig, server reachable, TLS, credentials, authentication and permissions. Exits with 0 when nothing failed, 1 on a failure, 2 on bad usage.</source>
        <translation>Checks a kubeconfig context step by step: kubeconfig, server reachable, TLS, credentials, authentication and permissions. Exits with 0 when nothing failed, 1 on a failure, 2 on bad usage.</translation>
    </message>
    <message>
        <source>Run the connection doctor.</source>
        <translation>Run the connection doctor.</translation>
    </message>
    <message>
        <source>Path to the kubeconfig file to use (not merged with KUBECONFIG).</source>
        <translation>Path to the kubeconfig file to use (not merged with KUBECONFIG).</translation>
    </message>
    <message>
        <source>The kubeconfig context to check (default: current-context).</source>
        <translation>The kubeconfig context to check (default: current-context).</translation>
    </message>
    <message>
        <source>The namespace whose permissions to list (default: the context&apos;s).</source>
        <translation>The namespace whose permissions to list (default: the context&apos;s).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <source>The connection fails at &quot;%1&quot;.</source>
        <translation>The connection fails at &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>All checks passed, with warnings.</source>
        <translation>All checks passed, with warnings.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
</context>
<context>
    <name>Sextant::Core</name>
    <message>
        <source>The server answered with HTTP %1 (%2).</source>
        <translation>The server answered with HTTP %1 (%2).</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>The server answered with HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>The server answered with HTTP %1: %2</translation>
    </message>
    <message>
        <source>the server certificate expired on %1</source>
        <translation>the server certificate expired on %1</translation>
    </message>
    <message>
        <source>the server certificate is not valid before %1</source>
        <translation>the server certificate is not valid before %1</translation>
    </message>
    <message>
        <source>the server certificate is not valid for host name &quot;%1&quot; (it is for: %2)</source>
        <translation>the server certificate is not valid for host name &quot;%1&quot; (it is for: %2)</translation>
    </message>
    <message>
        <source>the server certificate is not signed by a trusted certificate authority (check certificate-authority-data of the cluster)</source>
        <translation>the server certificate is not signed by a trusted certificate authority (check certificate-authority-data of the cluster)</translation>
    </message>
    <message>
        <source>the server certificate has been revoked</source>
        <translation>the server certificate has been revoked</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS handshake with %1 failed: %2</translation>
    </message>
    <message>
        <source>TLS verification of %1 failed: %2.</source>
        <translation>TLS verification of %1 failed: %2.</translation>
    </message>
    <message>
        <source>The gcp auth plugin has been removed.
Please use the &quot;gke-gcloud-auth-plugin&quot; kubectl/client-go credential plugin instead.
See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details</source>
        <translation>The gcp auth plugin has been removed.
Please use the &quot;gke-gcloud-auth-plugin&quot; kubectl/client-go credential plugin instead.
See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed.
Please use the https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.
See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins for further details</source>
        <translation>The azure auth plugin has been removed.
Please use the https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.
See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins for further details</translation>
    </message>
    <message>
        <source>%1 auth-provider (removed)</source>
        <translation>%1 auth-provider (removed)</translation>
    </message>
    <message>
        <source>No auth-provider named &quot;%1&quot; is available; Sextant supports oidc and exec credential plugins.</source>
        <translation>No auth-provider named &quot;%1&quot; is available; Sextant supports oidc and exec credential plugins.</translation>
    </message>
    <message>
        <source>unknown auth-provider %1</source>
        <translation>unknown auth-provider %1</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: authProvider cannot be provided in combination with an exec plugin</source>
        <translation>user &quot;%1&quot;: authProvider cannot be provided in combination with an exec plugin</translation>
    </message>
    <message>
        <source>invalid user %1</source>
        <translation>invalid user %1</translation>
    </message>
    <message>
        <source>the output is not valid JSON (%1 at offset %2)</source>
        <translation>the output is not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>the output is not a JSON object</source>
        <translation>the output is not a JSON object</translation>
    </message>
    <message>
        <source>the output has no apiVersion; expected %1</source>
        <translation>the output has no apiVersion; expected %1</translation>
    </message>
    <message>
        <source>the output&apos;s apiVersion does not match the configured %1</source>
        <translation>the output&apos;s apiVersion does not match the configured %1</translation>
    </message>
    <message>
        <source>the output is not of kind ExecCredential</source>
        <translation>the output is not of kind ExecCredential</translation>
    </message>
    <message>
        <source>the output has no status</source>
        <translation>the output has no status</translation>
    </message>
    <message>
        <source>status has clientCertificateData but no clientKeyData</source>
        <translation>status has clientCertificateData but no clientKeyData</translation>
    </message>
    <message>
        <source>status has clientKeyData but no clientCertificateData</source>
        <translation>status has clientKeyData but no clientCertificateData</translation>
    </message>
    <message>
        <source>status.clientCertificateData and status.clientKeyData are not a valid PEM certificate and matching private key</source>
        <translation>status.clientCertificateData and status.clientKeyData are not a valid PEM certificate and matching private key</translation>
    </message>
    <message>
        <source>status has neither a token nor a client certificate and key</source>
        <translation>status has neither a token nor a client certificate and key</translation>
    </message>
    <message>
        <source>status.expirationTimestamp is not an RFC 3339 time</source>
        <translation>status.expirationTimestamp is not an RFC 3339 time</translation>
    </message>
    <message>
        <source>Obtaining credentials was cancelled.</source>
        <translation>Obtaining credentials was cancelled.</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1: no such file or directory</translation>
    </message>
    <message>
        <source>Config not found: %1</source>
        <translation>Config not found: %1</translation>
    </message>
    <message>
        <source>document is too deeply nested or expands to too many nodes (aliases)</source>
        <translation>document is too deeply nested or expands to too many nodes (aliases)</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>expected a mapping</translation>
    </message>
    <message>
        <source>keys must be strings</source>
        <translation>keys must be strings</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>illegal base64 data</source>
        <translation>illegal base64 data</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation>duplicate name &quot;%1&quot; in list</translation>
    </message>
    <message>
        <source>yaml: unexpected structure</source>
        <translation>yaml: unexpected structure</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation>specifying a root certificates file with the insecure flag is not allowed</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>context &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>auth info &quot;%1&quot; does not exist</source>
        <translation>auth info &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; does not exist</source>
        <translation>cluster &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation>namespace &quot;%1&quot; does not conform to the kubernetes DNS_LABEL rules</translation>
    </message>
    <message>
        <source>unable to read tokenFile %1 for %2 due to %3</source>
        <translation>unable to read tokenFile %1 for %2 due to %3</translation>
    </message>
    <message>
        <source>unable to read client-cert %1 for %2 due to %3</source>
        <translation>unable to read client-cert %1 for %2 due to %3</translation>
    </message>
    <message>
        <source>unable to read client-key %1 for %2 due to %3</source>
        <translation>unable to read client-key %1 for %2 due to %3</translation>
    </message>
    <message>
        <source>unable to read certificate-authority %1 for %2 due to %3</source>
        <translation>unable to read certificate-authority %1 for %2 due to %3</translation>
    </message>
    <message>
        <source>no kubeconfig file to write current-context to</source>
        <translation>no kubeconfig file to write current-context to</translation>
    </message>
    <message>
        <source>no context chosen</source>
        <translation>no context chosen</translation>
    </message>
    <message>
        <source>no configuration has been provided, try setting KUBERNETES_MASTER environment variable</source>
        <translation>no configuration has been provided, try setting KUBERNETES_MASTER environment variable</translation>
    </message>
    <message>
        <source>cluster has no server defined</source>
        <translation>cluster has no server defined</translation>
    </message>
    <message>
        <source>context was not found for specified context: %1</source>
        <translation>context was not found for specified context: %1</translation>
    </message>
    <message>
        <source>invalid configuration: %1</source>
        <translation>invalid configuration: %1</translation>
    </message>
    <message>
        <source>cannot create lock file %1: %2</source>
        <translation>cannot create lock file %1: %2</translation>
    </message>
    <message>
        <source>lock file %1 exists: kubectl or another program is changing this kubeconfig. If none is, delete the lock file and try again</source>
        <translation>lock file %1 exists: kubectl or another program is changing this kubeconfig. If none is, delete the lock file and try again</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file in %2: %3</source>
        <translation>%1: cannot create a temporary file in %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot write a temporary file in %2: %3</source>
        <translation>%1: cannot write a temporary file in %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot replace the file: %2</source>
        <translation>%1: cannot replace the file: %2</translation>
    </message>
    <message>
        <source>no kubeconfig file given</source>
        <translation>no kubeconfig file given</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: no such file or directory</translation>
    </message>
    <message>
        <source>%1: cannot create directory %2</source>
        <translation>%1: cannot create directory %2</translation>
    </message>
    <message>
        <source>%1: dangling symbolic link</source>
        <translation>%1: dangling symbolic link</translation>
    </message>
    <message>
        <source>not changing %1: %2</source>
        <translation>not changing %1: %2</translation>
    </message>
    <message>
        <source>unexpected structure: %1</source>
        <translation>unexpected structure: %1</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; is not defined in this file</source>
        <translation>context &quot;%1&quot; is not defined in this file</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not defined in this file</source>
        <translation>user &quot;%1&quot; is not defined in this file</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has no auth-provider</source>
        <translation>user &quot;%1&quot; has no auth-provider</translation>
    </message>
    <message>
        <source>%1: read %1: is a directory</source>
        <translation>%1: read %1: is a directory</translation>
    </message>
    <message>
        <source>%1: file is larger than %2 MiB</source>
        <translation>%1: file is larger than %2 MiB</translation>
    </message>
    <message>
        <source>%1: open %1: %2</source>
        <translation>%1: open %1: %2</translation>
    </message>
    <message>
        <source>%1: read %1: %2</source>
        <translation>%1: read %1: %2</translation>
    </message>
    <message>
        <source>%1: document is larger than %2 MiB</source>
        <translation>%1: document is larger than %2 MiB</translation>
    </message>
    <message>
        <source>%1: invalid UTF-8</source>
        <translation>%1: invalid UTF-8</translation>
    </message>
    <message>
        <source>%1: yaml: line %2, column %3: %4</source>
        <translation>%1: yaml: line %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1: yaml: could not be parsed</source>
        <translation>%1: yaml: could not be parsed</translation>
    </message>
    <message>
        <source>%1: too deeply nested or too many aliases to rewrite</source>
        <translation>%1: too deeply nested or too many aliases to rewrite</translation>
    </message>
    <message>
        <source>%1: could not serialise: %2</source>
        <translation>%1: could not serialise: %2</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>hint: %1</translation>
    </message>
    <message>
        <source>could not parse: %1</source>
        <translation>could not parse: %1</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation>unsupported scheme &quot;%1&quot;, must be http, https, or socks5</translation>
    </message>
    <message>
        <source>no Auth Provider found for name &quot;%1&quot;</source>
        <translation>no Auth Provider found for name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>default cluster has no server defined</source>
        <translation>default cluster has no server defined</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>no server found for cluster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid &apos;proxy-url&apos; &quot;%1&quot; for cluster &quot;%2&quot;: %3</source>
        <translation>invalid &apos;proxy-url&apos; &quot;%1&quot; for cluster &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>certificate-authority-data and certificate-authority are both specified for %1. certificate-authority-data will override.</source>
        <translation>certificate-authority-data and certificate-authority are both specified for %1. certificate-authority-data will override.</translation>
    </message>
    <message>
        <source>client-cert-data and client-cert are both specified for %1. client-cert-data will override.</source>
        <translation>client-cert-data and client-cert are both specified for %1. client-cert-data will override.</translation>
    </message>
    <message>
        <source>client-key-data and client-key are both specified for %1; client-key-data will override</source>
        <translation>client-key-data and client-key are both specified for %1; client-key-data will override</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</source>
        <translation>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</translation>
    </message>
    <message>
        <source>client-certificate-data or client-certificate must be specified for %1 to use the clientCert authentication method.</source>
        <translation>client-certificate-data or client-certificate must be specified for %1 to use the clientCert authentication method.</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for %1</source>
        <translation>authProvider cannot be provided in combination with an exec plugin for %1</translation>
    </message>
    <message>
        <source>command must be specified for %1 to use exec authentication plugin</source>
        <translation>command must be specified for %1 to use exec authentication plugin</translation>
    </message>
    <message>
        <source>apiVersion must be specified for %1 to use exec authentication plugin</source>
        <translation>apiVersion must be specified for %1 to use exec authentication plugin</translation>
    </message>
    <message>
        <source>env variable name must be specified for %1 to use exec authentication plugin</source>
        <translation>env variable name must be specified for %1 to use exec authentication plugin</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for %1 to use exec authentication plugin</source>
        <translation>interactiveMode must be specified for %1 to use exec authentication plugin</translation>
    </message>
    <message>
        <source>invalid interactiveMode for %1: &quot;%2&quot;</source>
        <translation>invalid interactiveMode for %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>more than one authentication method found for %1; found [%2], only one is allowed</source>
        <translation>more than one authentication method found for %1; found [%2], only one is allowed</translation>
    </message>
    <message>
        <source>requesting uid, groups or user-extra for %1 without impersonating a user</source>
        <translation>requesting uid, groups or user-extra for %1 without impersonating a user</translation>
    </message>
    <message>
        <source>empty context name is not allowed</source>
        <translation>empty context name is not allowed</translation>
    </message>
    <message>
        <source>user was not specified for context &quot;%1&quot;</source>
        <translation>user was not specified for context &quot;%1&quot;</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>user &quot;%1&quot; was not found for context &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cluster was not specified for context &quot;%1&quot;</source>
        <translation>cluster was not specified for context &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; for context &quot;%2&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation>namespace &quot;%1&quot; for context &quot;%2&quot; does not conform to the kubernetes DNS_LABEL rules</translation>
    </message>
    <message>
        <source>%1: yaml: line %2, column %3: nested too deeply</source>
        <translation>%1: yaml: line %2, column %3: nested too deeply</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::AccessSummary</name>
    <message>
        <source>all verbs on</source>
        <translation>all verbs on</translation>
    </message>
    <message>
        <source>all resources</source>
        <translation>all resources</translation>
    </message>
    <message>
        <source>all core resources</source>
        <translation>all core resources</translation>
    </message>
    <message>
        <source>all resources in %1</source>
        <translation>all resources in %1</translation>
    </message>
    <message>
        <source>Authenticated as %1 (no groups)</source>
        <translation>Authenticated as %1 (no groups)</translation>
    </message>
    <message>
        <source>Authenticated as %1 (groups: %2)</source>
        <translation>Authenticated as %1 (groups: %2)</translation>
    </message>
    <message>
        <source>In namespace %1: cluster-admin (all verbs on all resources)</source>
        <translation>In namespace %1: cluster-admin (all verbs on all resources)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>no access to any resource</source>
        <translation>no access to any resource</translation>
    </message>
    <message>
        <source>cannot create, change or delete anything</source>
        <translation>cannot create, change or delete anything</translation>
    </message>
    <message>
        <source>cannot delete anything</source>
        <translation>cannot delete anything</translation>
    </message>
    <message>
        <source>cannot read secrets</source>
        <translation>cannot read secrets</translation>
    </message>
    <message>
        <source>In namespace %1: %2</source>
        <translation>In namespace %1: %2</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::Columns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Up-to-date</source>
        <translation>Up-to-date</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Desired</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation>Node selector</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Completions</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Timezone</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Last schedule</source>
        <translation>Last schedule</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>MinPods</source>
        <translation>MinPods</translation>
    </message>
    <message>
        <source>MaxPods</source>
        <translation>MaxPods</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cluster-IP</source>
        <translation>Cluster-IP</translation>
    </message>
    <message>
        <source>External-IP</source>
        <translation>External-IP</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Address type</source>
        <translation>Address type</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Pod-selector</source>
        <translation>Pod-selector</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Access modes</source>
        <translation>Access modes</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Storage class</translation>
    </message>
    <message>
        <source>Volume attributes class</source>
        <translation>Volume attributes class</translation>
    </message>
    <message>
        <source>Reclaim policy</source>
        <translation>Reclaim policy</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Provisioner</source>
        <translation>Provisioner</translation>
    </message>
    <message>
        <source>Volume binding mode</source>
        <translation>Volume binding mode</translation>
    </message>
    <message>
        <source>Allow expansion</source>
        <translation>Allow expansion</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::ConnectionDoctor</name>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Server reachable</translation>
    </message>
    <message>
        <source>TLS verified</source>
        <translation>TLS verified</translation>
    </message>
    <message>
        <source>Credentials obtained</source>
        <translation>Credentials obtained</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authenticated</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>skipped because &quot;%1&quot; failed</source>
        <translation>skipped because &quot;%1&quot; failed</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n s to %2.</source>
        <translation>
            <numerusform>No answer from %1 within %n s to %2.</numerusform>
            <numerusform>No answer from %1 within %n s to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer. It may be overloaded or starting up, or a proxy or firewall holds the request; try again, and check proxy-url.</source>
        <translation>The server accepted the connection but did not answer. It may be overloaded or starting up, or a proxy or firewall holds the request; try again, and check proxy-url.</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation>cluster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; in %2</source>
        <translation>cluster &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>Set KUBECONFIG or pass --kubeconfig FILE with your cluster&apos;s kubeconfig.</source>
        <translation>Set KUBECONFIG or pass --kubeconfig FILE with your cluster&apos;s kubeconfig.</translation>
    </message>
    <message>
        <source>Check the path given with --kubeconfig.</source>
        <translation>Check the path given with --kubeconfig.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Choose a context with --context NAME, or set one with kubectl config use-context NAME. Contexts: %1.</source>
        <translation>Choose a context with --context NAME, or set one with kubectl config use-context NAME. Contexts: %1.</translation>
    </message>
    <message>
        <source>No contexts were found (files read: %1).</source>
        <translation>No contexts were found (files read: %1).</translation>
    </message>
    <message>
        <source>Available contexts: %1.</source>
        <translation>Available contexts: %1.</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; from %2: %3</source>
        <translation>context &quot;%1&quot; from %2: %3</translation>
    </message>
    <message>
        <source>Fix the entries named above in the kubeconfig (kubectl config view shows the merged configuration).</source>
        <translation>Fix the entries named above in the kubeconfig (kubectl config view shows the merged configuration).</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; from %2 (valid): server %3, user &quot;%4&quot;, namespace %5</source>
        <translation>context &quot;%1&quot; from %2 (valid): server %3, user &quot;%4&quot;, namespace %5</translation>
    </message>
    <message>
        <source>Other kubeconfig files had problems and were skipped:</source>
        <translation>Other kubeconfig files had problems and were skipped:</translation>
    </message>
    <message>
        <source>Fix or remove the files named above; until then their clusters and users are missing.</source>
        <translation>Fix or remove the files named above; until then their clusters and users are missing.</translation>
    </message>
    <message>
        <source> (proxy-url %1)</source>
        <translation> (proxy-url %1)</translation>
    </message>
    <message>
        <source> (proxy from the environment)</source>
        <translation> (proxy from the environment)</translation>
    </message>
    <message>
        <source>Connected to %1%2</source>
        <translation>Connected to %1%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1%2: %3</source>
        <translation>Cannot connect to %1%2: %3</translation>
    </message>
    <message>
        <source>The name %1 cannot be resolved. Check the server URL of %2 for typos, and your DNS or VPN (private cluster names often resolve only on the VPN).</source>
        <translation>The name %1 cannot be resolved. Check the server URL of %2 for typos, and your DNS or VPN (private cluster names often resolve only on the VPN).</translation>
    </message>
    <message>
        <source>Nothing answered: a firewall, a disconnected VPN or a missing proxy-url is likely in the way. Check the server URL of %1.</source>
        <translation>Nothing answered: a firewall, a disconnected VPN or a missing proxy-url is likely in the way. Check the server URL of %1.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Check the server URL of %2, that the cluster is running, and, if it is only reachable through a VPN or a proxy, that the VPN is connected or proxy-url is set.</source>
        <translation>Nothing accepts connections at %1. Check the server URL of %2, that the cluster is running, and, if it is only reachable through a VPN or a proxy, that the VPN is connected or proxy-url is set.</translation>
    </message>
    <message>
        <source>GET /version</source>
        <translation>GET /version</translation>
    </message>
    <message>
        <source>The TCP connection worked, but no answer came back. Check that the server URL names the API server&apos;s https port and, if you use one, the proxy.</source>
        <translation>The TCP connection worked, but no answer came back. Check that the server URL names the API server&apos;s https port and, if you use one, the proxy.</translation>
    </message>
    <message>
        <source>%1 answered /version, but not as a Kubernetes API server does.</source>
        <translation>%1 answered /version, but not as a Kubernetes API server does.</translation>
    </message>
    <message>
        <source>%1 answered GET /version with HTTP %2: %3</source>
        <translation>%1 answered GET /version with HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 answered GET /version with something that is not JSON: %2</source>
        <translation>%1 answered GET /version with something that is not JSON: %2</translation>
    </message>
    <message>
        <source>; Kubernetes %1</source>
        <translation>; Kubernetes %1</translation>
    </message>
    <message>
        <source>Check that the server URL of %1 is the Kubernetes API server (with its path, if it sits behind a gateway).</source>
        <translation>Check that the server URL of %1 is the Kubernetes API server (with its path, if it sits behind a gateway).</translation>
    </message>
    <message>
        <source>Not encrypted: the server URL %1 uses http, so, as with kubectl, no credentials are sent</source>
        <translation>Not encrypted: the server URL %1 uses http, so, as with kubectl, no credentials are sent</translation>
    </message>
    <message>
        <source>Use the API server&apos;s https:// URL; plain http is only for local test clusters.</source>
        <translation>Use the API server&apos;s https:// URL; plain http is only for local test clusters.</translation>
    </message>
    <message>
        <source>Not verified: insecure-skip-tls-verify is set for %1</source>
        <translation>Not verified: insecure-skip-tls-verify is set for %1</translation>
    </message>
    <message>
        <source>Anyone between you and the server can read and change this traffic. Set certificate-authority (or certificate-authority-data) instead; use insecure-skip-tls-verify only for testing.</source>
        <translation>Anyone between you and the server can read and change this traffic. Set certificate-authority (or certificate-authority-data) instead; use insecure-skip-tls-verify only for testing.</translation>
    </message>
    <message>
        <source>the CA in %1</source>
        <translation>the CA in %1</translation>
    </message>
    <message>
        <source>the cluster&apos;s certificate-authority-data</source>
        <translation>the cluster&apos;s certificate-authority-data</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>the system&apos;s trusted CAs</translation>
    </message>
    <message>
        <source>Certificate of %1 verified against %2</source>
        <translation>Certificate of %1 verified against %2</translation>
    </message>
    <message>
        <source> (the server version is not readable without credentials: HTTP %1)</source>
        <translation> (the server version is not readable without credentials: HTTP %1)</translation>
    </message>
    <message>
        <source>insecure-skip-tls-verify: true would turn verification off: use it only for testing.</source>
        <translation>insecure-skip-tls-verify: true would turn verification off: use it only for testing.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is outside its validity period. Renew the cluster&apos;s certificates (e.g. kubeadm certs renew), or check this computer&apos;s date and time.</source>
        <translation>The server&apos;s certificate is outside its validity period. Renew the cluster&apos;s certificates (e.g. kubeadm certs renew), or check this computer&apos;s date and time.</translation>
    </message>
    <message>
        <source>Connect with a host name the certificate names (see above) in the server URL of %1, or set tls-server-name on the cluster to one of those names. %2</source>
        <translation>Connect with a host name the certificate names (see above) in the server URL of %1, or set tls-server-name on the cluster to one of those names. %2</translation>
    </message>
    <message>
        <source>The CA configured for %1 did not sign the server&apos;s certificate. Get the cluster&apos;s CA certificate from its administrator (or a fresh kubeconfig) and set certificate-authority or certificate-authority-data. %2</source>
        <translation>The CA configured for %1 did not sign the server&apos;s certificate. Get the cluster&apos;s CA certificate from its administrator (or a fresh kubeconfig) and set certificate-authority or certificate-authority-data. %2</translation>
    </message>
    <message>
        <source>The server did not complete a TLS handshake: check that the server URL names the API server&apos;s https port (not an http port or another service), and the proxy if you use one.</source>
        <translation>The server did not complete a TLS handshake: check that the server URL names the API server&apos;s https port (not an http port or another service), and the proxy if you use one.</translation>
    </message>
    <message>
        <source>Waiting for %1 (sign in if it asks you to)</source>
        <translation>Waiting for %1 (sign in if it asks you to)</translation>
    </message>
    <message>
        <source>Searched PATH: %1</source>
        <translation>Searched PATH: %1</translation>
    </message>
    <message>
        <source>Check the exec section of the user &quot;%1&quot; in %2.</source>
        <translation>Check the exec section of the user &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Install the plugin, or make sure it is on the PATH of your login shell: a desktop launcher gives Sextant a minimal PATH, so Sextant also searches your login shell&apos;s PATH and the usual plugin directories (listed above).</source>
        <translation>Install the plugin, or make sure it is on the PATH of your login shell: a desktop launcher gives Sextant a minimal PATH, so Sextant also searches your login shell&apos;s PATH and the usual plugin directories (listed above).</translation>
    </message>
    <message>
        <source>The plugin %1 did not finish: it may wait for a sign-in in a browser or for input Sextant cannot give (it has no terminal). Run the command in a terminal to see what it waits for.</source>
        <translation>The plugin %1 did not finish: it may wait for a sign-in in a browser or for input Sextant cannot give (it has no terminal). Run the command in a terminal to see what it waits for.</translation>
    </message>
    <message>
        <source>Run %1 in a terminal to see its full output; the user&apos;s exec section in %2 sets its arguments and environment.</source>
        <translation>Run %1 in a terminal to see its full output; the user&apos;s exec section in %2 sets its arguments and environment.</translation>
    </message>
    <message>
        <source>Check the user &quot;%1&quot; in %2.</source>
        <translation>Check the user &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>a bearer token</translation>
    </message>
    <message>
        <source>a user name and password</source>
        <translation>a user name and password</translation>
    </message>
    <message>
        <source>a client certificate</source>
        <translation>a client certificate</translation>
    </message>
    <message>
        <source>%1: got %2</source>
        <translation>%1: got %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, valid until %1</translation>
    </message>
    <message>
        <source>None sent: the server URL uses plain http</source>
        <translation>None sent: the server URL uses plain http</translation>
    </message>
    <message>
        <source>Use the API server&apos;s https:// URL so that credentials can be sent.</source>
        <translation>Use the API server&apos;s https:// URL so that credentials can be sent.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has no credentials: requests are anonymous</source>
        <translation>User &quot;%1&quot; has no credentials: requests are anonymous</translation>
    </message>
    <message>
        <source>Add a token, client certificate or exec plugin to the user in %1.</source>
        <translation>Add a token, client certificate or exec plugin to the user in %1.</translation>
    </message>
    <message>
        <source>a SelfSubjectReview</source>
        <translation>a SelfSubjectReview</translation>
    </message>
    <message>
        <source>The server does not accept these credentials: the token or client certificate has expired, was revoked or belongs to another cluster. Sign in again (exec plugin or oidc), get a new token or kubeconfig, and check this computer&apos;s clock.</source>
        <translation>The server does not accept these credentials: the token or client certificate has expired, was revoked or belongs to another cluster. Sign in again (exec plugin or oidc), get a new token or kubeconfig, and check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The connection broke off: try again, and check the VPN or proxy if you use one.</source>
        <translation>The connection broke off: try again, and check the VPN or proxy if you use one.</translation>
    </message>
    <message>
        <source>The server rejected the credentials (401 Unauthorized): %1</source>
        <translation>The server rejected the credentials (401 Unauthorized): %1</translation>
    </message>
    <message>
        <source>The credentials were accepted, but the server did not say who you are (HTTP %1: %2)</source>
        <translation>The credentials were accepted, but the server did not say who you are (HTTP %1: %2)</translation>
    </message>
    <message>
        <source>, impersonated through the kubeconfig&apos;s &quot;as&quot; setting</source>
        <translation>, impersonated through the kubeconfig&apos;s &quot;as&quot; setting</translation>
    </message>
    <message>
        <source>Not authenticated: the server treats these requests as anonymous (%1)</source>
        <translation>Not authenticated: the server treats these requests as anonymous (%1)</translation>
    </message>
    <message>
        <source>No credentials reached the server. Configure a token, client certificate or exec plugin for the user &quot;%1&quot;.</source>
        <translation>No credentials reached the server. Configure a token, client certificate or exec plugin for the user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a SelfSubjectRulesReview</source>
        <translation>a SelfSubjectRulesReview</translation>
    </message>
    <message>
        <source>Could not list your permissions in namespace %1 (HTTP %2: %3)</source>
        <translation>Could not list your permissions in namespace %1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>Sextant will find out per action; ask the cluster administrator what you may do.</source>
        <translation>Sextant will find out per action; ask the cluster administrator what you may do.</translation>
    </message>
    <message>
        <source>The server says this list may be incomplete.</source>
        <translation>The server says this list may be incomplete.</translation>
    </message>
    <message>
        <source>The server says this list may be incomplete: %1</source>
        <translation>The server says this list may be incomplete: %1</translation>
    </message>
    <message>
        <source>Another authorizer (e.g. a webhook) may allow more than listed; Sextant checks each action when you try it.</source>
        <translation>Another authorizer (e.g. a webhook) may allow more than listed; Sextant checks each action when you try it.</translation>
    </message>
    <message>
        <source>%1 (files read: %2)</source>
        <translation>%1 (files read: %2)</translation>
    </message>
    <message>
        <source>Fix the kubeconfig file named below: it could not be read.</source>
        <translation>Fix the kubeconfig file named below: it could not be read.</translation>
    </message>
    <message>
        <source>No contexts were found. Point --kubeconfig or KUBECONFIG at your cluster&apos;s kubeconfig.</source>
        <translation>No contexts were found. Point --kubeconfig or KUBECONFIG at your cluster&apos;s kubeconfig.</translation>
    </message>
    <message>
        <source>Anonymous over plain http: the server answered HTTP %1: %2</source>
        <translation>Anonymous over plain http: the server answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>The server predates Kubernetes 1.28, which made SelfSubjectReview generally available.</source>
        <translation>The server predates Kubernetes 1.28, which made SelfSubjectReview generally available.</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::ContextListModel</name>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalid: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Connected (%1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Default project</source>
        <translation>Default project</translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation>Kubeconfig file</translation>
    </message>
    <message>
        <source>Waiting for sign-in: %1</source>
        <translation>Waiting for sign-in: %1</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::ExecCredentialSource</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot;</source>
        <translation>exec plugin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The user has no exec plugin configured.</source>
        <translation>The user has no exec plugin configured.</translation>
    </message>
    <message>
        <source>exec plugin: command must be specified</source>
        <translation>exec plugin: command must be specified</translation>
    </message>
    <message>
        <source>%1: apiVersion must be specified</source>
        <translation>%1: apiVersion must be specified</translation>
    </message>
    <message>
        <source>%1: apiVersion &quot;%2&quot; is not supported; use client.authentication.k8s.io/v1 or /v1beta1</source>
        <translation>%1: apiVersion &quot;%2&quot; is not supported; use client.authentication.k8s.io/v1 or /v1beta1</translation>
    </message>
    <message>
        <source>%1: interactiveMode must be specified for client.authentication.k8s.io/v1</source>
        <translation>%1: interactiveMode must be specified for client.authentication.k8s.io/v1</translation>
    </message>
    <message>
        <source>%1 requires an interactive terminal (interactiveMode: Always), which Sextant cannot provide; run it once in a terminal (for example with kubectl), then try again.</source>
        <translation>%1 requires an interactive terminal (interactiveMode: Always), which Sextant cannot provide; run it once in a terminal (for example with kubectl), then try again.</translation>
    </message>
    <message>
        <source>%1: invalid interactiveMode &quot;%2&quot;; use Never, IfAvailable or Always</source>
        <translation>%1: invalid interactiveMode &quot;%2&quot;; use Never, IfAvailable or Always</translation>
    </message>
    <message>
        <source>%1 was not found or is not executable: %2</source>
        <translation>%1 was not found or is not executable: %2</translation>
    </message>
    <message>
        <source>%1 was not found. Searched PATH: %2</source>
        <translation>%1 was not found. Searched PATH: %2</translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed. See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins</source>
        <translation>It looks like you are trying to use a client-go credential plugin that is not installed. See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins</translation>
    </message>
    <message>
        <source>%1 printed more than %2 KiB on standard output</source>
        <translation>%1 printed more than %2 KiB on standard output</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 did not finish within %2 seconds and was stopped.</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 crashed</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 failed with exit code %2</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::ListWatch</name>
    <message>
        <source>The watch of %1 received nothing for %2 s; reconnecting.</source>
        <translation>The watch of %1 received nothing for %2 s; reconnecting.</translation>
    </message>
    <message>
        <source>The watch of %1 sent an unreadable event; reconnecting.</source>
        <translation>The watch of %1 sent an unreadable event; reconnecting.</translation>
    </message>
    <message>
        <source>The watch of %1 closed early; reconnecting.</source>
        <translation>The watch of %1 closed early; reconnecting.</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::OidcCredentialSource</name>
    <message>
        <source>oidc auth-provider (issuer %1, client %2)</source>
        <translation>oidc auth-provider (issuer %1, client %2)</translation>
    </message>
    <message>
        <source>oidc auth-provider: idp-issuer-url must be provided</source>
        <translation>oidc auth-provider: idp-issuer-url must be provided</translation>
    </message>
    <message>
        <source>oidc auth-provider: client-id must be provided</source>
        <translation>oidc auth-provider: client-id must be provided</translation>
    </message>
    <message>
        <source>oidc auth-provider: the id-token has expired and there is no refresh-token; sign in again with your OIDC login tool</source>
        <translation>oidc auth-provider: the id-token has expired and there is no refresh-token; sign in again with your OIDC login tool</translation>
    </message>
    <message>
        <source>oidc auth-provider: cannot read idp-certificate-authority %1</source>
        <translation>oidc auth-provider: cannot read idp-certificate-authority %1</translation>
    </message>
    <message>
        <source>oidc auth-provider: cannot read the discovery document of %1: %2</source>
        <translation>oidc auth-provider: cannot read the discovery document of %1: %2</translation>
    </message>
    <message>
        <source>oidc auth-provider: the discovery document of %1 has no token_endpoint</source>
        <translation>oidc auth-provider: the discovery document of %1 has no token_endpoint</translation>
    </message>
    <message>
        <source>oidc auth-provider: refreshing the token failed with HTTP %1</source>
        <translation>oidc auth-provider: refreshing the token failed with HTTP %1</translation>
    </message>
    <message>
        <source>oidc auth-provider: refreshing the token failed: %1</source>
        <translation>oidc auth-provider: refreshing the token failed: %1</translation>
    </message>
    <message>
        <source>oidc auth-provider: the token response has no id_token</source>
        <translation>oidc auth-provider: the token response has no id_token</translation>
    </message>
    <message>
        <source>The refreshed OIDC token for user &quot;%1&quot; could not be saved: the user has no kubeconfig file.</source>
        <translation>The refreshed OIDC token for user &quot;%1&quot; could not be saved: the user has no kubeconfig file.</translation>
    </message>
    <message>
        <source>The refreshed OIDC token for user &quot;%1&quot; could not be written to %2: %3</source>
        <translation>The refreshed OIDC token for user &quot;%1&quot; could not be written to %2: %3</translation>
    </message>
    <message>
        <source>The OIDC refresh token could not be stored in the system keychain (%1): %2</source>
        <translation>The OIDC refresh token could not be stored in the system keychain (%1): %2</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::PendingRequest</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation>The connection to %1 broke: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>The server&apos;s answer could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::StaticCredentialSource</name>
    <message>
        <source>bearer token</source>
        <translation>bearer token</translation>
    </message>
    <message>
        <source>basic auth as &quot;%1&quot;</source>
        <translation>basic auth as &quot;%1&quot;</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>client certificate</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>client certificate %1</translation>
    </message>
    <message>
        <source>anonymous (no credentials)</source>
        <translation>anonymous (no credentials)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>Sextant::Core::TcpProbe</name>
    <message numerus="yes">
        <source>timed out after %n s</source>
        <translation>
            <numerusform>timed out after %n s</numerusform>
            <numerusform>timed out after %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::TokenFileCredentialSource</name>
    <message>
        <source>bearer token from file %1</source>
        <translation>bearer token from file %1</translation>
    </message>
    <message>
        <source>Cannot read tokenFile %1: %2</source>
        <translation>Cannot read tokenFile %1: %2</translation>
    </message>
    <message>
        <source>tokenFile %1 is empty</source>
        <translation>tokenFile %1 is empty</translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::ClusterListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Reload kubeconfig</source>
        <translation>&amp;Reload kubeconfig</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>No kubeconfig contexts found. Start Sextant with --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config.</source>
        <translation>No kubeconfig contexts found. Start Sextant with --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Close the connection and free the memory its watches use</source>
        <translation>Close the connection and free the memory its watches use</translation>
    </message>
    <message>
        <source>D&amp;iagnose…</source>
        <translation>D&amp;iagnose…</translation>
    </message>
    <message>
        <source>Check the connection step by step and say how to fix what fails</source>
        <translation>Check the connection step by step and say how to fix what fails</translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::DoctorDialog</name>
    <message>
        <source>Connection doctor — %1</source>
        <translation>Connection doctor — %1</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Connection checks</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>A check failed; its hint says how to fix it.</source>
        <translation>A check failed; its hint says how to fix it.</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::HealthDelegate</name>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::MainWindow</name>
    <message>
        <source>Sextant</source>
        <translation>Sextant</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Project (namespace)</source>
        <translation>Project (namespace)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Reload kubeconfig</source>
        <translation>&amp;Reload kubeconfig</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Switch &amp;cluster</source>
        <translation>Switch &amp;cluster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Switch &amp;project</source>
        <translation>Switch &amp;project</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Filter rows</source>
        <translation>&amp;Filter rows</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Sextant</source>
        <translation>&amp;About Sextant</translation>
    </message>
    <message>
        <source>About Sextant</source>
        <translation>About Sextant</translation>
    </message>
    <message>
        <source>Sextant %1
A native desktop client for Kubernetes.</source>
        <translation>Sextant %1
A native desktop client for Kubernetes.</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>%1 — Sextant</source>
        <translation>%1 — Sextant</translation>
    </message>
    <message>
        <source>Open a cluster first.</source>
        <translation>Open a cluster first.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>No cluster open</source>
        <translation>No cluster open</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Context: %1</translation>
    </message>
    <message>
        <source>Kubernetes %1</source>
        <translation>Kubernetes %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>The language changes when Sextant starts again.</source>
        <translation>The language changes when Sextant starts again.</translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::MessageBanner</name>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::Navigator</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>StatefulSets</source>
        <translation>StatefulSets</translation>
    </message>
    <message>
        <source>DaemonSets</source>
        <translation>DaemonSets</translation>
    </message>
    <message>
        <source>ReplicaSets</source>
        <translation>ReplicaSets</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>CronJobs</source>
        <translation>CronJobs</translation>
    </message>
    <message>
        <source>HorizontalPodAutoscalers</source>
        <translation>HorizontalPodAutoscalers</translation>
    </message>
    <message>
        <source>Services and network</source>
        <translation>Services and network</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>EndpointSlices</source>
        <translation>EndpointSlices</translation>
    </message>
    <message>
        <source>Ingresses</source>
        <translation>Ingresses</translation>
    </message>
    <message>
        <source>IngressClasses</source>
        <translation>IngressClasses</translation>
    </message>
    <message>
        <source>NetworkPolicies</source>
        <translation>NetworkPolicies</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>ConfigMaps</source>
        <translation>ConfigMaps</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>PersistentVolumeClaims</source>
        <translation>PersistentVolumeClaims</translation>
    </message>
    <message>
        <source>PersistentVolumes</source>
        <translation>PersistentVolumes</translation>
    </message>
    <message>
        <source>StorageClasses</source>
        <translation>StorageClasses</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>Access control</translation>
    </message>
    <message>
        <source>ServiceAccounts</source>
        <translation>ServiceAccounts</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>ClusterRoles</source>
        <translation>ClusterRoles</translation>
    </message>
    <message>
        <source>RoleBindings</source>
        <translation>RoleBindings</translation>
    </message>
    <message>
        <source>ClusterRoleBindings</source>
        <translation>ClusterRoleBindings</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>Sextant::Ui::ResourceView</name>
    <message>
        <source>Filter by name, status, node…</source>
        <translation>Filter by name, status, node…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filter rows</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
</context>
</TS>
