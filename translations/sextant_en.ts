<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ConfigWizardSupport</name>
        <message>
            <source>must be no more than 253 characters</source>
            <translation>must be no more than 253 characters</translation>
        </message>
        <message>
            <source>a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or 'key-name')</source>
            <translation>a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or 'key-name')</translation>
        </message>
        <message>
            <source>must not be '.' or '..'</source>
            <translation>must not be '.' or '..'</translation>
        </message>
        <message>
            <source>must not start with '..'</source>
            <translation>must not start with '..'</translation>
        </message>
    </context>
    <context>
        <name>EditSettingsAction</name>
        <message>
            <source>Edit settings…</source>
            <translation>Edit settings…</translation>
        </message>
        <message>
            <source>Cannot edit %1 %2</source>
            <translation>Cannot edit %1 %2</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>Updated %1 %2.</source>
            <translation>Updated %1 %2.</translation>
        </message>
    </context>
    <context>
        <name>LabelSelector</name>
        <message>
            <source>expected "," between requirements, found "%1"</source>
            <translation>expected "," between requirements, found "%1"</translation>
        </message>
        <message>
            <source>the label selector is not an object</source>
            <translation>the label selector is not an object</translation>
        </message>
        <message>
            <source>invalid label key "%1" in matchLabels: %2</source>
            <translation>invalid label key "%1" in matchLabels: %2</translation>
        </message>
        <message>
            <source>invalid value "%1" for "%2" in matchLabels: %3</source>
            <translation>invalid value "%1" for "%2" in matchLabels: %3</translation>
        </message>
        <message>
            <source>invalid label key "%1" in %2: %3</source>
            <translation>invalid label key "%1" in %2: %3</translation>
        </message>
        <message>
            <source>%1: operator %2 needs at least one value</source>
            <translation>%1: operator %2 needs at least one value</translation>
        </message>
        <message>
            <source>%1: operator %2 takes no values</source>
            <translation>%1: operator %2 takes no values</translation>
        </message>
        <message>
            <source>%1: operator %2 needs one whole number</source>
            <translation>%1: operator %2 needs one whole number</translation>
        </message>
        <message>
            <source>%1: unknown operator "%2" (expected In, NotIn, Exists or DoesNotExist)</source>
            <translation>%1: unknown operator "%2" (expected In, NotIn, Exists or DoesNotExist)</translation>
        </message>
        <message>
            <source>invalid value "%1" in %2: %3</source>
            <translation>invalid value "%1" in %2: %3</translation>
        </message>
    </context>
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
        <message>
            <source>Colours: light, dark or system (the default).</source>
            <translation>Colours: light, dark or system (the default).</translation>
        </message>
        <message>
            <source>The place to open, e.g. overview, nodes or apps/deployments.</source>
            <translation>The place to open, e.g. overview, nodes or apps/deployments.</translation>
        </message>
        <message>
            <source>The object to select and show in detail, as namespace/name.</source>
            <translation>The object to select and show in detail, as namespace/name.</translation>
        </message>
        <message>
            <source>Open the manifest editor alone (no cluster needed), with the files or folders given.</source>
            <translation>Open the manifest editor alone (no cluster needed), with the files or folders given.</translation>
        </message>
        <message>
            <source>Manifests or folders to open in the manifest editor.</source>
            <translation>Manifests or folders to open in the manifest editor.</translation>
        </message>
        <message>
            <source>--color-scheme must be light, dark or system
</source>
            <translation>--color-scheme must be light, dark or system
</translation>
        </message>
        <message>
            <source>is a directory</source>
            <translation>is a directory</translation>
        </message>
        <message>
            <source>Validates Kubernetes manifests offline against OpenAPI schemas: YAML syntax, unknown fields, types, required fields, enum values, names, labels and quantities. Prints file:line:col: severity: message and exits with 0 when no file has an error, 1 when one has, 2 on bad usage.</source>
            <translation>Validates Kubernetes manifests offline against OpenAPI schemas: YAML syntax, unknown fields, types, required fields, enum values, names, labels and quantities. Prints file:line:col: severity: message and exits with 0 when no file has an error, 1 when one has, 2 on bad usage.</translation>
        </message>
        <message>
            <source>Validate manifests.</source>
            <translation>Validate manifests.</translation>
        </message>
        <message>
            <source>Manifest files; - reads standard input.</source>
            <translation>Manifest files; - reads standard input.</translation>
        </message>
        <message>
            <source>The Kubernetes release to validate against, e.g. 1.36 (default: the bundled schemas' release).</source>
            <translation>The Kubernetes release to validate against, e.g. 1.36 (default: the bundled schemas' release).</translation>
        </message>
        <message>
            <source>Use the schemas in this directory: bundles written by tools/refresh-schemas.sh, OpenAPI v3 documents (*.json) and CustomResourceDefinitions (*.yaml).</source>
            <translation>Use the schemas in this directory: bundles written by tools/refresh-schemas.sh, OpenAPI v3 documents (*.json) and CustomResourceDefinitions (*.yaml).</translation>
        </message>
        <message>
            <source>No files to validate.</source>
            <translation>No files to validate.</translation>
        </message>
        <message>
            <source>No bundled schemas in this build; use --schema-dir.</source>
            <translation>No bundled schemas in this build; use --schema-dir.</translation>
        </message>
        <message>
            <source>cannot read: %1</source>
            <translation>cannot read: %1</translation>
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
            <source>The namespace whose permissions to list (default: the context's).</source>
            <translation>The namespace whose permissions to list (default: the context's).</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>Unexpected argument: %1</translation>
        </message>
        <message>
            <source>The connection fails at "%1".</source>
            <translation>The connection fails at "%1".</translation>
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
            <source>the server certificate is not valid for host name "%1" (it is for: %2)</source>
            <translation>the server certificate is not valid for host name "%1" (it is for: %2)</translation>
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
Please use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead.
See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details</source>
            <translation>The gcp auth plugin has been removed.
Please use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead.
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
            <source>No auth-provider named "%1" is available; Sextant supports oidc and exec credential plugins.</source>
            <translation>No auth-provider named "%1" is available; Sextant supports oidc and exec credential plugins.</translation>
        </message>
        <message>
            <source>unknown auth-provider %1</source>
            <translation>unknown auth-provider %1</translation>
        </message>
        <message>
            <source>user "%1": authProvider cannot be provided in combination with an exec plugin</source>
            <translation>user "%1": authProvider cannot be provided in combination with an exec plugin</translation>
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
            <source>the output's apiVersion does not match the configured %1</source>
            <translation>the output's apiVersion does not match the configured %1</translation>
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
            <source>duplicate name "%1" in list</source>
            <translation>duplicate name "%1" in list</translation>
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
            <source>context "%1" does not exist</source>
            <translation>context "%1" does not exist</translation>
        </message>
        <message>
            <source>auth info "%1" does not exist</source>
            <translation>auth info "%1" does not exist</translation>
        </message>
        <message>
            <source>cluster "%1" does not exist</source>
            <translation>cluster "%1" does not exist</translation>
        </message>
        <message>
            <source>namespace "%1" does not conform to the kubernetes DNS_LABEL rules</source>
            <translation>namespace "%1" does not conform to the kubernetes DNS_LABEL rules</translation>
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
            <source>context "%1" is not defined in this file</source>
            <translation>context "%1" is not defined in this file</translation>
        </message>
        <message>
            <source>user "%1" is not defined in this file</source>
            <translation>user "%1" is not defined in this file</translation>
        </message>
        <message>
            <source>user "%1" has no auth-provider</source>
            <translation>user "%1" has no auth-provider</translation>
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
            <source>unsupported scheme "%1", must be http, https, or socks5</source>
            <translation>unsupported scheme "%1", must be http, https, or socks5</translation>
        </message>
        <message>
            <source>no Auth Provider found for name "%1"</source>
            <translation>no Auth Provider found for name "%1"</translation>
        </message>
        <message>
            <source>default cluster has no server defined</source>
            <translation>default cluster has no server defined</translation>
        </message>
        <message>
            <source>no server found for cluster "%1"</source>
            <translation>no server found for cluster "%1"</translation>
        </message>
        <message>
            <source>invalid 'proxy-url' "%1" for cluster "%2": %3</source>
            <translation>invalid 'proxy-url' "%1" for cluster "%2": %3</translation>
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
            <source>invalid interactiveMode for %1: "%2"</source>
            <translation>invalid interactiveMode for %1: "%2"</translation>
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
            <source>user was not specified for context "%1"</source>
            <translation>user was not specified for context "%1"</translation>
        </message>
        <message>
            <source>user "%1" was not found for context "%2"</source>
            <translation>user "%1" was not found for context "%2"</translation>
        </message>
        <message>
            <source>cluster was not specified for context "%1"</source>
            <translation>cluster was not specified for context "%1"</translation>
        </message>
        <message>
            <source>cluster "%1" was not found for context "%2"</source>
            <translation>cluster "%1" was not found for context "%2"</translation>
        </message>
        <message>
            <source>namespace "%1" for context "%2" does not conform to the kubernetes DNS_LABEL rules</source>
            <translation>namespace "%1" for context "%2" does not conform to the kubernetes DNS_LABEL rules</translation>
        </message>
        <message>
            <source>%1: yaml: line %2, column %3: nested too deeply</source>
            <translation>%1: yaml: line %2, column %3: nested too deeply</translation>
        </message>
        <message>
            <source>skipped rollback (current template already matches revision %1)</source>
            <translation>skipped rollback (current template already matches revision %1)</translation>
        </message>
        <message>
            <source>you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again</source>
            <translation>you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again</translation>
        </message>
        <message>
            <source>can't restart paused deployment (run rollout resume first)</source>
            <translation>can't restart paused deployment (run rollout resume first)</translation>
        </message>
        <message>
            <source>unable to find specified revision %1 in history</source>
            <translation>unable to find specified revision %1 in history</translation>
        </message>
        <message>
            <source>rolled back</source>
            <translation>rolled back</translation>
        </message>
        <message>
            <source>Cannot list pods: %1</source>
            <translation>Cannot list pods: %1</translation>
        </message>
        <message>
            <source>No running pods match.</source>
            <translation>No running pods match.</translation>
        </message>
        <message>
            <source>Looking for pods…</source>
            <translation>Looking for pods…</translation>
        </message>
        <message numerus="yes">
            <source>%n streaming</source>
            <translation>
                <numerusform>%n streaming</numerusform>
                <numerusform>%n streaming</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connecting</source>
            <translation>
                <numerusform>%n connecting</numerusform>
                <numerusform>%n connecting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reconnecting</source>
            <translation>
                <numerusform>%n reconnecting</numerusform>
                <numerusform>%n reconnecting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended</source>
            <translation>
                <numerusform>%n ended</numerusform>
                <numerusform>%n ended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed: %1</source>
            <translation>
                <numerusform>%n failed: %1</numerusform>
                <numerusform>%n failed: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>must be no more than %1 characters</source>
            <translation>must be no more than %1 characters</translation>
        </message>
        <message>
            <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')</source>
            <translation>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')</translation>
        </message>
        <message>
            <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')</source>
            <translation>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')</translation>
        </message>
        <message>
            <source>prefix part must be non-empty</source>
            <translation>prefix part must be non-empty</translation>
        </message>
        <message>
            <source>prefix part %1</source>
            <translation>prefix part %1</translation>
        </message>
        <message>
            <source>a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')</source>
            <translation>a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')</translation>
        </message>
        <message>
            <source>name part must be non-empty</source>
            <translation>name part must be non-empty</translation>
        </message>
        <message>
            <source>name part %1</source>
            <translation>name part %1</translation>
        </message>
        <message>
            <source>name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', 'my.name' or '123-abc')</source>
            <translation>name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', 'my.name' or '123-abc')</translation>
        </message>
        <message>
            <source>a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', 'my_value' or '12345')</source>
            <translation>a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', 'my_value' or '12345')</translation>
        </message>
        <message>
            <source>annotations may not be more than %1 bytes in total (these are %2 bytes)</source>
            <translation>annotations may not be more than %1 bytes in total (these are %2 bytes)</translation>
        </message>
        <message>
            <source>an effect is required</source>
            <translation>an effect is required</translation>
        </message>
        <message>
            <source>unsupported effect "%1": use %2</source>
            <translation>unsupported effect "%1": use %2</translation>
        </message>
        <message>
            <source>metrics.k8s.io is not available (%1): install metrics-server (https://github.com/kubernetes-sigs/metrics-server), for example with "kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml" or "minikube addons enable metrics-server". If it is installed, check that its APIService v1beta1.metrics.k8s.io is Available (kubectl get apiservice v1beta1.metrics.k8s.io).</source>
            <translation>metrics.k8s.io is not available (%1): install metrics-server (https://github.com/kubernetes-sigs/metrics-server), for example with "kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml" or "minikube addons enable metrics-server". If it is installed, check that its APIService v1beta1.metrics.k8s.io is Available (kubectl get apiservice v1beta1.metrics.k8s.io).</translation>
        </message>
        <message>
            <source>You may not read %1 metrics: %2</source>
            <translation>You may not read %1 metrics: %2</translation>
        </message>
        <message>
            <source>node</source>
            <translation>node</translation>
        </message>
        <message>
            <source>pod</source>
            <translation>pod</translation>
        </message>
        <message>
            <source>Cannot read metrics: %1</source>
            <translation>Cannot read metrics: %1</translation>
        </message>
        <message>
            <source>its DaemonSet %1 no longer exists</source>
            <translation>its DaemonSet %1 no longer exists</translation>
        </message>
        <message>
            <source>%1 (allow Force to evict it)</source>
            <translation>%1 (allow Force to evict it)</translation>
        </message>
        <message>
            <source>managed by a DaemonSet (allow Ignore DaemonSets to leave it)</source>
            <translation>managed by a DaemonSet (allow Ignore DaemonSets to leave it)</translation>
        </message>
        <message>
            <source>managed by a DaemonSet</source>
            <translation>managed by a DaemonSet</translation>
        </message>
        <message>
            <source>mirror pod of a static pod</source>
            <translation>mirror pod of a static pod</translation>
        </message>
        <message>
            <source>has emptyDir data (allow Delete emptyDir data to evict it)</source>
            <translation>has emptyDir data (allow Delete emptyDir data to evict it)</translation>
        </message>
        <message>
            <source>its emptyDir data will be deleted</source>
            <translation>its emptyDir data will be deleted</translation>
        </message>
        <message>
            <source>not managed by a controller (allow Force to evict it)</source>
            <translation>not managed by a controller (allow Force to evict it)</translation>
        </message>
        <message>
            <source>not managed by a controller: nothing will recreate it</source>
            <translation>not managed by a controller: nothing will recreate it</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(no key)</translation>
        </message>
        <message>
            <source>%1: taints must be unique by key and effect</source>
            <translation>%1: taints must be unique by key and effect</translation>
        </message>
        <message>
            <source>a key must not be empty</source>
            <translation>a key must not be empty</translation>
        </message>
        <message>
            <source>the prefix before "/" must not be empty</source>
            <translation>the prefix before "/" must not be empty</translation>
        </message>
        <message>
            <source>the prefix must be at most %1 characters</source>
            <translation>the prefix must be at most %1 characters</translation>
        </message>
        <message>
            <source>the prefix must be a DNS subdomain: lowercase letters, digits, "-" and "."</source>
            <translation>the prefix must be a DNS subdomain: lowercase letters, digits, "-" and "."</translation>
        </message>
        <message>
            <source>the name part must not be empty</source>
            <translation>the name part must not be empty</translation>
        </message>
        <message>
            <source>the name part must be at most %1 characters</source>
            <translation>the name part must be at most %1 characters</translation>
        </message>
        <message>
            <source>use letters, digits, "-", "_" and ".", starting and ending with a letter or digit</source>
            <translation>use letters, digits, "-", "_" and ".", starting and ending with a letter or digit</translation>
        </message>
        <message>
            <source>a value must be at most %1 characters</source>
            <translation>a value must be at most %1 characters</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Mounted ConfigMap</source>
            <translation>Mounted ConfigMap</translation>
        </message>
        <message>
            <source>Mounted Secret</source>
            <translation>Mounted Secret</translation>
        </message>
        <message>
            <source>ConfigMap in environment</source>
            <translation>ConfigMap in environment</translation>
        </message>
        <message>
            <source>Secret in environment</source>
            <translation>Secret in environment</translation>
        </message>
        <message>
            <source>Image pull secret</source>
            <translation>Image pull secret</translation>
        </message>
        <message>
            <source>Service account</source>
            <translation>Service account</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Autoscaler</source>
            <translation>Autoscaler</translation>
        </message>
        <message>
            <source>ReplicaSets</source>
            <translation>ReplicaSets</translation>
        </message>
        <message>
            <source>Controlled pods</source>
            <translation>Controlled pods</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Node</translation>
        </message>
        <message>
            <source>Selected by service</source>
            <translation>Selected by service</translation>
        </message>
        <message>
            <source>Selected pods</source>
            <translation>Selected pods</translation>
        </message>
        <message>
            <source>Ingress</source>
            <translation>Ingress</translation>
        </message>
        <message>
            <source>Pods on this node</source>
            <translation>Pods on this node</translation>
        </message>
        <message>
            <source>Bound volume</source>
            <translation>Bound volume</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>Storage class</translation>
        </message>
        <message>
            <source>Used by pods</source>
            <translation>Used by pods</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>Volumes</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Claims</translation>
        </message>
        <message>
            <source>Scale target</source>
            <translation>Scale target</translation>
        </message>
        <message>
            <source>Backend service</source>
            <translation>Backend service</translation>
        </message>
        <message>
            <source>Ingress class</source>
            <translation>Ingress class</translation>
        </message>
        <message>
            <source>TLS secret</source>
            <translation>TLS secret</translation>
        </message>
        <message>
            <source>The command failed.</source>
            <translation>The command failed.</translation>
        </message>
        <message>
            <source>Service %1 has no port %2.</source>
            <translation>Service %1 has no port %2.</translation>
        </message>
        <message>
            <source>Service %1 has no selector, so it has no pods to forward to.</source>
            <translation>Service %1 has no selector, so it has no pods to forward to.</translation>
        </message>
        <message>
            <source>No running pod found for service %1.</source>
            <translation>No running pod found for service %1.</translation>
        </message>
        <message>
            <source>Pod %1 has no container port named %2.</source>
            <translation>Pod %1 has no container port named %2.</translation>
        </message>
        <message>
            <source>could not be formatted: %1</source>
            <translation>could not be formatted: %1</translation>
        </message>
        <message>
            <source>invalid JSON: %1</source>
            <translation>invalid JSON: %1</translation>
        </message>
        <message>
            <source>must be no more than 63 characters</source>
            <translation>must be no more than 63 characters</translation>
        </message>
        <message>
            <source>prefix part </source>
            <translation>prefix part </translation>
        </message>
        <message>
            <source>name part must be no more than 63 characters</source>
            <translation>name part must be no more than 63 characters</translation>
        </message>
        <message>
            <source>may not be '%1'</source>
            <translation>may not be '%1'</translation>
        </message>
        <message>
            <source>may not contain '%1'</source>
            <translation>may not contain '%1'</translation>
        </message>
        <message>
            <source>must be no more than 253 characters</source>
            <translation>must be no more than 253 characters</translation>
        </message>
        <message>
            <source>quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'</source>
            <translation>quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'</translation>
        </message>
        <message>
            <source>nesting is deeper than %1 levels</source>
            <translation>nesting is deeper than %1 levels</translation>
        </message>
        <message>
            <source>did not find expected node content</source>
            <translation>did not find expected node content</translation>
        </message>
        <message>
            <source>could not be parsed</source>
            <translation>could not be parsed</translation>
        </message>
        <message>
            <source>the file is larger than %1 MiB; it is not parsed</source>
            <translation>the file is larger than %1 MiB; it is not parsed</translation>
        </message>
        <message>
            <source>invalid UTF-8 at byte offset %1</source>
            <translation>invalid UTF-8 at byte offset %1</translation>
        </message>
        <message>
            <source>control character (NUL) is not allowed</source>
            <translation>control character (NUL) is not allowed</translation>
        </message>
        <message>
            <source>more than %1 documents; the file is not parsed</source>
            <translation>more than %1 documents; the file is not parsed</translation>
        </message>
        <message>
            <source>The text holds no object.</source>
            <translation>The text holds no object.</translation>
        </message>
        <message>
            <source>Only one object can be edited here; remove the other documents.</source>
            <translation>Only one object can be edited here; remove the other documents.</translation>
        </message>
        <message>
            <source>The object must be a YAML map (apiVersion, kind, metadata...).</source>
            <translation>The object must be a YAML map (apiVersion, kind, metadata...).</translation>
        </message>
        <message>
            <source>an image is required, e.g. nginx:1.27</source>
            <translation>an image is required, e.g. nginx:1.27</translation>
        </message>
        <message>
            <source>must not contain spaces</source>
            <translation>must not contain spaces</translation>
        </message>
        <message>
            <source>the digest after '@' must be algorithm:hex, e.g. sha256: and 64 hex digits</source>
            <translation>the digest after '@' must be algorithm:hex, e.g. sha256: and 64 hex digits</translation>
        </message>
        <message>
            <source>a sha256 digest has exactly 64 hex digits</source>
            <translation>a sha256 digest has exactly 64 hex digits</translation>
        </message>
        <message>
            <source>the tag after ':' must be at most 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'</source>
            <translation>the tag after ':' must be at most 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'</translation>
        </message>
        <message>
            <source>the repository name is missing</source>
            <translation>the repository name is missing</translation>
        </message>
        <message>
            <source>the registry "%1" is not a host name with an optional port</source>
            <translation>the registry "%1" is not a host name with an optional port</translation>
        </message>
        <message>
            <source>the repository name must be lower case</source>
            <translation>the repository name must be lower case</translation>
        </message>
        <message>
            <source>each part of the repository name is lower-case letters and digits, separated by '.', '_', '__' or '-'</source>
            <translation>each part of the repository name is lower-case letters and digits, separated by '.', '_', '__' or '-'</translation>
        </message>
        <message>
            <source>the repository name must not be longer than 255 characters</source>
            <translation>the repository name must not be longer than 255 characters</translation>
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
        <name>Sextant::Core::ApplyRun</name>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>in progress…</source>
            <translation>in progress…</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>not sent</translation>
        </message>
        <message>
            <source>not checkable yet (created by this file first)</source>
            <translation>not checkable yet (created by this file first)</translation>
        </message>
        <message>
            <source>no changes</source>
            <translation>no changes</translation>
        </message>
        <message>
            <source>will change</source>
            <translation>will change</translation>
        </message>
        <message>
            <source>will be created</source>
            <translation>will be created</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>configured</source>
            <translation>configured</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflict</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ChannelSocket</name>
        <message>
            <source>The connection to %1 broke: %2</source>
            <translation>The connection to %1 broke: %2</translation>
        </message>
        <message>
            <source>The server refused the connection: %1</source>
            <translation>The server refused the connection: %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ClusterSchemas</name>
        <message>
            <source>cannot read /openapi/v3: %1</source>
            <translation>cannot read /openapi/v3: %1</translation>
        </message>
        <message>
            <source>cannot read /openapi/v3/%1: %2</source>
            <translation>cannot read /openapi/v3/%1: %2</translation>
        </message>
        <message>
            <source>the cluster serves no OpenAPI v3 documents</source>
            <translation>the cluster serves no OpenAPI v3 documents</translation>
        </message>
        <message>
            <source>the cluster's schemas could not be read</source>
            <translation>the cluster's schemas could not be read</translation>
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
            <source>skipped because "%1" failed</source>
            <translation>skipped because "%1" failed</translation>
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
            <source>cluster "%1"</source>
            <translation>cluster "%1"</translation>
        </message>
        <message>
            <source>cluster "%1" in %2</source>
            <translation>cluster "%1" in %2</translation>
        </message>
        <message>
            <source>Set KUBECONFIG or pass --kubeconfig FILE with your cluster's kubeconfig.</source>
            <translation>Set KUBECONFIG or pass --kubeconfig FILE with your cluster's kubeconfig.</translation>
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
            <source>context "%1" from %2: %3</source>
            <translation>context "%1" from %2: %3</translation>
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
            <source>context "%1" from %2 (valid): server %3, user "%4", namespace %5</source>
            <translation>context "%1" from %2 (valid): server %3, user "%4", namespace %5</translation>
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
            <source>The TCP connection worked, but no answer came back. Check that the server URL names the API server's https port and, if you use one, the proxy.</source>
            <translation>The TCP connection worked, but no answer came back. Check that the server URL names the API server's https port and, if you use one, the proxy.</translation>
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
            <source>Use the API server's https:// URL; plain http is only for local test clusters.</source>
            <translation>Use the API server's https:// URL; plain http is only for local test clusters.</translation>
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
            <source>the cluster's certificate-authority-data</source>
            <translation>the cluster's certificate-authority-data</translation>
        </message>
        <message>
            <source>the system's trusted CAs</source>
            <translation>the system's trusted CAs</translation>
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
            <source>The server's certificate is outside its validity period. Renew the cluster's certificates (e.g. kubeadm certs renew), or check this computer's date and time.</source>
            <translation>The server's certificate is outside its validity period. Renew the cluster's certificates (e.g. kubeadm certs renew), or check this computer's date and time.</translation>
        </message>
        <message>
            <source>Connect with a host name the certificate names (see above) in the server URL of %1, or set tls-server-name on the cluster to one of those names. %2</source>
            <translation>Connect with a host name the certificate names (see above) in the server URL of %1, or set tls-server-name on the cluster to one of those names. %2</translation>
        </message>
        <message>
            <source>The CA configured for %1 did not sign the server's certificate. Get the cluster's CA certificate from its administrator (or a fresh kubeconfig) and set certificate-authority or certificate-authority-data. %2</source>
            <translation>The CA configured for %1 did not sign the server's certificate. Get the cluster's CA certificate from its administrator (or a fresh kubeconfig) and set certificate-authority or certificate-authority-data. %2</translation>
        </message>
        <message>
            <source>The server did not complete a TLS handshake: check that the server URL names the API server's https port (not an http port or another service), and the proxy if you use one.</source>
            <translation>The server did not complete a TLS handshake: check that the server URL names the API server's https port (not an http port or another service), and the proxy if you use one.</translation>
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
            <source>Check the exec section of the user "%1" in %2.</source>
            <translation>Check the exec section of the user "%1" in %2.</translation>
        </message>
        <message>
            <source>Install the plugin, or make sure it is on the PATH of your login shell: a desktop launcher gives Sextant a minimal PATH, so Sextant also searches your login shell's PATH and the usual plugin directories (listed above).</source>
            <translation>Install the plugin, or make sure it is on the PATH of your login shell: a desktop launcher gives Sextant a minimal PATH, so Sextant also searches your login shell's PATH and the usual plugin directories (listed above).</translation>
        </message>
        <message>
            <source>The plugin %1 did not finish: it may wait for a sign-in in a browser or for input Sextant cannot give (it has no terminal). Run the command in a terminal to see what it waits for.</source>
            <translation>The plugin %1 did not finish: it may wait for a sign-in in a browser or for input Sextant cannot give (it has no terminal). Run the command in a terminal to see what it waits for.</translation>
        </message>
        <message>
            <source>Run %1 in a terminal to see its full output; the user's exec section in %2 sets its arguments and environment.</source>
            <translation>Run %1 in a terminal to see its full output; the user's exec section in %2 sets its arguments and environment.</translation>
        </message>
        <message>
            <source>Check the user "%1" in %2.</source>
            <translation>Check the user "%1" in %2.</translation>
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
            <source>Use the API server's https:// URL so that credentials can be sent.</source>
            <translation>Use the API server's https:// URL so that credentials can be sent.</translation>
        </message>
        <message>
            <source>User "%1" has no credentials: requests are anonymous</source>
            <translation>User "%1" has no credentials: requests are anonymous</translation>
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
            <source>The server does not accept these credentials: the token or client certificate has expired, was revoked or belongs to another cluster. Sign in again (exec plugin or oidc), get a new token or kubeconfig, and check this computer's clock.</source>
            <translation>The server does not accept these credentials: the token or client certificate has expired, was revoked or belongs to another cluster. Sign in again (exec plugin or oidc), get a new token or kubeconfig, and check this computer's clock.</translation>
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
            <source>, impersonated through the kubeconfig's "as" setting</source>
            <translation>, impersonated through the kubeconfig's "as" setting</translation>
        </message>
        <message>
            <source>Not authenticated: the server treats these requests as anonymous (%1)</source>
            <translation>Not authenticated: the server treats these requests as anonymous (%1)</translation>
        </message>
        <message>
            <source>No credentials reached the server. Configure a token, client certificate or exec plugin for the user "%1".</source>
            <translation>No credentials reached the server. Configure a token, client certificate or exec plugin for the user "%1".</translation>
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
            <source>No contexts were found. Point --kubeconfig or KUBECONFIG at your cluster's kubeconfig.</source>
            <translation>No contexts were found. Point --kubeconfig or KUBECONFIG at your cluster's kubeconfig.</translation>
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
        <name>Sextant::Core::CustomResourceCatalog</name>
        <message>
            <source>Loading custom resource definitions…</source>
            <translation>Loading custom resource definitions…</translation>
        </message>
        <message>
            <source>You may not list CustomResourceDefinitions in this cluster, so its custom resources cannot be shown here.</source>
            <translation>You may not list CustomResourceDefinitions in this cluster, so its custom resources cannot be shown here.</translation>
        </message>
        <message>
            <source>Custom resource definitions could not be loaded: %1</source>
            <translation>Custom resource definitions could not be loaded: %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::Drainer</name>
        <message>
            <source>Could not cordon node %1</source>
            <translation>Could not cordon node %1</translation>
        </message>
        <message>
            <source>Could not list the pods on node %1</source>
            <translation>Could not list the pods on node %1</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was evicted: %n pod(s) need an option to be removed. Node %1 stays cordoned.</source>
            <translation>
                <numerusform>Nothing was evicted: %n pod need an option to be removed. Node %1 stays cordoned.</numerusform>
                <numerusform>Nothing was evicted: %n pods need an option to be removed. Node %1 stays cordoned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Node %1 drained: %n pod(s) removed</source>
            <translation>
                <numerusform>Node %1 drained: %n pod removed</numerusform>
                <numerusform>Node %1 drained: %n pods removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n left in place (DaemonSet or mirror pods).</source>
            <translation>
                <numerusform>, %n left in place (DaemonSet or mirror pods).</numerusform>
                <numerusform>, %n left in place (DaemonSet or mirror pods).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Node %1 was not drained: %n pod(s) could not be removed. The node stays cordoned.</source>
            <translation>
                <numerusform>Node %1 was not drained: %n pod could not be removed. The node stays cordoned.</numerusform>
                <numerusform>Node %1 was not drained: %n pods could not be removed. The node stays cordoned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Gave up after the drain timeout of %n second(s).</source>
            <translation>
                <numerusform>Gave up after the drain timeout of %n second.</numerusform>
                <numerusform>Gave up after the drain timeout of %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not drain node %1</source>
            <translation>Could not drain node %1</translation>
        </message>
        <message>
            <source>Drain of node %1 cancelled. The node stays cordoned; pods already evicted stay evicted.</source>
            <translation>Drain of node %1 cancelled. The node stays cordoned; pods already evicted stay evicted.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ExecCredentialSource</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>exec plugin "%1"</source>
            <translation>exec plugin "%1"</translation>
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
            <source>%1: apiVersion "%2" is not supported; use client.authentication.k8s.io/v1 or /v1beta1</source>
            <translation>%1: apiVersion "%2" is not supported; use client.authentication.k8s.io/v1 or /v1beta1</translation>
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
            <source>%1: invalid interactiveMode "%2"; use Never, IfAvailable or Always</source>
            <translation>%1: invalid interactiveMode "%2"; use Never, IfAvailable or Always</translation>
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
        <name>Sextant::Core::ExecSession</name>
        <message>
            <source>The connection closed before the command reported its exit status.</source>
            <translation>The connection closed before the command reported its exit status.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::JsonBuilder</name>
        <message>
            <source>document contains excessive aliasing</source>
            <translation>document contains excessive aliasing</translation>
        </message>
        <message>
            <source>nesting is deeper than %1 levels</source>
            <translation>nesting is deeper than %1 levels</translation>
        </message>
        <message>
            <source>complex (non-scalar) mapping keys are not supported</source>
            <translation>complex (non-scalar) mapping keys are not supported</translation>
        </message>
        <message>
            <source>mapping key "%1" already defined at line %2</source>
            <translation>mapping key "%1" already defined at line %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::JsonPath</name>
        <message>
            <source>empty JSONPath expression</source>
            <translation>empty JSONPath expression</translation>
        </message>
        <message>
            <source>invalid JSONPath %1: %2</source>
            <translation>invalid JSONPath %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::KubernetesAssistant</name>
        <message>
            <source>no schemas for Kubernetes %1; validated against %2</source>
            <translation>no schemas for Kubernetes %1; validated against %2</translation>
        </message>
        <message>
            <source>no schemas for Kubernetes %1; not validated</source>
            <translation>no schemas for Kubernetes %1; not validated</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> (required)</translation>
        </message>
        <message>
            <source>The kind of object, e.g. Deployment. With apiVersion it selects the schema.</source>
            <translation>The kind of object, e.g. Deployment. With apiVersion it selects the schema.</translation>
        </message>
        <message>
            <source>The API group and version of the object, e.g. apps/v1.</source>
            <translation>The API group and version of the object, e.g. apps/v1.</translation>
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
        <name>Sextant::Core::LiveEdit</name>
        <message>
            <source>The cluster connection is gone.</source>
            <translation>The cluster connection is gone.</translation>
        </message>
        <message>
            <source>metadata.name must stay "%1": renaming means creating a new object.</source>
            <translation>metadata.name must stay "%1": renaming means creating a new object.</translation>
        </message>
        <message>
            <source>metadata.namespace must stay "%1".</source>
            <translation>metadata.namespace must stay "%1".</translation>
        </message>
        <message>
            <source>apiVersion and kind must stay "%1" and "%2".</source>
            <translation>apiVersion and kind must stay "%1" and "%2".</translation>
        </message>
        <message>
            <source>The object has not been loaded yet.</source>
            <translation>The object has not been loaded yet.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::LogStream</name>
        <message>
            <source>The connection to the cluster is gone.</source>
            <translation>The connection to the cluster is gone.</translation>
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
            <source>The refreshed OIDC token for user "%1" could not be saved: the user has no kubeconfig file.</source>
            <translation>The refreshed OIDC token for user "%1" could not be saved: the user has no kubeconfig file.</translation>
        </message>
        <message>
            <source>The refreshed OIDC token for user "%1" could not be written to %2: %3</source>
            <translation>The refreshed OIDC token for user "%1" could not be written to %2: %3</translation>
        </message>
        <message>
            <source>The OIDC refresh token could not be stored in the system keychain (%1): %2</source>
            <translation>The OIDC refresh token could not be stored in the system keychain (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::Parser</name>
        <message>
            <source>unexpected character '%1' at position %2</source>
            <translation>unexpected character '%1' at position %2</translation>
        </message>
        <message>
            <source>unrecognized identifier %1</source>
            <translation>unrecognized identifier %1</translation>
        </message>
        <message>
            <source>missing field name at position %1</source>
            <translation>missing field name at position %1</translation>
        </message>
        <message>
            <source>unclosed bracket at position %1</source>
            <translation>unclosed bracket at position %1</translation>
        </message>
        <message>
            <source>empty brackets at position %1</source>
            <translation>empty brackets at position %1</translation>
        </message>
        <message>
            <source>unions such as [%1] are not supported</source>
            <translation>unions such as [%1] are not supported</translation>
        </message>
        <message>
            <source>invalid array index %1</source>
            <translation>invalid array index %1</translation>
        </message>
        <message>
            <source>invalid array slice %1</source>
            <translation>invalid array slice %1</translation>
        </message>
        <message>
            <source>missing operand in filter</source>
            <translation>missing operand in filter</translation>
        </message>
        <message>
            <source>unterminated quoted string in filter</source>
            <translation>unterminated quoted string in filter</translation>
        </message>
        <message>
            <source>unrecognized filter operand %1</source>
            <translation>unrecognized filter operand %1</translation>
        </message>
        <message>
            <source>unrecognized filter operator %1</source>
            <translation>unrecognized filter operator %1</translation>
        </message>
        <message>
            <source>unclosed filter at position %1</source>
            <translation>unclosed filter at position %1</translation>
        </message>
        <message>
            <source>end of text</source>
            <translation>end of text</translation>
        </message>
        <message>
            <source>%1 (column %2)</source>
            <translation>%1 (column %2)</translation>
        </message>
        <message>
            <source>expected a label key, found "%1"</source>
            <translation>expected a label key, found "%1"</translation>
        </message>
        <message>
            <source>invalid label key "%1": %2</source>
            <translation>invalid label key "%1": %2</translation>
        </message>
        <message>
            <source>"!%1" takes no operator or value, found "%2"</source>
            <translation>"!%1" takes no operator or value, found "%2"</translation>
        </message>
        <message>
            <source>expected =, ==, !=, in, notin, &gt;, &lt; or "," after "%1", found "%2"</source>
            <translation>expected =, ==, !=, in, notin, &gt;, &lt; or "," after "%1", found "%2"</translation>
        </message>
        <message>
            <source>invalid label value "%1": %2</source>
            <translation>invalid label value "%1": %2</translation>
        </message>
        <message>
            <source>expected a value after "%1", found "%2"</source>
            <translation>expected a value after "%1", found "%2"</translation>
        </message>
        <message>
            <source>"%1" needs a whole number, found "%2"</source>
            <translation>"%1" needs a whole number, found "%2"</translation>
        </message>
        <message>
            <source>expected "(" after "%1", found "%2"</source>
            <translation>expected "(" after "%1", found "%2"</translation>
        </message>
        <message>
            <source>missing ")" to close the values of "%1"</source>
            <translation>missing ")" to close the values of "%1"</translation>
        </message>
        <message>
            <source>expected a value, "," or ")" in the values of "%1", found "%2"</source>
            <translation>expected a value, "," or ")" in the values of "%1", found "%2"</translation>
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
            <source>The server's answer could not be read: %1</source>
            <translation>The server's answer could not be read: %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::PortForwarder</name>
        <message>
            <source>local port %1 is in use</source>
            <translation>local port %1 is in use</translation>
        </message>
        <message>
            <source>Cannot listen on local port %1: %2</source>
            <translation>Cannot listen on local port %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::RegistryLogin</name>
        <message numerus="yes">
            <source>No answer from %1 within %n second(s).</source>
            <translation>
                <numerusform>No answer from %1 within %n second.</numerusform>
                <numerusform>No answer from %1 within %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the registry server first.</source>
            <translation>Enter the registry server first.</translation>
        </message>
        <message>
            <source>"%1" is not a registry address such as registry.example.com:5000.</source>
            <translation>"%1" is not a registry address such as registry.example.com:5000.</translation>
        </message>
        <message>
            <source>Only https registries can be tested (http only on localhost): the password would travel unencrypted.</source>
            <translation>Only https registries can be tested (http only on localhost): the password would travel unencrypted.</translation>
        </message>
        <message>
            <source>The registry address must start with https:// (or have no scheme).</source>
            <translation>The registry address must start with https:// (or have no scheme).</translation>
        </message>
        <message>
            <source>Could not reach %1: %2</source>
            <translation>Could not reach %1: %2</translation>
        </message>
        <message>
            <source>%1 answered without asking for credentials, so there was nothing to check.</source>
            <translation>%1 answered without asking for credentials, so there was nothing to check.</translation>
        </message>
        <message>
            <source>Logged in to %1.</source>
            <translation>Logged in to %1.</translation>
        </message>
        <message>
            <source>The token server of %1 answered without a token.</source>
            <translation>The token server of %1 answered without a token.</translation>
        </message>
        <message>
            <source>%1 refused these credentials: %2</source>
            <translation>%1 refused these credentials: %2</translation>
        </message>
        <message>
            <source>%1 redirects to %2; enter that address as the server.</source>
            <translation>%1 redirects to %2; enter that address as the server.</translation>
        </message>
        <message>
            <source>%1 answered: %2</source>
            <translation>%1 answered: %2</translation>
        </message>
        <message>
            <source>%1 asks for an unknown kind of login (%2): %3</source>
            <translation>%1 asks for an unknown kind of login (%2): %3</translation>
        </message>
        <message>
            <source>%1 names a token server that can't be used safely (%2).</source>
            <translation>%1 names a token server that can't be used safely (%2).</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::SchemaSet</name>
        <message>
            <source>not a schema bundle (cannot decompress)</source>
            <translation>not a schema bundle (cannot decompress)</translation>
        </message>
        <message>
            <source>not a schema bundle: %1</source>
            <translation>not a schema bundle: %1</translation>
        </message>
        <message>
            <source>%1: no such directory</source>
            <translation>%1: no such directory</translation>
        </message>
        <message>
            <source>%1: cannot read</source>
            <translation>%1: cannot read</translation>
        </message>
        <message>
            <source>%1: not a schema bundle</source>
            <translation>%1: not a schema bundle</translation>
        </message>
        <message>
            <source>%1: no schemas found</source>
            <translation>%1: no schemas found</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::StaticCredentialSource</name>
        <message>
            <source>bearer token</source>
            <translation>bearer token</translation>
        </message>
        <message>
            <source>basic auth as "%1"</source>
            <translation>basic auth as "%1"</translation>
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
        <name>Sextant::Core::Validator</name>
        <message>
            <source>expected an object at the top level, found %1</source>
            <translation>expected an object at the top level, found %1</translation>
        </message>
        <message>
            <source>apiVersion not set</source>
            <translation>apiVersion not set</translation>
        </message>
        <message>
            <source>kind not set</source>
            <translation>kind not set</translation>
        </message>
        <message>
            <source>no matches for kind "%1" in version "%2"</source>
            <translation>no matches for kind "%1" in version "%2"</translation>
        </message>
        <message>
            <source> (kind %1 is served as apiVersion %2)</source>
            <translation> (kind %1 is served as apiVersion %2)</translation>
        </message>
        <message>
            <source> (did you mean kind "%1"?)</source>
            <translation> (did you mean kind "%1"?)</translation>
        </message>
        <message>
            <source>; ensure CRDs are installed first</source>
            <translation>; ensure CRDs are installed first</translation>
        </message>
        <message>
            <source>no schema for kind "%1" in version "%2" (is its CustomResourceDefinition installed?); not validated</source>
            <translation>no schema for kind "%1" in version "%2" (is its CustomResourceDefinition installed?); not validated</translation>
        </message>
        <message>
            <source>%1: Unsupported value: %2: supported values: %3</source>
            <translation>%1: Unsupported value: %2: supported values: %3</translation>
        </message>
        <message>
            <source>%1: Invalid value: %2: illegal base64 data</source>
            <translation>%1: Invalid value: %2: illegal base64 data</translation>
        </message>
        <message>
            <source>%1: Invalid value: %2: out of range for int32</source>
            <translation>%1: Invalid value: %2: out of range for int32</translation>
        </message>
        <message>
            <source>%1: Invalid value: %2: %3</source>
            <translation>%1: Invalid value: %2: %3</translation>
        </message>
        <message>
            <source>unknown field "%1"</source>
            <translation>unknown field "%1"</translation>
        </message>
        <message>
            <source> (did you mean "%1"?)</source>
            <translation> (did you mean "%1"?)</translation>
        </message>
        <message>
            <source>%1: Required value</source>
            <translation>%1: Required value</translation>
        </message>
        <message>
            <source>%1: Required value: name or generateName is required</source>
            <translation>%1: Required value: name or generateName is required</translation>
        </message>
        <message>
            <source>%1: Invalid value: "%2": %3</source>
            <translation>%1: Invalid value: "%2": %3</translation>
        </message>
        <message>
            <source>%1: Invalid value: %2: `selector` does not match template `labels`</source>
            <translation>%1: Invalid value: %2: `selector` does not match template `labels`</translation>
        </message>
        <message>
            <source>%1: Invalid type: expected %2, got %3 %4</source>
            <translation>%1: Invalid type: expected %2, got %3 %4</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui</name>
        <message>
            <source>&lt;none&gt;</source>
            <translation>&lt;none&gt;</translation>
        </message>
        <message>
            <source>%1 ago (%2)</source>
            <translation>%1 ago (%2)</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Waiting: %1</source>
            <translation>Waiting: %1</translation>
        </message>
        <message>
            <source>Terminated: %1 (exit %2)</source>
            <translation>Terminated: %1 (exit %2)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Containers</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
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
            <source>CPU request / limit</source>
            <translation>CPU request / limit</translation>
        </message>
        <message>
            <source>Memory request / limit</source>
            <translation>Memory request / limit</translation>
        </message>
        <message>
            <source>%1 (init)</source>
            <translation>%1 (init)</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Terminating</source>
            <translation>Terminating</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Node</translation>
        </message>
        <message>
            <source>Pod IPs</source>
            <translation>Pod IPs</translation>
        </message>
        <message>
            <source>Host IP</source>
            <translation>Host IP</translation>
        </message>
        <message>
            <source>QoS class</source>
            <translation>QoS class</translation>
        </message>
        <message>
            <source>Service account</source>
            <translation>Service account</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Controlled by</source>
            <translation>Controlled by</translation>
        </message>
        <message>
            <source>Priority class</source>
            <translation>Priority class</translation>
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
            <source>Up to date</source>
            <translation>Up to date</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>Update strategy</source>
            <translation>Update strategy</translation>
        </message>
        <message>
            <source>Replicas desired</source>
            <translation>Replicas desired</translation>
        </message>
        <message>
            <source> (max surge %1, max unavailable %2)</source>
            <translation> (max surge %1, max unavailable %2)</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Selector</source>
            <translation>Selector</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Cluster IPs</source>
            <translation>Cluster IPs</translation>
        </message>
        <message>
            <source>External IPs</source>
            <translation>External IPs</translation>
        </message>
        <message>
            <source>Load balancer</source>
            <translation>Load balancer</translation>
        </message>
        <message>
            <source>Session affinity</source>
            <translation>Session affinity</translation>
        </message>
        <message>
            <source>External name</source>
            <translation>External name</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Ports</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Target port</source>
            <translation>Target port</translation>
        </message>
        <message>
            <source>Node port</source>
            <translation>Node port</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Kubelet version</source>
            <translation>Kubelet version</translation>
        </message>
        <message>
            <source>OS / architecture</source>
            <translation>OS / architecture</translation>
        </message>
        <message>
            <source>OS image</source>
            <translation>OS image</translation>
        </message>
        <message>
            <source>Kernel</source>
            <translation>Kernel</translation>
        </message>
        <message>
            <source>Container runtime</source>
            <translation>Container runtime</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Addresses</translation>
        </message>
        <message>
            <source>Pod CIDR</source>
            <translation>Pod CIDR</translation>
        </message>
        <message>
            <source>Taints</source>
            <translation>Taints</translation>
        </message>
        <message>
            <source>Unschedulable</source>
            <translation>Unschedulable</translation>
        </message>
        <message>
            <source>yes (cordoned)</source>
            <translation>yes (cordoned)</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Allocatable</source>
            <translation>Allocatable</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>Storage class</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Access modes</source>
            <translation>Access modes</translation>
        </message>
        <message>
            <source>Volume mode</source>
            <translation>Volume mode</translation>
        </message>
        <message>
            <source>CSI %1</source>
            <translation>CSI %1</translation>
        </message>
        <message>
            <source>host path %1</source>
            <translation>host path %1</translation>
        </message>
        <message>
            <source>NFS %1:%2</source>
            <translation>NFS %1:%2</translation>
        </message>
        <message>
            <source>local %1</source>
            <translation>local %1</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Reclaim policy</source>
            <translation>Reclaim policy</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
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
            <source>Allow volume expansion</source>
            <translation>Allow volume expansion</translation>
        </message>
        <message>
            <source>Default class</source>
            <translation>Default class</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>Completions</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Parallelism</source>
            <translation>Parallelism</translation>
        </message>
        <message>
            <source>Active / succeeded / failed</source>
            <translation>Active / succeeded / failed</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Suspend</source>
            <translation>Suspend</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Concurrency policy</source>
            <translation>Concurrency policy</translation>
        </message>
        <message>
            <source>Active jobs</source>
            <translation>Active jobs</translation>
        </message>
        <message>
            <source>Last schedule</source>
            <translation>Last schedule</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Last success</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>1 byte</source>
            <translation>1 byte</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 bytes</translation>
        </message>
        <message>
            <source>%1 (binary)</source>
            <translation>%1 (binary)</translation>
        </message>
        <message>
            <source>Immutable</source>
            <translation>Immutable</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Min / max replicas</source>
            <translation>Min / max replicas</translation>
        </message>
        <message>
            <source>Current / desired replicas</source>
            <translation>Current / desired replicas</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrics</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>TLS hosts</source>
            <translation>TLS hosts</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Path</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(default)</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Last transition</source>
            <translation>Last transition</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ActionMenuBuilder</name>
        <message>
            <source>Works on one object at a time.</source>
            <translation>Works on one object at a time.</translation>
        </message>
        <message>
            <source>Checking permission…</source>
            <translation>Checking permission…</translation>
        </message>
        <message>
            <source>Could not check permission: %1</source>
            <translation>Could not check permission: %1</translation>
        </message>
        <message>
            <source>You may not %1 %2.</source>
            <translation>You may not %1 %2.</translation>
        </message>
        <message>
            <source>You may not %1 %2 in project %3.</source>
            <translation>You may not %1 %2 in project %3.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::AffinityRow</name>
        <message>
            <source>Node label</source>
            <translation>Node label</translation>
        </message>
        <message>
            <source>node label</source>
            <translation>node label</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Preferred</translation>
        </message>
        <message>
            <source>Required or preferred</source>
            <translation>Required or preferred</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>values, comma-separated</source>
            <translation>values, comma-separated</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>weight </source>
            <translation>weight </translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ApplyResultsPanel</name>
        <message>
            <source>%1 (through %2)</source>
            <translation>%1 (through %2)</translation>
        </message>
        <message>
            <source>Owned by %1:</source>
            <translation>Owned by %1:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s)</source>
            <translation>
                <numerusform>%n object</numerusform>
                <numerusform>%n objects</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: waiting for the server…</source>
            <translation>%1: waiting for the server…</translation>
        </message>
        <message>
            <source>%1: cancelled before the server answered.</source>
            <translation>%1: cancelled before the server answered.</translation>
        </message>
        <message>
            <source>%1 was not sent:
%2</source>
            <translation>%1 was not sent:
%2</translation>
        </message>
        <message>
            <source>%1 cannot be checked yet: this file creates its namespace or CustomResourceDefinition first.

The server said:
%2</source>
            <translation>%1 cannot be checked yet: this file creates its namespace or CustomResourceDefinition first.

The server said:
%2</translation>
        </message>
        <message>
            <source>%1: no changes. The live object already matches this file.</source>
            <translation>%1: no changes. The live object already matches this file.</translation>
        </message>
        <message>
            <source>%1 will be created.</source>
            <translation>%1 will be created.</translation>
        </message>
        <message>
            <source>%1: the server accepts this object (dry run, nothing was changed).</source>
            <translation>%1: the server accepts this object (dry run, nothing was changed).</translation>
        </message>
        <message>
            <source>%1 was created.</source>
            <translation>%1 was created.</translation>
        </message>
        <message>
            <source>%1 was changed.</source>
            <translation>%1 was changed.</translation>
        </message>
        <message>
            <source>%1 is unchanged: it already matched this file.</source>
            <translation>%1 is unchanged: it already matched this file.</translation>
        </message>
        <message>
            <source>%1: other field managers own fields this file sets. Nothing was changed.</source>
            <translation>%1: other field managers own fields this file sets. Nothing was changed.</translation>
        </message>
        <message>
            <source>The server said:
%1</source>
            <translation>The server said:
%1</translation>
        </message>
        <message>
            <source>Taking ownership of these fields would change:</source>
            <translation>Taking ownership of these fields would change:</translation>
        </message>
        <message>
            <source>%1 failed:
%2</source>
            <translation>%1 failed:
%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CapacityChart</name>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Allocatable</source>
            <translation>Allocatable</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>Limits</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Usage</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>cores</source>
            <translation>cores</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memory</translation>
        </message>
        <message>
            <source>GiB</source>
            <translation>GiB</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ClusterActions</name>
        <message>
            <source>Cluster results</source>
            <translation>Cluster results</translation>
        </message>
        <message>
            <source>&amp;Diff with Cluster</source>
            <translation>&amp;Diff with Cluster</translation>
        </message>
        <message>
            <source>D&amp;ry Run on Cluster</source>
            <translation>D&amp;ry Run on Cluster</translation>
        </message>
        <message>
            <source>&amp;Apply to Cluster</source>
            <translation>&amp;Apply to Cluster</translation>
        </message>
        <message>
            <source>&amp;Cluster</source>
            <translation>&amp;Cluster</translation>
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
            <source>No cluster</source>
            <translation>No cluster</translation>
        </message>
        <message>
            <source>This editor was opened without a kubeconfig; it works offline only.</source>
            <translation>This editor was opened without a kubeconfig; it works offline only.</translation>
        </message>
        <message>
            <source>%1 on %2, namespace %3</source>
            <translation>%1 on %2, namespace %3</translation>
        </message>
        <message>
            <source>No contexts</source>
            <translation>No contexts</translation>
        </message>
        <message>
            <source>The cluster that Diff, Dry Run and Apply talk to</source>
            <translation>The cluster that Diff, Dry Run and Apply talk to</translation>
        </message>
        <message>
            <source>No cluster: this editor was started without a kubeconfig (sextant --edit found none).</source>
            <translation>No cluster: this editor was started without a kubeconfig (sextant --edit found none).</translation>
        </message>
        <message>
            <source>No cluster: no kubeconfig contexts were found (--kubeconfig, KUBECONFIG or ~/.kube/config).</source>
            <translation>No cluster: no kubeconfig contexts were found (--kubeconfig, KUBECONFIG or ~/.kube/config).</translation>
        </message>
        <message>
            <source>Open a manifest first.</source>
            <translation>Open a manifest first.</translation>
        </message>
        <message>
            <source>Busy with the cluster; wait or cancel in the Cluster results panel.</source>
            <translation>Busy with the cluster; wait or cancel in the Cluster results panel.</translation>
        </message>
        <message>
            <source>Compare this file's objects with the live ones on %1 (server-side dry run; nothing changes)</source>
            <translation>Compare this file's objects with the live ones on %1 (server-side dry run; nothing changes)</translation>
        </message>
        <message>
            <source>Let %1 check this file's objects without saving them</source>
            <translation>Let %1 check this file's objects without saving them</translation>
        </message>
        <message>
            <source>Server-side apply this file's objects to %1 as field manager "sextant"</source>
            <translation>Server-side apply this file's objects to %1 as field manager "sextant"</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>connecting…</translation>
        </message>
        <message>
            <source>the file was closed.</source>
            <translation>the file was closed.</translation>
        </message>
        <message>
            <source>reading the cluster's kinds…</source>
            <translation>reading the cluster's kinds…</translation>
        </message>
        <message>
            <source>the cluster's API discovery failed.</source>
            <translation>the cluster's API discovery failed.</translation>
        </message>
        <message>
            <source>cannot connect: %1</source>
            <translation>cannot connect: %1</translation>
        </message>
        <message>
            <source>this file has no objects.</source>
            <translation>this file has no objects.</translation>
        </message>
        <message>
            <source>the connection was closed.</source>
            <translation>the connection was closed.</translation>
        </message>
        <message>
            <source>%1 is owned by "%2" on %3</source>
            <translation>%1 is owned by "%2" on %3</translation>
        </message>
        <message>
            <source>cancelled.</source>
            <translation>cancelled.</translation>
        </message>
        <message>
            <source>Diff with %1</source>
            <translation>Diff with %1</translation>
        </message>
        <message>
            <source>Dry run on %1</source>
            <translation>Dry run on %1</translation>
        </message>
        <message>
            <source>Apply to %1</source>
            <translation>Apply to %1</translation>
        </message>
        <message>
            <source>Apply to %1, taking ownership</source>
            <translation>Apply to %1, taking ownership</translation>
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
        <name>Sextant::Ui::CodeEditor</name>
        <message>
            <source>(required)</source>
            <translation>(required)</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>Values:</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CommandPalette</name>
        <message>
            <source>Command palette</source>
            <translation>Command palette</translation>
        </message>
        <message>
            <source>Go to a kind, cluster or object, or run an action…</source>
            <translation>Go to a kind, cluster or object, or run an action…</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Matches</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ConfigMapWizard</name>
        <message>
            <source>Create config map</source>
            <translation>Create config map</translation>
        </message>
        <message>
            <source>Config map</source>
            <translation>Config map</translation>
        </message>
        <message>
            <source>Settings for workloads, as keys and values they read as environment variables or files. Values may span several lines; files that are not text are kept as bytes.</source>
            <translation>Settings for workloads, as keys and values they read as environment variables or files. Values may span several lines; files that are not text are kept as bytes.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. shop-settings</source>
            <translation>e.g. shop-settings</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Keys and values</source>
            <translation>Keys and values</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ConflictDialog</name>
        <message>
            <source>Fields owned by other managers</source>
            <translation>Fields owned by other managers</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing was changed on these objects on %1&lt;/b&gt;: other field managers own fields this file sets.</source>
            <translation>&lt;b&gt;Nothing was changed on these objects on %1&lt;/b&gt;: other field managers own fields this file sets.</translation>
        </message>
        <message>
            <source>Taking ownership sets this file's values and makes Sextant the manager of these fields. Whoever set them before (a controller, a pipeline, a colleague with kubectl) may set them back; consider removing the fields from this file instead.</source>
            <translation>Taking ownership sets this file's values and makes Sextant the manager of these fields. Whoever set them before (a controller, a pipeline, a colleague with kubectl) may set them back; consider removing the fields from this file instead.</translation>
        </message>
        <message>
            <source>Object and field</source>
            <translation>Object and field</translation>
        </message>
        <message>
            <source>Owned by</source>
            <translation>Owned by</translation>
        </message>
        <message>
            <source>%1 (through %2)</source>
            <translation>%1 (through %2)</translation>
        </message>
        <message>
            <source>%1, using %2</source>
            <translation>%1, using %2</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <source>Apply and &amp;take ownership</source>
            <translation>Apply and &amp;take ownership</translation>
        </message>
        <message>
            <source>&amp;Leave unchanged</source>
            <translation>&amp;Leave unchanged</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ContainerForm</name>
        <message>
            <source>Add &amp;port</source>
            <translation>Add &amp;port</translation>
        </message>
        <message>
            <source>Add &amp;variable</source>
            <translation>Add &amp;variable</translation>
        </message>
        <message>
            <source>Container name</source>
            <translation>Container name</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>e.g. nginx:1.27 or ghcr.io/org/app:v1</source>
            <translation>e.g. nginx:1.27 or ghcr.io/org/app:v1</translation>
        </message>
        <message>
            <source>Default (Always for :latest, else IfNotPresent)</source>
            <translation>Default (Always for :latest, else IfNotPresent)</translation>
        </message>
        <message>
            <source>Pull policy</source>
            <translation>Pull policy</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>the image's entrypoint when empty</source>
            <translation>the image's entrypoint when empty</translation>
        </message>
        <message>
            <source>Arguments</source>
            <translation>Arguments</translation>
        </message>
        <message>
            <source>e.g. --port 8080 "a quoted word"</source>
            <translation>e.g. --port 8080 "a quoted word"</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memory</translation>
        </message>
        <message>
            <source>Requests:</source>
            <translation>Requests:</translation>
        </message>
        <message>
            <source>Limits:</source>
            <translation>Limits:</translation>
        </message>
        <message>
            <source>e.g. 250m</source>
            <translation>e.g. 250m</translation>
        </message>
        <message>
            <source>e.g. 256Mi</source>
            <translation>e.g. 256Mi</translation>
        </message>
        <message>
            <source>Liveness probe (restart when failing)</source>
            <translation>Liveness probe (restart when failing)</translation>
        </message>
        <message>
            <source>Readiness probe (receive traffic when passing)</source>
            <translation>Readiness probe (receive traffic when passing)</translation>
        </message>
        <message>
            <source>Startup probe (wait for slow starts)</source>
            <translation>Startup probe (wait for slow starts)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Image:</source>
            <translation>&amp;Image:</translation>
        </message>
        <message>
            <source>P&amp;ull policy:</source>
            <translation>P&amp;ull policy:</translation>
        </message>
        <message>
            <source>Co&amp;mmand:</source>
            <translation>Co&amp;mmand:</translation>
        </message>
        <message>
            <source>&amp;Arguments:</source>
            <translation>&amp;Arguments:</translation>
        </message>
        <message>
            <source>Ports:</source>
            <translation>Ports:</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Environment:</translation>
        </message>
        <message>
            <source>Add all &amp;keys of…</source>
            <translation>Add all &amp;keys of…</translation>
        </message>
        <message>
            <source>Environment from:</source>
            <translation>Environment from:</translation>
        </message>
        <message>
            <source>Keeps running beside t&amp;he app (sidecar)</source>
            <translation>Keeps running beside t&amp;he app (sidecar)</translation>
        </message>
        <message>
            <source>Writes restartPolicy: Always on this init container.</source>
            <translation>Writes restartPolicy: Always on this init container.</translation>
        </message>
        <message>
            <source>A sidecar starts in order with the init containers, and the next one starts as soon as it runs (and its startup probe passes). It then keeps running beside the app containers, is restarted when it stops, and may have probes.</source>
            <translation>A sidecar starts in order with the init containers, and the next one starts as soon as it runs (and its startup probe passes). It then keeps running beside the app containers, is restarted when it stops, and may have probes.</translation>
        </message>
        <message>
            <source>An init container runs to completion before the app containers start; init containers run one after another. It has no probes.</source>
            <translation>An init container runs to completion before the app containers start; init containers run one after another. It has no probes.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ContainersForm</name>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Containers</translation>
        </message>
        <message>
            <source>None (public images)</source>
            <translation>None (public images)</translation>
        </message>
        <message>
            <source>Image pull secret</source>
            <translation>Image pull secret</translation>
        </message>
        <message>
            <source>&amp;Add container</source>
            <translation>&amp;Add container</translation>
        </message>
        <message>
            <source>Image &amp;pull secret:</source>
            <translation>Image &amp;pull secret:</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(unnamed)</translation>
        </message>
        <message>
            <source>Add i&amp;nit container</source>
            <translation>Add i&amp;nit container</translation>
        </message>
        <message>
            <source>%1 (init)</source>
            <translation>%1 (init)</translation>
        </message>
        <message>
            <source>Init containers run one after another before the other containers start; each must finish successfully, unless it is a sidecar that keeps running beside them.</source>
            <translation>Init containers run one after another before the other containers start; each must finish successfully, unless it is a sidecar that keeps running beside them.</translation>
        </message>
        <message>
            <source>%1 (sidecar)</source>
            <translation>%1 (sidecar)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CordonAction</name>
        <message>
            <source>Cordon</source>
            <translation>Cordon</translation>
        </message>
        <message>
            <source>Uncordon</source>
            <translation>Uncordon</translation>
        </message>
        <message>
            <source>Node %1 is already cordoned.</source>
            <translation>Node %1 is already cordoned.</translation>
        </message>
        <message>
            <source>Node %1 is schedulable.</source>
            <translation>Node %1 is schedulable.</translation>
        </message>
        <message>
            <source>These nodes are already cordoned.</source>
            <translation>These nodes are already cordoned.</translation>
        </message>
        <message>
            <source>These nodes are schedulable.</source>
            <translation>These nodes are schedulable.</translation>
        </message>
        <message>
            <source>node %1</source>
            <translation>node %1</translation>
        </message>
        <message numerus="yes">
            <source>%n nodes</source>
            <translation>
                <numerusform>%n nodes</numerusform>
                <numerusform>%n nodes</numerusform>
            </translation>
        </message>
        <message>
            <source>Cordoning %1…</source>
            <translation>Cordoning %1…</translation>
        </message>
        <message>
            <source>Uncordoning %1…</source>
            <translation>Uncordoning %1…</translation>
        </message>
        <message>
            <source>Cordoned %1: no new pods will be scheduled there.</source>
            <translation>Cordoned %1: no new pods will be scheduled there.</translation>
        </message>
        <message>
            <source>Uncordoned %1: pods can be scheduled there again.</source>
            <translation>Uncordoned %1: pods can be scheduled there again.</translation>
        </message>
        <message>
            <source>Could not cordon node %1</source>
            <translation>Could not cordon node %1</translation>
        </message>
        <message>
            <source>Could not uncordon node %1</source>
            <translation>Could not uncordon node %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CronJobActions</name>
        <message>
            <source>Suspend</source>
            <translation>Suspend</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Already suspended.</source>
            <translation>Already suspended.</translation>
        </message>
        <message>
            <source>Not suspended.</source>
            <translation>Not suspended.</translation>
        </message>
        <message>
            <source>Suspending %1…</source>
            <translation>Suspending %1…</translation>
        </message>
        <message>
            <source>Resuming %1…</source>
            <translation>Resuming %1…</translation>
        </message>
        <message>
            <source>Suspended %1.</source>
            <translation>Suspended %1.</translation>
        </message>
        <message>
            <source>Resumed %1.</source>
            <translation>Resumed %1.</translation>
        </message>
        <message>
            <source>Could not suspend %1</source>
            <translation>Could not suspend %1</translation>
        </message>
        <message>
            <source>Could not resume %1</source>
            <translation>Could not resume %1</translation>
        </message>
        <message>
            <source>Run now</source>
            <translation>Run now</translation>
        </message>
        <message>
            <source>Creating a job from cronjob %1…</source>
            <translation>Creating a job from cronjob %1…</translation>
        </message>
        <message>
            <source>Created job %1 from cronjob %2.</source>
            <translation>Created job %1 from cronjob %2.</translation>
        </message>
        <message>
            <source>Could not run cronjob %1</source>
            <translation>Could not run cronjob %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DeleteAction</name>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DeleteDialog</name>
        <message>
            <source>Background</source>
            <translation>Background</translation>
        </message>
        <message>
            <source>Deleted now; dependents such as pods are removed afterwards in the background.</source>
            <translation>Deleted now; dependents such as pods are removed afterwards in the background.</translation>
        </message>
        <message>
            <source>Foreground</source>
            <translation>Foreground</translation>
        </message>
        <message>
            <source>Dependents are removed first; the object stays until they are gone.</source>
            <translation>Dependents are removed first; the object stays until they are gone.</translation>
        </message>
        <message>
            <source>Orphan</source>
            <translation>Orphan</translation>
        </message>
        <message>
            <source>Only this object is deleted; dependents keep running.</source>
            <translation>Only this object is deleted; dependents keep running.</translation>
        </message>
        <message>
            <source>Delete %1 %2?</source>
            <translation>Delete %1 %2?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n %1 objects?</source>
            <translation>
                <numerusform>Delete %n %1 objects?</numerusform>
                <numerusform>Delete %n %1 objects?</numerusform>
            </translation>
        </message>
        <message>
            <source>This %1 will be deleted:</source>
            <translation>This %1 will be deleted:</translation>
        </message>
        <message numerus="yes">
            <source>These %n %1 objects will be deleted:</source>
            <translation>
                <numerusform>These %n %1 objects will be deleted:</numerusform>
                <numerusform>These %n %1 objects will be deleted:</numerusform>
            </translation>
        </message>
        <message>
            <source>Objects to delete</source>
            <translation>Objects to delete</translation>
        </message>
        <message>
            <source>Dependent objects</source>
            <translation>Dependent objects</translation>
        </message>
        <message>
            <source>Propagation policy</source>
            <translation>Propagation policy</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message numerus="yes">
            <source>%n %1 objects</source>
            <translation>
                <numerusform>%n %1 objects</numerusform>
                <numerusform>%n %1 objects</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleting %1…</source>
            <translation>Deleting %1…</translation>
        </message>
        <message>
            <source>%1: deleted</source>
            <translation>%1: deleted</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>Deleted %1.</translation>
        </message>
        <message>
            <source>Could not delete %1</source>
            <translation>Could not delete %1</translation>
        </message>
        <message>
            <source>Deleted %1; could not delete %2</source>
            <translation>Deleted %1; could not delete %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DetailPane</name>
        <message>
            <source>Select an object to see its details.</source>
            <translation>Select an object to see its details.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Related</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadata</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>YAML</source>
            <translation>YAML</translation>
        </message>
        <message>
            <source>This object does not exist (any more).</source>
            <translation>This object does not exist (any more).</translation>
        </message>
        <message>
            <source>This object was deleted. What you see is its last known state.</source>
            <translation>This object was deleted. What you see is its last known state.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DetailTables</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
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
        <name>Sextant::Ui::DrainAction</name>
        <message>
            <source>Drain…</source>
            <translation>Drain…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DrainDialog</name>
        <message>
            <source>Drain node %1</source>
            <translation>Drain node %1</translation>
        </message>
        <message>
            <source>Draining cordons node %1, then evicts its pods through the eviction API, which respects PodDisruptionBudgets. Controllers recreate evicted pods on other nodes. The node stays cordoned afterwards; uncordon it when maintenance is done.</source>
            <translation>Draining cordons node %1, then evicts its pods through the eviction API, which respects PodDisruptionBudgets. Controllers recreate evicted pods on other nodes. The node stays cordoned afterwards; uncordon it when maintenance is done.</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Drain options</source>
            <translation>Drain options</translation>
        </message>
        <message>
            <source>DaemonSet pods stay on the node: their controller ignores cordoning and would start them again at once. Without this, their presence stops the drain.</source>
            <translation>DaemonSet pods stay on the node: their controller ignores cordoning and would start them again at once. Without this, their presence stops the drain.</translation>
        </message>
        <message>
            <source>Ignore DaemonSets</source>
            <translation>Ignore DaemonSets</translation>
        </message>
        <message>
            <source>Pods with emptyDir volumes are evicted too; the data in those volumes is lost.</source>
            <translation>Pods with emptyDir volumes are evicted too; the data in those volumes is lost.</translation>
        </message>
        <message>
            <source>Delete emptyDir data</source>
            <translation>Delete emptyDir data</translation>
        </message>
        <message>
            <source>Pods that no controller manages are evicted too; nothing recreates them.</source>
            <translation>Pods that no controller manages are evicted too; nothing recreates them.</translation>
        </message>
        <message>
            <source>Force: evict unmanaged pods</source>
            <translation>Force: evict unmanaged pods</translation>
        </message>
        <message>
            <source>Each pod's own</source>
            <translation>Each pod's own</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Grace period in seconds</source>
            <translation>Grace period in seconds</translation>
        </message>
        <message>
            <source>&amp;Grace period:</source>
            <translation>&amp;Grace period:</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>No limit</translation>
        </message>
        <message>
            <source>Give up after seconds</source>
            <translation>Give up after seconds</translation>
        </message>
        <message>
            <source>Give &amp;up after:</source>
            <translation>Give &amp;up after:</translation>
        </message>
        <message>
            <source>Pods on node %1</source>
            <translation>Pods on node %1</translation>
        </message>
        <message>
            <source>Namespace</source>
            <translation>Namespace</translation>
        </message>
        <message>
            <source>Pod</source>
            <translation>Pod</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Drain status</source>
            <translation>Drain status</translation>
        </message>
        <message>
            <source>&amp;Drain</source>
            <translation>&amp;Drain</translation>
        </message>
        <message>
            <source>Node %1 cordoned. Listing its pods…</source>
            <translation>Node %1 cordoned. Listing its pods…</translation>
        </message>
        <message>
            <source>Evicting pods from node %1…</source>
            <translation>Evicting pods from node %1…</translation>
        </message>
        <message>
            <source>No pods run on node %1.</source>
            <translation>No pods run on node %1.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Left in place</source>
            <translation>Left in place</translation>
        </message>
        <message>
            <source>Needs an option</source>
            <translation>Needs an option</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Deleting…</translation>
        </message>
        <message>
            <source>Evicting…</source>
            <translation>Evicting…</translation>
        </message>
        <message>
            <source>Evicted, stopping…</source>
            <translation>Evicted, stopping…</translation>
        </message>
        <message>
            <source>Blocked by a PodDisruptionBudget</source>
            <translation>Blocked by a PodDisruptionBudget</translation>
        </message>
        <message>
            <source>Blocked by PodDisruptionBudget %1</source>
            <translation>Blocked by PodDisruptionBudget %1</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Evicted</source>
            <translation>Evicted</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Cordoning node %1…</source>
            <translation>Cordoning node %1…</translation>
        </message>
        <message>
            <source>Draining node %1…</source>
            <translation>Draining node %1…</translation>
        </message>
        <message>
            <source>Could not drain node %1</source>
            <translation>Could not drain node %1</translation>
        </message>
        <message>
            <source>&amp;Drain again</source>
            <translation>&amp;Drain again</translation>
        </message>
        <message>
            <source>Cancel drain</source>
            <translation>Cancel drain</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the drain</source>
            <translation>Cancel the drain</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DuplicateAction</name>
        <message>
            <source>Duplicate…</source>
            <translation>Duplicate…</translation>
        </message>
        <message>
            <source>Cannot duplicate %1 %2</source>
            <translation>Cannot duplicate %1 %2</translation>
        </message>
        <message>
            <source>Created %1 %2.</source>
            <translation>Created %1 %2.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::EditorTab</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Loading %1…</translation>
        </message>
        <message>
            <source>This file is not valid UTF-8: the byte at offset %1 cannot be decoded. It is open read-only, so saving cannot change bytes the editor could not read.</source>
            <translation>This file is not valid UTF-8: the byte at offset %1 cannot be decoded. It is open read-only, so saving cannot change bytes the editor could not read.</translation>
        </message>
        <message>
            <source>%1 is open read-only because it is not valid UTF-8.</source>
            <translation>%1 is open read-only because it is not valid UTF-8.</translation>
        </message>
        <message>
            <source>%1 is still loading.</source>
            <translation>%1 is still loading.</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>Cannot save %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::EnvFromRow</name>
        <message>
            <source>All keys of ConfigMap</source>
            <translation>All keys of ConfigMap</translation>
        </message>
        <message>
            <source>All keys of Secret</source>
            <translation>All keys of Secret</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>prefix (optional), e.g. DB_</source>
            <translation>prefix (optional), e.g. DB_</translation>
        </message>
        <message>
            <source>Prefix</source>
            <translation>Prefix</translation>
        </message>
        <message>
            <source>Not valid variable names, skipped by the kubelet: %1</source>
            <translation>Not valid variable names, skipped by the kubelet: %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::EnvRow</name>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Variable name</source>
            <translation>Variable name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>ConfigMap key</source>
            <translation>ConfigMap key</translation>
        </message>
        <message>
            <source>Secret key</source>
            <translation>Secret key</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::EventsTab</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>%1 ago</translation>
        </message>
        <message>
            <source>Events are not available.</source>
            <translation>Events are not available.</translation>
        </message>
        <message>
            <source>Loading events…</source>
            <translation>Loading events…</translation>
        </message>
        <message>
            <source>No events. The cluster keeps events for about an hour.</source>
            <translation>No events. The cluster keeps events for about an hour.</translation>
        </message>
        <message>
            <source>1 event</source>
            <translation>1 event</translation>
        </message>
        <message>
            <source>%1 events, newest first</source>
            <translation>%1 events, newest first</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ExposureForm</name>
        <message>
            <source>Headless Service (gives each pod a stable DNS name)</source>
            <translation>Headless Service (gives each pod a stable DNS name)</translation>
        </message>
        <message>
            <source>Service in front of the pods</source>
            <translation>Service in front of the pods</translation>
        </message>
        <message>
            <source>Horizontal pod autoscaler</source>
            <translation>Horizontal pod autoscaler</translation>
        </message>
        <message>
            <source>Average &amp;CPU utilization (% of requests):</source>
            <translation>Average &amp;CPU utilization (% of requests):</translation>
        </message>
        <message>
            <source>Average &amp;memory utilization (% of requests):</source>
            <translation>Average &amp;memory utilization (% of requests):</translation>
        </message>
        <message>
            <source>Headless Service name</source>
            <translation>Headless Service name</translation>
        </message>
        <message>
            <source>Created with the StatefulSet (spec.serviceName); its ports are the containers' ports.</source>
            <translation>Created with the StatefulSet (spec.serviceName); its ports are the containers' ports.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Service name</source>
            <translation>Service name</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>Minimum replicas</source>
            <translation>Minimum replicas</translation>
        </message>
        <message>
            <source>Maximum replicas</source>
            <translation>Maximum replicas</translation>
        </message>
        <message>
            <source>CPU target</source>
            <translation>CPU target</translation>
        </message>
        <message>
            <source>Memory target</source>
            <translation>Memory target</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Scales the replicas between the bounds to keep the average usage near the target; needs metrics-server and container requests.</source>
            <translation>Scales the replicas between the bounds to keep the average usage near the target; needs metrics-server and container requests.</translation>
        </message>
        <message>
            <source>Replicas:</source>
            <translation>Replicas:</translation>
        </message>
        <message>
            <source>No %1 request in: %2. The autoscaler measures utilization against requests and cannot scale on %1 without them (Containers page).</source>
            <translation>No %1 request in: %2. The autoscaler measures utilization against requests and cannot scale on %1 without them (Containers page).</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::FieldRules</name>
        <message>
            <source>must be between 1 and 65535, inclusive</source>
            <translation>must be between 1 and 65535, inclusive</translation>
        </message>
        <message>
            <source>must be no more than 15 characters</source>
            <translation>must be no more than 15 characters</translation>
        </message>
        <message>
            <source>must contain only lower-case letters, digits and '-' (not at either end, not twice in a row), and at least one letter</source>
            <translation>must contain only lower-case letters, digits and '-' (not at either end, not twice in a row), and at least one letter</translation>
        </message>
        <message>
            <source>must be a quantity such as 250m, 0.5, 512Mi or 2Gi</source>
            <translation>must be a quantity such as 250m, 0.5, 512Mi or 2Gi</translation>
        </message>
        <message>
            <source>must be greater than zero</source>
            <translation>must be greater than zero</translation>
        </message>
        <message>
            <source>a variable needs a name</source>
            <translation>a variable needs a name</translation>
        </message>
        <message>
            <source>must not contain '='</source>
            <translation>must not contain '='</translation>
        </message>
        <message>
            <source>must consist of printable ASCII characters</source>
            <translation>must consist of printable ASCII characters</translation>
        </message>
        <message>
            <source>must be an absolute path such as /data</source>
            <translation>must be an absolute path such as /data</translation>
        </message>
        <message>
            <source>must not contain ':'</source>
            <translation>must not contain ':'</translation>
        </message>
        <message>
            <source>must be a number of pods or a percentage such as 25%</source>
            <translation>must be a number of pods or a percentage such as 25%</translation>
        </message>
        <message>
            <source>must start with a letter (a DNS-1035 label)</source>
            <translation>must start with a letter (a DNS-1035 label)</translation>
        </message>
        <message>
            <source>must be an absolute path such as /var/log</source>
            <translation>must be an absolute path such as /var/log</translation>
        </message>
        <message>
            <source>must not contain '..'</source>
            <translation>must not contain '..'</translation>
        </message>
        <message>
            <source>a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit</source>
            <translation>a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit</translation>
        </message>
        <message>
            <source>must be between 0 and 2147483647, inclusive</source>
            <translation>must be between 0 and 2147483647, inclusive</translation>
        </message>
        <message>
            <source>%1: must be between 0 and 2147483647, inclusive</source>
            <translation>%1: must be between 0 and 2147483647, inclusive</translation>
        </message>
        <message>
            <source>%1: capability names are upper case letters, digits and '_', such as NET_BIND_SERVICE</source>
            <translation>%1: capability names are upper case letters, digits and '_', such as NET_BIND_SERVICE</translation>
        </message>
        <message>
            <source>%1: write %2; containerd adds the CAP_ prefix itself, and a container with CAP_%1 fails to start</source>
            <translation>%1: write %2; containerd adds the CAP_ prefix itself, and a container with CAP_%1 fails to start</translation>
        </message>
        <message>
            <source>adding ALL gives the container every capability of the node's root user</source>
            <translation>adding ALL gives the container every capability of the node's root user</translation>
        </message>
        <message>
            <source>%1 is not a Linux capability; the container may fail to start</source>
            <translation>%1 is not a Linux capability; the container may fail to start</translation>
        </message>
        <message>
            <source>must be set when seccomp type is Localhost</source>
            <translation>must be set when seccomp type is Localhost</translation>
        </message>
        <message>
            <source>must be a relative path (to the kubelet's seccomp directory), such as profiles/audit.json</source>
            <translation>must be a relative path (to the kubelet's seccomp directory), such as profiles/audit.json</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::FindReplaceBar</name>
        <message>
            <source>Match case</source>
            <translation>Match case</translation>
        </message>
        <message>
            <source>Whole words</source>
            <translation>Whole words</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>Regular expression</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Replace with</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Find previous (Shift+F3)</source>
            <translation>Find previous (Shift+F3)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Find next (F3)</source>
            <translation>Find next (F3)</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Replace All</source>
            <translation>Replace All</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Close find bar</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1</source>
            <translation>Invalid regular expression: %1</translation>
        </message>
        <message>
            <source>Continued from the end</source>
            <translation>Continued from the end</translation>
        </message>
        <message>
            <source>Continued from the top</source>
            <translation>Continued from the top</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation>
                <numerusform>%n replaced</numerusform>
                <numerusform>%n replaced</numerusform>
            </translation>
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
        <name>Sextant::Ui::IngressBackendPicker</name>
        <message>
            <source>Backend service</source>
            <translation>Backend service</translation>
        </message>
        <message>
            <source>Backend port</source>
            <translation>Backend port</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1 (not found)</translation>
        </message>
        <message>
            <source>%1 (port %2)</source>
            <translation>%1 (port %2)</translation>
        </message>
        <message>
            <source>the project has no services</source>
            <translation>the project has no services</translation>
        </message>
        <message>
            <source>choose a service</source>
            <translation>choose a service</translation>
        </message>
        <message>
            <source>the service has no ports</source>
            <translation>the service has no ports</translation>
        </message>
        <message>
            <source>port %1: %2</source>
            <translation>port %1: %2</translation>
        </message>
        <message>
            <source>port name "%1": %2</source>
            <translation>port name "%1": %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::IngressRuleEditor</name>
        <message>
            <source>must be an absolute path</source>
            <translation>must be an absolute path</translation>
        </message>
        <message>
            <source>must not contain '%1'</source>
            <translation>must not contain '%1'</translation>
        </message>
        <message>
            <source>must not end with '%1'</source>
            <translation>must not end with '%1'</translation>
        </message>
        <message>
            <source>Add &amp;path</source>
            <translation>Add &amp;path</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Remove rule</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>every host; e.g. shop.example.com or *.example.com</source>
            <translation>every host; e.g. shop.example.com or *.example.com</translation>
        </message>
        <message>
            <source>Add path</source>
            <translation>Add path</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Path</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Path type</source>
            <translation>Path type</translation>
        </message>
        <message>
            <source>Remove path</source>
            <translation>Remove path</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::IngressWizard</name>
        <message>
            <source>Create app route (ingress)</source>
            <translation>Create app route (ingress)</translation>
        </message>
        <message>
            <source> (default)</source>
            <translation> (default)</translation>
        </message>
        <message>
            <source>App route</source>
            <translation>App route</translation>
        </message>
        <message>
            <source>Routes HTTP and HTTPS requests from outside the cluster to services of the project. The ingress class says which controller serves the route; the cluster's default class is preselected.</source>
            <translation>Routes HTTP and HTTPS requests from outside the cluster to services of the project. The ingress class says which controller serves the route; the cluster's default class is preselected.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. shop</source>
            <translation>e.g. shop</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Ingress class</source>
            <translation>Ingress class</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>Ingress &amp;class:</source>
            <translation>Ingress &amp;class:</translation>
        </message>
        <message>
            <source>Routing rules</source>
            <translation>Routing rules</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>Add &amp;rule</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>HTTPS for some hosts: each entry names the hosts a certificate covers and the kubernetes.io/tls secret of the project that holds it. Without entries the route serves plain HTTP.</source>
            <translation>HTTPS for some hosts: each entry names the hosts a certificate covers and the kubernetes.io/tls secret of the project that holds it. Without entries the route serves plain HTTP.</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Hosts</translation>
        </message>
        <message>
            <source>TLS secret</source>
            <translation>TLS secret</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add &amp;TLS entry</source>
            <translation>Add &amp;TLS entry</translation>
        </message>
        <message>
            <source>&amp;New TLS secret…</source>
            <translation>&amp;New TLS secret…</translation>
        </message>
        <message>
            <source>Make a kubernetes.io/tls secret from certificate and key files; it is chosen in the last TLS entry.</source>
            <translation>Make a kubernetes.io/tls secret from certificate and key files; it is chosen in the last TLS entry.</translation>
        </message>
        <message>
            <source>TLS hosts</source>
            <translation>TLS hosts</translation>
        </message>
        <message>
            <source>e.g. shop.example.com, www.example.com</source>
            <translation>e.g. shop.example.com, www.example.com</translation>
        </message>
        <message>
            <source>Remove TLS entry</source>
            <translation>Remove TLS entry</translation>
        </message>
        <message>
            <source>Each rule matches a host (or every host) and sends its paths to a service's port. Prefix matches the path and everything below it, Exact only the path itself. A default backend takes the requests no rule matches.</source>
            <translation>Each rule matches a host (or every host) and sends its paths to a service's port. Prefix matches the path and everything below it, Exact only the path itself. A default backend takes the requests no rule matches.</translation>
        </message>
        <message>
            <source>&amp;Default backend</source>
            <translation>&amp;Default backend</translation>
        </message>
        <message>
            <source>Requests that match no rule go to this service. Without a default backend the ingress controller answers them itself, usually with 404 Not Found.</source>
            <translation>Requests that match no rule go to this service. Without a default backend the ingress controller answers them itself, usually with 404 Not Found.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>An app route needs at least one rule or a default backend.</source>
            <translation>An app route needs at least one rule or a default backend.</translation>
        </message>
        <message>
            <source>paths sent to a resource instead of a service</source>
            <translation>paths sent to a resource instead of a service</translation>
        </message>
        <message>
            <source>a default backend that is a resource instead of a service</source>
            <translation>a default backend that is a resource instead of a service</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::KeyValueEditor</name>
        <message>
            <source>&amp;Add key</source>
            <translation>&amp;Add key</translation>
        </message>
        <message>
            <source>Add from &amp;files…</source>
            <translation>Add from &amp;files…</translation>
        </message>
        <message>
            <source>Each file becomes a key named after it; files that are not UTF-8 text are kept as bytes.</source>
            <translation>Each file becomes a key named after it; files that are not UTF-8 text are kept as bytes.</translation>
        </message>
        <message>
            <source>key</source>
            <translation>key</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>value (several lines allowed)</source>
            <translation>value (several lines allowed)</translation>
        </message>
        <message>
            <source>Value (hidden)</source>
            <translation>Value (hidden)</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>binary, %1 (not UTF-8 text)</source>
            <translation>binary, %1 (not UTF-8 text)</translation>
        </message>
        <message>
            <source>text, %1 (too large to edit here)</source>
            <translation>text, %1 (too large to edit here)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>Remove key</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Show value</source>
            <translation>Show value</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Several lines: press Show to edit.</source>
            <translation>Several lines: press Show to edit.</translation>
        </message>
        <message>
            <source>%1 is %2; one object holds at most %3.</source>
            <translation>%1 is %2; one object holds at most %3.</translation>
        </message>
        <message>
            <source>%1 can't be read: %2</source>
            <translation>%1 can't be read: %2</translation>
        </message>
        <message>
            <source>Add keys from files</source>
            <translation>Add keys from files</translation>
        </message>
        <message>
            <source>enter a key for this value</source>
            <translation>enter a key for this value</translation>
        </message>
        <message>
            <source>the key "%1" is used more than once</source>
            <translation>the key "%1" is used more than once</translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n key</numerusform>
                <numerusform>%n keys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s), %1</source>
            <translation>
                <numerusform>%n key, %1</numerusform>
                <numerusform>%n keys, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s), %1 of at most %2</source>
            <translation>
                <numerusform>%n key, %1 of at most %2</numerusform>
                <numerusform>%n keys, %1 of at most %2</numerusform>
            </translation>
        </message>
        <message>
            <source>The values take %1 bytes; the server refuses more than %2 bytes (%3) in one object.</source>
            <translation>The values take %1 bytes; the server refuses more than %2 bytes (%3) in one object.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::KeyValueRow</name>
        <message>
            <source>key</source>
            <translation>key</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LiveEditAction</name>
        <message>
            <source>Edit YAML…</source>
            <translation>Edit YAML…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LiveEditWindow</name>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Apply the changes to the cluster (Ctrl+S, Ctrl+Return)</source>
            <translation>Apply the changes to the cluster (Ctrl+S, Ctrl+Return)</translation>
        </message>
        <message>
            <source>Load the object as it is on the server now</source>
            <translation>Load the object as it is on the server now</translation>
        </message>
        <message>
            <source>Could not load %1:
%2</source>
            <translation>Could not load %1:
%2</translation>
        </message>
        <message>
            <source>Edit %1[*]</source>
            <translation>Edit %1[*]</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Applying…</translation>
        </message>
        <message>
            <source>Someone changed the object meanwhile; fetching their version to merge…</source>
            <translation>Someone changed the object meanwhile; fetching their version to merge…</translation>
        </message>
        <message>
            <source>Not loaded.</source>
            <translation>Not loaded.</translation>
        </message>
        <message>
            <source>Editing resourceVersion %1.</source>
            <translation>Editing resourceVersion %1.</translation>
        </message>
        <message>
            <source>Decide each conflict first: Take theirs or Keep mine.</source>
            <translation>Decide each conflict first: Take theirs or Keep mine.</translation>
        </message>
        <message>
            <source>Conflicts without a decision: %1. Take theirs or Keep mine for each, then Apply.</source>
            <translation>Conflicts without a decision: %1. Take theirs or Keep mine for each, then Apply.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>Applied. %1 is now at resourceVersion %2.</source>
            <translation>Applied. %1 is now at resourceVersion %2.</translation>
        </message>
        <message>
            <source>%1 updated.</source>
            <translation>%1 updated.</translation>
        </message>
        <message>
            <source>The request failed (HTTP %1).</source>
            <translation>The request failed (HTTP %1).</translation>
        </message>
        <message>
            <source>Not applied:
%1</source>
            <translation>Not applied:
%1</translation>
        </message>
        <message>
            <source>Someone changed %1 while you edited it. Your changes and theirs were merged without conflicts: check the merged result and Apply.</source>
            <translation>Someone changed %1 while you edited it. Your changes and theirs were merged without conflicts: check the merged result and Apply.</translation>
        </message>
        <message>
            <source>Someone changed %1 while you edited it, and both sides changed some fields differently (conflicts: %2). Decide for each, Take theirs or Keep mine, then Apply.</source>
            <translation>Someone changed %1 while you edited it, and both sides changed some fields differently (conflicts: %2). Decide for each, Take theirs or Keep mine, then Apply.</translation>
        </message>
        <message>
            <source>Discard your unapplied changes and load %1 as it is now?</source>
            <translation>Discard your unapplied changes and load %1 as it is now?</translation>
        </message>
        <message>
            <source>&amp;Discard and Reload</source>
            <translation>&amp;Discard and Reload</translation>
        </message>
        <message>
            <source>Your changes to %1 are not applied. Close and discard them?</source>
            <translation>Your changes to %1 are not applied. Close and discard them?</translation>
        </message>
        <message>
            <source>&amp;Discard Changes</source>
            <translation>&amp;Discard Changes</translation>
        </message>
        <message>
            <source>Checking with the server…</source>
            <translation>Checking with the server…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LogView</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>All containers</source>
            <translation>All containers</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>The log of the previous, terminated instance of each container</source>
            <translation>The log of the previous, terminated instance of each container</translation>
        </message>
        <message>
            <source>Timestamps</source>
            <translation>Timestamps</translation>
        </message>
        <message>
            <source>Wrap</source>
            <translation>Wrap</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Save As…</translation>
        </message>
        <message>
            <source>Save the loaded lines to a file</source>
            <translation>Save the loaded lines to a file</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Following</source>
            <translation>Following</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Click to pause scrolling; lines keep arriving</source>
            <translation>Click to pause scrolling; lines keep arriving</translation>
        </message>
        <message>
            <source>Click to follow new lines again</source>
            <translation>Click to follow new lines again</translation>
        </message>
        <message numerus="yes">
            <source>%n new line(s) ↓</source>
            <translation>
                <numerusform>%n new line ↓</numerusform>
                <numerusform>%n new lines ↓</numerusform>
            </translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>No matches</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match(es)</numerusform>
                <numerusform>%n match(es)</numerusform>
            </translation>
        </message>
        <message>
            <source>Save Log As</source>
            <translation>Save Log As</translation>
        </message>
        <message>
            <source>Log files (*.log *.txt)</source>
            <translation>Log files (*.log *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>Could not save %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 oldest dropped (limit %2)</source>
            <translation>%1 oldest dropped (limit %2)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LogWindow</name>
        <message>
            <source>Logs: %1</source>
            <translation>Logs: %1</translation>
        </message>
        <message>
            <source>Logs: %1 (%2)</source>
            <translation>Logs: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LogsAction</name>
        <message>
            <source>Logs</source>
            <translation>Logs</translation>
        </message>
        <message>
            <source>It selects no pods.</source>
            <translation>It selects no pods.</translation>
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
        <message>
            <source>&amp;New window</source>
            <translation>&amp;New window</translation>
        </message>
        <message>
            <source>Manifest &amp;editor</source>
            <translation>Manifest &amp;editor</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Command &amp;palette…</source>
            <translation>Command &amp;palette…</translation>
        </message>
        <message>
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <source>Created %1 %2.</source>
            <translation>Created %1 %2.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrics</translation>
        </message>
        <message>
            <source>%1 is not among the kinds Sextant lists.</source>
            <translation>%1 is not among the kinds Sextant lists.</translation>
        </message>
        <message>
            <source>Go to</source>
            <translation>Go to</translation>
        </message>
        <message>
            <source>Switch cluster</source>
            <translation>Switch cluster</translation>
        </message>
        <message>
            <source>Switch project</source>
            <translation>Switch project</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Unapplied edits</source>
            <translation>Unapplied edits</translation>
        </message>
        <message numerus="yes">
            <source>%n object edit(s) opened from this window are not applied yet. Close the window and discard them?</source>
            <translation>
                <numerusform>%n object edit opened from this window are not applied yet. Close the window and discard them?</numerusform>
                <numerusform>%n object edits opened from this window are not applied yet. Close the window and discard them?</numerusform>
            </translation>
        </message>
        <message>
            <source>From &amp;YAML file…</source>
            <translation>From &amp;YAML file…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ManifestEditorWindow</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Manifest Editor</source>
            <translation>Manifest Editor</translation>
        </message>
        <message>
            <source>an unsaved buffer</source>
            <translation>an unsaved buffer</translation>
        </message>
        <message numerus="yes">
            <source>The editor did not close normally. %n unsaved buffer(s) can be restored: %1</source>
            <translation>
                <numerusform>The editor did not close normally. %n unsaved buffer can be restored: %1</numerusform>
                <numerusform>The editor did not close normally. %n unsaved buffers can be restored: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Line:Col</source>
            <translation>Line:Col</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;Folder…</source>
            <translation>Open &amp;Folder…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>&amp;Replace…</source>
            <translation>&amp;Replace…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Find &amp;Next</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Find Pre&amp;vious</translation>
        </message>
        <message>
            <source>Toggle &amp;Comment</source>
            <translation>Toggle &amp;Comment</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <source>Convert to &amp;JSON</source>
            <translation>Convert to &amp;JSON</translation>
        </message>
        <message>
            <source>Convert to &amp;YAML</source>
            <translation>Convert to &amp;YAML</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Kubernetes version:</source>
            <translation>Kubernetes version:</translation>
        </message>
        <message>
            <source>The Kubernetes release this file is validated against</source>
            <translation>The Kubernetes release this file is validated against</translation>
        </message>
        <message>
            <source>Bundled default</source>
            <translation>Bundled default</translation>
        </message>
        <message>
            <source>Untitled-%1</source>
            <translation>Untitled-%1</translation>
        </message>
        <message>
            <source>Open Manifests</source>
            <translation>Open Manifests</translation>
        </message>
        <message>
            <source>Manifests (*.yaml *.yml *.json);;All files (*)</source>
            <translation>Manifests (*.yaml *.yml *.json);;All files (*)</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Open Folder</translation>
        </message>
        <message>
            <source>%1[*] — Manifest Editor</source>
            <translation>%1[*] — Manifest Editor</translation>
        </message>
        <message>
            <source>Ln %1, Col %2</source>
            <translation>Ln %1, Col %2</translation>
        </message>
        <message>
            <source>Errors: %1  Warnings: %2</source>
            <translation>Errors: %1  Warnings: %2</translation>
        </message>
        <message>
            <source>Kubernetes: bundled default</source>
            <translation>Kubernetes: bundled default</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Unsaved Changes</translation>
        </message>
        <message>
            <source>Save changes to %1 before closing?</source>
            <translation>Save changes to %1 before closing?</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) have unsaved changes. Save them before closing?</source>
            <translation>
                <numerusform>%n file have unsaved changes. Save them before closing?</numerusform>
                <numerusform>%n files have unsaved changes. Save them before closing?</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Problems (%1)</translation>
        </message>
        <message>
            <source>Formatting…</source>
            <translation>Formatting…</translation>
        </message>
        <message>
            <source>Converting to JSON…</source>
            <translation>Converting to JSON…</translation>
        </message>
        <message>
            <source>Converting to YAML…</source>
            <translation>Converting to YAML…</translation>
        </message>
        <message>
            <source>The text could not be read.</source>
            <translation>The text could not be read.</translation>
        </message>
        <message>
            <source>Nothing was changed: line %1, column %2: %3</source>
            <translation>Nothing was changed: line %1, column %2: %3</translation>
        </message>
        <message>
            <source>The text changed while it was being processed; nothing was replaced.</source>
            <translation>The text changed while it was being processed; nothing was replaced.</translation>
        </message>
        <message>
            <source>Comments are not kept by this change. Undo (Ctrl+Z) brings them back.</source>
            <translation>Comments are not kept by this change. Undo (Ctrl+Z) brings them back.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MergeView</name>
        <message>
            <source>Conflict: %1 was changed on both sides</source>
            <translation>Conflict: %1 was changed on both sides</translation>
        </message>
        <message>
            <source>Base: when you started editing</source>
            <translation>Base: when you started editing</translation>
        </message>
        <message>
            <source>Theirs: on the server now</source>
            <translation>Theirs: on the server now</translation>
        </message>
        <message>
            <source>Yours: your edit</source>
            <translation>Yours: your edit</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Yours</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Merged result: edit it, then Apply</source>
            <translation>Merged result: edit it, then Apply</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(removed)</translation>
        </message>
        <message>
            <source>No conflicts: your changes and theirs were merged.</source>
            <translation>No conflicts: your changes and theirs were merged.</translation>
        </message>
        <message>
            <source>Conflicts: %1. Both sides changed these fields differently.</source>
            <translation>Conflicts: %1. Both sides changed these fields differently.</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Take theirs</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>The merged text no longer has %1; edit it by hand.</source>
            <translation>The merged text no longer has %1; edit it by hand.</translation>
        </message>
        <message>
            <source>The merged text has a problem at line %1: %2</source>
            <translation>The merged text has a problem at line %1: %2</translation>
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
        <name>Sextant::Ui::MetadataAction</name>
        <message>
            <source>Edit labels…</source>
            <translation>Edit labels…</translation>
        </message>
        <message>
            <source>Edit annotations…</source>
            <translation>Edit annotations…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MetadataDialog</name>
        <message>
            <source>Labels of %1</source>
            <translation>Labels of %1</translation>
        </message>
        <message>
            <source>Annotations of %1</source>
            <translation>Annotations of %1</translation>
        </message>
        <message>
            <source>Keys are a name of up to 63 characters with an optional DNS prefix (example.com/name); values are up to 63 letters, digits, '-', '_' or '.', or empty. Only the keys you change are sent, so changes others make meanwhile to other keys are kept.</source>
            <translation>Keys are a name of up to 63 characters with an optional DNS prefix (example.com/name); values are up to 63 letters, digits, '-', '_' or '.', or empty. Only the keys you change are sent, so changes others make meanwhile to other keys are kept.</translation>
        </message>
        <message>
            <source>Keys are a name of up to 63 characters with an optional DNS prefix (example.com/name); all annotations together may hold up to 256 KiB. Only the keys you change are sent, so changes others make meanwhile to other keys are kept.</source>
            <translation>Keys are a name of up to 63 characters with an optional DNS prefix (example.com/name); all annotations together may hold up to 256 KiB. Only the keys you change are sent, so changes others make meanwhile to other keys are kept.</translation>
        </message>
        <message>
            <source>A&amp;pply</source>
            <translation>A&amp;pply</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before applying:</source>
            <translation>
                <numerusform>%n problem to fix before applying:</numerusform>
                <numerusform>%n problems to fix before applying:</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>No changes.</translation>
        </message>
        <message numerus="yes">
            <source>%n key(s) will change.</source>
            <translation>
                <numerusform>%n key will change.</numerusform>
                <numerusform>%n keys will change.</numerusform>
            </translation>
        </message>
        <message>
            <source>Size: %1 of %2 bytes.</source>
            <translation>Size: %1 of %2 bytes.</translation>
        </message>
        <message>
            <source>Updating labels of %1…</source>
            <translation>Updating labels of %1…</translation>
        </message>
        <message>
            <source>Updating annotations of %1…</source>
            <translation>Updating annotations of %1…</translation>
        </message>
        <message>
            <source>Labels of %1 updated.</source>
            <translation>Labels of %1 updated.</translation>
        </message>
        <message>
            <source>Annotations of %1 updated.</source>
            <translation>Annotations of %1 updated.</translation>
        </message>
        <message>
            <source>Could not update labels of %1</source>
            <translation>Could not update labels of %1</translation>
        </message>
        <message>
            <source>Could not update annotations of %1</source>
            <translation>Could not update annotations of %1</translation>
        </message>
        <message numerus="yes">
            <source>%n %1 objects</source>
            <translation>
                <numerusform>%n %1 objects</numerusform>
                <numerusform>%n %1 objects</numerusform>
            </translation>
        </message>
        <message>
            <source>These keys differ between the selected objects. Each object keeps its own value unless you set the key in the table above for all of them, or tick it here to remove it from all of them:</source>
            <translation>These keys differ between the selected objects. Each object keeps its own value unless you set the key in the table above for all of them, or tick it here to remove it from all of them:</translation>
        </message>
        <message>
            <source>Keys that differ between the objects</source>
            <translation>Keys that differ between the objects</translation>
        </message>
        <message>
            <source>on all %1, with different values</source>
            <translation>on all %1, with different values</translation>
        </message>
        <message>
            <source>on %1 of %2</source>
            <translation>on %1 of %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: set in the table and ticked for removal</source>
            <translation>%1: set in the table and ticked for removal</translation>
        </message>
        <message numerus="yes">
            <source>%n key(s) will change on each of the %1 objects.</source>
            <translation>
                <numerusform>%n key will change on each of the %1 objects.</numerusform>
                <numerusform>%n keys will change on each of the %1 objects.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 updated; not updated:</source>
            <translation>%1 of %2 updated; not updated:</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MetadataTab</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>UID: %1</source>
            <translation>UID: %1</translation>
        </message>
        <message>
            <source>Resource version: %1</source>
            <translation>Resource version: %1</translation>
        </message>
        <message>
            <source>Generation: %1</source>
            <translation>Generation: %1</translation>
        </message>
        <message>
            <source>Created: %1</source>
            <translation>Created: %1</translation>
        </message>
        <message>
            <source>Owners: %1</source>
            <translation>Owners: %1</translation>
        </message>
        <message>
            <source>Finalizers: %1</source>
            <translation>Finalizers: %1</translation>
        </message>
        <message>
            <source>Deletion requested: %1</source>
            <translation>Deletion requested: %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MetadataTable</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Add a label</source>
            <translation>Add a label</translation>
        </message>
        <message>
            <source>Add an annotation</source>
            <translation>Add an annotation</translation>
        </message>
        <message>
            <source>Remove the selected rows</source>
            <translation>Remove the selected rows</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <source>a key is required</source>
            <translation>a key is required</translation>
        </message>
        <message>
            <source>the key appears more than once</source>
            <translation>the key appears more than once</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(no key)</translation>
        </message>
        <message>
            <source>annotations may not be more than %1 bytes in total (these are %2 bytes)</source>
            <translation>annotations may not be more than %1 bytes in total (these are %2 bytes)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MetricsChart</name>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memory</translation>
        </message>
        <message>
            <source>Choose a node, pod or workload to see its usage.</source>
            <translation>Choose a node, pod or workload to see its usage.</translation>
        </message>
        <message>
            <source>Metrics are not being collected for this cluster.</source>
            <translation>Metrics are not being collected for this cluster.</translation>
        </message>
        <message>
            <source>Waiting for metrics… metrics-server reports about every %1 seconds.</source>
            <translation>Waiting for metrics… metrics-server reports about every %1 seconds.</translation>
        </message>
        <message>
            <source>No metrics yet.</source>
            <translation>No metrics yet.</translation>
        </message>
        <message>
            <source>CPU (cores)</source>
            <translation>CPU (cores)</translation>
        </message>
        <message>
            <source>CPU (m)</source>
            <translation>CPU (m)</translation>
        </message>
        <message>
            <source>Memory (GiB)</source>
            <translation>Memory (GiB)</translation>
        </message>
        <message>
            <source>Memory (MiB)</source>
            <translation>Memory (MiB)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MountRow</name>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>Container</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>/data</source>
            <translation>/data</translation>
        </message>
        <message>
            <source>Mount path</source>
            <translation>Mount path</translation>
        </message>
        <message>
            <source>sub-path (optional)</source>
            <translation>sub-path (optional)</translation>
        </message>
        <message>
            <source>Sub-path</source>
            <translation>Sub-path</translation>
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
        <message>
            <source>Custom resources</source>
            <translation>Custom resources</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NavigatorTree</name>
        <message>
            <source>Navigator</source>
            <translation>Navigator</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>None in this cluster</source>
            <translation>None in this cluster</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Not available</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NetworkValidation</name>
        <message>
            <source>must be between 1 and 65535, inclusive</source>
            <translation>must be between 1 and 65535, inclusive</translation>
        </message>
        <message>
            <source>must be no more than 15 characters</source>
            <translation>must be no more than 15 characters</translation>
        </message>
        <message>
            <source>must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)</source>
            <translation>must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)</translation>
        </message>
        <message>
            <source>must contain at least one letter (a-z)</source>
            <translation>must contain at least one letter (a-z)</translation>
        </message>
        <message>
            <source>must not contain consecutive hyphens</source>
            <translation>must not contain consecutive hyphens</translation>
        </message>
        <message>
            <source>must not begin or end with a hyphen</source>
            <translation>must not begin or end with a hyphen</translation>
        </message>
        <message>
            <source>must be no more than 63 characters</source>
            <translation>must be no more than 63 characters</translation>
        </message>
        <message>
            <source>a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')</source>
            <translation>a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')</translation>
        </message>
        <message>
            <source>must be a DNS name, not an IP address</source>
            <translation>must be a DNS name, not an IP address</translation>
        </message>
        <message>
            <source>a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com')</source>
            <translation>a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com')</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeActionSupport</name>
        <message>
            <source>Server error</source>
            <translation>Server error</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeJoinWizard</name>
        <message>
            <source>Join a node</source>
            <translation>Join a node</translation>
        </message>
        <message>
            <source>Join command</source>
            <translation>Join command</translation>
        </message>
        <message>
            <source>Run this as root on the new machine (with kubeadm, a container runtime and the kubelet installed). The token is a credential: share it only with whoever sets up the node.</source>
            <translation>Run this as root on the new machine (with kubeadm, a container runtime and the kubelet installed). The token is a credential: share it only with whoever sets up the node.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Add a node</source>
            <translation>Add a node</translation>
        </message>
        <message>
            <source>Bootstrap token</source>
            <translation>Bootstrap token</translation>
        </message>
        <message>
            <source>A new machine joins with `kubeadm join` and a short-lived bootstrap token. Sextant creates the token (a Secret in kube-system) and, when missing, the RBAC that lets joining nodes request their certificates.</source>
            <translation>A new machine joins with `kubeadm join` and a short-lived bootstrap token. Sextant creates the token (a Secret in kube-system) and, when missing, the RBAC that lets joining nodes request their certificates.</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hour</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 hours</translation>
        </message>
        <message>
            <source>7 days</source>
            <translation>7 days</translation>
        </message>
        <message>
            <source>Never expires (not recommended)</source>
            <translation>Never expires (not recommended)</translation>
        </message>
        <message>
            <source>Token lifetime</source>
            <translation>Token lifetime</translation>
        </message>
        <message>
            <source>e.g. worker for the GPU pool</source>
            <translation>e.g. worker for the GPU pool</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Token &amp;lifetime:</source>
            <translation>Token &amp;lifetime:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>the cluster-info ConfigMap in kube-public</source>
            <translation>the cluster-info ConfigMap in kube-public</translation>
        </message>
        <message>
            <source>The kubeconfig names no cluster CA and kube-public/cluster-info is missing: the join command cannot pin the CA.</source>
            <translation>The kubeconfig names no cluster CA and kube-public/cluster-info is missing: the join command cannot pin the CA.</translation>
        </message>
        <message>
            <source>the kubeconfig</source>
            <translation>the kubeconfig</translation>
        </message>
        <message>
            <source>Reading the cluster's CA certificate…</source>
            <translation>Reading the cluster's CA certificate…</translation>
        </message>
        <message>
            <source>CA certificate hash (from %1): %2</source>
            <translation>CA certificate hash (from %1): %2</translation>
        </message>
        <message>
            <source>Checking the RBAC kubeadm expects…</source>
            <translation>Checking the RBAC kubeadm expects…</translation>
        </message>
        <message>
            <source>The RBAC kubeadm expects is in place.</source>
            <translation>The RBAC kubeadm expects is in place.</translation>
        </message>
        <message numerus="yes">
            <source>%n RBAC object(s) kubeadm expects are missing and will be created.</source>
            <translation>
                <numerusform>%n RBAC object kubeadm expects are missing and will be created.</numerusform>
                <numerusform>%n RBAC objects kubeadm expects are missing and will be created.</numerusform>
            </translation>
        </message>
        <message>
            <source>token-id must be 6 and token-secret 16 characters of a-z and 0-9</source>
            <translation>token-id must be 6 and token-secret 16 characters of a-z and 0-9</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeSelectorRow</name>
        <message>
            <source>Node label</source>
            <translation>Node label</translation>
        </message>
        <message>
            <source>node label</source>
            <translation>node label</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeSettingsAction</name>
        <message>
            <source>Edit node…</source>
            <translation>Edit node…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeSettingsWizard</name>
        <message>
            <source>Edit node %1</source>
            <translation>Edit node %1</translation>
        </message>
        <message>
            <source>Scheduling</source>
            <translation>Scheduling</translation>
        </message>
        <message>
            <source>Whether the scheduler may place new pods on node %1.</source>
            <translation>Whether the scheduler may place new pods on node %1.</translation>
        </message>
        <message>
            <source>&amp;Schedulable: new pods may be placed on this node</source>
            <translation>&amp;Schedulable: new pods may be placed on this node</translation>
        </message>
        <message>
            <source>&amp;Cordoned: no new pods; the pods running here stay</source>
            <translation>&amp;Cordoned: no new pods; the pods running here stay</translation>
        </message>
        <message>
            <source>To move the running pods elsewhere before maintenance, use Drain on the node instead.</source>
            <translation>To move the running pods elsewhere before maintenance, use Drain on the node instead.</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Workloads choose nodes by these labels (node selectors and affinity). The kubelet sets the kubernetes.io/ and node.kubernetes.io/ labels itself.</source>
            <translation>Workloads choose nodes by these labels (node selectors and affinity). The kubelet sets the kubernetes.io/ and node.kubernetes.io/ labels itself.</translation>
        </message>
        <message>
            <source>Taints</source>
            <translation>Taints</translation>
        </message>
        <message>
            <source>Pods are not scheduled on (NoSchedule), preferably kept off (PreferNoSchedule) or evicted from (NoExecute) a tainted node unless they tolerate the taint.</source>
            <translation>Pods are not scheduled on (NoSchedule), preferably kept off (PreferNoSchedule) or evicted from (NoExecute) a tainted node unless they tolerate the taint.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>What Apply changes on node %1.</source>
            <translation>What Apply changes on node %1.</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>A&amp;pply</source>
            <translation>A&amp;pply</translation>
        </message>
        <message>
            <source>Reading node %1…</source>
            <translation>Reading node %1…</translation>
        </message>
        <message>
            <source>Could not read node %1: %2</source>
            <translation>Could not read node %1: %2</translation>
        </message>
        <message>
            <source>Cordon: no new pods will be scheduled on the node</source>
            <translation>Cordon: no new pods will be scheduled on the node</translation>
        </message>
        <message>
            <source>Uncordon: new pods may be scheduled on the node again</source>
            <translation>Uncordon: new pods may be scheduled on the node again</translation>
        </message>
        <message>
            <source>Add label %1=%2</source>
            <translation>Add label %1=%2</translation>
        </message>
        <message>
            <source>Remove label %1</source>
            <translation>Remove label %1</translation>
        </message>
        <message>
            <source>Change label %1 from "%2" to "%3"</source>
            <translation>Change label %1 from "%2" to "%3"</translation>
        </message>
        <message>
            <source>Remove taint %1</source>
            <translation>Remove taint %1</translation>
        </message>
        <message>
            <source>Add taint %1</source>
            <translation>Add taint %1</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>No changes.</translation>
        </message>
        <message>
            <source>Apply updates node %1 unless someone changed it since it was read.</source>
            <translation>Apply updates node %1 unless someone changed it since it was read.</translation>
        </message>
        <message>
            <source>Updating node %1…</source>
            <translation>Updating node %1…</translation>
        </message>
        <message>
            <source>Node %1 updated.</source>
            <translation>Node %1 updated.</translation>
        </message>
        <message>
            <source>Could not update node %1</source>
            <translation>Could not update node %1</translation>
        </message>
        <message>
            <source>Node %1 changed while you edited it, so nothing was changed. Your changes are shown again on its current state: review them and apply again.</source>
            <translation>Node %1 changed while you edited it, so nothing was changed. Your changes are shown again on its current state: review them and apply again.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nodes</translation>
        </message>
        <message>
            <source>Pods</source>
            <translation>Pods</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>Workloads</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memory</translation>
        </message>
        <message>
            <source>Warnings in the last hour</source>
            <translation>Warnings in the last hour</translation>
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
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Click a warning to open the object it is about</source>
            <translation>Click a warning to open the object it is about</translation>
        </message>
        <message>
            <source>Not permitted for this user</source>
            <translation>Not permitted for this user</translation>
        </message>
        <message>
            <source>Requested %1 of %2 allocatable (%3)</source>
            <translation>Requested %1 of %2 allocatable (%3)</translation>
        </message>
        <message>
            <source>Limits %1 (%2)</source>
            <translation>Limits %1 (%2)</translation>
        </message>
        <message>
            <source>Capacity %1 cores · allocatable %2 cores</source>
            <translation>Capacity %1 cores · allocatable %2 cores</translation>
        </message>
        <message>
            <source>Capacity %1 · allocatable %2</source>
            <translation>Capacity %1 · allocatable %2</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>No nodes</source>
            <translation>No nodes</translation>
        </message>
        <message>
            <source>All nodes are ready</source>
            <translation>All nodes are ready</translation>
        </message>
        <message>
            <source>Not ready: %1</source>
            <translation>Not ready: %1</translation>
        </message>
        <message>
            <source>%1 of %2 pod slots used</source>
            <translation>%1 of %2 pod slots used</translation>
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
            <source>%1: %2 of %3 available</source>
            <translation>%1: %2 of %3 available</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (×%2)</source>
            <translation>%1 (×%2)</translation>
        </message>
        <message>
            <source>No warnings in the last hour.</source>
            <translation>No warnings in the last hour.</translation>
        </message>
        <message>
            <source>Capacity and usage</source>
            <translation>Capacity and usage</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::OverviewTab</name>
        <message>
            <source>namespace %1</source>
            <translation>namespace %1</translation>
        </message>
        <message>
            <source>created %1 ago</source>
            <translation>created %1 ago</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PodPhase</name>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Succeeded</translation>
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
        <name>Sextant::Ui::PodSecurityForm</name>
        <message>
            <source>Pod security conte&amp;xt (every container, unless its own says otherwise)</source>
            <translation>Pod security conte&amp;xt (every container, unless its own says otherwise)</translation>
        </message>
        <message>
            <source>Run as non-root</source>
            <translation>Run as non-root</translation>
        </message>
        <message>
            <source>Run as user</source>
            <translation>Run as user</translation>
        </message>
        <message>
            <source>Run as group</source>
            <translation>Run as group</translation>
        </message>
        <message>
            <source>fsGroup</source>
            <translation>fsGroup</translation>
        </message>
        <message>
            <source>Supplemental groups</source>
            <translation>Supplemental groups</translation>
        </message>
        <message>
            <source>the image's user</source>
            <translation>the image's user</translation>
        </message>
        <message>
            <source>the image's group</source>
            <translation>the image's group</translation>
        </message>
        <message>
            <source>e.g. 2000</source>
            <translation>e.g. 2000</translation>
        </message>
        <message>
            <source>Volumes that support it are owned by this group, and the containers' processes belong to it.</source>
            <translation>Volumes that support it are owned by this group, and the containers' processes belong to it.</translation>
        </message>
        <message>
            <source>e.g. 3000, 4000</source>
            <translation>e.g. 3000, 4000</translation>
        </message>
        <message>
            <source>Default (Always)</source>
            <translation>Default (Always)</translation>
        </message>
        <message>
            <source>OnRootMismatch (faster for large volumes)</source>
            <translation>OnRootMismatch (faster for large volumes)</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Always</translation>
        </message>
        <message>
            <source>fsGroup change policy</source>
            <translation>fsGroup change policy</translation>
        </message>
        <message>
            <source>When the kubelet gives the volumes to the fsGroup: on every mount (Always), or only when the volume's root directory has another owner (OnRootMismatch).</source>
            <translation>When the kubelet gives the volumes to the fsGroup: on every mount (Always), or only when the volume's root directory has another owner (OnRootMismatch).</translation>
        </message>
        <message>
            <source>Run as user:</source>
            <translation>Run as user:</translation>
        </message>
        <message>
            <source>Run as group:</source>
            <translation>Run as group:</translation>
        </message>
        <message>
            <source>fsGroup:</source>
            <translation>fsGroup:</translation>
        </message>
        <message>
            <source>Volume o&amp;wnership:</source>
            <translation>Volume o&amp;wnership:</translation>
        </message>
        <message>
            <source>Supplemental groups:</source>
            <translation>Supplemental groups:</translation>
        </message>
        <message>
            <source>Se&amp;ccomp profile:</source>
            <translation>Se&amp;ccomp profile:</translation>
        </message>
        <message>
            <source>The pod meets the Pod Security “restricted” profile.</source>
            <translation>The pod meets the Pod Security “restricted” profile.</translation>
        </message>
        <message>
            <source>Not yet Pod Security “restricted”:</source>
            <translation>Not yet Pod Security “restricted”:</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PortForwardDialog</name>
        <message>
            <source>Listen on &amp;all interfaces</source>
            <translation>Listen on &amp;all interfaces</translation>
        </message>
        <message>
            <source>pod</source>
            <translation>pod</translation>
        </message>
        <message>
            <source>service</source>
            <translation>service</translation>
        </message>
        <message>
            <source>Port Forward</source>
            <translation>Port Forward</translation>
        </message>
        <message>
            <source>Any free port</source>
            <translation>Any free port</translation>
        </message>
        <message>
            <source>Anyone who can reach this computer over the network can then use the forward, with your access to the cluster.</source>
            <translation>Anyone who can reach this computer over the network can then use the forward, with your access to the cluster.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Forward a local port to %1 %2 in namespace %3.</source>
            <translation>Forward a local port to %1 %2 in namespace %3.</translation>
        </message>
        <message>
            <source>&amp;Remote port:</source>
            <translation>&amp;Remote port:</translation>
        </message>
        <message>
            <source>&amp;Local port:</source>
            <translation>&amp;Local port:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (container %2)</source>
            <translation>%1 (container %2)</translation>
        </message>
        <message>
            <source>%1 (%2, container %3)</source>
            <translation>%1 (%2, container %3)</translation>
        </message>
        <message>
            <source>Choose a remote port between 1 and 65535.</source>
            <translation>Choose a remote port between 1 and 65535.</translation>
        </message>
        <message>
            <source>The cluster connection was closed.</source>
            <translation>The cluster connection was closed.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PortForwardsModel</name>
        <message>
            <source>Starting</source>
            <translation>Starting</translation>
        </message>
        <message>
            <source>Finding a pod</source>
            <translation>Finding a pod</translation>
        </message>
        <message>
            <source>Forwarding</source>
            <translation>Forwarding</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <source>%1 bytes received from the pod</source>
            <translation>%1 bytes received from the pod</translation>
        </message>
        <message>
            <source>%1 bytes sent to the pod</source>
            <translation>%1 bytes sent to the pod</translation>
        </message>
        <message>
            <source>%1 open, %2 total</source>
            <translation>%1 open, %2 total</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <source>Local address</source>
            <translation>Local address</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Connections</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PortForwardsView</name>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <source>Port Forwards</source>
            <translation>Port Forwards</translation>
        </message>
        <message>
            <source>Stop the selected forwards and close their connections</source>
            <translation>Stop the selected forwards and close their connections</translation>
        </message>
        <message>
            <source>Forwards listen on this computer only unless started with "Listen on all interfaces".</source>
            <translation>Forwards listen on this computer only unless started with "Listen on all interfaces".</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PortRow</name>
        <message>
            <source>name (optional)</source>
            <translation>name (optional)</translation>
        </message>
        <message>
            <source>Port name</source>
            <translation>Port name</translation>
        </message>
        <message>
            <source>port, e.g. 8080</source>
            <translation>port, e.g. 8080</translation>
        </message>
        <message>
            <source>Container port</source>
            <translation>Container port</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ProbeForm</name>
        <message>
            <source>HTTP GET</source>
            <translation>HTTP GET</translation>
        </message>
        <message>
            <source>TCP port</source>
            <translation>TCP port</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>Probe type</source>
            <translation>Probe type</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Path</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>8080 or a port name</source>
            <translation>8080 or a port name</translation>
        </message>
        <message>
            <source>e.g. cat /tmp/healthy</source>
            <translation>e.g. cat /tmp/healthy</translation>
        </message>
        <message>
            <source>Initial delay</source>
            <translation>Initial delay</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Timeout</translation>
        </message>
        <message>
            <source>Failure threshold</source>
            <translation>Failure threshold</translation>
        </message>
        <message>
            <source>Delay:</source>
            <translation>Delay:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Timeout:</source>
            <translation>Timeout:</translation>
        </message>
        <message>
            <source>Failures:</source>
            <translation>Failures:</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Check:</translation>
        </message>
        <message>
            <source>Path:</source>
            <translation>Path:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Command:</source>
            <translation>Command:</translation>
        </message>
        <message>
            <source>Seconds:</source>
            <translation>Seconds:</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ProjectWizard</name>
        <message>
            <source>must be a quantity such as 500m, 2, 512Mi or 4Gi</source>
            <translation>must be a quantity such as 500m, 2, 512Mi or 4Gi</translation>
        </message>
        <message>
            <source>must be a whole number, 0 or more</source>
            <translation>must be a whole number, 0 or more</translation>
        </message>
        <message>
            <source>Create project</source>
            <translation>Create project</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>A project is a namespace: a place for workloads, with its own quota, limits and members.</source>
            <translation>A project is a namespace: a place for workloads, with its own quota, limits and members.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. shop-staging</source>
            <translation>e.g. shop-staging</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Display name:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escription:</translation>
        </message>
        <message>
            <source>Resource quota</source>
            <translation>Resource quota</translation>
        </message>
        <message>
            <source>Optional: the most the project's pods may request and use together (a ResourceQuota).</source>
            <translation>Optional: the most the project's pods may request and use together (a ResourceQuota).</translation>
        </message>
        <message>
            <source>&amp;Limit this project's resources</source>
            <translation>&amp;Limit this project's resources</translation>
        </message>
        <message>
            <source>CPU requests:</source>
            <translation>CPU requests:</translation>
        </message>
        <message>
            <source>Memory requests:</source>
            <translation>Memory requests:</translation>
        </message>
        <message>
            <source>CPU limits:</source>
            <translation>CPU limits:</translation>
        </message>
        <message>
            <source>Memory limits:</source>
            <translation>Memory limits:</translation>
        </message>
        <message>
            <source>Pods:</source>
            <translation>Pods:</translation>
        </message>
        <message>
            <source>Default container limits</source>
            <translation>Default container limits</translation>
        </message>
        <message>
            <source>Optional: requests and limits given to containers that set none (a LimitRange). With a quota on CPU or memory, pods without them are refused unless defaults exist.</source>
            <translation>Optional: requests and limits given to containers that set none (a LimitRange). With a quota on CPU or memory, pods without them are refused unless defaults exist.</translation>
        </message>
        <message>
            <source>&amp;Set defaults for containers</source>
            <translation>&amp;Set defaults for containers</translation>
        </message>
        <message>
            <source>Default CPU request:</source>
            <translation>Default CPU request:</translation>
        </message>
        <message>
            <source>Default memory request:</source>
            <translation>Default memory request:</translation>
        </message>
        <message>
            <source>Default CPU limit:</source>
            <translation>Default CPU limit:</translation>
        </message>
        <message>
            <source>Default memory limit:</source>
            <translation>Default memory limit:</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Optional: who may work in the project. Each member gets a RoleBinding to the built-in admin, edit or view role.</source>
            <translation>Optional: who may work in the project. Each member gets a RoleBinding to the built-in admin, edit or view role.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>&amp;Add member</translation>
        </message>
        <message>
            <source>&amp;Remove member</source>
            <translation>&amp;Remove member</translation>
        </message>
        <message>
            <source>Service accounts are named as project/name, or just name for this project.</source>
            <translation>Service accounts are named as project/name, or just name for this project.</translation>
        </message>
        <message>
            <source>Member kind</source>
            <translation>Member kind</translation>
        </message>
        <message>
            <source>Member role</source>
            <translation>Member role</translation>
        </message>
        <message>
            <source>quota entries beyond CPU, memory and pods</source>
            <translation>quota entries beyond CPU, memory and pods</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ProjectsModel</name>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>%1: %2 of %3 (%4, quota %5)</source>
            <translation>%1: %2 of %3 (%4, quota %5)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Pods</source>
            <translation>Pods</translation>
        </message>
        <message>
            <source>Quota usage</source>
            <translation>Quota usage</translation>
        </message>
        <message>
            <source>Limit range</source>
            <translation>Limit range</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ProjectsPage</name>
        <message>
            <source>Projects</source>
            <translation>Projects</translation>
        </message>
        <message>
            <source>Filter projects</source>
            <translation>Filter projects</translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n project</numerusform>
                <numerusform>%n projects</numerusform>
            </translation>
        </message>
        <message>
            <source>You may not list namespaces in this cluster. Your own namespace is "%1".</source>
            <translation>You may not list namespaces in this cluster. Your own namespace is "%1".</translation>
        </message>
        <message>
            <source>Namespaces could not be loaded: %1</source>
            <translation>Namespaces could not be loaded: %1</translation>
        </message>
        <message>
            <source>Some columns are incomplete: %1</source>
            <translation>Some columns are incomplete: %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RelatedTab</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Namespace</source>
            <translation>Namespace</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open %1 %2</source>
            <translation>Double-click or press Enter to open %1 %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No related objects found.</source>
            <translation>No related objects found.</translation>
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
        <message>
            <source>Status filter</source>
            <translation>Status filter</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Healthy</translation>
        </message>
        <message>
            <source>Progressing</source>
            <translation>Progressing</translation>
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
            <source>Warning or failed</source>
            <translation>Warning or failed</translation>
        </message>
        <message>
            <source>Label selector, e.g. app=web,tier!=db</source>
            <translation>Label selector, e.g. app=web,tier!=db</translation>
        </message>
        <message>
            <source>Label selector</source>
            <translation>Label selector</translation>
        </message>
        <message>
            <source>Not a label selector: %1</source>
            <translation>Not a label selector: %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ResourceWizard</name>
        <message>
            <source>There is no object to start from.</source>
            <translation>There is no object to start from.</translation>
        </message>
        <message>
            <source>"%1" does not create %2 objects.</source>
            <translation>"%1" does not create %2 objects.</translation>
        </message>
        <message>
            <source>kind-less</source>
            <translation>kind-less</translation>
        </message>
        <message numerus="yes">
            <source>"%1" creates %n %2 object(s), not more.</source>
            <translation>
                <numerusform>"%1" creates %n %2 object, not more.</numerusform>
                <numerusform>"%1" creates %n %2 objects, not more.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy of %2)</source>
            <translation>%1 (copy of %2)</translation>
        </message>
        <message>
            <source>Settings are edited one object at a time.</source>
            <translation>Settings are edited one object at a time.</translation>
        </message>
        <message>
            <source>The cluster connection is gone.</source>
            <translation>The cluster connection is gone.</translation>
        </message>
        <message>
            <source>An existing object keeps its name. Duplicate it to make another.</source>
            <translation>An existing object keeps its name. Duplicate it to make another.</translation>
        </message>
        <message>
            <source>An existing object stays in its project.</source>
            <translation>An existing object stays in its project.</translation>
        </message>
        <message>
            <source>Edit %1 %2</source>
            <translation>Edit %1 %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RestrictedProfile</name>
        <message>
            <source>%1: is privileged</source>
            <translation>%1: is privileged</translation>
        </message>
        <message>
            <source>%1: privilege escalation is not set to “Not allowed”</source>
            <translation>%1: privilege escalation is not set to “Not allowed”</translation>
        </message>
        <message>
            <source>%1: does not drop ALL capabilities</source>
            <translation>%1: does not drop ALL capabilities</translation>
        </message>
        <message>
            <source>%1: adds %2 (only NET_BIND_SERVICE may be added)</source>
            <translation>%1: adds %2 (only NET_BIND_SERVICE may be added)</translation>
        </message>
        <message>
            <source>%1: run as non-root is turned off</source>
            <translation>%1: run as non-root is turned off</translation>
        </message>
        <message>
            <source>%1: run as non-root is set neither here nor for the pod</source>
            <translation>%1: run as non-root is set neither here nor for the pod</translation>
        </message>
        <message>
            <source>%1: runs as user 0 (root)</source>
            <translation>%1: runs as user 0 (root)</translation>
        </message>
        <message>
            <source>%1: the seccomp profile must be RuntimeDefault or Localhost</source>
            <translation>%1: the seccomp profile must be RuntimeDefault or Localhost</translation>
        </message>
        <message>
            <source>%1: no seccomp profile (RuntimeDefault or Localhost) here or for the pod</source>
            <translation>%1: no seccomp profile (RuntimeDefault or Localhost) here or for the pod</translation>
        </message>
        <message>
            <source>%1: uses a host port</source>
            <translation>%1: uses a host port</translation>
        </message>
        <message>
            <source>the pod uses the node's namespace (%1)</source>
            <translation>the pod uses the node's namespace (%1)</translation>
        </message>
        <message>
            <source>the pod runs as user 0 (root)</source>
            <translation>the pod runs as user 0 (root)</translation>
        </message>
        <message>
            <source>the pod's seccomp profile must be RuntimeDefault or Localhost</source>
            <translation>the pod's seccomp profile must be RuntimeDefault or Localhost</translation>
        </message>
        <message>
            <source>volume %1: a %2 volume is not allowed</source>
            <translation>volume %1: a %2 volume is not allowed</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ReviewPage</name>
        <message>
            <source>Review and create</source>
            <translation>Review and create</translation>
        </message>
        <message>
            <source>The server checks these objects without saving them (a dry run). You may edit the YAML: what the form shows flows back to it, the rest is created as typed.</source>
            <translation>The server checks these objects without saving them (a dry run). You may edit the YAML: what the form shows flows back to it, the rest is created as typed.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Generated YAML</source>
            <translation>Generated YAML</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Dry-run results</source>
            <translation>Dry-run results</translation>
        </message>
        <message>
            <source>The YAML changed: press Check again to dry-run it.</source>
            <translation>The YAML changed: press Check again to dry-run it.</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Creating…</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <translation>Line %1, column %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>The YAML must keep the %n object(s) this wizard creates, in the same order.</source>
            <translation>
                <numerusform>The YAML must keep the %n object this wizard creates, in the same order.</numerusform>
                <numerusform>The YAML must keep the %n objects this wizard creates, in the same order.</numerusform>
            </translation>
        </message>
        <message>
            <source>Object %1 must stay a %2, not %3.</source>
            <translation>Object %1 must stay a %2, not %3.</translation>
        </message>
        <message>
            <source>Some edits have no place in the form and are created as typed: %1</source>
            <translation>Some edits have no place in the form and are created as typed: %1</translation>
        </message>
        <message>
            <source>The cluster connection is gone.</source>
            <translation>The cluster connection is gone.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Checking with the server…</source>
            <translation>Checking with the server…</translation>
        </message>
        <message>
            <source>Accepted by the server</source>
            <translation>Accepted by the server</translation>
        </message>
        <message>
            <source>Checked when created (its project does not exist yet)</source>
            <translation>Checked when created (its project does not exist yet)</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>The server accepts these objects. Press Create to make them.</source>
            <translation>The server accepts these objects. Press Create to make them.</translation>
        </message>
        <message>
            <source>The server rejected the objects marked in red. Fix them in the form (Back) or in the YAML.</source>
            <translation>The server rejected the objects marked in red. Fix them in the form (Back) or in the YAML.</translation>
        </message>
        <message>
            <source>Created.</source>
            <translation>Created.</translation>
        </message>
        <message>
            <source>Nothing was created. Fix the object marked in red and press Create again.</source>
            <translation>Nothing was created. Fix the object marked in red and press Create again.</translation>
        </message>
        <message>
            <source>Creation stopped. These objects exist now: %1. Press Create to retry the rest, or Remove created objects.</source>
            <translation>Creation stopped. These objects exist now: %1. Press Create to retry the rest, or Remove created objects.</translation>
        </message>
        <message>
            <source>Remove created objects</source>
            <translation>Remove created objects</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Removing…</translation>
        </message>
        <message>
            <source>Some objects could not be removed; see their messages above.</source>
            <translation>Some objects could not be removed; see their messages above.</translation>
        </message>
        <message>
            <source>The created objects were removed. Nothing from this wizard is left in the cluster.</source>
            <translation>The created objects were removed. Nothing from this wizard is left in the cluster.</translation>
        </message>
        <message>
            <source>Review and apply</source>
            <translation>Review and apply</translation>
        </message>
        <message>
            <source>The server checks the change without saving it (a dry run). You may edit the YAML: what the form shows flows back to it, the rest is applied as typed.</source>
            <translation>The server checks the change without saving it (a dry run). You may edit the YAML: what the form shows flows back to it, the rest is applied as typed.</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Applying…</translation>
        </message>
        <message>
            <source>Editing changes %1 only. Switch off what would be created with it (%2), or create that from the Create menu.</source>
            <translation>Editing changes %1 only. Switch off what would be created with it (%2), or create that from the Create menu.</translation>
        </message>
        <message>
            <source>Nothing differs from %1 as it is now: change something in the form (Back) or in the YAML.</source>
            <translation>Nothing differs from %1 as it is now: change something in the form (Back) or in the YAML.</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>Changes: %1</translation>
        </message>
        <message>
            <source>The server accepts the change. Press Apply to save it.</source>
            <translation>The server accepts the change. Press Apply to save it.</translation>
        </message>
        <message>
            <source>Changed by someone else since you opened it</source>
            <translation>Changed by someone else since you opened it</translation>
        </message>
        <message>
            <source>Someone changed it since you opened it. Apply first merges their change with yours and shows you the result.</source>
            <translation>Someone changed it since you opened it. Apply first merges their change with yours and shows you the result.</translation>
        </message>
        <message>
            <source>The server rejected the change. Fix it in the form (Back) or in the YAML.</source>
            <translation>The server rejected the change. Fix it in the form (Back) or in the YAML.</translation>
        </message>
        <message>
            <source>Applied.</source>
            <translation>Applied.</translation>
        </message>
        <message>
            <source>Nothing was changed: %1
Fix it and press Check again.</source>
            <translation>Nothing was changed: %1
Fix it and press Check again.</translation>
        </message>
        <message>
            <source>%1 was changed by someone else meanwhile: their change and yours are merged here. Look again, then press Apply.</source>
            <translation>%1 was changed by someone else meanwhile: their change and yours are merged here. Look again, then press Apply.</translation>
        </message>
        <message>
            <source>%1 was changed by someone else meanwhile, and you both changed %2. Their values are shown: set yours again, or press Keep mine.</source>
            <translation>%1 was changed by someone else meanwhile, and you both changed %2. Their values are shown: set yours again, or press Keep mine.</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Your values are kept for %1.</source>
            <translation>Your values are kept for %1.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RollbackAction</name>
        <message>
            <source>Roll back…</source>
            <translation>Roll back…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RollbackDialog</name>
        <message>
            <source>revision %1 (current)</source>
            <translation>revision %1 (current)</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>revision %1</translation>
        </message>
        <message>
            <source>Roll back %1</source>
            <translation>Roll back %1</translation>
        </message>
        <message>
            <source>Loading revisions…</source>
            <translation>Loading revisions…</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Revisions</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Change cause</source>
            <translation>Change cause</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Differences between the pod templates</source>
            <translation>Differences between the pod templates</translation>
        </message>
        <message>
            <source>Roll back</source>
            <translation>Roll back</translation>
        </message>
        <message>
            <source>Could not read the revision history: %1</source>
            <translation>Could not read the revision history: %1</translation>
        </message>
        <message>
            <source>Could not read the revision history</source>
            <translation>Could not read the revision history</translation>
        </message>
        <message>
            <source>%1 (current)</source>
            <translation>%1 (current)</translation>
        </message>
        <message>
            <source>Select a revision to see what rolling back to it changes, or two to compare them.</source>
            <translation>Select a revision to see what rolling back to it changes, or two to compare them.</translation>
        </message>
        <message>
            <source>There is no earlier revision to roll back to.</source>
            <translation>There is no earlier revision to roll back to.</translation>
        </message>
        <message>
            <source>Changes from revision %1 to revision %2:</source>
            <translation>Changes from revision %1 to revision %2:</translation>
        </message>
        <message>
            <source>Revision %1 is the current one.</source>
            <translation>Revision %1 is the current one.</translation>
        </message>
        <message>
            <source>Rolling back to revision %1 changes the pod template like this:</source>
            <translation>Rolling back to revision %1 changes the pod template like this:</translation>
        </message>
        <message>
            <source>The pod templates are the same.</source>
            <translation>The pod templates are the same.</translation>
        </message>
        <message>
            <source>Roll back to revision %1</source>
            <translation>Roll back to revision %1</translation>
        </message>
        <message>
            <source>Rolling back %1 to revision %2…</source>
            <translation>Rolling back %1 to revision %2…</translation>
        </message>
        <message>
            <source>%1: %2 (revision %3).</source>
            <translation>%1: %2 (revision %3).</translation>
        </message>
        <message>
            <source>Could not roll back %1 to revision %2</source>
            <translation>Could not roll back %1 to revision %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RolloutActions</name>
        <message numerus="yes">
            <source>%n %1 objects</source>
            <translation>
                <numerusform>%n %1 objects</numerusform>
                <numerusform>%n %1 objects</numerusform>
            </translation>
        </message>
        <message>
            <source>Restart rollout</source>
            <translation>Restart rollout</translation>
        </message>
        <message>
            <source>Restart %1? Every pod is replaced, following the rollout strategy.</source>
            <translation>Restart %1? Every pod is replaced, following the rollout strategy.</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Restart</translation>
        </message>
        <message>
            <source>Restarting %1…</source>
            <translation>Restarting %1…</translation>
        </message>
        <message>
            <source>Restarted %1.</source>
            <translation>Restarted %1.</translation>
        </message>
        <message>
            <source>Could not restart %1</source>
            <translation>Could not restart %1</translation>
        </message>
        <message>
            <source>Pause rollout</source>
            <translation>Pause rollout</translation>
        </message>
        <message>
            <source>Resume rollout</source>
            <translation>Resume rollout</translation>
        </message>
        <message>
            <source>These rollouts are already paused.</source>
            <translation>These rollouts are already paused.</translation>
        </message>
        <message>
            <source>This rollout is already paused.</source>
            <translation>This rollout is already paused.</translation>
        </message>
        <message>
            <source>These rollouts are not paused.</source>
            <translation>These rollouts are not paused.</translation>
        </message>
        <message>
            <source>This rollout is not paused.</source>
            <translation>This rollout is not paused.</translation>
        </message>
        <message>
            <source>Pausing rollout of %1…</source>
            <translation>Pausing rollout of %1…</translation>
        </message>
        <message>
            <source>Resuming rollout of %1…</source>
            <translation>Resuming rollout of %1…</translation>
        </message>
        <message>
            <source>Paused rollout of %1.</source>
            <translation>Paused rollout of %1.</translation>
        </message>
        <message>
            <source>Resumed rollout of %1.</source>
            <translation>Resumed rollout of %1.</translation>
        </message>
        <message>
            <source>Could not pause %1</source>
            <translation>Could not pause %1</translation>
        </message>
        <message>
            <source>Could not resume %1</source>
            <translation>Could not resume %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RowEditor</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RowList</name>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ScaleAction</name>
        <message>
            <source>Scale…</source>
            <translation>Scale…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ScaleDialog</name>
        <message>
            <source>Scale %1</source>
            <translation>Scale %1</translation>
        </message>
        <message>
            <source>Current replicas</source>
            <translation>Current replicas</translation>
        </message>
        <message>
            <source>Current replicas:</source>
            <translation>Current replicas:</translation>
        </message>
        <message>
            <source>New number of replicas</source>
            <translation>New number of replicas</translation>
        </message>
        <message>
            <source>&amp;Replicas:</source>
            <translation>&amp;Replicas:</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Scaling %1 to %2…</source>
            <translation>Scaling %1 to %2…</translation>
        </message>
        <message>
            <source>Scaled %1 to %2.</source>
            <translation>Scaled %1 to %2.</translation>
        </message>
        <message>
            <source>Could not scale %1</source>
            <translation>Could not scale %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SchedulingForm</name>
        <message>
            <source>Add node &amp;label</source>
            <translation>Add node &amp;label</translation>
        </message>
        <message>
            <source>Add &amp;toleration</source>
            <translation>Add &amp;toleration</translation>
        </message>
        <message>
            <source>Add &amp;affinity rule</source>
            <translation>Add &amp;affinity rule</translation>
        </message>
        <message>
            <source>Tolerate a node taint</source>
            <translation>Tolerate a node taint</translation>
        </message>
        <message>
            <source>Node selector</source>
            <translation>Node selector</translation>
        </message>
        <message>
            <source>Pods run only on nodes with all these labels. Keys and values come from the cluster's nodes.</source>
            <translation>Pods run only on nodes with all these labels. Keys and values come from the cluster's nodes.</translation>
        </message>
        <message>
            <source>Tolerations</source>
            <translation>Tolerations</translation>
        </message>
        <message>
            <source>Let pods run on nodes with these taints. Pick one of the nodes' taints or type your own.</source>
            <translation>Let pods run on nodes with these taints. Pick one of the nodes' taints or type your own.</translation>
        </message>
        <message>
            <source>Node affinity</source>
            <translation>Node affinity</translation>
        </message>
        <message>
            <source>Required rules must match; preferred rules add their weight to nodes that match.</source>
            <translation>Required rules must match; preferred rules add their weight to nodes that match.</translation>
        </message>
        <message>
            <source>Tolerate a node taint…</source>
            <translation>Tolerate a node taint…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SeccompProfileField</name>
        <message>
            <source>Not set</source>
            <translation>Not set</translation>
        </message>
        <message>
            <source>RuntimeDefault (recommended)</source>
            <translation>RuntimeDefault (recommended)</translation>
        </message>
        <message>
            <source>Unconfined (no filtering)</source>
            <translation>Unconfined (no filtering)</translation>
        </message>
        <message>
            <source>Localhost (a file on the node)</source>
            <translation>Localhost (a file on the node)</translation>
        </message>
        <message>
            <source>Seccomp profile</source>
            <translation>Seccomp profile</translation>
        </message>
        <message>
            <source>Localhost profile</source>
            <translation>Localhost profile</translation>
        </message>
        <message>
            <source>e.g. profiles/audit.json</source>
            <translation>e.g. profiles/audit.json</translation>
        </message>
        <message>
            <source>A path relative to the kubelet's seccomp directory (usually /var/lib/kubelet/seccomp); the file must exist on every node the pods may run on.</source>
            <translation>A path relative to the kubelet's seccomp directory (usually /var/lib/kubelet/seccomp); the file must exist on every node the pods may run on.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecretAction</name>
        <message>
            <source>Show secret values…</source>
            <translation>Show secret values…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecretDataView</name>
        <message>
            <source>This secret holds no data.</source>
            <translation>This secret holds no data.</translation>
        </message>
        <message>
            <source>Values are hidden until you reveal them. Copy puts the decoded value on the clipboard, where other applications can read it.</source>
            <translation>Values are hidden until you reveal them. Copy puts the decoded value on the clipboard, where other applications can read it.</translation>
        </message>
        <message>
            <source>Value of %1</source>
            <translation>Value of %1</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <source>Reveal %1</source>
            <translation>Reveal %1</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy the value of %1 to the clipboard</source>
            <translation>Copy the value of %1 to the clipboard</translation>
        </message>
        <message>
            <source>Copies the decoded value to the clipboard</source>
            <translation>Copies the decoded value to the clipboard</translation>
        </message>
        <message numerus="yes">
            <source>%1 binary, %n byte(s)</source>
            <translation>
                <numerusform>%1 binary, %n byte</numerusform>
                <numerusform>%1 binary, %n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %n byte(s)</source>
            <translation>
                <numerusform>%1 %n byte</numerusform>
                <numerusform>%1 %n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>Hide %1</translation>
        </message>
        <message numerus="yes">
            <source>binary, %n byte(s):</source>
            <translation>
                <numerusform>binary, %n byte:</numerusform>
                <numerusform>binary, %n bytes:</numerusform>
            </translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecretDialog</name>
        <message>
            <source>Values of secret %1</source>
            <translation>Values of secret %1</translation>
        </message>
        <message>
            <source>Reading secret %1…</source>
            <translation>Reading secret %1…</translation>
        </message>
        <message>
            <source>Server error</source>
            <translation>Server error</translation>
        </message>
        <message>
            <source>Secret %1</source>
            <translation>Secret %1</translation>
        </message>
        <message>
            <source>Secret %1, type %2</source>
            <translation>Secret %1, type %2</translation>
        </message>
        <message>
            <source>Could not read secret %1.</source>
            <translation>Could not read secret %1.</translation>
        </message>
        <message>
            <source>Could not read secret %1</source>
            <translation>Could not read secret %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecretWizard</name>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>must not contain spaces</source>
            <translation>must not contain spaces</translation>
        </message>
        <message>
            <source>Create secret</source>
            <translation>Create secret</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Passwords, keys and certificates for workloads. Values are sent to the cluster only when you press Create, and never written to disk or logs by Sextant.</source>
            <translation>Passwords, keys and certificates for workloads. Values are sent to the cluster only when you press Create, and never written to disk or logs by Sextant.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. shop-db-password</source>
            <translation>e.g. shop-db-password</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Opaque (keys and values)</source>
            <translation>Opaque (keys and values)</translation>
        </message>
        <message>
            <source>TLS certificate and key</source>
            <translation>TLS certificate and key</translation>
        </message>
        <message>
            <source>Image registry credentials</source>
            <translation>Image registry credentials</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>Keys and values</source>
            <translation>Keys and values</translation>
        </message>
        <message>
            <source>Each value is hidden as you type; Show reveals one key at a time. Files (Add from files) may hold any bytes.</source>
            <translation>Each value is hidden as you type; Show reveals one key at a time. Files (Add from files) may hold any bytes.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer *.key)</source>
            <translation>PEM files (*.pem *.crt *.cer *.key)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>PEM files, e.g. from your certificate authority or openssl. They are checked here first: the key must belong to the certificate, and the certificate must be valid now.</source>
            <translation>PEM files, e.g. from your certificate authority or openssl. They are checked here first: the key must belong to the certificate, and the certificate must be valid now.</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>Certificate file</translation>
        </message>
        <message>
            <source>tls.crt: the certificate, optionally followed by its chain</source>
            <translation>tls.crt: the certificate, optionally followed by its chain</translation>
        </message>
        <message>
            <source>Private key file</source>
            <translation>Private key file</translation>
        </message>
        <message>
            <source>tls.key: the unencrypted private key</source>
            <translation>tls.key: the unencrypted private key</translation>
        </message>
        <message>
            <source>&amp;Certificate:</source>
            <translation>&amp;Certificate:</translation>
        </message>
        <message>
            <source>Choose the certificate</source>
            <translation>Choose the certificate</translation>
        </message>
        <message>
            <source>Private &amp;key:</source>
            <translation>Private &amp;key:</translation>
        </message>
        <message>
            <source>Choose the private key</source>
            <translation>Choose the private key</translation>
        </message>
        <message>
            <source>For pulling images from a private registry (imagePullSecrets). Stored as kubectl create secret docker-registry stores it.</source>
            <translation>For pulling images from a private registry (imagePullSecrets). Stored as kubectl create secret docker-registry stores it.</translation>
        </message>
        <message>
            <source>Registry server</source>
            <translation>Registry server</translation>
        </message>
        <message>
            <source>e.g. registry.example.com:5000 or https://index.docker.io/v1/</source>
            <translation>e.g. registry.example.com:5000 or https://index.docker.io/v1/</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>Sho&amp;w</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>&amp;Test login</source>
            <translation>&amp;Test login</translation>
        </message>
        <message>
            <source>Logs in to the registry (Docker Registry API v2) with these credentials.</source>
            <translation>Logs in to the registry (Docker Registry API v2) with these credentials.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>%1 is too large for a PEM certificate or key.</source>
            <translation>%1 is too large for a PEM certificate or key.</translation>
        </message>
        <message>
            <source>%1 can't be read: %2</source>
            <translation>%1 can't be read: %2</translation>
        </message>
        <message>
            <source>Choose the certificate and its private key.</source>
            <translation>Choose the certificate and its private key.</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Subject: %1</translation>
        </message>
        <message>
            <source>Alternative names: %1</source>
            <translation>Alternative names: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Valid from %1 until %2 (%3)</source>
            <translation>Valid from %1 until %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>expires in %n day</numerusform>
                <numerusform>expires in %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>Issuer: %1</source>
            <translation>Issuer: %1</translation>
        </message>
        <message numerus="yes">
            <source>Chain: %n certificate(s) after the first</source>
            <translation>
                <numerusform>Chain: %n certificate after the first</numerusform>
                <numerusform>Chain: %n certificates after the first</numerusform>
            </translation>
        </message>
        <message>
            <source>Now choose the private key.</source>
            <translation>Now choose the private key.</translation>
        </message>
        <message>
            <source>The key belongs to the certificate.</source>
            <translation>The key belongs to the certificate.</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <source>(from the secret)</source>
            <translation>(from the secret)</translation>
        </message>
        <message>
            <source>the type %1 (kept as it is)</source>
            <translation>the type %1 (kept as it is)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecurityContextForm</name>
        <message>
            <source>Security context</source>
            <translation>Security context</translation>
        </message>
        <message>
            <source>Run as &amp;non-root</source>
            <translation>Run as &amp;non-root</translation>
        </message>
        <message>
            <source>Read-only root &amp;filesystem</source>
            <translation>Read-only root &amp;filesystem</translation>
        </message>
        <message>
            <source>Privile&amp;ged</source>
            <translation>Privile&amp;ged</translation>
        </message>
        <message>
            <source>the image's user</source>
            <translation>the image's user</translation>
        </message>
        <message>
            <source>Run as user</source>
            <translation>Run as user</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Not allowed</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Allowed</translation>
        </message>
        <message>
            <source>Allow privilege escalation</source>
            <translation>Allow privilege escalation</translation>
        </message>
        <message>
            <source>A privileged container has all the capabilities of the node's root user and can reach every device of the node.</source>
            <translation>A privileged container has all the capabilities of the node's root user and can reach every device of the node.</translation>
        </message>
        <message>
            <source>Run as u&amp;ser:</source>
            <translation>Run as u&amp;ser:</translation>
        </message>
        <message>
            <source>Privilege &amp;escalation:</source>
            <translation>Privilege &amp;escalation:</translation>
        </message>
        <message>
            <source>Drop A&amp;LL</source>
            <translation>Drop A&amp;LL</translation>
        </message>
        <message>
            <source>Capabilities to drop</source>
            <translation>Capabilities to drop</translation>
        </message>
        <message>
            <source>none; ALL drops every capability</source>
            <translation>none; ALL drops every capability</translation>
        </message>
        <message>
            <source>Drop every capability; add back only what the program needs.</source>
            <translation>Drop every capability; add back only what the program needs.</translation>
        </message>
        <message>
            <source>Capabilities to add</source>
            <translation>Capabilities to add</translation>
        </message>
        <message>
            <source>e.g. NET_BIND_SERVICE (ports below 1024)</source>
            <translation>e.g. NET_BIND_SERVICE (ports below 1024)</translation>
        </message>
        <message>
            <source>Secc&amp;omp profile:</source>
            <translation>Secc&amp;omp profile:</translation>
        </message>
        <message>
            <source>Drop capa&amp;bilities:</source>
            <translation>Drop capa&amp;bilities:</translation>
        </message>
        <message>
            <source>Add capabili&amp;ties:</source>
            <translation>Add capabili&amp;ties:</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ServiceForm</name>
        <message>
            <source>&amp;External name:</source>
            <translation>&amp;External name:</translation>
        </message>
        <message>
            <source>Node port</source>
            <translation>Node port</translation>
        </message>
        <message>
            <source>&amp;Add port</source>
            <translation>&amp;Add port</translation>
        </message>
        <message>
            <source>ClusterIP: a virtual IP inside the cluster</source>
            <translation>ClusterIP: a virtual IP inside the cluster</translation>
        </message>
        <message>
            <source>Headless: DNS names of the pods, no virtual IP</source>
            <translation>Headless: DNS names of the pods, no virtual IP</translation>
        </message>
        <message>
            <source>NodePort: also a port on every node</source>
            <translation>NodePort: also a port on every node</translation>
        </message>
        <message>
            <source>LoadBalancer: also an external load balancer</source>
            <translation>LoadBalancer: also an external load balancer</translation>
        </message>
        <message>
            <source>ExternalName: a DNS alias of a name outside the cluster</source>
            <translation>ExternalName: a DNS alias of a name outside the cluster</translation>
        </message>
        <message>
            <source>Service type</source>
            <translation>Service type</translation>
        </message>
        <message>
            <source>External name</source>
            <translation>External name</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>e.g. db.example.com</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Target port</source>
            <translation>Target port</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>ClientIP: a client keeps reaching the same pod</source>
            <translation>ClientIP: a client keeps reaching the same pod</translation>
        </message>
        <message>
            <source>Session affinity</source>
            <translation>Session affinity</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Session affinity timeout</source>
            <translation>Session affinity timeout</translation>
        </message>
        <message>
            <source>Timeout:</source>
            <translation>Timeout:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>Ports:</source>
            <translation>Ports:</translation>
        </message>
        <message>
            <source>Session &amp;affinity:</source>
            <translation>Session &amp;affinity:</translation>
        </message>
        <message>
            <source>Reachable inside the cluster at one stable address.</source>
            <translation>Reachable inside the cluster at one stable address.</translation>
        </message>
        <message>
            <source>The DNS name resolves to the selected pods' own addresses (clusterIP: None); StatefulSets need one.</source>
            <translation>The DNS name resolves to the selected pods' own addresses (clusterIP: None); StatefulSets need one.</translation>
        </message>
        <message>
            <source>Also reachable on a port of every node; leave the node port empty and the cluster picks one from its range.</source>
            <translation>Also reachable on a port of every node; leave the node port empty and the cluster picks one from its range.</translation>
        </message>
        <message>
            <source>Also reachable through a load balancer the cluster's cloud provider makes.</source>
            <translation>Also reachable through a load balancer the cluster's cloud provider makes.</translation>
        </message>
        <message>
            <source>The name becomes a DNS alias (CNAME) of the external name; no pods are selected.</source>
            <translation>The name becomes a DNS alias (CNAME) of the external name; no pods are selected.</translation>
        </message>
        <message>
            <source>Port name</source>
            <translation>Port name</translation>
        </message>
        <message>
            <source>e.g. http</source>
            <translation>e.g. http</translation>
        </message>
        <message>
            <source>e.g. 80</source>
            <translation>e.g. 80</translation>
        </message>
        <message>
            <source>same as port</source>
            <translation>same as port</translation>
        </message>
        <message>
            <source>The container port traffic goes to: a number or a container port's name.</source>
            <translation>The container port traffic goes to: a number or a container port's name.</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>Remove port</source>
            <translation>Remove port</translation>
        </message>
        <message>
            <source>Required value: a name, as there are several ports</source>
            <translation>Required value: a name, as there are several ports</translation>
        </message>
        <message>
            <source>Duplicate value: another port has this name</source>
            <translation>Duplicate value: another port has this name</translation>
        </message>
        <message>
            <source>Duplicate value: another port has this number and protocol</source>
            <translation>Duplicate value: another port has this number and protocol</translation>
        </message>
        <message>
            <source>Add at least one port: a %1 service forwards ports.</source>
            <translation>Add at least one port: a %1 service forwards ports.</translation>
        </message>
        <message>
            <source> in %1</source>
            <translation> in %1</translation>
        </message>
        <message>
            <source>The workload's containers listen on: %1.</source>
            <translation>The workload's containers listen on: %1.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ServiceWizard</name>
        <message>
            <source>"%1" is not key=value</source>
            <translation>"%1" is not key=value</translation>
        </message>
        <message>
            <source>%1: given twice</source>
            <translation>%1: given twice</translation>
        </message>
        <message>
            <source>Create service</source>
            <translation>Create service</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>A stable name and address for a set of pods. Service names start with a letter: they become DNS names.</source>
            <translation>A stable name and address for a set of pods. Service names start with a letter: they become DNS names.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. web</source>
            <translation>e.g. web</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>Pods</source>
            <translation>Pods</translation>
        </message>
        <message>
            <source>The service sends traffic to the pods whose labels match its selector. Pick a workload to use its pod labels, or type labels; the pods selected right now are listed below.</source>
            <translation>The service sends traffic to the pods whose labels match its selector. Pick a workload to use its pod labels, or type labels; the pods selected right now are listed below.</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>Selector</source>
            <translation>Selector</translation>
        </message>
        <message>
            <source>e.g. app=web, tier=frontend</source>
            <translation>e.g. app=web, tier=frontend</translation>
        </message>
        <message>
            <source>Selected pods</source>
            <translation>Selected pods</translation>
        </message>
        <message>
            <source>Pods the selector selects</source>
            <translation>Pods the selector selects</translation>
        </message>
        <message>
            <source>&amp;Workload:</source>
            <translation>&amp;Workload:</translation>
        </message>
        <message>
            <source>&amp;Selector:</source>
            <translation>&amp;Selector:</translation>
        </message>
        <message>
            <source>Type and ports</source>
            <translation>Type and ports</translation>
        </message>
        <message>
            <source>How the service is reached and which ports it forwards to the pods' target ports.</source>
            <translation>How the service is reached and which ports it forwards to the pods' target ports.</translation>
        </message>
        <message>
            <source>None: type the labels</source>
            <translation>None: type the labels</translation>
        </message>
        <message>
            <source>Without a selector the service selects no pods; its endpoints are managed by hand.</source>
            <translation>Without a selector the service selects no pods; its endpoints are managed by hand.</translation>
        </message>
        <message>
            <source>Fix the selector to see which pods it selects.</source>
            <translation>Fix the selector to see which pods it selects.</translation>
        </message>
        <message>
            <source>No pod in this project has these labels yet. The service will select pods that get them later.</source>
            <translation>No pod in this project has these labels yet. The service will select pods that get them later.</translation>
        </message>
        <message numerus="yes">
            <source>%n pod(s) selected right now:</source>
            <translation>
                <numerusform>%n pod selected right now:</numerusform>
                <numerusform>%n pods selected right now:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ShellWindow</name>
        <message>
            <source>Reconnect</source>
            <translation>Reconnect</translation>
        </message>
        <message>
            <source>Attach: %1/%2</source>
            <translation>Attach: %1/%2</translation>
        </message>
        <message>
            <source>Shell: %1/%2</source>
            <translation>Shell: %1/%2</translation>
        </message>
        <message>
            <source>Automatic (bash, else sh)</source>
            <translation>Automatic (bash, else sh)</translation>
        </message>
        <message>
            <source>Custom command…</source>
            <translation>Custom command…</translation>
        </message>
        <message>
            <source>e.g. python3 -i</source>
            <translation>e.g. python3 -i</translation>
        </message>
        <message>
            <source>&amp;Container:</source>
            <translation>&amp;Container:</translation>
        </message>
        <message>
            <source>&amp;Shell:</source>
            <translation>&amp;Shell:</translation>
        </message>
        <message>
            <source>The cluster connection was closed.</source>
            <translation>The cluster connection was closed.</translation>
        </message>
        <message>
            <source>Enter a command to run.</source>
            <translation>Enter a command to run.</translation>
        </message>
        <message>
            <source>Connected to %1</source>
            <translation>Connected to %1</translation>
        </message>
        <message>
            <source>Process exited with status %1</source>
            <translation>Process exited with status %1</translation>
        </message>
        <message>
            <source>Process ended: %1</source>
            <translation>Process ended: %1</translation>
        </message>
        <message>
            <source>Could not attach</source>
            <translation>Could not attach</translation>
        </message>
        <message>
            <source>Could not start the shell</source>
            <translation>Could not start the shell</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::StorageClassWizard</name>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>Create storage class</source>
            <translation>Create storage class</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>Storage class</translation>
        </message>
        <message>
            <source>Where volumes come from: the provisioner that makes them and how. Claims name a class, or get the default one.</source>
            <translation>Where volumes come from: the provisioner that makes them and how. Claims name a class, or get the default one.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. fast-ssd</source>
            <translation>e.g. fast-ssd</translation>
        </message>
        <message>
            <source>Provisioner</source>
            <translation>Provisioner</translation>
        </message>
        <message>
            <source>e.g. ebs.csi.aws.com</source>
            <translation>e.g. ebs.csi.aws.com</translation>
        </message>
        <message>
            <source>Reclaim policy</source>
            <translation>Reclaim policy</translation>
        </message>
        <message>
            <source>Delete (the volume goes with its claim)</source>
            <translation>Delete (the volume goes with its claim)</translation>
        </message>
        <message>
            <source>Retain (the volume stays for an admin)</source>
            <translation>Retain (the volume stays for an admin)</translation>
        </message>
        <message>
            <source>Volume binding mode</source>
            <translation>Volume binding mode</translation>
        </message>
        <message>
            <source>Immediate (when the claim is made)</source>
            <translation>Immediate (when the claim is made)</translation>
        </message>
        <message>
            <source>WaitForFirstConsumer (where its first pod runs)</source>
            <translation>WaitForFirstConsumer (where its first pod runs)</translation>
        </message>
        <message>
            <source>Claims may &amp;grow (allowVolumeExpansion)</source>
            <translation>Claims may &amp;grow (allowVolumeExpansion)</translation>
        </message>
        <message>
            <source>&amp;Default class for claims that name none</source>
            <translation>&amp;Default class for claims that name none</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Provisioner:</source>
            <translation>&amp;Provisioner:</translation>
        </message>
        <message>
            <source>&amp;Reclaim policy:</source>
            <translation>&amp;Reclaim policy:</translation>
        </message>
        <message>
            <source>&amp;Binding mode:</source>
            <translation>&amp;Binding mode:</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Optional settings the provisioner understands (type, fsType, replication, ...); see its documentation.</source>
            <translation>Optional settings the provisioner understands (type, fsType, replication, ...); see its documentation.</translation>
        </message>
        <message>
            <source>You may not create storage classes: that needs permission to create storageclasses (storage.k8s.io) in the whole cluster, which cluster admins have.%1</source>
            <translation>You may not create storage classes: that needs permission to create storageclasses (storage.k8s.io) in the whole cluster, which cluster admins have.%1</translation>
        </message>
        <message>
            <source>%1 is the default already. With two defaults, claims without a class get the newest one; consider unmarking %1 (edit its annotation %2).</source>
            <translation>%1 is the default already. With two defaults, claims without a class get the newest one; consider unmarking %1 (edit its annotation %2).</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::StrategyForm</name>
        <message>
            <source>Replicas</source>
            <translation>Replicas</translation>
        </message>
        <message>
            <source>Update strategy</source>
            <translation>Update strategy</translation>
        </message>
        <message>
            <source>Max surge</source>
            <translation>Max surge</translation>
        </message>
        <message>
            <source>Max unavailable</source>
            <translation>Max unavailable</translation>
        </message>
        <message>
            <source>Partition</source>
            <translation>Partition</translation>
        </message>
        <message>
            <source>Only pods with an ordinal at or above this number are updated (a staged rollout).</source>
            <translation>Only pods with an ordinal at or above this number are updated (a staged rollout).</translation>
        </message>
        <message>
            <source>&amp;Replicas:</source>
            <translation>&amp;Replicas:</translation>
        </message>
        <message>
            <source>&amp;Update strategy:</source>
            <translation>&amp;Update strategy:</translation>
        </message>
        <message>
            <source>Max &amp;surge:</source>
            <translation>Max &amp;surge:</translation>
        </message>
        <message>
            <source>Max u&amp;navailable:</source>
            <translation>Max u&amp;navailable:</translation>
        </message>
        <message>
            <source>&amp;Partition:</source>
            <translation>&amp;Partition:</translation>
        </message>
        <message>
            <source>Rolling update — replace pods a few at a time</source>
            <translation>Rolling update — replace pods a few at a time</translation>
        </message>
        <message>
            <source>Recreate — stop all old pods, then start new ones</source>
            <translation>Recreate — stop all old pods, then start new ones</translation>
        </message>
        <message>
            <source>On delete — replace a pod only when you delete it</source>
            <translation>On delete — replace a pod only when you delete it</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TaintsAction</name>
        <message>
            <source>Edit taints…</source>
            <translation>Edit taints…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TaintsDialog</name>
        <message>
            <source>Taints of node %1</source>
            <translation>Taints of node %1</translation>
        </message>
        <message>
            <source>Pods are not scheduled on (NoSchedule), preferably kept off (PreferNoSchedule) or evicted from (NoExecute) a tainted node unless they tolerate the taint.</source>
            <translation>Pods are not scheduled on (NoSchedule), preferably kept off (PreferNoSchedule) or evicted from (NoExecute) a tainted node unless they tolerate the taint.</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Re&amp;load</translation>
        </message>
        <message>
            <source>Read the node's current taints again</source>
            <translation>Read the node's current taints again</translation>
        </message>
        <message>
            <source>A&amp;pply</source>
            <translation>A&amp;pply</translation>
        </message>
        <message>
            <source>Reading node %1…</source>
            <translation>Reading node %1…</translation>
        </message>
        <message>
            <source>Could not read node %1.</source>
            <translation>Could not read node %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before applying:</source>
            <translation>
                <numerusform>%n problem to fix before applying:</numerusform>
                <numerusform>%n problems to fix before applying:</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>No changes.</translation>
        </message>
        <message>
            <source>Apply replaces the taints of node %1 unless someone changed the node since it was read.</source>
            <translation>Apply replaces the taints of node %1 unless someone changed the node since it was read.</translation>
        </message>
        <message>
            <source>Updating taints of node %1…</source>
            <translation>Updating taints of node %1…</translation>
        </message>
        <message>
            <source>Taints of node %1 updated.</source>
            <translation>Taints of node %1 updated.</translation>
        </message>
        <message>
            <source>Node %1 changed since its taints were read, so nothing was changed. Reload to see its current taints, then make your change again.</source>
            <translation>Node %1 changed since its taints were read, so nothing was changed. Reload to see its current taints, then make your change again.</translation>
        </message>
        <message>
            <source>Could not update the taints of node %1</source>
            <translation>Could not update the taints of node %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TaintsTable</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>Effect</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Add a taint</source>
            <translation>Add a taint</translation>
        </message>
        <message>
            <source>Remove the selected taints</source>
            <translation>Remove the selected taints</translation>
        </message>
        <message>
            <source>Taints</source>
            <translation>Taints</translation>
        </message>
        <message>
            <source>another taint has the same key and effect</source>
            <translation>another taint has the same key and effect</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TerminalWidget</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Select &amp;All</translation>
        </message>
        <message>
            <source>C&amp;lear Scrollback</source>
            <translation>C&amp;lear Scrollback</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TolerationRow</name>
        <message>
            <source>taint key (empty: every key)</source>
            <translation>taint key (empty: every key)</translation>
        </message>
        <message>
            <source>Taint key</source>
            <translation>Taint key</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Any effect</source>
            <translation>Any effect</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>Effect</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::VolumeRow</name>
        <message>
            <source>volume name</source>
            <translation>volume name</translation>
        </message>
        <message>
            <source>Volume name</source>
            <translation>Volume name</translation>
        </message>
        <message>
            <source>New claim</source>
            <translation>New claim</translation>
        </message>
        <message>
            <source>Existing claim</source>
            <translation>Existing claim</translation>
        </message>
        <message>
            <source>ConfigMap</source>
            <translation>ConfigMap</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Empty directory</source>
            <translation>Empty directory</translation>
        </message>
        <message>
            <source>Volume type</source>
            <translation>Volume type</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>Storage class</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Access mode</source>
            <translation>Access mode</translation>
        </message>
        <message>
            <source> (default)</source>
            <translation> (default)</translation>
        </message>
        <message>
            <source>Node path (hostPath)</source>
            <translation>Node path (hostPath)</translation>
        </message>
        <message>
            <source>path on the node, e.g. /var/log</source>
            <translation>path on the node, e.g. /var/log</translation>
        </message>
        <message>
            <source>Node path</source>
            <translation>Node path</translation>
        </message>
        <message>
            <source>Any (no check)</source>
            <translation>Any (no check)</translation>
        </message>
        <message>
            <source>Node path type</source>
            <translation>Node path type</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::VolumeWizard</name>
        <message>
            <source>must be a size such as 10Gi or 500Mi</source>
            <translation>must be a size such as 10Gi or 500Mi</translation>
        </message>
        <message>
            <source>must be greater than zero</source>
            <translation>must be greater than zero</translation>
        </message>
        <message>
            <source>Create volume</source>
            <translation>Create volume</translation>
        </message>
        <message>
            <source>Persistent volume claim</source>
            <translation>Persistent volume claim</translation>
        </message>
        <message>
            <source>Storage for a workload. The storage class decides where the volume comes from; the cluster's default class is preselected.</source>
            <translation>Storage for a workload. The storage class decides where the volume comes from; the cluster's default class is preselected.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. postgres-data</source>
            <translation>e.g. postgres-data</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>Storage class</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Volume mode</source>
            <translation>Volume mode</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>&amp;Storage class:</source>
            <translation>&amp;Storage class:</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>Si&amp;ze:</translation>
        </message>
        <message>
            <source>Access modes:</source>
            <translation>Access modes:</translation>
        </message>
        <message>
            <source>&amp;Volume mode:</source>
            <translation>&amp;Volume mode:</translation>
        </message>
        <message>
            <source> (default)</source>
            <translation> (default)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::VolumesForm</name>
        <message>
            <source>Add &amp;volume</source>
            <translation>Add &amp;volume</translation>
        </message>
        <message>
            <source>Add &amp;mount</source>
            <translation>Add &amp;mount</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>Volumes</translation>
        </message>
        <message>
            <source>Mounts (container, volume, path, sub-path)</source>
            <translation>Mounts (container, volume, path, sub-path)</translation>
        </message>
        <message>
            <source>A new claim becomes a claim template: every pod gets its own volume, kept when the pod is replaced.</source>
            <translation>A new claim becomes a claim template: every pod gets its own volume, kept when the pod is replaced.</translation>
        </message>
        <message>
            <source>A new claim is created before the workload and shared by its pods (ReadWriteOnce: pods on one node).</source>
            <translation>A new claim is created before the workload and shared by its pods (ReadWriteOnce: pods on one node).</translation>
        </message>
        <message>
            <source>A node path (hostPath) gives the pod access to the node's own filesystem: it can read and change files of the node and of other pods, and its data stays on that one node. Prefer a claim unless the pod must see the node.</source>
            <translation>A node path (hostPath) gives the pod access to the node's own filesystem: it can read and change files of the node and of other pods, and its data stays on that one node. Prefer a claim unless the pod must see the node.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::WorkloadBasicsForm</name>
        <message>
            <source>Add &amp;label</source>
            <translation>Add &amp;label</translation>
        </message>
        <message>
            <source>Deployment — identical pods, rolled out gradually</source>
            <translation>Deployment — identical pods, rolled out gradually</translation>
        </message>
        <message>
            <source>StatefulSet — numbered pods with their own volumes</source>
            <translation>StatefulSet — numbered pods with their own volumes</translation>
        </message>
        <message>
            <source>DaemonSet — one pod on every matching node</source>
            <translation>DaemonSet — one pod on every matching node</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. web</source>
            <translation>e.g. web</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>What this workload is for (optional)</source>
            <translation>What this workload is for (optional)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>Labels:</source>
            <translation>Labels:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::WorkloadWizard</name>
        <message>
            <source>Create workload</source>
            <translation>Create workload</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>What runs, and where. The labels select the pods: Services and autoscalers find them by these.</source>
            <translation>What runs, and where. The labels select the pods: Services and autoscalers find them by these.</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Containers</translation>
        </message>
        <message>
            <source>Volumes and mounts</source>
            <translation>Volumes and mounts</translation>
        </message>
        <message>
            <source>Storage the pods use, and where each container sees it.</source>
            <translation>Storage the pods use, and where each container sees it.</translation>
        </message>
        <message>
            <source>Replicas and updates</source>
            <translation>Replicas and updates</translation>
        </message>
        <message>
            <source>How many pods run, and how a new version replaces them.</source>
            <translation>How many pods run, and how a new version replaces them.</translation>
        </message>
        <message>
            <source>Scheduling</source>
            <translation>Scheduling</translation>
        </message>
        <message>
            <source>Which nodes the pods may run on. Leave empty to let the scheduler choose.</source>
            <translation>Which nodes the pods may run on. Leave empty to let the scheduler choose.</translation>
        </message>
        <message>
            <source>Services and autoscaling</source>
            <translation>Services and autoscaling</translation>
        </message>
        <message>
            <source>Optional objects created with the workload; they select its pods by its labels.</source>
            <translation>Optional objects created with the workload; they select its pods by its labels.</translation>
        </message>
        <message>
            <source>the form has no place for %1</source>
            <translation>the form has no place for %1</translation>
        </message>
        <message>
            <source>One or more containers run together in each pod, after its init containers (sidecars keep running beside them). Environment values can come from the project's ConfigMaps and Secrets.</source>
            <translation>One or more containers run together in each pod, after its init containers (sidecars keep running beside them). Environment values can come from the project's ConfigMaps and Secrets.</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::YamlTab</name>
        <message>
            <source>&lt;hidden: 1 byte&gt;</source>
            <translation>&lt;hidden: 1 byte&gt;</translation>
        </message>
        <message>
            <source>&lt;hidden: %1 bytes&gt;</source>
            <translation>&lt;hidden: %1 bytes&gt;</translation>
        </message>
    </context>
    <context>
        <name>SubcommandParser</name>
        <message>
            <source>--%1 needs a value</source>
            <translation>--%1 needs a value</translation>
        </message>
    </context>
    <context>
        <name>TlsPair</name>
        <message>
            <source>The certificate is not a PEM certificate (a block starting with "-----BEGIN CERTIFICATE-----").</source>
            <translation>The certificate is not a PEM certificate (a block starting with "-----BEGIN CERTIFICATE-----").</translation>
        </message>
        <message>
            <source>The certificate expired on %1.</source>
            <translation>The certificate expired on %1.</translation>
        </message>
        <message>
            <source>The certificate is not valid before %1.</source>
            <translation>The certificate is not valid before %1.</translation>
        </message>
        <message>
            <source>The private key is encrypted. Kubernetes needs it without a passphrase (e.g. openssl pkey -in key.pem -out plain.pem).</source>
            <translation>The private key is encrypted. Kubernetes needs it without a passphrase (e.g. openssl pkey -in key.pem -out plain.pem).</translation>
        </message>
        <message>
            <source>The private key is not a PEM private key (a block starting with "-----BEGIN PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----" or "-----BEGIN EC PRIVATE KEY-----").</source>
            <translation>The private key is not a PEM private key (a block starting with "-----BEGIN PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----" or "-----BEGIN EC PRIVATE KEY-----").</translation>
        </message>
        <message>
            <source>The private key does not belong to the certificate: their public keys differ.</source>
            <translation>The private key does not belong to the certificate: their public keys differ.</translation>
        </message>
    </context>
    <context>
        <name>WizardCatalog</name>
        <message>
            <source>&amp;Project…</source>
            <translation>&amp;Project…</translation>
        </message>
        <message>
            <source>&amp;Workload (deployment, stateful set, daemon set)…</source>
            <translation>&amp;Workload (deployment, stateful set, daemon set)…</translation>
        </message>
        <message>
            <source>&amp;Volume (persistent volume claim)…</source>
            <translation>&amp;Volume (persistent volume claim)…</translation>
        </message>
        <message>
            <source>&amp;Service…</source>
            <translation>&amp;Service…</translation>
        </message>
        <message>
            <source>&amp;App route (ingress)…</source>
            <translation>&amp;App route (ingress)…</translation>
        </message>
        <message>
            <source>&amp;Config map…</source>
            <translation>&amp;Config map…</translation>
        </message>
        <message>
            <source>Sec&amp;ret…</source>
            <translation>Sec&amp;ret…</translation>
        </message>
        <message>
            <source>Storage c&amp;lass…</source>
            <translation>Storage c&amp;lass…</translation>
        </message>
        <message>
            <source>&amp;Node (kubeadm join)…</source>
            <translation>&amp;Node (kubeadm join)…</translation>
        </message>
    </context>
    <context>
        <name>WizardFromFile</name>
        <message>
            <source>%1 is too large for a manifest.</source>
            <translation>%1 is too large for a manifest.</translation>
        </message>
        <message>
            <source>%1 can't be read: %2</source>
            <translation>%1 can't be read: %2</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, line %2: %3</translation>
        </message>
        <message>
            <source>%1, line %2: expected a Kubernetes object (a mapping with apiVersion and kind).</source>
            <translation>%1, line %2: expected a Kubernetes object (a mapping with apiVersion and kind).</translation>
        </message>
        <message>
            <source>%1, line %2: the object has no apiVersion or kind.</source>
            <translation>%1, line %2: the object has no apiVersion or kind.</translation>
        </message>
        <message>
            <source>%1 holds no Kubernetes object.</source>
            <translation>%1 holds no Kubernetes object.</translation>
        </message>
        <message>
            <source>%1: Sextant has no creation wizard for %2 (%3). Open the file in the editor to apply it as it is.</source>
            <translation>%1: Sextant has no creation wizard for %2 (%3). Open the file in the editor to apply it as it is.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (from %2)</source>
            <translation>%1 (from %2)</translation>
        </message>
        <message>
            <source>Create from a YAML file</source>
            <translation>Create from a YAML file</translation>
        </message>
        <message>
            <source>YAML files (*.yaml *.yml)</source>
            <translation>YAML files (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>The cluster connection is gone.</source>
            <translation>The cluster connection is gone.</translation>
        </message>
    </context>
</TS>
