<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ConfigWizardSupport</name>
        <message>
            <source>must be no more than 253 characters</source>
            <translation>不得超过 253 个字符</translation>
        </message>
        <message>
            <source>a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or 'key-name')</source>
            <translation>有效的配置键必须由字母数字字符、'-'、'_' 或 '.' 组成（例如 'key.name'、'KEY_NAME' 或 'key-name'）</translation>
        </message>
        <message>
            <source>must not be '.' or '..'</source>
            <translation>不能为 '.' 或 '..'</translation>
        </message>
        <message>
            <source>must not start with '..'</source>
            <translation>不能以 '..' 开头</translation>
        </message>
    </context>
    <context>
        <name>EditSettingsAction</name>
        <message>
            <source>Edit settings…</source>
            <translation>编辑设置…</translation>
        </message>
        <message>
            <source>Cannot edit %1 %2</source>
            <translation>无法编辑 %1 %2</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>Updated %1 %2.</source>
            <translation>已更新 %1 %2。</translation>
        </message>
    </context>
    <context>
        <name>LabelSelector</name>
        <message>
            <source>expected "," between requirements, found "%1"</source>
            <translation>需求之间应有 ","，实际为 "%1"</translation>
        </message>
        <message>
            <source>the label selector is not an object</source>
            <translation>标签选择器不是一个对象</translation>
        </message>
        <message>
            <source>invalid label key "%1" in matchLabels: %2</source>
            <translation>matchLabels 中的标签键 "%1" 无效：%2</translation>
        </message>
        <message>
            <source>invalid value "%1" for "%2" in matchLabels: %3</source>
            <translation>matchLabels 中 "%2" 的值 "%1" 无效：%3</translation>
        </message>
        <message>
            <source>invalid label key "%1" in %2: %3</source>
            <translation>%2 中的标签键 "%1" 无效：%3</translation>
        </message>
        <message>
            <source>%1: operator %2 needs at least one value</source>
            <translation>%1：运算符 %2 至少需要一个值</translation>
        </message>
        <message>
            <source>%1: operator %2 takes no values</source>
            <translation>%1：运算符 %2 不接受值</translation>
        </message>
        <message>
            <source>%1: operator %2 needs one whole number</source>
            <translation>%1：运算符 %2 需要一个整数</translation>
        </message>
        <message>
            <source>%1: unknown operator "%2" (expected In, NotIn, Exists or DoesNotExist)</source>
            <translation>%1：未知运算符 "%2"（应为 In、NotIn、Exists 或 DoesNotExist）</translation>
        </message>
        <message>
            <source>invalid value "%1" in %2: %3</source>
            <translation>%2 中的值 "%1" 无效：%3</translation>
        </message>
    </context>
    <context>
        <name>Sextant::App</name>
        <message>
            <source>Path to the kubeconfig file to use (not merged with KUBECONFIG).</source>
            <translation>要使用的 kubeconfig 文件路径（不与 KUBECONFIG 合并）。</translation>
        </message>
        <message>
            <source>The kubeconfig context to open.</source>
            <translation>要打开的 kubeconfig 上下文。</translation>
        </message>
        <message>
            <source>The project (namespace) to show.</source>
            <translation>要显示的项目（命名空间）。</translation>
        </message>
        <message>
            <source>Interface language: zh_CN, en or system. Remembered.</source>
            <translation>界面语言：zh_CN、en 或 system。设置会被记住。</translation>
        </message>
        <message>
            <source>Save a PNG of the main window before quitting.</source>
            <translation>退出前将主窗口保存为 PNG 图片。</translation>
        </message>
        <message>
            <source>Quit after this many milliseconds.</source>
            <translation>在指定毫秒数后退出。</translation>
        </message>
        <message>
            <source>--quit-after needs a number of milliseconds
</source>
            <translation>--quit-after 需要一个毫秒数
</translation>
        </message>
        <message>
            <source>Show all projects (namespaces).</source>
            <translation>显示全部项目（命名空间）。</translation>
        </message>
        <message>
            <source>-n and -A cannot be used together
</source>
            <translation>-n 和 -A 不能同时使用
</translation>
        </message>
        <message>
            <source>Sextant: a native desktop client for Kubernetes.

Commands:
  doctor    check a connection step by step (sextant doctor --help)</source>
            <translation>Sextant：原生 Kubernetes 桌面客户端。

命令：
  doctor    逐步检查连接（sextant doctor --help）</translation>
        </message>
        <message>
            <source>Colours: light, dark or system (the default).</source>
            <translation>配色：light、dark 或 system（默认）。</translation>
        </message>
        <message>
            <source>The place to open, e.g. overview, nodes or apps/deployments.</source>
            <translation>要打开的位置，例如 overview、nodes 或 apps/deployments。</translation>
        </message>
        <message>
            <source>The object to select and show in detail, as namespace/name.</source>
            <translation>要选中并显示详情的对象，格式为 namespace/name。</translation>
        </message>
        <message>
            <source>Open the manifest editor alone (no cluster needed), with the files or folders given.</source>
            <translation>只打开清单编辑器（无需集群），并打开给定的文件或文件夹。</translation>
        </message>
        <message>
            <source>Manifests or folders to open in the manifest editor.</source>
            <translation>要在清单编辑器中打开的清单或文件夹。</translation>
        </message>
        <message>
            <source>--color-scheme must be light, dark or system
</source>
            <translation>--color-scheme 必须为 light、dark 或 system
</translation>
        </message>
        <message>
            <source>is a directory</source>
            <translation>是一个目录</translation>
        </message>
        <message>
            <source>Validates Kubernetes manifests offline against OpenAPI schemas: YAML syntax, unknown fields, types, required fields, enum values, names, labels and quantities. Prints file:line:col: severity: message and exits with 0 when no file has an error, 1 when one has, 2 on bad usage.</source>
            <translation>根据 OpenAPI 模式（schema）离线校验 Kubernetes 清单：YAML 语法、未知字段、类型、必填字段、枚举值、名称、标签和数量。按 file:line:col: severity: message 格式输出；没有文件出错时退出码为 0，有文件出错时为 1，用法错误时为 2。</translation>
        </message>
        <message>
            <source>Validate manifests.</source>
            <translation>校验清单。</translation>
        </message>
        <message>
            <source>Manifest files; - reads standard input.</source>
            <translation>清单文件；- 表示读取标准输入。</translation>
        </message>
        <message>
            <source>The Kubernetes release to validate against, e.g. 1.36 (default: the bundled schemas' release).</source>
            <translation>用于校验的 Kubernetes 版本，例如 1.36（默认：内置模式（schema）对应的版本）。</translation>
        </message>
        <message>
            <source>Use the schemas in this directory: bundles written by tools/refresh-schemas.sh, OpenAPI v3 documents (*.json) and CustomResourceDefinitions (*.yaml).</source>
            <translation>使用此目录中的模式（schema）：由 tools/refresh-schemas.sh 生成的模式包、OpenAPI v3 文档（*.json）和 CustomResourceDefinition（*.yaml）。</translation>
        </message>
        <message>
            <source>No files to validate.</source>
            <translation>没有要校验的文件。</translation>
        </message>
        <message>
            <source>No bundled schemas in this build; use --schema-dir.</source>
            <translation>此构建未内置模式（schema）；请使用 --schema-dir。</translation>
        </message>
        <message>
            <source>cannot read: %1</source>
            <translation>无法读取：%1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::App::DoctorCommand</name>
        <message>
            <source>Checks a kubeconfig context step by step: kubeconfig, server reachable, TLS, credentials, authentication and permissions. Exits with 0 when nothing failed, 1 on a failure, 2 on bad usage.</source>
            <translation>逐步检查一个 kubeconfig 上下文：kubeconfig、服务器可达性、TLS、凭证、认证和权限。全部通过时退出码为 0，有检查失败时为 1，用法错误时为 2。</translation>
        </message>
        <message>
            <source>Run the connection doctor.</source>
            <translation>运行连接诊断。</translation>
        </message>
        <message>
            <source>Path to the kubeconfig file to use (not merged with KUBECONFIG).</source>
            <translation>要使用的 kubeconfig 文件路径（不与 KUBECONFIG 合并）。</translation>
        </message>
        <message>
            <source>The kubeconfig context to check (default: current-context).</source>
            <translation>要检查的 kubeconfig 上下文（默认：current-context）。</translation>
        </message>
        <message>
            <source>The namespace whose permissions to list (default: the context's).</source>
            <translation>要列出权限的命名空间（默认：上下文中设置的命名空间）。</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>无法识别的参数：%1</translation>
        </message>
        <message>
            <source>The connection fails at "%1".</source>
            <translation>连接在 "%1" 这一步失败。</translation>
        </message>
        <message>
            <source>All checks passed, with warnings.</source>
            <translation>全部检查已通过，但有警告。</translation>
        </message>
        <message>
            <source>All checks passed.</source>
            <translation>全部检查已通过。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core</name>
        <message>
            <source>The server answered with HTTP %1 (%2).</source>
            <translation>服务器返回 HTTP %1（%2）。</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1.</source>
            <translation>服务器返回 HTTP %1。</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1: %2</source>
            <translation>服务器返回 HTTP %1：%2</translation>
        </message>
        <message>
            <source>the server certificate expired on %1</source>
            <translation>服务器证书已于 %1 过期</translation>
        </message>
        <message>
            <source>the server certificate is not valid before %1</source>
            <translation>服务器证书在 %1 之前无效</translation>
        </message>
        <message>
            <source>the server certificate is not valid for host name "%1" (it is for: %2)</source>
            <translation>服务器证书对主机名 "%1" 无效（证书适用于：%2）</translation>
        </message>
        <message>
            <source>the server certificate is not signed by a trusted certificate authority (check certificate-authority-data of the cluster)</source>
            <translation>服务器证书不是由受信任的证书颁发机构签发的（请检查集群的 certificate-authority-data）</translation>
        </message>
        <message>
            <source>the server certificate has been revoked</source>
            <translation>服务器证书已被吊销</translation>
        </message>
        <message>
            <source>TLS handshake with %1 failed: %2</source>
            <translation>与 %1 的 TLS 握手失败：%2</translation>
        </message>
        <message>
            <source>TLS verification of %1 failed: %2.</source>
            <translation>%1 的 TLS 验证失败：%2。</translation>
        </message>
        <message>
            <source>The gcp auth plugin has been removed.
Please use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead.
See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details</source>
            <translation>gcp 认证插件已被移除。
请改用 "gke-gcloud-auth-plugin" kubectl/client-go 凭证插件。
详情请参阅 https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke</translation>
        </message>
        <message>
            <source>The azure auth plugin has been removed.
Please use the https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.
See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins for further details</source>
            <translation>azure 认证插件已被移除。
请改用 https://github.com/Azure/kubelogin kubectl/client-go 凭证插件。
详情请参阅 https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins</translation>
        </message>
        <message>
            <source>%1 auth-provider (removed)</source>
            <translation>%1 auth-provider（已移除）</translation>
        </message>
        <message>
            <source>No auth-provider named "%1" is available; Sextant supports oidc and exec credential plugins.</source>
            <translation>没有名为 "%1" 的 auth-provider；Sextant 支持 oidc 和 exec 凭证插件。</translation>
        </message>
        <message>
            <source>unknown auth-provider %1</source>
            <translation>未知的 auth-provider %1</translation>
        </message>
        <message>
            <source>user "%1": authProvider cannot be provided in combination with an exec plugin</source>
            <translation>用户 "%1"：authProvider 不能与 exec 插件同时使用</translation>
        </message>
        <message>
            <source>invalid user %1</source>
            <translation>无效的用户 %1</translation>
        </message>
        <message>
            <source>the output is not valid JSON (%1 at offset %2)</source>
            <translation>输出不是有效的 JSON（偏移量 %2 处：%1）</translation>
        </message>
        <message>
            <source>the output is not a JSON object</source>
            <translation>输出不是 JSON 对象</translation>
        </message>
        <message>
            <source>the output has no apiVersion; expected %1</source>
            <translation>输出缺少 apiVersion；应为 %1</translation>
        </message>
        <message>
            <source>the output's apiVersion does not match the configured %1</source>
            <translation>输出的 apiVersion 与配置的 %1 不一致</translation>
        </message>
        <message>
            <source>the output is not of kind ExecCredential</source>
            <translation>输出的类型不是 ExecCredential</translation>
        </message>
        <message>
            <source>the output has no status</source>
            <translation>输出缺少 status</translation>
        </message>
        <message>
            <source>status has clientCertificateData but no clientKeyData</source>
            <translation>status 中有 clientCertificateData，但缺少 clientKeyData</translation>
        </message>
        <message>
            <source>status has clientKeyData but no clientCertificateData</source>
            <translation>status 中有 clientKeyData，但缺少 clientCertificateData</translation>
        </message>
        <message>
            <source>status.clientCertificateData and status.clientKeyData are not a valid PEM certificate and matching private key</source>
            <translation>status.clientCertificateData 和 status.clientKeyData 不是有效的 PEM 证书及其匹配的私钥</translation>
        </message>
        <message>
            <source>status has neither a token nor a client certificate and key</source>
            <translation>status 中既没有令牌，也没有客户端证书和私钥</translation>
        </message>
        <message>
            <source>status.expirationTimestamp is not an RFC 3339 time</source>
            <translation>status.expirationTimestamp 不是 RFC 3339 格式的时间</translation>
        </message>
        <message>
            <source>Obtaining credentials was cancelled.</source>
            <translation>获取凭证已取消。</translation>
        </message>
        <message>
            <source>stat %1: no such file or directory</source>
            <translation>stat %1：文件或目录不存在</translation>
        </message>
        <message>
            <source>Config not found: %1</source>
            <translation>找不到配置：%1</translation>
        </message>
        <message>
            <source>document is too deeply nested or expands to too many nodes (aliases)</source>
            <translation>文档嵌套过深，或展开后节点过多（别名）</translation>
        </message>
        <message>
            <source>expected a mapping</source>
            <translation>此处应为映射</translation>
        </message>
        <message>
            <source>keys must be strings</source>
            <translation>键必须是字符串</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>此处应为列表</translation>
        </message>
        <message>
            <source>expected a string</source>
            <translation>此处应为字符串</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>此处应为 true 或 false</translation>
        </message>
        <message>
            <source>illegal base64 data</source>
            <translation>base64 数据无效</translation>
        </message>
        <message>
            <source>duplicate name "%1" in list</source>
            <translation>列表中存在重复的名称 "%1"</translation>
        </message>
        <message>
            <source>yaml: unexpected structure</source>
            <translation>yaml：结构不符合预期</translation>
        </message>
        <message>
            <source>specifying a root certificates file with the insecure flag is not allowed</source>
            <translation>不允许在设置 insecure 标志的同时指定根证书文件</translation>
        </message>
        <message>
            <source>context "%1" does not exist</source>
            <translation>上下文 "%1" 不存在</translation>
        </message>
        <message>
            <source>auth info "%1" does not exist</source>
            <translation>认证信息 "%1" 不存在</translation>
        </message>
        <message>
            <source>cluster "%1" does not exist</source>
            <translation>集群 "%1" 不存在</translation>
        </message>
        <message>
            <source>namespace "%1" does not conform to the kubernetes DNS_LABEL rules</source>
            <translation>命名空间 "%1" 不符合 Kubernetes DNS_LABEL 规则</translation>
        </message>
        <message>
            <source>unable to read tokenFile %1 for %2 due to %3</source>
            <translation>无法读取 %2 的 tokenFile %1：%3</translation>
        </message>
        <message>
            <source>unable to read client-cert %1 for %2 due to %3</source>
            <translation>无法读取 %2 的 client-cert %1：%3</translation>
        </message>
        <message>
            <source>unable to read client-key %1 for %2 due to %3</source>
            <translation>无法读取 %2 的 client-key %1：%3</translation>
        </message>
        <message>
            <source>unable to read certificate-authority %1 for %2 due to %3</source>
            <translation>无法读取 %2 的 certificate-authority %1：%3</translation>
        </message>
        <message>
            <source>no kubeconfig file to write current-context to</source>
            <translation>没有可写入 current-context 的 kubeconfig 文件</translation>
        </message>
        <message>
            <source>no context chosen</source>
            <translation>未选择上下文</translation>
        </message>
        <message>
            <source>no configuration has been provided, try setting KUBERNETES_MASTER environment variable</source>
            <translation>未提供任何配置，请尝试设置 KUBERNETES_MASTER 环境变量</translation>
        </message>
        <message>
            <source>cluster has no server defined</source>
            <translation>集群未定义 server</translation>
        </message>
        <message>
            <source>context was not found for specified context: %1</source>
            <translation>找不到指定的上下文：%1</translation>
        </message>
        <message>
            <source>invalid configuration: %1</source>
            <translation>配置无效：%1</translation>
        </message>
        <message>
            <source>cannot create lock file %1: %2</source>
            <translation>无法创建锁文件 %1：%2</translation>
        </message>
        <message>
            <source>lock file %1 exists: kubectl or another program is changing this kubeconfig. If none is, delete the lock file and try again</source>
            <translation>锁文件 %1 已存在：kubectl 或其他程序正在修改此 kubeconfig。如果并没有程序在修改，请删除该锁文件后重试</translation>
        </message>
        <message>
            <source>%1: cannot create a temporary file in %2: %3</source>
            <translation>%1：无法在 %2 中创建临时文件：%3</translation>
        </message>
        <message>
            <source>%1: cannot write a temporary file in %2: %3</source>
            <translation>%1：无法在 %2 中写入临时文件：%3</translation>
        </message>
        <message>
            <source>%1: cannot replace the file: %2</source>
            <translation>%1：无法替换文件：%2</translation>
        </message>
        <message>
            <source>no kubeconfig file given</source>
            <translation>未指定 kubeconfig 文件</translation>
        </message>
        <message>
            <source>%1: no such file or directory</source>
            <translation>%1：文件或目录不存在</translation>
        </message>
        <message>
            <source>%1: cannot create directory %2</source>
            <translation>%1：无法创建目录 %2</translation>
        </message>
        <message>
            <source>%1: dangling symbolic link</source>
            <translation>%1：符号链接指向的目标不存在</translation>
        </message>
        <message>
            <source>not changing %1: %2</source>
            <translation>未修改 %1：%2</translation>
        </message>
        <message>
            <source>unexpected structure: %1</source>
            <translation>结构不符合预期：%1</translation>
        </message>
        <message>
            <source>context "%1" is not defined in this file</source>
            <translation>此文件中未定义上下文 "%1"</translation>
        </message>
        <message>
            <source>user "%1" is not defined in this file</source>
            <translation>此文件中未定义用户 "%1"</translation>
        </message>
        <message>
            <source>user "%1" has no auth-provider</source>
            <translation>用户 "%1" 没有 auth-provider</translation>
        </message>
        <message>
            <source>%1: read %1: is a directory</source>
            <translation>%1：读取 %1 失败：这是一个目录</translation>
        </message>
        <message>
            <source>%1: file is larger than %2 MiB</source>
            <translation>%1：文件大于 %2 MiB</translation>
        </message>
        <message>
            <source>%1: open %1: %2</source>
            <translation>%1：打开 %1 失败：%2</translation>
        </message>
        <message>
            <source>%1: read %1: %2</source>
            <translation>%1：读取 %1 失败：%2</translation>
        </message>
        <message>
            <source>%1: document is larger than %2 MiB</source>
            <translation>%1：文档大于 %2 MiB</translation>
        </message>
        <message>
            <source>%1: invalid UTF-8</source>
            <translation>%1：UTF-8 编码无效</translation>
        </message>
        <message>
            <source>%1: yaml: line %2, column %3: %4</source>
            <translation>%1：yaml：第 %2 行，第 %3 列：%4</translation>
        </message>
        <message>
            <source>%1: yaml: could not be parsed</source>
            <translation>%1：yaml：无法解析</translation>
        </message>
        <message>
            <source>%1: too deeply nested or too many aliases to rewrite</source>
            <translation>%1：嵌套过深或别名过多，无法改写</translation>
        </message>
        <message>
            <source>%1: could not serialise: %2</source>
            <translation>%1：无法序列化：%2</translation>
        </message>
        <message>
            <source>hint: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <source>could not parse: %1</source>
            <translation>无法解析：%1</translation>
        </message>
        <message>
            <source>unsupported scheme "%1", must be http, https, or socks5</source>
            <translation>不支持的协议 "%1"，必须是 http、https 或 socks5</translation>
        </message>
        <message>
            <source>no Auth Provider found for name "%1"</source>
            <translation>找不到名为 "%1" 的 Auth Provider</translation>
        </message>
        <message>
            <source>default cluster has no server defined</source>
            <translation>默认集群未定义 server</translation>
        </message>
        <message>
            <source>no server found for cluster "%1"</source>
            <translation>集群 "%1" 未设置 server</translation>
        </message>
        <message>
            <source>invalid 'proxy-url' "%1" for cluster "%2": %3</source>
            <translation>集群 "%2" 的 'proxy-url' "%1" 无效：%3</translation>
        </message>
        <message>
            <source>certificate-authority-data and certificate-authority are both specified for %1. certificate-authority-data will override.</source>
            <translation>%1 同时指定了 certificate-authority-data 和 certificate-authority。将以 certificate-authority-data 为准。</translation>
        </message>
        <message>
            <source>client-cert-data and client-cert are both specified for %1. client-cert-data will override.</source>
            <translation>%1 同时指定了 client-cert-data 和 client-cert。将以 client-cert-data 为准。</translation>
        </message>
        <message>
            <source>client-key-data and client-key are both specified for %1; client-key-data will override</source>
            <translation>%1 同时指定了 client-key-data 和 client-key；将以 client-key-data 为准</translation>
        </message>
        <message>
            <source>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</source>
            <translation>%1 要使用 clientCert 认证方式，必须指定 client-key-data 或 client-key。</translation>
        </message>
        <message>
            <source>client-certificate-data or client-certificate must be specified for %1 to use the clientCert authentication method.</source>
            <translation>%1 要使用 clientCert 认证方式，必须指定 client-certificate-data 或 client-certificate。</translation>
        </message>
        <message>
            <source>authProvider cannot be provided in combination with an exec plugin for %1</source>
            <translation>%1 的 authProvider 不能与 exec 插件同时使用</translation>
        </message>
        <message>
            <source>command must be specified for %1 to use exec authentication plugin</source>
            <translation>%1 要使用 exec 认证插件，必须指定 command</translation>
        </message>
        <message>
            <source>apiVersion must be specified for %1 to use exec authentication plugin</source>
            <translation>%1 要使用 exec 认证插件，必须指定 apiVersion</translation>
        </message>
        <message>
            <source>env variable name must be specified for %1 to use exec authentication plugin</source>
            <translation>%1 要使用 exec 认证插件，必须指定 env 变量名</translation>
        </message>
        <message>
            <source>interactiveMode must be specified for %1 to use exec authentication plugin</source>
            <translation>%1 要使用 exec 认证插件，必须指定 interactiveMode</translation>
        </message>
        <message>
            <source>invalid interactiveMode for %1: "%2"</source>
            <translation>%1 的 interactiveMode 无效："%2"</translation>
        </message>
        <message>
            <source>more than one authentication method found for %1; found [%2], only one is allowed</source>
            <translation>%1 配置了多种认证方式：[%2]，只允许使用一种</translation>
        </message>
        <message>
            <source>requesting uid, groups or user-extra for %1 without impersonating a user</source>
            <translation>%1 未伪装用户，却请求了 uid、groups 或 user-extra</translation>
        </message>
        <message>
            <source>empty context name is not allowed</source>
            <translation>上下文名称不能为空</translation>
        </message>
        <message>
            <source>user was not specified for context "%1"</source>
            <translation>上下文 "%1" 未指定 user</translation>
        </message>
        <message>
            <source>user "%1" was not found for context "%2"</source>
            <translation>找不到上下文 "%2" 的用户 "%1"</translation>
        </message>
        <message>
            <source>cluster was not specified for context "%1"</source>
            <translation>上下文 "%1" 未指定 cluster</translation>
        </message>
        <message>
            <source>cluster "%1" was not found for context "%2"</source>
            <translation>找不到上下文 "%2" 的集群 "%1"</translation>
        </message>
        <message>
            <source>namespace "%1" for context "%2" does not conform to the kubernetes DNS_LABEL rules</source>
            <translation>上下文 "%2" 的命名空间 "%1" 不符合 Kubernetes DNS_LABEL 规则</translation>
        </message>
        <message>
            <source>%1: yaml: line %2, column %3: nested too deeply</source>
            <translation>%1：yaml：第 %2 行，第 %3 列：嵌套过深</translation>
        </message>
        <message>
            <source>skipped rollback (current template already matches revision %1)</source>
            <translation>已跳过回滚（当前模板已与版本 %1 一致）</translation>
        </message>
        <message>
            <source>you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again</source>
            <translation>无法回滚已暂停的部署；请先用 'kubectl rollout resume' 恢复发布，然后重试</translation>
        </message>
        <message>
            <source>can't restart paused deployment (run rollout resume first)</source>
            <translation>无法重启已暂停的部署（请先执行 rollout resume）</translation>
        </message>
        <message>
            <source>unable to find specified revision %1 in history</source>
            <translation>在历史中找不到指定的版本 %1</translation>
        </message>
        <message>
            <source>rolled back</source>
            <translation>已回滚</translation>
        </message>
        <message>
            <source>Cannot list pods: %1</source>
            <translation>无法列出容器组：%1</translation>
        </message>
        <message>
            <source>No running pods match.</source>
            <translation>没有匹配的运行中容器组。</translation>
        </message>
        <message>
            <source>Looking for pods…</source>
            <translation>正在查找容器组…</translation>
        </message>
        <message numerus="yes">
            <source>%n streaming</source>
            <translation>
                <numerusform>%n 个正在传输</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connecting</source>
            <translation>
                <numerusform>%n 个正在连接</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reconnecting</source>
            <translation>
                <numerusform>%n 个正在重新连接</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended</source>
            <translation>
                <numerusform>%n 个已结束</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed: %1</source>
            <translation>
                <numerusform>%n 个失败：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>must be no more than %1 characters</source>
            <translation>不得超过 %1 个字符</translation>
        </message>
        <message>
            <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')</source>
            <translation>小写 RFC 1123 子域名必须由小写字母数字字符、'-' 或 '.' 组成，且必须以字母数字字符开头和结尾（例如 'example.com'）</translation>
        </message>
        <message>
            <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')</source>
            <translation>小写 RFC 1123 标签必须由小写字母数字字符或 '-' 组成，且必须以字母数字字符开头和结尾（例如 'my-name' 或 '123-abc'）</translation>
        </message>
        <message>
            <source>prefix part must be non-empty</source>
            <translation>前缀部分不能为空</translation>
        </message>
        <message>
            <source>prefix part %1</source>
            <translation>前缀部分%1</translation>
        </message>
        <message>
            <source>a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')</source>
            <translation>限定名称必须由字母数字字符、'-'、'_' 或 '.' 组成，且必须以字母数字字符开头和结尾，可带可选的 DNS 子域名前缀和 '/'（例如 'example.com/MyName'）</translation>
        </message>
        <message>
            <source>name part must be non-empty</source>
            <translation>名称部分不能为空</translation>
        </message>
        <message>
            <source>name part %1</source>
            <translation>名称部分%1</translation>
        </message>
        <message>
            <source>name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', 'my.name' or '123-abc')</source>
            <translation>名称部分必须由字母数字字符、'-'、'_' 或 '.' 组成，且必须以字母数字字符开头和结尾（例如 'MyName'、'my.name' 或 '123-abc'）</translation>
        </message>
        <message>
            <source>a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', 'my_value' or '12345')</source>
            <translation>有效的标签值必须为空字符串，或由字母数字字符、'-'、'_' 或 '.' 组成，且必须以字母数字字符开头和结尾（例如 'MyValue'、'my_value' 或 '12345'）</translation>
        </message>
        <message>
            <source>annotations may not be more than %1 bytes in total (these are %2 bytes)</source>
            <translation>注解总大小不得超过 %1 字节（当前为 %2 字节）</translation>
        </message>
        <message>
            <source>an effect is required</source>
            <translation>必须指定效果（effect）</translation>
        </message>
        <message>
            <source>unsupported effect "%1": use %2</source>
            <translation>不支持的效果 "%1"：请使用 %2</translation>
        </message>
        <message>
            <source>metrics.k8s.io is not available (%1): install metrics-server (https://github.com/kubernetes-sigs/metrics-server), for example with "kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml" or "minikube addons enable metrics-server". If it is installed, check that its APIService v1beta1.metrics.k8s.io is Available (kubectl get apiservice v1beta1.metrics.k8s.io).</source>
            <translation>metrics.k8s.io 不可用（%1）：请安装 metrics-server（https://github.com/kubernetes-sigs/metrics-server），例如执行 "kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml" 或 "minikube addons enable metrics-server"。如果已安装，请检查其 APIService v1beta1.metrics.k8s.io 是否为 Available（kubectl get apiservice v1beta1.metrics.k8s.io）。</translation>
        </message>
        <message>
            <source>You may not read %1 metrics: %2</source>
            <translation>无权读取%1监控指标：%2</translation>
        </message>
        <message>
            <source>node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>pod</source>
            <translation>容器组</translation>
        </message>
        <message>
            <source>Cannot read metrics: %1</source>
            <translation>无法读取监控指标：%1</translation>
        </message>
        <message>
            <source>its DaemonSet %1 no longer exists</source>
            <translation>其守护进程集 %1 已不存在</translation>
        </message>
        <message>
            <source>%1 (allow Force to evict it)</source>
            <translation>%1（允许“强制”以驱逐它）</translation>
        </message>
        <message>
            <source>managed by a DaemonSet (allow Ignore DaemonSets to leave it)</source>
            <translation>由守护进程集管理（允许“忽略守护进程集”以保留它）</translation>
        </message>
        <message>
            <source>managed by a DaemonSet</source>
            <translation>由守护进程集管理</translation>
        </message>
        <message>
            <source>mirror pod of a static pod</source>
            <translation>静态容器组的镜像容器组</translation>
        </message>
        <message>
            <source>has emptyDir data (allow Delete emptyDir data to evict it)</source>
            <translation>有 emptyDir 数据（允许“删除 emptyDir 数据”以驱逐它）</translation>
        </message>
        <message>
            <source>its emptyDir data will be deleted</source>
            <translation>其 emptyDir 数据将被删除</translation>
        </message>
        <message>
            <source>not managed by a controller (allow Force to evict it)</source>
            <translation>不受控制器管理（允许“强制”以驱逐它）</translation>
        </message>
        <message>
            <source>not managed by a controller: nothing will recreate it</source>
            <translation>不受控制器管理：不会有任何控制器重新创建它</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>（无键）</translation>
        </message>
        <message>
            <source>%1: taints must be unique by key and effect</source>
            <translation>%1：污点的键和效果组合必须唯一</translation>
        </message>
        <message>
            <source>a key must not be empty</source>
            <translation>键不能为空</translation>
        </message>
        <message>
            <source>the prefix before "/" must not be empty</source>
            <translation>"/" 之前的前缀不能为空</translation>
        </message>
        <message>
            <source>the prefix must be at most %1 characters</source>
            <translation>前缀最多 %1 个字符</translation>
        </message>
        <message>
            <source>the prefix must be a DNS subdomain: lowercase letters, digits, "-" and "."</source>
            <translation>前缀必须是 DNS 子域名：小写字母、数字、"-" 和 "."</translation>
        </message>
        <message>
            <source>the name part must not be empty</source>
            <translation>名称部分不能为空</translation>
        </message>
        <message>
            <source>the name part must be at most %1 characters</source>
            <translation>名称部分最多 %1 个字符</translation>
        </message>
        <message>
            <source>use letters, digits, "-", "_" and ".", starting and ending with a letter or digit</source>
            <translation>请使用字母、数字、"-"、"_" 和 "."，并以字母或数字开头和结尾</translation>
        </message>
        <message>
            <source>a value must be at most %1 characters</source>
            <translation>值最多 %1 个字符</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>持久卷声明</translation>
        </message>
        <message>
            <source>Mounted ConfigMap</source>
            <translation>挂载的配置字典</translation>
        </message>
        <message>
            <source>Mounted Secret</source>
            <translation>挂载的保密字典</translation>
        </message>
        <message>
            <source>ConfigMap in environment</source>
            <translation>环境变量中的配置字典</translation>
        </message>
        <message>
            <source>Secret in environment</source>
            <translation>环境变量中的保密字典</translation>
        </message>
        <message>
            <source>Image pull secret</source>
            <translation>镜像拉取保密字典</translation>
        </message>
        <message>
            <source>Service account</source>
            <translation>服务账户</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>Autoscaler</source>
            <translation>水平自动伸缩</translation>
        </message>
        <message>
            <source>ReplicaSets</source>
            <translation>副本集</translation>
        </message>
        <message>
            <source>Controlled pods</source>
            <translation>受控容器组</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Selected by service</source>
            <translation>选中它的服务</translation>
        </message>
        <message>
            <source>Selected pods</source>
            <translation>选中的容器组</translation>
        </message>
        <message>
            <source>Ingress</source>
            <translation>应用路由</translation>
        </message>
        <message>
            <source>Pods on this node</source>
            <translation>此节点上的容器组</translation>
        </message>
        <message>
            <source>Bound volume</source>
            <translation>绑定的存储卷</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>存储类</translation>
        </message>
        <message>
            <source>Used by pods</source>
            <translation>使用它的容器组</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>存储卷</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>持久卷声明</translation>
        </message>
        <message>
            <source>Scale target</source>
            <translation>伸缩目标</translation>
        </message>
        <message>
            <source>Backend service</source>
            <translation>后端服务</translation>
        </message>
        <message>
            <source>Ingress class</source>
            <translation>应用路由类</translation>
        </message>
        <message>
            <source>TLS secret</source>
            <translation>TLS 保密字典</translation>
        </message>
        <message>
            <source>The command failed.</source>
            <translation>命令执行失败。</translation>
        </message>
        <message>
            <source>Service %1 has no port %2.</source>
            <translation>服务 %1 没有端口 %2。</translation>
        </message>
        <message>
            <source>Service %1 has no selector, so it has no pods to forward to.</source>
            <translation>服务 %1 没有选择器，因此没有可转发到的容器组。</translation>
        </message>
        <message>
            <source>No running pod found for service %1.</source>
            <translation>找不到服务 %1 的运行中容器组。</translation>
        </message>
        <message>
            <source>Pod %1 has no container port named %2.</source>
            <translation>容器组 %1 没有名为 %2 的容器端口。</translation>
        </message>
        <message>
            <source>could not be formatted: %1</source>
            <translation>无法格式化：%1</translation>
        </message>
        <message>
            <source>invalid JSON: %1</source>
            <translation>无效的 JSON：%1</translation>
        </message>
        <message>
            <source>must be no more than 63 characters</source>
            <translation>不得超过 63 个字符</translation>
        </message>
        <message>
            <source>prefix part </source>
            <translation>前缀部分 </translation>
        </message>
        <message>
            <source>name part must be no more than 63 characters</source>
            <translation>名称部分不得超过 63 个字符</translation>
        </message>
        <message>
            <source>may not be '%1'</source>
            <translation>不能为 '%1'</translation>
        </message>
        <message>
            <source>may not contain '%1'</source>
            <translation>不能包含 '%1'</translation>
        </message>
        <message>
            <source>must be no more than 253 characters</source>
            <translation>不得超过 253 个字符</translation>
        </message>
        <message>
            <source>quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'</source>
            <translation>数量必须匹配正则表达式 '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'</translation>
        </message>
        <message>
            <source>nesting is deeper than %1 levels</source>
            <translation>嵌套深度超过 %1 层</translation>
        </message>
        <message>
            <source>did not find expected node content</source>
            <translation>未找到预期的节点内容</translation>
        </message>
        <message>
            <source>could not be parsed</source>
            <translation>无法解析</translation>
        </message>
        <message>
            <source>the file is larger than %1 MiB; it is not parsed</source>
            <translation>文件大于 %1 MiB，不进行解析</translation>
        </message>
        <message>
            <source>invalid UTF-8 at byte offset %1</source>
            <translation>字节偏移 %1 处存在无效的 UTF-8</translation>
        </message>
        <message>
            <source>control character (NUL) is not allowed</source>
            <translation>不允许使用控制字符（NUL）</translation>
        </message>
        <message>
            <source>more than %1 documents; the file is not parsed</source>
            <translation>文档超过 %1 个，不解析该文件</translation>
        </message>
        <message>
            <source>The text holds no object.</source>
            <translation>文本中没有对象。</translation>
        </message>
        <message>
            <source>Only one object can be edited here; remove the other documents.</source>
            <translation>此处只能编辑一个对象；请移除其他文档。</translation>
        </message>
        <message>
            <source>The object must be a YAML map (apiVersion, kind, metadata...).</source>
            <translation>对象必须是 YAML 映射（apiVersion、kind、metadata...）。</translation>
        </message>
        <message>
            <source>an image is required, e.g. nginx:1.27</source>
            <translation>镜像为必填项，例如 nginx:1.27</translation>
        </message>
        <message>
            <source>must not contain spaces</source>
            <translation>不能包含空格</translation>
        </message>
        <message>
            <source>the digest after '@' must be algorithm:hex, e.g. sha256: and 64 hex digits</source>
            <translation>'@' 之后的摘要必须为 algorithm:hex 格式，例如 sha256: 加 64 位十六进制数字</translation>
        </message>
        <message>
            <source>a sha256 digest has exactly 64 hex digits</source>
            <translation>sha256 摘要必须恰好为 64 位十六进制数字</translation>
        </message>
        <message>
            <source>the tag after ':' must be at most 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'</source>
            <translation>':' 之后的标签（tag）最多 128 个字符，只能包含字母、数字、'_'、'.' 或 '-'，且不能以 '.' 或 '-' 开头</translation>
        </message>
        <message>
            <source>the repository name is missing</source>
            <translation>缺少仓库名称</translation>
        </message>
        <message>
            <source>the registry "%1" is not a host name with an optional port</source>
            <translation>镜像仓库地址 "%1" 不是带可选端口的主机名</translation>
        </message>
        <message>
            <source>the repository name must be lower case</source>
            <translation>仓库名称必须为小写</translation>
        </message>
        <message>
            <source>each part of the repository name is lower-case letters and digits, separated by '.', '_', '__' or '-'</source>
            <translation>仓库名称的每一部分由小写字母和数字组成，以 '.'、'_'、'__' 或 '-' 分隔</translation>
        </message>
        <message>
            <source>the repository name must not be longer than 255 characters</source>
            <translation>仓库名称不得超过 255 个字符</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::AccessSummary</name>
        <message>
            <source>all verbs on</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <source>all resources</source>
            <translation>全部资源</translation>
        </message>
        <message>
            <source>all core resources</source>
            <translation>全部核心资源</translation>
        </message>
        <message>
            <source>all resources in %1</source>
            <translation>%1 中的全部资源</translation>
        </message>
        <message>
            <source>Authenticated as %1 (no groups)</source>
            <translation>已认证为 %1（无用户组）</translation>
        </message>
        <message>
            <source>Authenticated as %1 (groups: %2)</source>
            <translation>已认证为 %1（用户组：%2）</translation>
        </message>
        <message>
            <source>In namespace %1: cluster-admin (all verbs on all resources)</source>
            <translation>命名空间 %1：cluster-admin（可对全部资源执行全部操作）</translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 等（另有 %2 项）</translation>
        </message>
        <message>
            <source>no access to any resource</source>
            <translation>无权访问任何资源</translation>
        </message>
        <message>
            <source>cannot create, change or delete anything</source>
            <translation>无法创建、修改或删除任何资源</translation>
        </message>
        <message>
            <source>cannot delete anything</source>
            <translation>无法删除任何资源</translation>
        </message>
        <message>
            <source>cannot read secrets</source>
            <translation>无法读取保密字典</translation>
        </message>
        <message>
            <source>In namespace %1: %2</source>
            <translation>命名空间 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ApplyRun</name>
        <message>
            <source>waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>in progress…</source>
            <translation>进行中…</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <source>not checkable yet (created by this file first)</source>
            <translation>暂无法检查（其依赖将先由此文件创建）</translation>
        </message>
        <message>
            <source>no changes</source>
            <translation>无更改</translation>
        </message>
        <message>
            <source>will change</source>
            <translation>将更改</translation>
        </message>
        <message>
            <source>will be created</source>
            <translation>将创建</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <source>configured</source>
            <translation>已配置</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>未更改</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ChannelSocket</name>
        <message>
            <source>The connection to %1 broke: %2</source>
            <translation>与 %1 的连接已中断：%2</translation>
        </message>
        <message>
            <source>The server refused the connection: %1</source>
            <translation>服务器拒绝了连接：%1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ClusterSchemas</name>
        <message>
            <source>cannot read /openapi/v3: %1</source>
            <translation>无法读取 /openapi/v3：%1</translation>
        </message>
        <message>
            <source>cannot read /openapi/v3/%1: %2</source>
            <translation>无法读取 /openapi/v3/%1：%2</translation>
        </message>
        <message>
            <source>the cluster serves no OpenAPI v3 documents</source>
            <translation>该集群未提供任何 OpenAPI v3 文档</translation>
        </message>
        <message>
            <source>the cluster's schemas could not be read</source>
            <translation>无法读取集群的模式（schema）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::Columns</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>存在时长</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>Restarts</source>
            <translation>重启次数</translation>
        </message>
        <message>
            <source>IP</source>
            <translation>IP 地址</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Namespace</source>
            <translation>命名空间</translation>
        </message>
        <message>
            <source>Up-to-date</source>
            <translation>已更新</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用</translation>
        </message>
        <message>
            <source>Desired</source>
            <translation>期望</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>当前</translation>
        </message>
        <message>
            <source>Node selector</source>
            <translation>节点选择器</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>完成数</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>运行时长</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>定时计划</translation>
        </message>
        <message>
            <source>Timezone</source>
            <translation>时区</translation>
        </message>
        <message>
            <source>Suspend</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <source>Last schedule</source>
            <translation>上次调度</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>目标对象</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>MinPods</source>
            <translation>最小副本数</translation>
        </message>
        <message>
            <source>MaxPods</source>
            <translation>最大副本数</translation>
        </message>
        <message>
            <source>Replicas</source>
            <translation>副本数</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Cluster-IP</source>
            <translation>集群 IP</translation>
        </message>
        <message>
            <source>External-IP</source>
            <translation>外部 IP</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Address type</source>
            <translation>地址类型</translation>
        </message>
        <message>
            <source>Endpoints</source>
            <translation>端点</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>域名</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>控制器</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Pod-selector</source>
            <translation>容器组选择器</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>存储卷</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <source>Access modes</source>
            <translation>访问模式</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>存储类</translation>
        </message>
        <message>
            <source>Volume attributes class</source>
            <translation>存储卷属性类</translation>
        </message>
        <message>
            <source>Reclaim policy</source>
            <translation>回收策略</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>持久卷声明</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Provisioner</source>
            <translation>供应者</translation>
        </message>
        <message>
            <source>Volume binding mode</source>
            <translation>存储卷绑定模式</translation>
        </message>
        <message>
            <source>Allow expansion</source>
            <translation>允许扩容</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>最近发生</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ConnectionDoctor</name>
        <message>
            <source>Kubeconfig</source>
            <translation>kubeconfig</translation>
        </message>
        <message>
            <source>Server reachable</source>
            <translation>服务器可达</translation>
        </message>
        <message>
            <source>TLS verified</source>
            <translation>TLS 已验证</translation>
        </message>
        <message>
            <source>Credentials obtained</source>
            <translation>已获取凭证</translation>
        </message>
        <message>
            <source>Authenticated</source>
            <translation>已认证</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>权限</translation>
        </message>
        <message>
            <source>skipped because "%1" failed</source>
            <translation>已跳过，因为 "%1" 未通过</translation>
        </message>
        <message numerus="yes">
            <source>No answer from %1 within %n s to %2.</source>
            <translation>
                <numerusform>%1 在 %n 秒内未回应 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>The server accepted the connection but did not answer. It may be overloaded or starting up, or a proxy or firewall holds the request; try again, and check proxy-url.</source>
            <translation>服务器接受了连接，但没有回应。服务器可能负载过高或正在启动，也可能是代理或防火墙拦住了请求；请重试，并检查 proxy-url。</translation>
        </message>
        <message>
            <source>cluster "%1"</source>
            <translation>集群 "%1"</translation>
        </message>
        <message>
            <source>cluster "%1" in %2</source>
            <translation>%2 中的集群 "%1"</translation>
        </message>
        <message>
            <source>Set KUBECONFIG or pass --kubeconfig FILE with your cluster's kubeconfig.</source>
            <translation>请设置 KUBECONFIG，或通过 --kubeconfig FILE 指定集群的 kubeconfig。</translation>
        </message>
        <message>
            <source>Check the path given with --kubeconfig.</source>
            <translation>请检查 --kubeconfig 指定的路径。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Choose a context with --context NAME, or set one with kubectl config use-context NAME. Contexts: %1.</source>
            <translation>请用 --context NAME 选择上下文，或用 kubectl config use-context NAME 设置当前上下文。可用上下文：%1。</translation>
        </message>
        <message>
            <source>No contexts were found (files read: %1).</source>
            <translation>未找到任何上下文（已读取的文件：%1）。</translation>
        </message>
        <message>
            <source>Available contexts: %1.</source>
            <translation>可用上下文：%1。</translation>
        </message>
        <message>
            <source>context "%1" from %2: %3</source>
            <translation>上下文 "%1"（来自 %2）：%3</translation>
        </message>
        <message>
            <source>Fix the entries named above in the kubeconfig (kubectl config view shows the merged configuration).</source>
            <translation>请修正 kubeconfig 中上面列出的条目（kubectl config view 可查看合并后的配置）。</translation>
        </message>
        <message>
            <source>memory</source>
            <translation>内存</translation>
        </message>
        <message>
            <source>context "%1" from %2 (valid): server %3, user "%4", namespace %5</source>
            <translation>上下文 "%1"（来自 %2，有效）：服务器 %3，用户 "%4"，命名空间 %5</translation>
        </message>
        <message>
            <source>Other kubeconfig files had problems and were skipped:</source>
            <translation>以下 kubeconfig 文件有问题，已跳过：</translation>
        </message>
        <message>
            <source>Fix or remove the files named above; until then their clusters and users are missing.</source>
            <translation>请修正或删除上面列出的文件；在此之前，其中的集群和用户不可用。</translation>
        </message>
        <message>
            <source> (proxy-url %1)</source>
            <translation>（proxy-url %1）</translation>
        </message>
        <message>
            <source> (proxy from the environment)</source>
            <translation>（使用环境变量中的代理）</translation>
        </message>
        <message>
            <source>Connected to %1%2</source>
            <translation>已连接到 %1%2</translation>
        </message>
        <message>
            <source>Cannot connect to %1%2: %3</source>
            <translation>无法连接到 %1%2：%3</translation>
        </message>
        <message>
            <source>The name %1 cannot be resolved. Check the server URL of %2 for typos, and your DNS or VPN (private cluster names often resolve only on the VPN).</source>
            <translation>无法解析域名 %1。请检查 %2 的服务器地址是否有拼写错误，以及 DNS 或 VPN 设置（私有集群的域名通常只能在 VPN 内解析）。</translation>
        </message>
        <message>
            <source>Nothing answered: a firewall, a disconnected VPN or a missing proxy-url is likely in the way. Check the server URL of %1.</source>
            <translation>没有任何响应：可能是防火墙、VPN 已断开或缺少 proxy-url 所致。请检查 %1 的服务器地址。</translation>
        </message>
        <message>
            <source>Nothing accepts connections at %1. Check the server URL of %2, that the cluster is running, and, if it is only reachable through a VPN or a proxy, that the VPN is connected or proxy-url is set.</source>
            <translation>%1 上没有服务接受连接。请检查 %2 的服务器地址、集群是否正在运行；如果集群只能通过 VPN 或代理访问，请确认 VPN 已连接或已设置 proxy-url。</translation>
        </message>
        <message>
            <source>GET /version</source>
            <translation>GET /version</translation>
        </message>
        <message>
            <source>The TCP connection worked, but no answer came back. Check that the server URL names the API server's https port and, if you use one, the proxy.</source>
            <translation>TCP 连接成功，但没有收到回应。请检查服务器地址是否指向 API 服务器的 https 端口；如果使用了代理，也请检查代理。</translation>
        </message>
        <message>
            <source>%1 answered /version, but not as a Kubernetes API server does.</source>
            <translation>%1 响应了 /version，但响应内容不像 Kubernetes API 服务器。</translation>
        </message>
        <message>
            <source>%1 answered GET /version with HTTP %2: %3</source>
            <translation>%1 对 GET /version 返回了 HTTP %2：%3</translation>
        </message>
        <message>
            <source>%1 answered GET /version with something that is not JSON: %2</source>
            <translation>%1 对 GET /version 返回的内容不是 JSON：%2</translation>
        </message>
        <message>
            <source>; Kubernetes %1</source>
            <translation>；Kubernetes %1</translation>
        </message>
        <message>
            <source>Check that the server URL of %1 is the Kubernetes API server (with its path, if it sits behind a gateway).</source>
            <translation>请检查 %1 的服务器地址是否为 Kubernetes API 服务器（如果它位于网关之后，地址需包含路径）。</translation>
        </message>
        <message>
            <source>Not encrypted: the server URL %1 uses http, so, as with kubectl, no credentials are sent</source>
            <translation>未加密：服务器地址 %1 使用 http，因此与 kubectl 一样，不会发送凭证</translation>
        </message>
        <message>
            <source>Use the API server's https:// URL; plain http is only for local test clusters.</source>
            <translation>请使用 API 服务器的 https:// 地址；明文 http 仅适用于本地测试集群。</translation>
        </message>
        <message>
            <source>Not verified: insecure-skip-tls-verify is set for %1</source>
            <translation>未验证：%1 设置了 insecure-skip-tls-verify</translation>
        </message>
        <message>
            <source>Anyone between you and the server can read and change this traffic. Set certificate-authority (or certificate-authority-data) instead; use insecure-skip-tls-verify only for testing.</source>
            <translation>您与服务器之间的任何人都能读取和篡改这些流量。请改为设置 certificate-authority（或 certificate-authority-data）；insecure-skip-tls-verify 仅用于测试。</translation>
        </message>
        <message>
            <source>the CA in %1</source>
            <translation>%1 中的 CA</translation>
        </message>
        <message>
            <source>the cluster's certificate-authority-data</source>
            <translation>集群的 certificate-authority-data</translation>
        </message>
        <message>
            <source>the system's trusted CAs</source>
            <translation>系统信任的 CA</translation>
        </message>
        <message>
            <source>Certificate of %1 verified against %2</source>
            <translation>已使用 %2 验证 %1 的证书</translation>
        </message>
        <message>
            <source> (the server version is not readable without credentials: HTTP %1)</source>
            <translation>（没有凭证时无法读取服务器版本：HTTP %1）</translation>
        </message>
        <message>
            <source>insecure-skip-tls-verify: true would turn verification off: use it only for testing.</source>
            <translation>insecure-skip-tls-verify: true 会关闭证书验证，仅可用于测试。</translation>
        </message>
        <message>
            <source>The server's certificate is outside its validity period. Renew the cluster's certificates (e.g. kubeadm certs renew), or check this computer's date and time.</source>
            <translation>服务器证书不在有效期内。请更新集群证书（例如 kubeadm certs renew），或检查本机的日期和时间。</translation>
        </message>
        <message>
            <source>Connect with a host name the certificate names (see above) in the server URL of %1, or set tls-server-name on the cluster to one of those names. %2</source>
            <translation>请在 %1 的服务器地址中使用证书所列的主机名（见上文），或将集群的 tls-server-name 设为其中之一。%2</translation>
        </message>
        <message>
            <source>The CA configured for %1 did not sign the server's certificate. Get the cluster's CA certificate from its administrator (or a fresh kubeconfig) and set certificate-authority or certificate-authority-data. %2</source>
            <translation>服务器证书不是由 %1 配置的 CA 签发的。请向集群管理员索取集群的 CA 证书（或获取新的 kubeconfig），并设置 certificate-authority 或 certificate-authority-data。%2</translation>
        </message>
        <message>
            <source>The server did not complete a TLS handshake: check that the server URL names the API server's https port (not an http port or another service), and the proxy if you use one.</source>
            <translation>服务器未完成 TLS 握手：请检查服务器地址是否指向 API 服务器的 https 端口（而不是 http 端口或其他服务）；如果使用了代理，也请检查代理。</translation>
        </message>
        <message>
            <source>Waiting for %1 (sign in if it asks you to)</source>
            <translation>正在等待 %1（如有提示，请登录）</translation>
        </message>
        <message>
            <source>Searched PATH: %1</source>
            <translation>已搜索的 PATH：%1</translation>
        </message>
        <message>
            <source>Check the exec section of the user "%1" in %2.</source>
            <translation>请检查 %2 中用户 "%1" 的 exec 配置。</translation>
        </message>
        <message>
            <source>Install the plugin, or make sure it is on the PATH of your login shell: a desktop launcher gives Sextant a minimal PATH, so Sextant also searches your login shell's PATH and the usual plugin directories (listed above).</source>
            <translation>请安装该插件，或确保它位于登录 shell 的 PATH 中：从桌面启动时 Sextant 只获得最基本的 PATH，因此 Sextant 还会搜索登录 shell 的 PATH 和常用的插件目录（见上方列表）。</translation>
        </message>
        <message>
            <source>The plugin %1 did not finish: it may wait for a sign-in in a browser or for input Sextant cannot give (it has no terminal). Run the command in a terminal to see what it waits for.</source>
            <translation>插件 %1 没有结束：它可能在等待浏览器中的登录，或在等待 Sextant 无法提供的输入（Sextant 没有终端）。请在终端中运行该命令，查看它在等待什么。</translation>
        </message>
        <message>
            <source>Run %1 in a terminal to see its full output; the user's exec section in %2 sets its arguments and environment.</source>
            <translation>请在终端中运行 %1 查看完整输出；其参数和环境变量由 %2 中该用户的 exec 配置设定。</translation>
        </message>
        <message>
            <source>Check the user "%1" in %2.</source>
            <translation>请检查 %2 中的用户 "%1"。</translation>
        </message>
        <message>
            <source>a bearer token</source>
            <translation>持有者令牌</translation>
        </message>
        <message>
            <source>a user name and password</source>
            <translation>用户名和密码</translation>
        </message>
        <message>
            <source>a client certificate</source>
            <translation>客户端证书</translation>
        </message>
        <message>
            <source>%1: got %2</source>
            <translation>%1：已获取%2</translation>
        </message>
        <message>
            <source> and </source>
            <translation>、</translation>
        </message>
        <message>
            <source>, valid until %1</source>
            <translation>，有效期至 %1</translation>
        </message>
        <message>
            <source>None sent: the server URL uses plain http</source>
            <translation>未发送：服务器地址使用明文 http</translation>
        </message>
        <message>
            <source>Use the API server's https:// URL so that credentials can be sent.</source>
            <translation>请使用 API 服务器的 https:// 地址，以便发送凭证。</translation>
        </message>
        <message>
            <source>User "%1" has no credentials: requests are anonymous</source>
            <translation>用户 "%1" 没有凭证：请求将以匿名身份发送</translation>
        </message>
        <message>
            <source>Add a token, client certificate or exec plugin to the user in %1.</source>
            <translation>请在 %1 中为该用户添加令牌、客户端证书或 exec 插件。</translation>
        </message>
        <message>
            <source>a SelfSubjectReview</source>
            <translation>SelfSubjectReview 请求</translation>
        </message>
        <message>
            <source>The server does not accept these credentials: the token or client certificate has expired, was revoked or belongs to another cluster. Sign in again (exec plugin or oidc), get a new token or kubeconfig, and check this computer's clock.</source>
            <translation>服务器不接受这些凭证：令牌或客户端证书已过期、已被吊销，或属于其他集群。请重新登录（exec 插件或 oidc），获取新的令牌或 kubeconfig，并检查本机时钟。</translation>
        </message>
        <message>
            <source>The connection broke off: try again, and check the VPN or proxy if you use one.</source>
            <translation>连接中断：请重试；如果使用了 VPN 或代理，请检查其状态。</translation>
        </message>
        <message>
            <source>The server rejected the credentials (401 Unauthorized): %1</source>
            <translation>服务器拒绝了凭证（401 Unauthorized）：%1</translation>
        </message>
        <message>
            <source>The credentials were accepted, but the server did not say who you are (HTTP %1: %2)</source>
            <translation>凭证已被接受，但服务器没有返回您的身份（HTTP %1：%2）</translation>
        </message>
        <message>
            <source>, impersonated through the kubeconfig's "as" setting</source>
            <translation>，通过 kubeconfig 的 "as" 设置伪装身份</translation>
        </message>
        <message>
            <source>Not authenticated: the server treats these requests as anonymous (%1)</source>
            <translation>未认证：服务器将这些请求视为匿名请求（%1）</translation>
        </message>
        <message>
            <source>No credentials reached the server. Configure a token, client certificate or exec plugin for the user "%1".</source>
            <translation>服务器未收到任何凭证。请为用户 "%1" 配置令牌、客户端证书或 exec 插件。</translation>
        </message>
        <message>
            <source>a SelfSubjectRulesReview</source>
            <translation>SelfSubjectRulesReview 请求</translation>
        </message>
        <message>
            <source>Could not list your permissions in namespace %1 (HTTP %2: %3)</source>
            <translation>无法列出您在命名空间 %1 中的权限（HTTP %2：%3）</translation>
        </message>
        <message>
            <source>Sextant will find out per action; ask the cluster administrator what you may do.</source>
            <translation>Sextant 会在每次操作时再检查权限；请向集群管理员确认您可以执行哪些操作。</translation>
        </message>
        <message>
            <source>The server says this list may be incomplete.</source>
            <translation>服务器表示此列表可能不完整。</translation>
        </message>
        <message>
            <source>The server says this list may be incomplete: %1</source>
            <translation>服务器表示此列表可能不完整：%1</translation>
        </message>
        <message>
            <source>Another authorizer (e.g. a webhook) may allow more than listed; Sextant checks each action when you try it.</source>
            <translation>其他鉴权模块（例如 webhook）可能允许更多操作；Sextant 会在您执行每项操作时进行检查。</translation>
        </message>
        <message>
            <source>%1 (files read: %2)</source>
            <translation>%1（已读取的文件：%2）</translation>
        </message>
        <message>
            <source>Fix the kubeconfig file named below: it could not be read.</source>
            <translation>请修正下面列出的 kubeconfig 文件：该文件无法读取。</translation>
        </message>
        <message>
            <source>No contexts were found. Point --kubeconfig or KUBECONFIG at your cluster's kubeconfig.</source>
            <translation>未找到任何上下文。请让 --kubeconfig 或 KUBECONFIG 指向集群的 kubeconfig。</translation>
        </message>
        <message>
            <source>Anonymous over plain http: the server answered HTTP %1: %2</source>
            <translation>通过明文 http 匿名访问：服务器返回 HTTP %1：%2</translation>
        </message>
        <message>
            <source>The server predates Kubernetes 1.28, which made SelfSubjectReview generally available.</source>
            <translation>服务器版本早于 Kubernetes 1.28（SelfSubjectReview 自该版本起正式可用）。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ContextListModel</name>
        <message>
            <source>Not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>Connected (%1)</source>
            <translation>已连接（%1）</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <source>%1 (current)</source>
            <translation>%1（当前）</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>上下文</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Default project</source>
            <translation>默认项目</translation>
        </message>
        <message>
            <source>Kubeconfig file</source>
            <translation>kubeconfig 文件</translation>
        </message>
        <message>
            <source>Waiting for sign-in: %1</source>
            <translation>等待登录：%1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::CustomResourceCatalog</name>
        <message>
            <source>Loading custom resource definitions…</source>
            <translation>正在加载自定义资源定义…</translation>
        </message>
        <message>
            <source>You may not list CustomResourceDefinitions in this cluster, so its custom resources cannot be shown here.</source>
            <translation>无权列出此集群中的 CustomResourceDefinition，因此无法在此显示其自定义资源。</translation>
        </message>
        <message>
            <source>Custom resource definitions could not be loaded: %1</source>
            <translation>无法加载自定义资源定义：%1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::Drainer</name>
        <message>
            <source>Could not cordon node %1</source>
            <translation>无法停止调度节点 %1</translation>
        </message>
        <message>
            <source>Could not list the pods on node %1</source>
            <translation>无法列出节点 %1 上的容器组</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was evicted: %n pod(s) need an option to be removed. Node %1 stays cordoned.</source>
            <translation>
                <numerusform>未驱逐任何容器组：有 %n 个容器组需要启用某个选项才能移除。节点 %1 保持停止调度状态。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Node %1 drained: %n pod(s) removed</source>
            <translation>
                <numerusform>节点 %1 已排空：已移除 %n 个容器组</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n left in place (DaemonSet or mirror pods).</source>
            <translation>
                <numerusform>，%n 个保留原位（守护进程集或镜像容器组）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Node %1 was not drained: %n pod(s) could not be removed. The node stays cordoned.</source>
            <translation>
                <numerusform>节点 %1 未排空：%n 个容器组无法移除。节点保持停止调度状态。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Gave up after the drain timeout of %n second(s).</source>
            <translation>
                <numerusform>已达到排空超时时间 %n 秒，已放弃。</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not drain node %1</source>
            <translation>无法排空节点 %1</translation>
        </message>
        <message>
            <source>Drain of node %1 cancelled. The node stays cordoned; pods already evicted stay evicted.</source>
            <translation>已取消排空节点 %1。节点保持停止调度状态；已驱逐的容器组不会恢复。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ExecCredentialSource</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>exec plugin "%1"</source>
            <translation>exec 插件 "%1"</translation>
        </message>
        <message>
            <source>The user has no exec plugin configured.</source>
            <translation>该用户未配置 exec 插件。</translation>
        </message>
        <message>
            <source>exec plugin: command must be specified</source>
            <translation>exec 插件：必须指定 command</translation>
        </message>
        <message>
            <source>%1: apiVersion must be specified</source>
            <translation>%1：必须指定 apiVersion</translation>
        </message>
        <message>
            <source>%1: apiVersion "%2" is not supported; use client.authentication.k8s.io/v1 or /v1beta1</source>
            <translation>%1：不支持 apiVersion "%2"；请使用 client.authentication.k8s.io/v1 或 /v1beta1</translation>
        </message>
        <message>
            <source>%1: interactiveMode must be specified for client.authentication.k8s.io/v1</source>
            <translation>%1：使用 client.authentication.k8s.io/v1 时必须指定 interactiveMode</translation>
        </message>
        <message>
            <source>%1 requires an interactive terminal (interactiveMode: Always), which Sextant cannot provide; run it once in a terminal (for example with kubectl), then try again.</source>
            <translation>%1 需要交互式终端（interactiveMode: Always），而 Sextant 无法提供；请先在终端中运行一次（例如通过 kubectl），然后重试。</translation>
        </message>
        <message>
            <source>%1: invalid interactiveMode "%2"; use Never, IfAvailable or Always</source>
            <translation>%1：interactiveMode "%2" 无效；请使用 Never、IfAvailable 或 Always</translation>
        </message>
        <message>
            <source>%1 was not found or is not executable: %2</source>
            <translation>找不到 %1 或其不可执行：%2</translation>
        </message>
        <message>
            <source>%1 was not found. Searched PATH: %2</source>
            <translation>找不到 %1。已搜索的 PATH：%2</translation>
        </message>
        <message>
            <source>It looks like you are trying to use a client-go credential plugin that is not installed. See https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins</source>
            <translation>您要使用的 client-go 凭证插件似乎尚未安装。请参阅 https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins</translation>
        </message>
        <message>
            <source>%1 printed more than %2 KiB on standard output</source>
            <translation>%1 在标准输出上输出了超过 %2 KiB 的内容</translation>
        </message>
        <message>
            <source>%1 could not be started: %2</source>
            <translation>无法启动 %1：%2</translation>
        </message>
        <message>
            <source>%1 did not finish within %2 seconds and was stopped.</source>
            <translation>%1 未在 %2 秒内结束，已被终止。</translation>
        </message>
        <message>
            <source>%1 crashed</source>
            <translation>%1 崩溃了</translation>
        </message>
        <message>
            <source>%1 failed with exit code %2</source>
            <translation>%1 执行失败，退出码为 %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ExecSession</name>
        <message>
            <source>The connection closed before the command reported its exit status.</source>
            <translation>命令报告退出状态之前连接已关闭。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::JsonBuilder</name>
        <message>
            <source>document contains excessive aliasing</source>
            <translation>文档包含过多的别名引用</translation>
        </message>
        <message>
            <source>nesting is deeper than %1 levels</source>
            <translation>嵌套深度超过 %1 层</translation>
        </message>
        <message>
            <source>complex (non-scalar) mapping keys are not supported</source>
            <translation>不支持复杂（非标量）映射键</translation>
        </message>
        <message>
            <source>mapping key "%1" already defined at line %2</source>
            <translation>映射键 "%1" 已在第 %2 行定义</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::JsonPath</name>
        <message>
            <source>empty JSONPath expression</source>
            <translation>JSONPath 表达式为空</translation>
        </message>
        <message>
            <source>invalid JSONPath %1: %2</source>
            <translation>无效的 JSONPath %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::KubernetesAssistant</name>
        <message>
            <source>no schemas for Kubernetes %1; validated against %2</source>
            <translation>没有 Kubernetes %1 的模式（schema）；已按 %2 校验</translation>
        </message>
        <message>
            <source>no schemas for Kubernetes %1; not validated</source>
            <translation>没有 Kubernetes %1 的模式（schema）；未校验</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> （必填）</translation>
        </message>
        <message>
            <source>The kind of object, e.g. Deployment. With apiVersion it selects the schema.</source>
            <translation>对象的类型，例如 Deployment。它与 apiVersion 一起决定所用的模式（schema）。</translation>
        </message>
        <message>
            <source>The API group and version of the object, e.g. apps/v1.</source>
            <translation>对象的 API 组和版本，例如 apps/v1。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::ListWatch</name>
        <message>
            <source>The watch of %1 received nothing for %2 s; reconnecting.</source>
            <translation>%1 的 watch 已 %2 秒未收到数据；正在重新连接。</translation>
        </message>
        <message>
            <source>The watch of %1 sent an unreadable event; reconnecting.</source>
            <translation>%1 的 watch 发来了无法读取的事件；正在重新连接。</translation>
        </message>
        <message>
            <source>The watch of %1 closed early; reconnecting.</source>
            <translation>%1 的 watch 提前关闭；正在重新连接。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::LiveEdit</name>
        <message>
            <source>The cluster connection is gone.</source>
            <translation>集群连接已断开。</translation>
        </message>
        <message>
            <source>metadata.name must stay "%1": renaming means creating a new object.</source>
            <translation>metadata.name 必须保持为 "%1"：重命名意味着创建新对象。</translation>
        </message>
        <message>
            <source>metadata.namespace must stay "%1".</source>
            <translation>metadata.namespace 必须保持为 "%1"。</translation>
        </message>
        <message>
            <source>apiVersion and kind must stay "%1" and "%2".</source>
            <translation>apiVersion 和 kind 必须保持为 "%1" 和 "%2"。</translation>
        </message>
        <message>
            <source>The object has not been loaded yet.</source>
            <translation>对象尚未加载。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::LogStream</name>
        <message>
            <source>The connection to the cluster is gone.</source>
            <translation>与集群的连接已断开。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::OidcCredentialSource</name>
        <message>
            <source>oidc auth-provider (issuer %1, client %2)</source>
            <translation>oidc auth-provider（签发者 %1，客户端 %2）</translation>
        </message>
        <message>
            <source>oidc auth-provider: idp-issuer-url must be provided</source>
            <translation>oidc auth-provider：必须提供 idp-issuer-url</translation>
        </message>
        <message>
            <source>oidc auth-provider: client-id must be provided</source>
            <translation>oidc auth-provider：必须提供 client-id</translation>
        </message>
        <message>
            <source>oidc auth-provider: the id-token has expired and there is no refresh-token; sign in again with your OIDC login tool</source>
            <translation>oidc auth-provider：id-token 已过期且没有 refresh-token；请使用 OIDC 登录工具重新登录</translation>
        </message>
        <message>
            <source>oidc auth-provider: cannot read idp-certificate-authority %1</source>
            <translation>oidc auth-provider：无法读取 idp-certificate-authority %1</translation>
        </message>
        <message>
            <source>oidc auth-provider: cannot read the discovery document of %1: %2</source>
            <translation>oidc auth-provider：无法读取 %1 的发现文档：%2</translation>
        </message>
        <message>
            <source>oidc auth-provider: the discovery document of %1 has no token_endpoint</source>
            <translation>oidc auth-provider：%1 的发现文档中没有 token_endpoint</translation>
        </message>
        <message>
            <source>oidc auth-provider: refreshing the token failed with HTTP %1</source>
            <translation>oidc auth-provider：刷新令牌失败，HTTP %1</translation>
        </message>
        <message>
            <source>oidc auth-provider: refreshing the token failed: %1</source>
            <translation>oidc auth-provider：刷新令牌失败：%1</translation>
        </message>
        <message>
            <source>oidc auth-provider: the token response has no id_token</source>
            <translation>oidc auth-provider：令牌响应中没有 id_token</translation>
        </message>
        <message>
            <source>The refreshed OIDC token for user "%1" could not be saved: the user has no kubeconfig file.</source>
            <translation>无法保存用户 "%1" 刷新后的 OIDC 令牌：该用户没有对应的 kubeconfig 文件。</translation>
        </message>
        <message>
            <source>The refreshed OIDC token for user "%1" could not be written to %2: %3</source>
            <translation>无法将用户 "%1" 刷新后的 OIDC 令牌写入 %2：%3</translation>
        </message>
        <message>
            <source>The OIDC refresh token could not be stored in the system keychain (%1): %2</source>
            <translation>无法将 OIDC 刷新令牌保存到系统钥匙串（%1）：%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::Parser</name>
        <message>
            <source>unexpected character '%1' at position %2</source>
            <translation>位置 %2 处有意外字符 '%1'</translation>
        </message>
        <message>
            <source>unrecognized identifier %1</source>
            <translation>无法识别的标识符 %1</translation>
        </message>
        <message>
            <source>missing field name at position %1</source>
            <translation>位置 %1 处缺少字段名</translation>
        </message>
        <message>
            <source>unclosed bracket at position %1</source>
            <translation>位置 %1 处的括号未闭合</translation>
        </message>
        <message>
            <source>empty brackets at position %1</source>
            <translation>位置 %1 处的括号为空</translation>
        </message>
        <message>
            <source>unions such as [%1] are not supported</source>
            <translation>不支持 [%1] 这样的联合</translation>
        </message>
        <message>
            <source>invalid array index %1</source>
            <translation>无效的数组索引 %1</translation>
        </message>
        <message>
            <source>invalid array slice %1</source>
            <translation>无效的数组切片 %1</translation>
        </message>
        <message>
            <source>missing operand in filter</source>
            <translation>过滤器中缺少操作数</translation>
        </message>
        <message>
            <source>unterminated quoted string in filter</source>
            <translation>过滤器中的带引号字符串未结束</translation>
        </message>
        <message>
            <source>unrecognized filter operand %1</source>
            <translation>无法识别的过滤器操作数 %1</translation>
        </message>
        <message>
            <source>unrecognized filter operator %1</source>
            <translation>无法识别的过滤器运算符 %1</translation>
        </message>
        <message>
            <source>unclosed filter at position %1</source>
            <translation>位置 %1 处的过滤器未闭合</translation>
        </message>
        <message>
            <source>end of text</source>
            <translation>文本结尾</translation>
        </message>
        <message>
            <source>%1 (column %2)</source>
            <translation>%1（第 %2 列）</translation>
        </message>
        <message>
            <source>expected a label key, found "%1"</source>
            <translation>应为标签键，实际为 "%1"</translation>
        </message>
        <message>
            <source>invalid label key "%1": %2</source>
            <translation>标签键 "%1" 无效：%2</translation>
        </message>
        <message>
            <source>"!%1" takes no operator or value, found "%2"</source>
            <translation>"!%1" 不接受运算符或值，实际为 "%2"</translation>
        </message>
        <message>
            <source>expected =, ==, !=, in, notin, &gt;, &lt; or "," after "%1", found "%2"</source>
            <translation>"%1" 之后应为 =、==、!=、in、notin、&gt;、&lt; 或 ","，实际为 "%2"</translation>
        </message>
        <message>
            <source>invalid label value "%1": %2</source>
            <translation>标签值 "%1" 无效：%2</translation>
        </message>
        <message>
            <source>expected a value after "%1", found "%2"</source>
            <translation>"%1" 之后应为一个值，实际为 "%2"</translation>
        </message>
        <message>
            <source>"%1" needs a whole number, found "%2"</source>
            <translation>"%1" 需要一个整数，实际为 "%2"</translation>
        </message>
        <message>
            <source>expected "(" after "%1", found "%2"</source>
            <translation>"%1" 之后应为 "("，实际为 "%2"</translation>
        </message>
        <message>
            <source>missing ")" to close the values of "%1"</source>
            <translation>缺少 ")" 来结束 "%1" 的值列表</translation>
        </message>
        <message>
            <source>expected a value, "," or ")" in the values of "%1", found "%2"</source>
            <translation>"%1" 的值列表中应为值、"," 或 ")"，实际为 "%2"</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::PendingRequest</name>
        <message>
            <source>Cannot reach %1: %2</source>
            <translation>无法访问 %1：%2</translation>
        </message>
        <message>
            <source>The connection to %1 broke: %2</source>
            <translation>与 %1 的连接中断：%2</translation>
        </message>
        <message>
            <source>The server's answer could not be read: %1</source>
            <translation>无法读取服务器的响应：%1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::PortForwarder</name>
        <message>
            <source>local port %1 is in use</source>
            <translation>本地端口 %1 已被占用</translation>
        </message>
        <message>
            <source>Cannot listen on local port %1: %2</source>
            <translation>无法监听本地端口 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::RegistryLogin</name>
        <message numerus="yes">
            <source>No answer from %1 within %n second(s).</source>
            <translation>
                <numerusform>%1 在 %n 秒内没有响应。</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the registry server first.</source>
            <translation>请先输入镜像仓库服务器。</translation>
        </message>
        <message>
            <source>"%1" is not a registry address such as registry.example.com:5000.</source>
            <translation>"%1" 不是有效的镜像仓库地址（例如 registry.example.com:5000）。</translation>
        </message>
        <message>
            <source>Only https registries can be tested (http only on localhost): the password would travel unencrypted.</source>
            <translation>只能测试 https 镜像仓库（仅 localhost 允许 http）：否则密码将以未加密方式传输。</translation>
        </message>
        <message>
            <source>The registry address must start with https:// (or have no scheme).</source>
            <translation>镜像仓库地址必须以 https:// 开头（或不带协议）。</translation>
        </message>
        <message>
            <source>Could not reach %1: %2</source>
            <translation>无法连接 %1：%2</translation>
        </message>
        <message>
            <source>%1 answered without asking for credentials, so there was nothing to check.</source>
            <translation>%1 未要求提供凭据就做出了响应，因此没有可检查的内容。</translation>
        </message>
        <message>
            <source>Logged in to %1.</source>
            <translation>已登录 %1。</translation>
        </message>
        <message>
            <source>The token server of %1 answered without a token.</source>
            <translation>%1 的令牌服务器未返回令牌。</translation>
        </message>
        <message>
            <source>%1 refused these credentials: %2</source>
            <translation>%1 拒绝了这些凭据：%2</translation>
        </message>
        <message>
            <source>%1 redirects to %2; enter that address as the server.</source>
            <translation>%1 重定向到 %2；请将该地址作为服务器输入。</translation>
        </message>
        <message>
            <source>%1 answered: %2</source>
            <translation>%1 响应：%2</translation>
        </message>
        <message>
            <source>%1 asks for an unknown kind of login (%2): %3</source>
            <translation>%1 要求一种未知的登录方式（%2）：%3</translation>
        </message>
        <message>
            <source>%1 names a token server that can't be used safely (%2).</source>
            <translation>%1 指定的令牌服务器无法安全使用（%2）。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::SchemaSet</name>
        <message>
            <source>not a schema bundle (cannot decompress)</source>
            <translation>不是模式包（无法解压）</translation>
        </message>
        <message>
            <source>not a schema bundle: %1</source>
            <translation>不是模式包：%1</translation>
        </message>
        <message>
            <source>%1: no such directory</source>
            <translation>%1：目录不存在</translation>
        </message>
        <message>
            <source>%1: cannot read</source>
            <translation>%1：无法读取</translation>
        </message>
        <message>
            <source>%1: not a schema bundle</source>
            <translation>%1：不是模式包</translation>
        </message>
        <message>
            <source>%1: no schemas found</source>
            <translation>%1：未找到模式（schema）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::StaticCredentialSource</name>
        <message>
            <source>bearer token</source>
            <translation>持有者令牌</translation>
        </message>
        <message>
            <source>basic auth as "%1"</source>
            <translation>以 "%1" 进行基本认证</translation>
        </message>
        <message>
            <source>client certificate</source>
            <translation>客户端证书</translation>
        </message>
        <message>
            <source>client certificate %1</source>
            <translation>客户端证书 %1</translation>
        </message>
        <message>
            <source>anonymous (no credentials)</source>
            <translation>匿名（无凭证）</translation>
        </message>
        <message>
            <source> and </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::TcpProbe</name>
        <message numerus="yes">
            <source>timed out after %n s</source>
            <translation>
                <numerusform>%n 秒后超时</numerusform>
            </translation>
        </message>
        <message>
            <source>connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>连接被拒绝</translation>
        </message>
        <message>
            <source>host not found</source>
            <translation>找不到主机</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>超时</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::TokenFileCredentialSource</name>
        <message>
            <source>bearer token from file %1</source>
            <translation>来自文件 %1 的持有者令牌</translation>
        </message>
        <message>
            <source>Cannot read tokenFile %1: %2</source>
            <translation>无法读取 tokenFile %1：%2</translation>
        </message>
        <message>
            <source>tokenFile %1 is empty</source>
            <translation>tokenFile %1 为空</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Core::Validator</name>
        <message>
            <source>expected an object at the top level, found %1</source>
            <translation>顶层应为对象，实际为 %1</translation>
        </message>
        <message>
            <source>apiVersion not set</source>
            <translation>未设置 apiVersion</translation>
        </message>
        <message>
            <source>kind not set</source>
            <translation>未设置 kind</translation>
        </message>
        <message>
            <source>no matches for kind "%1" in version "%2"</source>
            <translation>版本 "%2" 中没有与类型 "%1" 匹配的资源</translation>
        </message>
        <message>
            <source> (kind %1 is served as apiVersion %2)</source>
            <translation> （类型 %1 的 apiVersion 为 %2）</translation>
        </message>
        <message>
            <source> (did you mean kind "%1"?)</source>
            <translation> （是否指类型 "%1"？）</translation>
        </message>
        <message>
            <source>; ensure CRDs are installed first</source>
            <translation>；请确保先安装 CRD</translation>
        </message>
        <message>
            <source>no schema for kind "%1" in version "%2" (is its CustomResourceDefinition installed?); not validated</source>
            <translation>版本 "%2" 中没有类型 "%1" 的模式（schema）（是否已安装其 CustomResourceDefinition？）；未校验</translation>
        </message>
        <message>
            <source>%1: Unsupported value: %2: supported values: %3</source>
            <translation>%1：不支持的值：%2：支持的值：%3</translation>
        </message>
        <message>
            <source>%1: Invalid value: %2: illegal base64 data</source>
            <translation>%1：无效的值：%2：非法的 base64 数据</translation>
        </message>
        <message>
            <source>%1: Invalid value: %2: out of range for int32</source>
            <translation>%1：无效的值：%2：超出 int32 范围</translation>
        </message>
        <message>
            <source>%1: Invalid value: %2: %3</source>
            <translation>%1：无效的值：%2：%3</translation>
        </message>
        <message>
            <source>unknown field "%1"</source>
            <translation>未知字段 "%1"</translation>
        </message>
        <message>
            <source> (did you mean "%1"?)</source>
            <translation> （是否指 "%1"？）</translation>
        </message>
        <message>
            <source>%1: Required value</source>
            <translation>%1：必填值</translation>
        </message>
        <message>
            <source>%1: Required value: name or generateName is required</source>
            <translation>%1：必填值：必须指定 name 或 generateName</translation>
        </message>
        <message>
            <source>%1: Invalid value: "%2": %3</source>
            <translation>%1：无效的值："%2"：%3</translation>
        </message>
        <message>
            <source>%1: Invalid value: %2: `selector` does not match template `labels`</source>
            <translation>%1：无效的值：%2：`selector` 与模板的 `labels` 不匹配</translation>
        </message>
        <message>
            <source>%1: Invalid type: expected %2, got %3 %4</source>
            <translation>%1：无效的类型：应为 %2，实际为 %3 %4</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui</name>
        <message>
            <source>&lt;none&gt;</source>
            <translation>&lt;无&gt;</translation>
        </message>
        <message>
            <source>%1 ago (%2)</source>
            <translation>%1前（%2）</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Waiting: %1</source>
            <translation>等待中：%1</translation>
        </message>
        <message>
            <source>Terminated: %1 (exit %2)</source>
            <translation>已终止：%1（退出码 %2）</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>容器</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>镜像</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>Restarts</source>
            <translation>重启次数</translation>
        </message>
        <message>
            <source>CPU request / limit</source>
            <translation>CPU 请求 / 限制</translation>
        </message>
        <message>
            <source>Memory request / limit</source>
            <translation>内存请求 / 限制</translation>
        </message>
        <message>
            <source>%1 (init)</source>
            <translation>%1（初始化）</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未启动</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Terminating</source>
            <translation>正在终止</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Pod IPs</source>
            <translation>容器组 IP</translation>
        </message>
        <message>
            <source>Host IP</source>
            <translation>主机 IP</translation>
        </message>
        <message>
            <source>QoS class</source>
            <translation>QoS 类别</translation>
        </message>
        <message>
            <source>Service account</source>
            <translation>服务账户</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>启动时间</translation>
        </message>
        <message>
            <source>Controlled by</source>
            <translation>控制者</translation>
        </message>
        <message>
            <source>Priority class</source>
            <translation>优先级类</translation>
        </message>
        <message>
            <source>Desired</source>
            <translation>期望</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>当前</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>已更新</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用</translation>
        </message>
        <message>
            <source>Update strategy</source>
            <translation>更新策略</translation>
        </message>
        <message>
            <source>Replicas desired</source>
            <translation>期望副本数</translation>
        </message>
        <message>
            <source> (max surge %1, max unavailable %2)</source>
            <translation> （最大激增 %1，最大不可用 %2）</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>策略</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Selector</source>
            <translation>选择器</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Cluster IPs</source>
            <translation>集群 IP</translation>
        </message>
        <message>
            <source>External IPs</source>
            <translation>外部 IP</translation>
        </message>
        <message>
            <source>Load balancer</source>
            <translation>负载均衡器</translation>
        </message>
        <message>
            <source>Session affinity</source>
            <translation>会话亲和性</translation>
        </message>
        <message>
            <source>External name</source>
            <translation>外部名称</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Target port</source>
            <translation>目标端口</translation>
        </message>
        <message>
            <source>Node port</source>
            <translation>节点端口</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Kubelet version</source>
            <translation>Kubelet 版本</translation>
        </message>
        <message>
            <source>OS / architecture</source>
            <translation>操作系统 / 架构</translation>
        </message>
        <message>
            <source>OS image</source>
            <translation>操作系统镜像</translation>
        </message>
        <message>
            <source>Kernel</source>
            <translation>内核</translation>
        </message>
        <message>
            <source>Container runtime</source>
            <translation>容器运行时</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Pod CIDR</source>
            <translation>容器组 CIDR</translation>
        </message>
        <message>
            <source>Taints</source>
            <translation>污点</translation>
        </message>
        <message>
            <source>Unschedulable</source>
            <translation>不可调度</translation>
        </message>
        <message>
            <source>yes (cordoned)</source>
            <translation>是（已停止调度）</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <source>Allocatable</source>
            <translation>可分配</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>存储卷</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>存储类</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>请求量</translation>
        </message>
        <message>
            <source>Access modes</source>
            <translation>访问模式</translation>
        </message>
        <message>
            <source>Volume mode</source>
            <translation>存储卷模式</translation>
        </message>
        <message>
            <source>CSI %1</source>
            <translation>CSI %1</translation>
        </message>
        <message>
            <source>host path %1</source>
            <translation>主机路径 %1</translation>
        </message>
        <message>
            <source>NFS %1:%2</source>
            <translation>NFS %1:%2</translation>
        </message>
        <message>
            <source>local %1</source>
            <translation>本地 %1</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>持久卷声明</translation>
        </message>
        <message>
            <source>Reclaim policy</source>
            <translation>回收策略</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Provisioner</source>
            <translation>供应者</translation>
        </message>
        <message>
            <source>Volume binding mode</source>
            <translation>存储卷绑定模式</translation>
        </message>
        <message>
            <source>Allow volume expansion</source>
            <translation>允许存储卷扩容</translation>
        </message>
        <message>
            <source>Default class</source>
            <translation>默认存储类</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>完成数</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Parallelism</source>
            <translation>并行数</translation>
        </message>
        <message>
            <source>Active / succeeded / failed</source>
            <translation>活跃 / 成功 / 失败</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>持续时间</translation>
        </message>
        <message>
            <source>Suspend</source>
            <translation>挂起</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>调度计划</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <source>Concurrency policy</source>
            <translation>并发策略</translation>
        </message>
        <message>
            <source>Active jobs</source>
            <translation>活跃任务</translation>
        </message>
        <message>
            <source>Last schedule</source>
            <translation>上次调度</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>上次成功</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>1 byte</source>
            <translation>1 字节</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 字节</translation>
        </message>
        <message>
            <source>%1 (binary)</source>
            <translation>%1（二进制）</translation>
        </message>
        <message>
            <source>Immutable</source>
            <translation>不可变</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Min / max replicas</source>
            <translation>最小 / 最大副本数</translation>
        </message>
        <message>
            <source>Current / desired replicas</source>
            <translation>当前 / 期望副本数</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>监控指标</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类</translation>
        </message>
        <message>
            <source>TLS hosts</source>
            <translation>TLS 主机</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>后端</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>（默认）</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Last transition</source>
            <translation>上次转换</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ActionMenuBuilder</name>
        <message>
            <source>Works on one object at a time.</source>
            <translation>一次只能作用于一个对象。</translation>
        </message>
        <message>
            <source>Checking permission…</source>
            <translation>正在检查权限…</translation>
        </message>
        <message>
            <source>Could not check permission: %1</source>
            <translation>无法检查权限：%1</translation>
        </message>
        <message>
            <source>You may not %1 %2.</source>
            <translation>无权对 %2 执行 %1。</translation>
        </message>
        <message>
            <source>You may not %1 %2 in project %3.</source>
            <translation>无权在项目 %3 中对 %2 执行 %1。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::AffinityRow</name>
        <message>
            <source>Node label</source>
            <translation>节点标签</translation>
        </message>
        <message>
            <source>node label</source>
            <translation>节点标签</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必须满足</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>尽量满足</translation>
        </message>
        <message>
            <source>Required or preferred</source>
            <translation>必须满足或尽量满足</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>运算符</translation>
        </message>
        <message>
            <source>values, comma-separated</source>
            <translation>值，以逗号分隔</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>值</translation>
        </message>
        <message>
            <source>weight </source>
            <translation>权重 </translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ApplyResultsPanel</name>
        <message>
            <source>%1 (through %2)</source>
            <translation>%1（通过 %2）</translation>
        </message>
        <message>
            <source>Owned by %1:</source>
            <translation>由 %1 拥有：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s)</source>
            <translation>
                <numerusform>%n 个对象</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: waiting for the server…</source>
            <translation>%1：正在等待服务器…</translation>
        </message>
        <message>
            <source>%1: cancelled before the server answered.</source>
            <translation>%1：在服务器响应之前已取消。</translation>
        </message>
        <message>
            <source>%1 was not sent:
%2</source>
            <translation>%1 未发送：
%2</translation>
        </message>
        <message>
            <source>%1 cannot be checked yet: this file creates its namespace or CustomResourceDefinition first.

The server said:
%2</source>
            <translation>%1 暂无法检查：此文件会先创建其命名空间或 CustomResourceDefinition。

服务器返回：
%2</translation>
        </message>
        <message>
            <source>%1: no changes. The live object already matches this file.</source>
            <translation>%1：无更改。集群中的对象已与此文件一致。</translation>
        </message>
        <message>
            <source>%1 will be created.</source>
            <translation>将创建 %1。</translation>
        </message>
        <message>
            <source>%1: the server accepts this object (dry run, nothing was changed).</source>
            <translation>%1：服务器接受此对象（试运行，未做任何更改）。</translation>
        </message>
        <message>
            <source>%1 was created.</source>
            <translation>已创建 %1。</translation>
        </message>
        <message>
            <source>%1 was changed.</source>
            <translation>已更改 %1。</translation>
        </message>
        <message>
            <source>%1 is unchanged: it already matched this file.</source>
            <translation>%1 未更改：它已与此文件一致。</translation>
        </message>
        <message>
            <source>%1: other field managers own fields this file sets. Nothing was changed.</source>
            <translation>%1：此文件设置的某些字段由其他字段管理器拥有。未做任何更改。</translation>
        </message>
        <message>
            <source>The server said:
%1</source>
            <translation>服务器返回：
%1</translation>
        </message>
        <message>
            <source>Taking ownership of these fields would change:</source>
            <translation>接管这些字段的所有权将更改：</translation>
        </message>
        <message>
            <source>%1 failed:
%2</source>
            <translation>%1 失败：
%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CapacityChart</name>
        <message>
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <source>Allocatable</source>
            <translation>可分配</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>请求</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>限制</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>用量</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>cores</source>
            <translation>核</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>内存</translation>
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
            <translation>集群结果</translation>
        </message>
        <message>
            <source>&amp;Diff with Cluster</source>
            <translation>与集群比较差异(&amp;D)</translation>
        </message>
        <message>
            <source>D&amp;ry Run on Cluster</source>
            <translation>在集群上试运行(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Apply to Cluster</source>
            <translation>应用到集群(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Cluster</source>
            <translation>集群(&amp;C)</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>集群</translation>
        </message>
        <message>
            <source>Cluster:</source>
            <translation>集群：</translation>
        </message>
        <message>
            <source>No cluster</source>
            <translation>无集群</translation>
        </message>
        <message>
            <source>This editor was opened without a kubeconfig; it works offline only.</source>
            <translation>此编辑器在没有 kubeconfig 的情况下打开；只能离线工作。</translation>
        </message>
        <message>
            <source>%1 on %2, namespace %3</source>
            <translation>用户 %1，服务器 %2，命名空间 %3</translation>
        </message>
        <message>
            <source>No contexts</source>
            <translation>无上下文</translation>
        </message>
        <message>
            <source>The cluster that Diff, Dry Run and Apply talk to</source>
            <translation>差异、试运行和应用所连接的集群</translation>
        </message>
        <message>
            <source>No cluster: this editor was started without a kubeconfig (sextant --edit found none).</source>
            <translation>无集群：此编辑器启动时没有 kubeconfig（sextant --edit 未找到）。</translation>
        </message>
        <message>
            <source>No cluster: no kubeconfig contexts were found (--kubeconfig, KUBECONFIG or ~/.kube/config).</source>
            <translation>无集群：未找到 kubeconfig 上下文（--kubeconfig、KUBECONFIG 或 ~/.kube/config）。</translation>
        </message>
        <message>
            <source>Open a manifest first.</source>
            <translation>请先打开一个清单。</translation>
        </message>
        <message>
            <source>Busy with the cluster; wait or cancel in the Cluster results panel.</source>
            <translation>正在与集群交互；请等待，或在“集群结果”面板中取消。</translation>
        </message>
        <message>
            <source>Compare this file's objects with the live ones on %1 (server-side dry run; nothing changes)</source>
            <translation>将此文件中的对象与 %1 上的实时对象比较差异（服务端试运行；不做任何更改）</translation>
        </message>
        <message>
            <source>Let %1 check this file's objects without saving them</source>
            <translation>让 %1 检查此文件中的对象，但不保存</translation>
        </message>
        <message>
            <source>Server-side apply this file's objects to %1 as field manager "sextant"</source>
            <translation>以字段管理器 "sextant" 将此文件中的对象服务端应用到 %1</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>the file was closed.</source>
            <translation>文件已关闭。</translation>
        </message>
        <message>
            <source>reading the cluster's kinds…</source>
            <translation>正在读取集群的资源类型…</translation>
        </message>
        <message>
            <source>the cluster's API discovery failed.</source>
            <translation>集群的 API 发现失败。</translation>
        </message>
        <message>
            <source>cannot connect: %1</source>
            <translation>无法连接：%1</translation>
        </message>
        <message>
            <source>this file has no objects.</source>
            <translation>此文件中没有对象。</translation>
        </message>
        <message>
            <source>the connection was closed.</source>
            <translation>连接已关闭。</translation>
        </message>
        <message>
            <source>%1 is owned by "%2" on %3</source>
            <translation>%1 在 %3 上归 "%2" 所有</translation>
        </message>
        <message>
            <source>cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Diff with %1</source>
            <translation>与 %1 比较差异</translation>
        </message>
        <message>
            <source>Dry run on %1</source>
            <translation>在 %1 上试运行</translation>
        </message>
        <message>
            <source>Apply to %1</source>
            <translation>应用到 %1</translation>
        </message>
        <message>
            <source>Apply to %1, taking ownership</source>
            <translation>应用到 %1，并接管所有权</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ClusterListPage</name>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Reload kubeconfig</source>
            <translation>重新加载 kubeconfig(&amp;R)</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>集群</translation>
        </message>
        <message>
            <source>No kubeconfig contexts found. Start Sextant with --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config.</source>
            <translation>未找到任何 kubeconfig 上下文。请使用 --kubeconfig FILE 启动 Sextant、设置 KUBECONFIG，或创建 ~/.kube/config。</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>断开连接(&amp;D)</translation>
        </message>
        <message>
            <source>Close the connection and free the memory its watches use</source>
            <translation>关闭连接，并释放其 watch 占用的内存</translation>
        </message>
        <message>
            <source>D&amp;iagnose…</source>
            <translation>诊断(&amp;I)…</translation>
        </message>
        <message>
            <source>Check the connection step by step and say how to fix what fails</source>
            <translation>逐步检查连接，并说明如何修复失败的环节</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CodeEditor</name>
        <message>
            <source>(required)</source>
            <translation>（必填）</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>取值：</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CommandPalette</name>
        <message>
            <source>Command palette</source>
            <translation>命令面板</translation>
        </message>
        <message>
            <source>Go to a kind, cluster or object, or run an action…</source>
            <translation>转到类型、集群或对象，或执行操作…</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>匹配项</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ConfigMapWizard</name>
        <message>
            <source>Create config map</source>
            <translation>创建配置字典</translation>
        </message>
        <message>
            <source>Config map</source>
            <translation>配置字典</translation>
        </message>
        <message>
            <source>Settings for workloads, as keys and values they read as environment variables or files. Values may span several lines; files that are not text are kept as bytes.</source>
            <translation>供工作负载使用的设置，以键值对形式存储，可作为环境变量或文件读取。值可以跨多行；非文本文件按字节保存。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. shop-settings</source>
            <translation>例如 shop-settings</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Keys and values</source>
            <translation>键值对</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>项目(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ConflictDialog</name>
        <message>
            <source>Fields owned by other managers</source>
            <translation>由其他管理器拥有的字段</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing was changed on these objects on %1&lt;/b&gt;: other field managers own fields this file sets.</source>
            <translation>&lt;b&gt;%1 上的这些对象未做任何更改&lt;/b&gt;：此文件设置的某些字段由其他字段管理器拥有。</translation>
        </message>
        <message>
            <source>Taking ownership sets this file's values and makes Sextant the manager of these fields. Whoever set them before (a controller, a pipeline, a colleague with kubectl) may set them back; consider removing the fields from this file instead.</source>
            <translation>接管所有权会写入此文件中的值，并使 Sextant 成为这些字段的管理器。之前设置它们的一方（控制器、流水线或使用 kubectl 的同事）可能会把它们改回去；请考虑改为从此文件中移除这些字段。</translation>
        </message>
        <message>
            <source>Object and field</source>
            <translation>对象和字段</translation>
        </message>
        <message>
            <source>Owned by</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>%1 (through %2)</source>
            <translation>%1（通过 %2）</translation>
        </message>
        <message>
            <source>%1, using %2</source>
            <translation>%1，使用 %2</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>服务器：%1</translation>
        </message>
        <message>
            <source>Apply and &amp;take ownership</source>
            <translation>应用并接管所有权(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Leave unchanged</source>
            <translation>保持不变(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ContainerForm</name>
        <message>
            <source>Add &amp;port</source>
            <translation>添加端口(&amp;P)</translation>
        </message>
        <message>
            <source>Add &amp;variable</source>
            <translation>添加变量(&amp;V)</translation>
        </message>
        <message>
            <source>Container name</source>
            <translation>容器名称</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>镜像</translation>
        </message>
        <message>
            <source>e.g. nginx:1.27 or ghcr.io/org/app:v1</source>
            <translation>例如 nginx:1.27 或 ghcr.io/org/app:v1</translation>
        </message>
        <message>
            <source>Default (Always for :latest, else IfNotPresent)</source>
            <translation>默认（:latest 为 Always，否则为 IfNotPresent）</translation>
        </message>
        <message>
            <source>Pull policy</source>
            <translation>拉取策略</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>the image's entrypoint when empty</source>
            <translation>为空时使用镜像的入口点</translation>
        </message>
        <message>
            <source>Arguments</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>e.g. --port 8080 "a quoted word"</source>
            <translation>例如 --port 8080 "a quoted word"</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>资源</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>内存</translation>
        </message>
        <message>
            <source>Requests:</source>
            <translation>请求：</translation>
        </message>
        <message>
            <source>Limits:</source>
            <translation>限制：</translation>
        </message>
        <message>
            <source>e.g. 250m</source>
            <translation>例如 250m</translation>
        </message>
        <message>
            <source>e.g. 256Mi</source>
            <translation>例如 256Mi</translation>
        </message>
        <message>
            <source>Liveness probe (restart when failing)</source>
            <translation>存活探针（失败时重启）</translation>
        </message>
        <message>
            <source>Readiness probe (receive traffic when passing)</source>
            <translation>就绪探针（通过时接收流量）</translation>
        </message>
        <message>
            <source>Startup probe (wait for slow starts)</source>
            <translation>启动探针（等待慢启动）</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Image:</source>
            <translation>镜像(&amp;I)：</translation>
        </message>
        <message>
            <source>P&amp;ull policy:</source>
            <translation>拉取策略(&amp;U)：</translation>
        </message>
        <message>
            <source>Co&amp;mmand:</source>
            <translation>命令(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Arguments:</source>
            <translation>参数(&amp;A)：</translation>
        </message>
        <message>
            <source>Ports:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>环境变量：</translation>
        </message>
        <message>
            <source>Add all &amp;keys of…</source>
            <translation>添加以下对象的全部键(&amp;K)…</translation>
        </message>
        <message>
            <source>Environment from:</source>
            <translation>环境变量来源：</translation>
        </message>
        <message>
            <source>Keeps running beside t&amp;he app (sidecar)</source>
            <translation>在应用旁持续运行（边车容器）(&amp;H)</translation>
        </message>
        <message>
            <source>Writes restartPolicy: Always on this init container.</source>
            <translation>在此初始化容器上写入 restartPolicy: Always。</translation>
        </message>
        <message>
            <source>A sidecar starts in order with the init containers, and the next one starts as soon as it runs (and its startup probe passes). It then keeps running beside the app containers, is restarted when it stops, and may have probes.</source>
            <translation>边车容器与初始化容器按顺序启动，它一运行（且启动探针通过）下一个就开始启动。之后它在应用容器旁持续运行，停止时会被重启，并且可以设置探针。</translation>
        </message>
        <message>
            <source>An init container runs to completion before the app containers start; init containers run one after another. It has no probes.</source>
            <translation>初始化容器在应用容器启动前运行至完成；多个初始化容器依次运行。它没有探针。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ContainersForm</name>
        <message>
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>容器</translation>
        </message>
        <message>
            <source>None (public images)</source>
            <translation>无（公共镜像）</translation>
        </message>
        <message>
            <source>Image pull secret</source>
            <translation>镜像拉取保密字典</translation>
        </message>
        <message>
            <source>&amp;Add container</source>
            <translation>添加容器(&amp;A)</translation>
        </message>
        <message>
            <source>Image &amp;pull secret:</source>
            <translation>镜像拉取保密字典(&amp;P)：</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <source>Add i&amp;nit container</source>
            <translation>添加初始化容器(&amp;N)</translation>
        </message>
        <message>
            <source>%1 (init)</source>
            <translation>%1（初始化）</translation>
        </message>
        <message>
            <source>Init containers run one after another before the other containers start; each must finish successfully, unless it is a sidecar that keeps running beside them.</source>
            <translation>初始化容器在其他容器启动前依次运行；每个都必须成功结束，除非它是在其他容器旁持续运行的边车容器。</translation>
        </message>
        <message>
            <source>%1 (sidecar)</source>
            <translation>%1（边车）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CordonAction</name>
        <message>
            <source>Cordon</source>
            <translation>停止调度</translation>
        </message>
        <message>
            <source>Uncordon</source>
            <translation>恢复调度</translation>
        </message>
        <message>
            <source>Node %1 is already cordoned.</source>
            <translation>节点 %1 已停止调度。</translation>
        </message>
        <message>
            <source>Node %1 is schedulable.</source>
            <translation>节点 %1 可调度。</translation>
        </message>
        <message>
            <source>These nodes are already cordoned.</source>
            <translation>这些节点已停止调度。</translation>
        </message>
        <message>
            <source>These nodes are schedulable.</source>
            <translation>这些节点可调度。</translation>
        </message>
        <message>
            <source>node %1</source>
            <translation>节点 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n nodes</source>
            <translation>
                <numerusform>%n 个节点</numerusform>
            </translation>
        </message>
        <message>
            <source>Cordoning %1…</source>
            <translation>正在停止调度%1…</translation>
        </message>
        <message>
            <source>Uncordoning %1…</source>
            <translation>正在恢复调度%1…</translation>
        </message>
        <message>
            <source>Cordoned %1: no new pods will be scheduled there.</source>
            <translation>已停止调度%1：不会再有新的容器组调度到此处。</translation>
        </message>
        <message>
            <source>Uncordoned %1: pods can be scheduled there again.</source>
            <translation>已恢复调度%1：容器组可以再次调度到此处。</translation>
        </message>
        <message>
            <source>Could not cordon node %1</source>
            <translation>无法停止调度节点 %1</translation>
        </message>
        <message>
            <source>Could not uncordon node %1</source>
            <translation>无法恢复调度节点 %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::CronJobActions</name>
        <message>
            <source>Suspend</source>
            <translation>挂起</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Already suspended.</source>
            <translation>已挂起。</translation>
        </message>
        <message>
            <source>Not suspended.</source>
            <translation>未挂起。</translation>
        </message>
        <message>
            <source>Suspending %1…</source>
            <translation>正在挂起 %1…</translation>
        </message>
        <message>
            <source>Resuming %1…</source>
            <translation>正在恢复 %1…</translation>
        </message>
        <message>
            <source>Suspended %1.</source>
            <translation>已挂起 %1。</translation>
        </message>
        <message>
            <source>Resumed %1.</source>
            <translation>已恢复 %1。</translation>
        </message>
        <message>
            <source>Could not suspend %1</source>
            <translation>无法挂起 %1</translation>
        </message>
        <message>
            <source>Could not resume %1</source>
            <translation>无法恢复 %1</translation>
        </message>
        <message>
            <source>Run now</source>
            <translation>立即运行</translation>
        </message>
        <message>
            <source>Creating a job from cronjob %1…</source>
            <translation>正在从定时任务 %1 创建任务…</translation>
        </message>
        <message>
            <source>Created job %1 from cronjob %2.</source>
            <translation>已从定时任务 %2 创建任务 %1。</translation>
        </message>
        <message>
            <source>Could not run cronjob %1</source>
            <translation>无法运行定时任务 %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DeleteAction</name>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DeleteDialog</name>
        <message>
            <source>Background</source>
            <translation>后台</translation>
        </message>
        <message>
            <source>Deleted now; dependents such as pods are removed afterwards in the background.</source>
            <translation>立即删除；容器组等依赖对象随后在后台移除。</translation>
        </message>
        <message>
            <source>Foreground</source>
            <translation>前台</translation>
        </message>
        <message>
            <source>Dependents are removed first; the object stays until they are gone.</source>
            <translation>先移除依赖对象；在它们全部移除之前，该对象会一直保留。</translation>
        </message>
        <message>
            <source>Orphan</source>
            <translation>孤立</translation>
        </message>
        <message>
            <source>Only this object is deleted; dependents keep running.</source>
            <translation>仅删除此对象；依赖对象继续运行。</translation>
        </message>
        <message>
            <source>Delete %1 %2?</source>
            <translation>删除 %1 %2？</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n %1 objects?</source>
            <translation>
                <numerusform>删除 %n 个 %1 对象？</numerusform>
            </translation>
        </message>
        <message>
            <source>This %1 will be deleted:</source>
            <translation>将删除此 %1：</translation>
        </message>
        <message numerus="yes">
            <source>These %n %1 objects will be deleted:</source>
            <translation>
                <numerusform>将删除以下 %n 个 %1 对象：</numerusform>
            </translation>
        </message>
        <message>
            <source>Objects to delete</source>
            <translation>要删除的对象</translation>
        </message>
        <message>
            <source>Dependent objects</source>
            <translation>依赖对象</translation>
        </message>
        <message>
            <source>Propagation policy</source>
            <translation>传播策略</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message numerus="yes">
            <source>%n %1 objects</source>
            <translation>
                <numerusform>%n 个 %1 对象</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleting %1…</source>
            <translation>正在删除 %1…</translation>
        </message>
        <message>
            <source>%1: deleted</source>
            <translation>%1：已删除</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>已删除 %1。</translation>
        </message>
        <message>
            <source>Could not delete %1</source>
            <translation>无法删除 %1</translation>
        </message>
        <message>
            <source>Deleted %1; could not delete %2</source>
            <translation>已删除 %1；无法删除 %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DetailPane</name>
        <message>
            <source>Select an object to see its details.</source>
            <translation>选择一个对象以查看其详情。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>关联</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>元数据</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>YAML</source>
            <translation>YAML</translation>
        </message>
        <message>
            <source>This object does not exist (any more).</source>
            <translation>此对象不存在（或已不存在）。</translation>
        </message>
        <message>
            <source>This object was deleted. What you see is its last known state.</source>
            <translation>此对象已被删除。当前显示的是其最后已知状态。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DetailTables</name>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DoctorDialog</name>
        <message>
            <source>Connection doctor — %1</source>
            <translation>连接诊断 — %1</translation>
        </message>
        <message>
            <source>Connection checks</source>
            <translation>连接检查项</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>重新检查(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>复制报告(&amp;C)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>All checks passed.</source>
            <translation>全部检查已通过。</translation>
        </message>
        <message>
            <source>A check failed; its hint says how to fix it.</source>
            <translation>有检查未通过，请按其提示进行修复。</translation>
        </message>
        <message>
            <source>Hint: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DrainAction</name>
        <message>
            <source>Drain…</source>
            <translation>排空…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DrainDialog</name>
        <message>
            <source>Drain node %1</source>
            <translation>排空节点 %1</translation>
        </message>
        <message>
            <source>Draining cordons node %1, then evicts its pods through the eviction API, which respects PodDisruptionBudgets. Controllers recreate evicted pods on other nodes. The node stays cordoned afterwards; uncordon it when maintenance is done.</source>
            <translation>排空会先停止调度节点 %1，然后通过驱逐 API 驱逐其上的容器组，该 API 会遵守 PodDisruptionBudget。控制器会在其他节点上重新创建被驱逐的容器组。排空后节点保持停止调度状态；维护完成后请恢复调度。</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Drain options</source>
            <translation>排空选项</translation>
        </message>
        <message>
            <source>DaemonSet pods stay on the node: their controller ignores cordoning and would start them again at once. Without this, their presence stops the drain.</source>
            <translation>守护进程集的容器组保留在节点上：其控制器会忽略停止调度，并立即重新启动它们。不勾选此项时，它们的存在会使排空中止。</translation>
        </message>
        <message>
            <source>Ignore DaemonSets</source>
            <translation>忽略守护进程集</translation>
        </message>
        <message>
            <source>Pods with emptyDir volumes are evicted too; the data in those volumes is lost.</source>
            <translation>使用 emptyDir 存储卷的容器组也会被驱逐；这些存储卷中的数据将丢失。</translation>
        </message>
        <message>
            <source>Delete emptyDir data</source>
            <translation>删除 emptyDir 数据</translation>
        </message>
        <message>
            <source>Pods that no controller manages are evicted too; nothing recreates them.</source>
            <translation>不受任何控制器管理的容器组也会被驱逐；不会有任何控制器重新创建它们。</translation>
        </message>
        <message>
            <source>Force: evict unmanaged pods</source>
            <translation>强制：驱逐不受管理的容器组</translation>
        </message>
        <message>
            <source>Each pod's own</source>
            <translation>使用各容器组自身的设置</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Grace period in seconds</source>
            <translation>宽限期（秒）</translation>
        </message>
        <message>
            <source>&amp;Grace period:</source>
            <translation>宽限期(&amp;G)：</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>不限制</translation>
        </message>
        <message>
            <source>Give up after seconds</source>
            <translation>超时时间（秒）</translation>
        </message>
        <message>
            <source>Give &amp;up after:</source>
            <translation>超时放弃时间(&amp;U)：</translation>
        </message>
        <message>
            <source>Pods on node %1</source>
            <translation>节点 %1 上的容器组</translation>
        </message>
        <message>
            <source>Namespace</source>
            <translation>命名空间</translation>
        </message>
        <message>
            <source>Pod</source>
            <translation>容器组</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Drain status</source>
            <translation>排空状态</translation>
        </message>
        <message>
            <source>&amp;Drain</source>
            <translation>排空(&amp;D)</translation>
        </message>
        <message>
            <source>Node %1 cordoned. Listing its pods…</source>
            <translation>节点 %1 已停止调度。正在列出其容器组…</translation>
        </message>
        <message>
            <source>Evicting pods from node %1…</source>
            <translation>正在从节点 %1 驱逐容器组…</translation>
        </message>
        <message>
            <source>No pods run on node %1.</source>
            <translation>节点 %1 上没有运行任何容器组。</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Left in place</source>
            <translation>保留原位</translation>
        </message>
        <message>
            <source>Needs an option</source>
            <translation>需要启用选项</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>正在删除…</translation>
        </message>
        <message>
            <source>Evicting…</source>
            <translation>正在驱逐…</translation>
        </message>
        <message>
            <source>Evicted, stopping…</source>
            <translation>已驱逐，正在停止…</translation>
        </message>
        <message>
            <source>Blocked by a PodDisruptionBudget</source>
            <translation>被 PodDisruptionBudget 阻止</translation>
        </message>
        <message>
            <source>Blocked by PodDisruptionBudget %1</source>
            <translation>被 PodDisruptionBudget %1 阻止</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Evicted</source>
            <translation>已驱逐</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Cordoning node %1…</source>
            <translation>正在停止调度节点 %1…</translation>
        </message>
        <message>
            <source>Draining node %1…</source>
            <translation>正在排空节点 %1…</translation>
        </message>
        <message>
            <source>Could not drain node %1</source>
            <translation>无法排空节点 %1</translation>
        </message>
        <message>
            <source>&amp;Drain again</source>
            <translation>再次排空(&amp;D)</translation>
        </message>
        <message>
            <source>Cancel drain</source>
            <translation>取消排空</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel the drain</source>
            <translation>取消排空操作</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::DuplicateAction</name>
        <message>
            <source>Duplicate…</source>
            <translation>复制为新对象…</translation>
        </message>
        <message>
            <source>Cannot duplicate %1 %2</source>
            <translation>无法复制 %1 %2</translation>
        </message>
        <message>
            <source>Created %1 %2.</source>
            <translation>已创建 %1 %2。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::EditorTab</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>正在加载 %1…</translation>
        </message>
        <message>
            <source>This file is not valid UTF-8: the byte at offset %1 cannot be decoded. It is open read-only, so saving cannot change bytes the editor could not read.</source>
            <translation>此文件不是有效的 UTF-8：偏移 %1 处的字节无法解码。文件以只读方式打开，因此保存不会改动编辑器无法读取的字节。</translation>
        </message>
        <message>
            <source>%1 is open read-only because it is not valid UTF-8.</source>
            <translation>%1 不是有效的 UTF-8，因此以只读方式打开。</translation>
        </message>
        <message>
            <source>%1 is still loading.</source>
            <translation>%1 仍在加载。</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::EnvFromRow</name>
        <message>
            <source>All keys of ConfigMap</source>
            <translation>配置字典的全部键</translation>
        </message>
        <message>
            <source>All keys of Secret</source>
            <translation>保密字典的全部键</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>prefix (optional), e.g. DB_</source>
            <translation>前缀（可选），例如 DB_</translation>
        </message>
        <message>
            <source>Prefix</source>
            <translation>前缀</translation>
        </message>
        <message>
            <source>Not valid variable names, skipped by the kubelet: %1</source>
            <translation>以下不是有效的变量名，kubelet 会跳过：%1</translation>
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
            <translation>变量名</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>ConfigMap key</source>
            <translation>配置字典键</translation>
        </message>
        <message>
            <source>Secret key</source>
            <translation>保密字典键</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::EventsTab</name>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>最后出现</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>%1前</translation>
        </message>
        <message>
            <source>Events are not available.</source>
            <translation>事件不可用。</translation>
        </message>
        <message>
            <source>Loading events…</source>
            <translation>正在加载事件…</translation>
        </message>
        <message>
            <source>No events. The cluster keeps events for about an hour.</source>
            <translation>没有事件。集群只保留约一小时内的事件。</translation>
        </message>
        <message>
            <source>1 event</source>
            <translation>1 个事件</translation>
        </message>
        <message>
            <source>%1 events, newest first</source>
            <translation>%1 个事件，最新的在前</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ExposureForm</name>
        <message>
            <source>Headless Service (gives each pod a stable DNS name)</source>
            <translation>无头服务（为每个容器组提供稳定的 DNS 名称）</translation>
        </message>
        <message>
            <source>Service in front of the pods</source>
            <translation>位于容器组前面的服务</translation>
        </message>
        <message>
            <source>Horizontal pod autoscaler</source>
            <translation>容器组水平自动伸缩</translation>
        </message>
        <message>
            <source>Average &amp;CPU utilization (% of requests):</source>
            <translation>平均 CPU 利用率（占请求的百分比）(&amp;C)：</translation>
        </message>
        <message>
            <source>Average &amp;memory utilization (% of requests):</source>
            <translation>平均内存利用率（占请求的百分比）(&amp;M)：</translation>
        </message>
        <message>
            <source>Headless Service name</source>
            <translation>无头服务名称</translation>
        </message>
        <message>
            <source>Created with the StatefulSet (spec.serviceName); its ports are the containers' ports.</source>
            <translation>随有状态副本集一起创建（spec.serviceName）；其端口即容器的端口。</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Service name</source>
            <translation>服务名称</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>名称(&amp;M)：</translation>
        </message>
        <message>
            <source>Minimum replicas</source>
            <translation>最小副本数</translation>
        </message>
        <message>
            <source>Maximum replicas</source>
            <translation>最大副本数</translation>
        </message>
        <message>
            <source>CPU target</source>
            <translation>CPU 目标</translation>
        </message>
        <message>
            <source>Memory target</source>
            <translation>内存目标</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Scales the replicas between the bounds to keep the average usage near the target; needs metrics-server and container requests.</source>
            <translation>在上下限之间伸缩副本数，使平均用量保持在目标附近；需要 metrics-server 和容器的资源请求。</translation>
        </message>
        <message>
            <source>Replicas:</source>
            <translation>副本数：</translation>
        </message>
        <message>
            <source>No %1 request in: %2. The autoscaler measures utilization against requests and cannot scale on %1 without them (Containers page).</source>
            <translation>以下容器没有 %1 请求：%2。自动伸缩根据请求衡量利用率，没有请求就无法按 %1 伸缩（见“容器”页）。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::FieldRules</name>
        <message>
            <source>must be between 1 and 65535, inclusive</source>
            <translation>必须介于 1 到 65535 之间（含）</translation>
        </message>
        <message>
            <source>must be no more than 15 characters</source>
            <translation>不得超过 15 个字符</translation>
        </message>
        <message>
            <source>must contain only lower-case letters, digits and '-' (not at either end, not twice in a row), and at least one letter</source>
            <translation>只能包含小写字母、数字和 '-'（不能位于开头或结尾，不能连续出现），且至少包含一个字母</translation>
        </message>
        <message>
            <source>must be a quantity such as 250m, 0.5, 512Mi or 2Gi</source>
            <translation>必须是数量，例如 250m、0.5、512Mi 或 2Gi</translation>
        </message>
        <message>
            <source>must be greater than zero</source>
            <translation>必须大于零</translation>
        </message>
        <message>
            <source>a variable needs a name</source>
            <translation>变量需要名称</translation>
        </message>
        <message>
            <source>must not contain '='</source>
            <translation>不能包含 '='</translation>
        </message>
        <message>
            <source>must consist of printable ASCII characters</source>
            <translation>必须由可打印的 ASCII 字符组成</translation>
        </message>
        <message>
            <source>must be an absolute path such as /data</source>
            <translation>必须是绝对路径，例如 /data</translation>
        </message>
        <message>
            <source>must not contain ':'</source>
            <translation>不能包含 ':'</translation>
        </message>
        <message>
            <source>must be a number of pods or a percentage such as 25%</source>
            <translation>必须是容器组数量或百分比，例如 25%</translation>
        </message>
        <message>
            <source>must start with a letter (a DNS-1035 label)</source>
            <translation>必须以字母开头（DNS-1035 标签）</translation>
        </message>
        <message>
            <source>must be an absolute path such as /var/log</source>
            <translation>必须是绝对路径，例如 /var/log</translation>
        </message>
        <message>
            <source>must not contain '..'</source>
            <translation>不能包含“..”</translation>
        </message>
        <message>
            <source>a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit</source>
            <translation>有效的环境变量名只能由字母、数字、“_”、“-”或“.”组成，且不能以数字开头</translation>
        </message>
        <message>
            <source>must be between 0 and 2147483647, inclusive</source>
            <translation>必须介于 0 和 2147483647 之间（含两端）</translation>
        </message>
        <message>
            <source>%1: must be between 0 and 2147483647, inclusive</source>
            <translation>%1：必须在 0 到 2147483647 之间（含两端）</translation>
        </message>
        <message>
            <source>%1: capability names are upper case letters, digits and '_', such as NET_BIND_SERVICE</source>
            <translation>%1：权能名称由大写字母、数字和“_”组成，例如 NET_BIND_SERVICE</translation>
        </message>
        <message>
            <source>%1: write %2; containerd adds the CAP_ prefix itself, and a container with CAP_%1 fails to start</source>
            <translation>%1：请写成 %2；containerd 会自行加上 CAP_ 前缀，带 CAP_%1 的容器将无法启动</translation>
        </message>
        <message>
            <source>adding ALL gives the container every capability of the node's root user</source>
            <translation>添加 ALL 会让容器拥有节点 root 用户的全部权能</translation>
        </message>
        <message>
            <source>%1 is not a Linux capability; the container may fail to start</source>
            <translation>%1 不是 Linux 权能；容器可能无法启动</translation>
        </message>
        <message>
            <source>must be set when seccomp type is Localhost</source>
            <translation>seccomp 类型为 Localhost 时必须填写</translation>
        </message>
        <message>
            <source>must be a relative path (to the kubelet's seccomp directory), such as profiles/audit.json</source>
            <translation>必须是（相对于 kubelet 的 seccomp 目录的）相对路径，例如 profiles/audit.json</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::FindReplaceBar</name>
        <message>
            <source>Match case</source>
            <translation>区分大小写</translation>
        </message>
        <message>
            <source>Whole words</source>
            <translation>全字匹配</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>正则表达式</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>替换为</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上一个</translation>
        </message>
        <message>
            <source>Find previous (Shift+F3)</source>
            <translation>查找上一个（Shift+F3）</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <source>Find next (F3)</source>
            <translation>查找下一个（F3）</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Replace All</source>
            <translation>全部替换</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>关闭（Esc）</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>关闭查找栏</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1</source>
            <translation>无效的正则表达式：%1</translation>
        </message>
        <message>
            <source>Continued from the end</source>
            <translation>已从末尾继续</translation>
        </message>
        <message>
            <source>Continued from the top</source>
            <translation>已从开头继续</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation>
                <numerusform>已替换 %n 处</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::HealthDelegate</name>
        <message>
            <source>Healthy</source>
            <translation>健康</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::IngressBackendPicker</name>
        <message>
            <source>Backend service</source>
            <translation>后端服务</translation>
        </message>
        <message>
            <source>Backend port</source>
            <translation>后端端口</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>后端</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1（未找到）</translation>
        </message>
        <message>
            <source>%1 (port %2)</source>
            <translation>%1（端口 %2）</translation>
        </message>
        <message>
            <source>the project has no services</source>
            <translation>该项目没有服务</translation>
        </message>
        <message>
            <source>choose a service</source>
            <translation>请选择一个服务</translation>
        </message>
        <message>
            <source>the service has no ports</source>
            <translation>该服务没有端口</translation>
        </message>
        <message>
            <source>port %1: %2</source>
            <translation>端口 %1：%2</translation>
        </message>
        <message>
            <source>port name "%1": %2</source>
            <translation>端口名称“%1”：%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::IngressRuleEditor</name>
        <message>
            <source>must be an absolute path</source>
            <translation>必须是绝对路径</translation>
        </message>
        <message>
            <source>must not contain '%1'</source>
            <translation>不能包含 '%1'</translation>
        </message>
        <message>
            <source>must not end with '%1'</source>
            <translation>不能以 '%1' 结尾</translation>
        </message>
        <message>
            <source>Add &amp;path</source>
            <translation>添加路径(&amp;P)</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>移除规则</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>every host; e.g. shop.example.com or *.example.com</source>
            <translation>所有主机；例如 shop.example.com 或 *.example.com</translation>
        </message>
        <message>
            <source>Add path</source>
            <translation>添加路径</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>匹配</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Path type</source>
            <translation>路径类型</translation>
        </message>
        <message>
            <source>Remove path</source>
            <translation>移除路径</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::IngressWizard</name>
        <message>
            <source>Create app route (ingress)</source>
            <translation>创建应用路由（Ingress）</translation>
        </message>
        <message>
            <source> (default)</source>
            <translation> （默认）</translation>
        </message>
        <message>
            <source>App route</source>
            <translation>应用路由</translation>
        </message>
        <message>
            <source>Routes HTTP and HTTPS requests from outside the cluster to services of the project. The ingress class says which controller serves the route; the cluster's default class is preselected.</source>
            <translation>将来自集群外部的 HTTP 和 HTTPS 请求路由到项目中的服务。应用路由类决定由哪个控制器提供该路由；默认预选集群的默认类。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. shop</source>
            <translation>例如 shop</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Ingress class</source>
            <translation>应用路由类</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>项目(&amp;P)：</translation>
        </message>
        <message>
            <source>Ingress &amp;class:</source>
            <translation>应用路由类(&amp;C)：</translation>
        </message>
        <message>
            <source>Routing rules</source>
            <translation>路由规则</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>添加规则(&amp;R)</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>HTTPS for some hosts: each entry names the hosts a certificate covers and the kubernetes.io/tls secret of the project that holds it. Without entries the route serves plain HTTP.</source>
            <translation>为部分主机启用 HTTPS：每个条目指定证书覆盖的主机，以及项目中保存该证书的 kubernetes.io/tls 保密字典。没有条目时，该路由只提供普通 HTTP。</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>TLS secret</source>
            <translation>TLS 保密字典</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Add &amp;TLS entry</source>
            <translation>添加 TLS 条目(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;New TLS secret…</source>
            <translation>新建 TLS 保密字典(&amp;N)…</translation>
        </message>
        <message>
            <source>Make a kubernetes.io/tls secret from certificate and key files; it is chosen in the last TLS entry.</source>
            <translation>从证书和密钥文件创建 kubernetes.io/tls 保密字典；它会被选入最后一个 TLS 条目。</translation>
        </message>
        <message>
            <source>TLS hosts</source>
            <translation>TLS 主机</translation>
        </message>
        <message>
            <source>e.g. shop.example.com, www.example.com</source>
            <translation>例如 shop.example.com, www.example.com</translation>
        </message>
        <message>
            <source>Remove TLS entry</source>
            <translation>移除 TLS 条目</translation>
        </message>
        <message>
            <source>Each rule matches a host (or every host) and sends its paths to a service's port. Prefix matches the path and everything below it, Exact only the path itself. A default backend takes the requests no rule matches.</source>
            <translation>每条规则匹配一个主机（或所有主机），并把其路径转发到某个服务的端口。Prefix 匹配该路径及其下的一切，Exact 只匹配路径本身。默认后端接收没有规则匹配的请求。</translation>
        </message>
        <message>
            <source>&amp;Default backend</source>
            <translation>默认后端(&amp;D)</translation>
        </message>
        <message>
            <source>Requests that match no rule go to this service. Without a default backend the ingress controller answers them itself, usually with 404 Not Found.</source>
            <translation>没有规则匹配的请求将转发到此服务。没有默认后端时，由 Ingress 控制器自行应答，通常返回 404 Not Found。</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>An app route needs at least one rule or a default backend.</source>
            <translation>应用路由至少需要一条规则或一个默认后端。</translation>
        </message>
        <message>
            <source>paths sent to a resource instead of a service</source>
            <translation>转发到资源而非服务的路径</translation>
        </message>
        <message>
            <source>a default backend that is a resource instead of a service</source>
            <translation>指向资源而非服务的默认后端</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::KeyValueEditor</name>
        <message>
            <source>&amp;Add key</source>
            <translation>添加键(&amp;A)</translation>
        </message>
        <message>
            <source>Add from &amp;files…</source>
            <translation>从文件添加(&amp;F)…</translation>
        </message>
        <message>
            <source>Each file becomes a key named after it; files that are not UTF-8 text are kept as bytes.</source>
            <translation>每个文件成为一个以其文件名命名的键；非 UTF-8 文本的文件按字节保存。</translation>
        </message>
        <message>
            <source>key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>value (several lines allowed)</source>
            <translation>值（允许多行）</translation>
        </message>
        <message>
            <source>Value (hidden)</source>
            <translation>值（已隐藏）</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>binary, %1 (not UTF-8 text)</source>
            <translation>二进制，%1（非 UTF-8 文本）</translation>
        </message>
        <message>
            <source>text, %1 (too large to edit here)</source>
            <translation>文本，%1（太大，无法在此编辑）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove key</source>
            <translation>移除键</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Show value</source>
            <translation>显示值</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>Several lines: press Show to edit.</source>
            <translation>多行内容：点击“显示”进行编辑。</translation>
        </message>
        <message>
            <source>%1 is %2; one object holds at most %3.</source>
            <translation>%1 为 %2；单个对象最多容纳 %3。</translation>
        </message>
        <message>
            <source>%1 can't be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Add keys from files</source>
            <translation>从文件添加键</translation>
        </message>
        <message>
            <source>enter a key for this value</source>
            <translation>请为此值输入键</translation>
        </message>
        <message>
            <source>the key "%1" is used more than once</source>
            <translation>键 "%1" 被多次使用</translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n 个键</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s), %1</source>
            <translation>
                <numerusform>%n 个键，%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s), %1 of at most %2</source>
            <translation>
                <numerusform>%n 个键，%1（最多 %2）</numerusform>
            </translation>
        </message>
        <message>
            <source>The values take %1 bytes; the server refuses more than %2 bytes (%3) in one object.</source>
            <translation>这些值共占 %1 字节；服务器拒绝单个对象中超过 %2 字节（%3）的数据。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::KeyValueRow</name>
        <message>
            <source>key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LiveEditAction</name>
        <message>
            <source>Edit YAML…</source>
            <translation>编辑 YAML…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LiveEditWindow</name>
        <message>
            <source>&amp;Reload</source>
            <translation>重新加载(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>应用(&amp;A)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Apply the changes to the cluster (Ctrl+S, Ctrl+Return)</source>
            <translation>将更改应用到集群（Ctrl+S、Ctrl+Return）</translation>
        </message>
        <message>
            <source>Load the object as it is on the server now</source>
            <translation>按服务器上的当前状态加载对象</translation>
        </message>
        <message>
            <source>Could not load %1:
%2</source>
            <translation>无法加载 %1：
%2</translation>
        </message>
        <message>
            <source>Edit %1[*]</source>
            <translation>编辑 %1[*]</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>正在应用…</translation>
        </message>
        <message>
            <source>Someone changed the object meanwhile; fetching their version to merge…</source>
            <translation>有人同时更改了该对象；正在获取其版本以进行合并…</translation>
        </message>
        <message>
            <source>Not loaded.</source>
            <translation>未加载。</translation>
        </message>
        <message>
            <source>Editing resourceVersion %1.</source>
            <translation>正在编辑 resourceVersion %1。</translation>
        </message>
        <message>
            <source>Decide each conflict first: Take theirs or Keep mine.</source>
            <translation>请先对每个冲突做出决定：“采用对方”或“保留我的”。</translation>
        </message>
        <message>
            <source>Conflicts without a decision: %1. Take theirs or Keep mine for each, then Apply.</source>
            <translation>尚未决定的冲突：%1。请为每个冲突选择“采用对方”或“保留我的”，然后点击“应用”。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Applied. %1 is now at resourceVersion %2.</source>
            <translation>已应用。%1 现在的 resourceVersion 为 %2。</translation>
        </message>
        <message>
            <source>%1 updated.</source>
            <translation>已更新 %1。</translation>
        </message>
        <message>
            <source>The request failed (HTTP %1).</source>
            <translation>请求失败（HTTP %1）。</translation>
        </message>
        <message>
            <source>Not applied:
%1</source>
            <translation>未应用：
%1</translation>
        </message>
        <message>
            <source>Someone changed %1 while you edited it. Your changes and theirs were merged without conflicts: check the merged result and Apply.</source>
            <translation>在你编辑期间，有人更改了 %1。你的更改和对方的更改已合并，没有冲突：请检查合并结果，然后点击“应用”。</translation>
        </message>
        <message>
            <source>Someone changed %1 while you edited it, and both sides changed some fields differently (conflicts: %2). Decide for each, Take theirs or Keep mine, then Apply.</source>
            <translation>在你编辑期间，有人更改了 %1，且双方对某些字段的更改不同（冲突：%2）。请逐一选择“采用对方”或“保留我的”，然后点击“应用”。</translation>
        </message>
        <message>
            <source>Discard your unapplied changes and load %1 as it is now?</source>
            <translation>丢弃未应用的更改，并按当前状态重新加载 %1？</translation>
        </message>
        <message>
            <source>&amp;Discard and Reload</source>
            <translation>丢弃并重新加载(&amp;D)</translation>
        </message>
        <message>
            <source>Your changes to %1 are not applied. Close and discard them?</source>
            <translation>你对 %1 的更改尚未应用。关闭并丢弃这些更改？</translation>
        </message>
        <message>
            <source>&amp;Discard Changes</source>
            <translation>丢弃更改(&amp;D)</translation>
        </message>
        <message>
            <source>Checking with the server…</source>
            <translation>正在由服务器检查…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LogView</name>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>All containers</source>
            <translation>所有容器</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上一实例</translation>
        </message>
        <message>
            <source>The log of the previous, terminated instance of each container</source>
            <translation>每个容器上一个已终止实例的日志</translation>
        </message>
        <message>
            <source>Timestamps</source>
            <translation>时间戳</translation>
        </message>
        <message>
            <source>Wrap</source>
            <translation>自动换行</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>上一个匹配（Shift+Enter）</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>下一个匹配（Enter）</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>Save the loaded lines to a file</source>
            <translation>将已加载的行保存到文件</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Following</source>
            <translation>跟随中</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Click to pause scrolling; lines keep arriving</source>
            <translation>点击暂停滚动；新行仍会继续接收</translation>
        </message>
        <message>
            <source>Click to follow new lines again</source>
            <translation>点击以重新跟随新行</translation>
        </message>
        <message numerus="yes">
            <source>%n new line(s) ↓</source>
            <translation>
                <numerusform>%n 行新内容 ↓</numerusform>
            </translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>无匹配</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n 个匹配</numerusform>
            </translation>
        </message>
        <message>
            <source>Save Log As</source>
            <translation>日志另存为</translation>
        </message>
        <message>
            <source>Log files (*.log *.txt)</source>
            <translation>日志文件 (*.log *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 oldest dropped (limit %2)</source>
            <translation>已丢弃最早的 %1 行（上限 %2）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LogWindow</name>
        <message>
            <source>Logs: %1</source>
            <translation>日志：%1</translation>
        </message>
        <message>
            <source>Logs: %1 (%2)</source>
            <translation>日志：%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::LogsAction</name>
        <message>
            <source>Logs</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>It selects no pods.</source>
            <translation>它没有选中任何容器组。</translation>
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
            <translation>集群</translation>
        </message>
        <message>
            <source>Cluster:</source>
            <translation>集群：</translation>
        </message>
        <message>
            <source>Project:</source>
            <translation>项目：</translation>
        </message>
        <message>
            <source>Project (namespace)</source>
            <translation>项目（命名空间）</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Reload kubeconfig</source>
            <translation>重新加载 kubeconfig(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Switch &amp;cluster</source>
            <translation>切换集群(&amp;C)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+C</source>
            <translation>Ctrl+Shift+C</translation>
        </message>
        <message>
            <source>Switch &amp;project</source>
            <translation>切换项目(&amp;P)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>&amp;Filter rows</source>
            <translation>筛选行(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Sextant</source>
            <translation>关于 Sextant(&amp;A)</translation>
        </message>
        <message>
            <source>About Sextant</source>
            <translation>关于 Sextant</translation>
        </message>
        <message>
            <source>Sextant %1
A native desktop client for Kubernetes.</source>
            <translation>Sextant %1
原生 Kubernetes 桌面客户端。</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>集群</translation>
        </message>
        <message>
            <source>%1 — Sextant</source>
            <translation>%1 — Sextant</translation>
        </message>
        <message>
            <source>Open a cluster first.</source>
            <translation>请先打开一个集群。</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>无法连接到 %1：%2</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>全部项目</translation>
        </message>
        <message>
            <source>No cluster open</source>
            <translation>未打开集群</translation>
        </message>
        <message>
            <source>Context: %1</source>
            <translation>上下文：%1</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>The language changes when Sextant starts again.</source>
            <translation>重新启动 Sextant 后，语言设置才会生效。</translation>
        </message>
        <message>
            <source>&amp;New window</source>
            <translation>新建窗口(&amp;N)</translation>
        </message>
        <message>
            <source>Manifest &amp;editor</source>
            <translation>清单编辑器(&amp;E)</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>Command &amp;palette…</source>
            <translation>命令面板(&amp;P)…</translation>
        </message>
        <message>
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
        <message>
            <source>Created %1 %2.</source>
            <translation>已创建 %1 %2。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>监控指标</translation>
        </message>
        <message>
            <source>%1 is not among the kinds Sextant lists.</source>
            <translation>%1 不在 Sextant 列出的类型之中。</translation>
        </message>
        <message>
            <source>Go to</source>
            <translation>转到</translation>
        </message>
        <message>
            <source>Switch cluster</source>
            <translation>切换集群</translation>
        </message>
        <message>
            <source>Switch project</source>
            <translation>切换项目</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Unapplied edits</source>
            <translation>未应用的编辑</translation>
        </message>
        <message numerus="yes">
            <source>%n object edit(s) opened from this window are not applied yet. Close the window and discard them?</source>
            <translation>
                <numerusform>从此窗口打开的 %n 个对象编辑尚未应用。关闭窗口并丢弃这些编辑吗？</numerusform>
            </translation>
        </message>
        <message>
            <source>From &amp;YAML file…</source>
            <translation>从 YAML 文件(&amp;Y)…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ManifestEditorWindow</name>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>信息</translation>
        </message>
        <message>
            <source>Manifest Editor</source>
            <translation>清单编辑器</translation>
        </message>
        <message>
            <source>an unsaved buffer</source>
            <translation>一个未保存的缓冲区</translation>
        </message>
        <message numerus="yes">
            <source>The editor did not close normally. %n unsaved buffer(s) can be restored: %1</source>
            <translation>
                <numerusform>编辑器未正常关闭。可以恢复 %n 个未保存的缓冲区：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Line:Col</source>
            <translation>行:列</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;Folder…</source>
            <translation>打开文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Replace…</source>
            <translation>替换(&amp;R)…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>查找上一个(&amp;V)</translation>
        </message>
        <message>
            <source>Toggle &amp;Comment</source>
            <translation>切换注释(&amp;C)</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>补全</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>格式化(&amp;O)</translation>
        </message>
        <message>
            <source>Convert to &amp;JSON</source>
            <translation>转换为 JSON(&amp;J)</translation>
        </message>
        <message>
            <source>Convert to &amp;YAML</source>
            <translation>转换为 YAML(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Kubernetes version:</source>
            <translation>Kubernetes 版本：</translation>
        </message>
        <message>
            <source>The Kubernetes release this file is validated against</source>
            <translation>校验此文件所依据的 Kubernetes 版本</translation>
        </message>
        <message>
            <source>Bundled default</source>
            <translation>内置默认</translation>
        </message>
        <message>
            <source>Untitled-%1</source>
            <translation>未命名-%1</translation>
        </message>
        <message>
            <source>Open Manifests</source>
            <translation>打开清单</translation>
        </message>
        <message>
            <source>Manifests (*.yaml *.yml *.json);;All files (*)</source>
            <translation>清单 (*.yaml *.yml *.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>%1[*] — Manifest Editor</source>
            <translation>%1[*] — 清单编辑器</translation>
        </message>
        <message>
            <source>Ln %1, Col %2</source>
            <translation>行 %1，列 %2</translation>
        </message>
        <message>
            <source>Errors: %1  Warnings: %2</source>
            <translation>错误：%1  警告：%2</translation>
        </message>
        <message>
            <source>Kubernetes: bundled default</source>
            <translation>Kubernetes：内置默认</translation>
        </message>
        <message>
            <source>Kubernetes %1</source>
            <translation>Kubernetes %1</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>Save changes to %1 before closing?</source>
            <translation>关闭前是否保存对 %1 的更改？</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>另存为</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) have unsaved changes. Save them before closing?</source>
            <translation>
                <numerusform>%n 个文件有未保存的更改。关闭前是否保存？</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>问题（%1）</translation>
        </message>
        <message>
            <source>Formatting…</source>
            <translation>正在格式化…</translation>
        </message>
        <message>
            <source>Converting to JSON…</source>
            <translation>正在转换为 JSON…</translation>
        </message>
        <message>
            <source>Converting to YAML…</source>
            <translation>正在转换为 YAML…</translation>
        </message>
        <message>
            <source>The text could not be read.</source>
            <translation>无法读取文本。</translation>
        </message>
        <message>
            <source>Nothing was changed: line %1, column %2: %3</source>
            <translation>未做任何更改：第 %1 行，第 %2 列：%3</translation>
        </message>
        <message>
            <source>The text changed while it was being processed; nothing was replaced.</source>
            <translation>处理期间文本已更改；未进行任何替换。</translation>
        </message>
        <message>
            <source>Comments are not kept by this change. Undo (Ctrl+Z) brings them back.</source>
            <translation>此更改不会保留注释。撤销（Ctrl+Z）可将其恢复。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MergeView</name>
        <message>
            <source>Conflict: %1 was changed on both sides</source>
            <translation>冲突：%1 在双方都被更改</translation>
        </message>
        <message>
            <source>Base: when you started editing</source>
            <translation>基准：开始编辑时的版本</translation>
        </message>
        <message>
            <source>Theirs: on the server now</source>
            <translation>对方：服务器上的当前版本</translation>
        </message>
        <message>
            <source>Yours: your edit</source>
            <translation>你的：你的编辑</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>基准</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>你的</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Merged result: edit it, then Apply</source>
            <translation>合并结果：编辑后点击“应用”</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>（已移除）</translation>
        </message>
        <message>
            <source>No conflicts: your changes and theirs were merged.</source>
            <translation>没有冲突：你的更改和对方的更改已合并。</translation>
        </message>
        <message>
            <source>Conflicts: %1. Both sides changed these fields differently.</source>
            <translation>冲突：%1。双方对这些字段的更改不同。</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>采用对方</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>The merged text no longer has %1; edit it by hand.</source>
            <translation>合并后的文本中已不再有 %1；请手动编辑。</translation>
        </message>
        <message>
            <source>The merged text has a problem at line %1: %2</source>
            <translation>合并后的文本第 %1 行有问题：%2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MessageBanner</name>
        <message>
            <source>Dismiss message</source>
            <translation>关闭消息</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MetadataAction</name>
        <message>
            <source>Edit labels…</source>
            <translation>编辑标签…</translation>
        </message>
        <message>
            <source>Edit annotations…</source>
            <translation>编辑注解…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MetadataDialog</name>
        <message>
            <source>Labels of %1</source>
            <translation>%1 的标签</translation>
        </message>
        <message>
            <source>Annotations of %1</source>
            <translation>%1 的注解</translation>
        </message>
        <message>
            <source>Keys are a name of up to 63 characters with an optional DNS prefix (example.com/name); values are up to 63 letters, digits, '-', '_' or '.', or empty. Only the keys you change are sent, so changes others make meanwhile to other keys are kept.</source>
            <translation>键是最多 63 个字符的名称，可带可选的 DNS 前缀（example.com/name）；值最多 63 个字母、数字、'-'、'_' 或 '.'，也可以为空。只会提交你更改的键，因此其他人同时对其他键所做的更改会被保留。</translation>
        </message>
        <message>
            <source>Keys are a name of up to 63 characters with an optional DNS prefix (example.com/name); all annotations together may hold up to 256 KiB. Only the keys you change are sent, so changes others make meanwhile to other keys are kept.</source>
            <translation>键是最多 63 个字符的名称，可带可选的 DNS 前缀（example.com/name）；所有注解合计最多 256 KiB。只会提交你更改的键，因此其他人同时对其他键所做的更改会被保留。</translation>
        </message>
        <message>
            <source>A&amp;pply</source>
            <translation>应用(&amp;P)</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before applying:</source>
            <translation>
                <numerusform>应用前需修正 %n 个问题：</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>无更改。</translation>
        </message>
        <message numerus="yes">
            <source>%n key(s) will change.</source>
            <translation>
                <numerusform>将更改 %n 个键。</numerusform>
            </translation>
        </message>
        <message>
            <source>Size: %1 of %2 bytes.</source>
            <translation>大小：%1 / %2 字节。</translation>
        </message>
        <message>
            <source>Updating labels of %1…</source>
            <translation>正在更新 %1 的标签…</translation>
        </message>
        <message>
            <source>Updating annotations of %1…</source>
            <translation>正在更新 %1 的注解…</translation>
        </message>
        <message>
            <source>Labels of %1 updated.</source>
            <translation>已更新 %1 的标签。</translation>
        </message>
        <message>
            <source>Annotations of %1 updated.</source>
            <translation>已更新 %1 的注解。</translation>
        </message>
        <message>
            <source>Could not update labels of %1</source>
            <translation>无法更新 %1 的标签</translation>
        </message>
        <message>
            <source>Could not update annotations of %1</source>
            <translation>无法更新 %1 的注解</translation>
        </message>
        <message numerus="yes">
            <source>%n %1 objects</source>
            <translation>
                <numerusform>%n 个 %1 对象</numerusform>
            </translation>
        </message>
        <message>
            <source>These keys differ between the selected objects. Each object keeps its own value unless you set the key in the table above for all of them, or tick it here to remove it from all of them:</source>
            <translation>以下键在所选对象之间各不相同。除非在上方表格中为所有对象设置该键，或在此处勾选以从所有对象中删除，否则每个对象保留自己的值：</translation>
        </message>
        <message>
            <source>Keys that differ between the objects</source>
            <translation>各对象之间不同的键</translation>
        </message>
        <message>
            <source>on all %1, with different values</source>
            <translation>%1 个对象都有，但值不同</translation>
        </message>
        <message>
            <source>on %1 of %2</source>
            <translation>%2 个对象中有 %1 个</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1: set in the table and ticked for removal</source>
            <translation>%1：既在表格中设置，又勾选了删除</translation>
        </message>
        <message numerus="yes">
            <source>%n key(s) will change on each of the %1 objects.</source>
            <translation>
                <numerusform>%1 个对象将各更改 %n 个键。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 updated; not updated:</source>
            <translation>已更新 %2 个中的 %1 个；未更新：</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MetadataTab</name>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>注解</translation>
        </message>
        <message>
            <source>UID: %1</source>
            <translation>UID：%1</translation>
        </message>
        <message>
            <source>Resource version: %1</source>
            <translation>资源版本：%1</translation>
        </message>
        <message>
            <source>Generation: %1</source>
            <translation>代数（Generation）：%1</translation>
        </message>
        <message>
            <source>Created: %1</source>
            <translation>创建时间：%1</translation>
        </message>
        <message>
            <source>Owners: %1</source>
            <translation>所有者：%1</translation>
        </message>
        <message>
            <source>Finalizers: %1</source>
            <translation>Finalizer：%1</translation>
        </message>
        <message>
            <source>Deletion requested: %1</source>
            <translation>已请求删除：%1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MetadataTable</name>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Add a label</source>
            <translation>添加标签</translation>
        </message>
        <message>
            <source>Add an annotation</source>
            <translation>添加注解</translation>
        </message>
        <message>
            <source>Remove the selected rows</source>
            <translation>移除所选行</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>注解</translation>
        </message>
        <message>
            <source>a key is required</source>
            <translation>键为必填项</translation>
        </message>
        <message>
            <source>the key appears more than once</source>
            <translation>该键出现了多次</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>（无键）</translation>
        </message>
        <message>
            <source>annotations may not be more than %1 bytes in total (these are %2 bytes)</source>
            <translation>注解总大小不得超过 %1 字节（当前为 %2 字节）</translation>
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
            <translation>内存</translation>
        </message>
        <message>
            <source>Choose a node, pod or workload to see its usage.</source>
            <translation>选择节点、容器组或工作负载以查看其用量。</translation>
        </message>
        <message>
            <source>Metrics are not being collected for this cluster.</source>
            <translation>此集群未收集监控指标。</translation>
        </message>
        <message>
            <source>Waiting for metrics… metrics-server reports about every %1 seconds.</source>
            <translation>正在等待监控指标… metrics-server 大约每 %1 秒上报一次。</translation>
        </message>
        <message>
            <source>No metrics yet.</source>
            <translation>暂无监控指标。</translation>
        </message>
        <message>
            <source>CPU (cores)</source>
            <translation>CPU（核）</translation>
        </message>
        <message>
            <source>CPU (m)</source>
            <translation>CPU（m）</translation>
        </message>
        <message>
            <source>Memory (GiB)</source>
            <translation>内存（GiB）</translation>
        </message>
        <message>
            <source>Memory (MiB)</source>
            <translation>内存（MiB）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::MountRow</name>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>Container</source>
            <translation>容器</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>存储卷</translation>
        </message>
        <message>
            <source>/data</source>
            <translation>/data</translation>
        </message>
        <message>
            <source>Mount path</source>
            <translation>挂载路径</translation>
        </message>
        <message>
            <source>sub-path (optional)</source>
            <translation>子路径（可选）</translation>
        </message>
        <message>
            <source>Sub-path</source>
            <translation>子路径</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::Navigator</name>
        <message>
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <source>Deployments</source>
            <translation>部署</translation>
        </message>
        <message>
            <source>StatefulSets</source>
            <translation>有状态副本集</translation>
        </message>
        <message>
            <source>DaemonSets</source>
            <translation>守护进程集</translation>
        </message>
        <message>
            <source>ReplicaSets</source>
            <translation>副本集</translation>
        </message>
        <message>
            <source>Pods</source>
            <translation>容器组</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>CronJobs</source>
            <translation>定时任务</translation>
        </message>
        <message>
            <source>HorizontalPodAutoscalers</source>
            <translation>水平自动伸缩</translation>
        </message>
        <message>
            <source>Services and network</source>
            <translation>服务与网络</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>EndpointSlices</source>
            <translation>端点切片</translation>
        </message>
        <message>
            <source>Ingresses</source>
            <translation>应用路由</translation>
        </message>
        <message>
            <source>IngressClasses</source>
            <translation>应用路由类</translation>
        </message>
        <message>
            <source>NetworkPolicies</source>
            <translation>网络策略</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>配置</translation>
        </message>
        <message>
            <source>ConfigMaps</source>
            <translation>配置字典</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>保密字典</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>存储</translation>
        </message>
        <message>
            <source>PersistentVolumeClaims</source>
            <translation>持久卷声明</translation>
        </message>
        <message>
            <source>PersistentVolumes</source>
            <translation>持久卷</translation>
        </message>
        <message>
            <source>StorageClasses</source>
            <translation>存储类</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Access control</source>
            <translation>访问控制</translation>
        </message>
        <message>
            <source>ServiceAccounts</source>
            <translation>服务账户</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>ClusterRoles</source>
            <translation>集群角色</translation>
        </message>
        <message>
            <source>RoleBindings</source>
            <translation>角色绑定</translation>
        </message>
        <message>
            <source>ClusterRoleBindings</source>
            <translation>集群角色绑定</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Custom resources</source>
            <translation>自定义资源</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NavigatorTree</name>
        <message>
            <source>Navigator</source>
            <translation>导航器</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>集群</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>None in this cluster</source>
            <translation>此集群中没有</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>不可用</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NetworkValidation</name>
        <message>
            <source>must be between 1 and 65535, inclusive</source>
            <translation>必须介于 1 到 65535 之间（含）</translation>
        </message>
        <message>
            <source>must be no more than 15 characters</source>
            <translation>不得超过 15 个字符</translation>
        </message>
        <message>
            <source>must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)</source>
            <translation>只能包含字母数字字符（a-z、0-9）和连字符（-）</translation>
        </message>
        <message>
            <source>must contain at least one letter (a-z)</source>
            <translation>必须至少包含一个字母（a-z）</translation>
        </message>
        <message>
            <source>must not contain consecutive hyphens</source>
            <translation>不能包含连续的连字符</translation>
        </message>
        <message>
            <source>must not begin or end with a hyphen</source>
            <translation>不能以连字符开头或结尾</translation>
        </message>
        <message>
            <source>must be no more than 63 characters</source>
            <translation>不得超过 63 个字符</translation>
        </message>
        <message>
            <source>a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')</source>
            <translation>DNS-1035 标签必须由小写字母数字字符或 '-' 组成，以字母开头，并以字母数字字符结尾（例如 'my-name' 或 'abc-123'）</translation>
        </message>
        <message>
            <source>must be a DNS name, not an IP address</source>
            <translation>必须是 DNS 名称，而不是 IP 地址</translation>
        </message>
        <message>
            <source>a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com')</source>
            <translation>通配符 DNS-1123 子域名必须以 '*.' 开头，后跟有效的 DNS 子域名；该子域名必须由小写字母数字字符、'-' 或 '.' 组成，并以字母数字字符结尾（例如 '*.example.com'）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeActionSupport</name>
        <message>
            <source>Server error</source>
            <translation>服务器错误</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeJoinWizard</name>
        <message>
            <source>Join a node</source>
            <translation>加入节点</translation>
        </message>
        <message>
            <source>Join command</source>
            <translation>加入命令</translation>
        </message>
        <message>
            <source>Run this as root on the new machine (with kubeadm, a container runtime and the kubelet installed). The token is a credential: share it only with whoever sets up the node.</source>
            <translation>在新机器上以 root 身份运行此命令（需已安装 kubeadm、容器运行时和 kubelet）。令牌是一种凭据：只与负责配置该节点的人员共享。</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Add a node</source>
            <translation>添加节点</translation>
        </message>
        <message>
            <source>Bootstrap token</source>
            <translation>引导令牌</translation>
        </message>
        <message>
            <source>A new machine joins with `kubeadm join` and a short-lived bootstrap token. Sextant creates the token (a Secret in kube-system) and, when missing, the RBAC that lets joining nodes request their certificates.</source>
            <translation>新机器通过 `kubeadm join` 和一个短期有效的引导令牌加入集群。Sextant 会创建该令牌（kube-system 中的一个保密字典），并在缺失时创建允许加入节点申请证书的 RBAC。</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 小时</translation>
        </message>
        <message>
            <source>7 days</source>
            <translation>7 天</translation>
        </message>
        <message>
            <source>Never expires (not recommended)</source>
            <translation>永不过期（不推荐）</translation>
        </message>
        <message>
            <source>Token lifetime</source>
            <translation>令牌有效期</translation>
        </message>
        <message>
            <source>e.g. worker for the GPU pool</source>
            <translation>例如：GPU 池的工作节点</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Token &amp;lifetime:</source>
            <translation>令牌有效期(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
        </message>
        <message>
            <source>the cluster-info ConfigMap in kube-public</source>
            <translation>kube-public 中的 cluster-info 配置字典</translation>
        </message>
        <message>
            <source>The kubeconfig names no cluster CA and kube-public/cluster-info is missing: the join command cannot pin the CA.</source>
            <translation>kubeconfig 未指定集群 CA，且 kube-public/cluster-info 不存在：加入命令无法固定 CA。</translation>
        </message>
        <message>
            <source>the kubeconfig</source>
            <translation>kubeconfig</translation>
        </message>
        <message>
            <source>Reading the cluster's CA certificate…</source>
            <translation>正在读取集群的 CA 证书…</translation>
        </message>
        <message>
            <source>CA certificate hash (from %1): %2</source>
            <translation>CA 证书哈希（来自 %1）：%2</translation>
        </message>
        <message>
            <source>Checking the RBAC kubeadm expects…</source>
            <translation>正在检查 kubeadm 所需的 RBAC…</translation>
        </message>
        <message>
            <source>The RBAC kubeadm expects is in place.</source>
            <translation>kubeadm 所需的 RBAC 已就绪。</translation>
        </message>
        <message numerus="yes">
            <source>%n RBAC object(s) kubeadm expects are missing and will be created.</source>
            <translation>
                <numerusform>kubeadm 所需的 %n 个 RBAC 对象缺失，将被创建。</numerusform>
            </translation>
        </message>
        <message>
            <source>token-id must be 6 and token-secret 16 characters of a-z and 0-9</source>
            <translation>token-id 必须为 6 个字符、token-secret 必须为 16 个字符，且只能包含 a-z 和 0-9</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeSelectorRow</name>
        <message>
            <source>Node label</source>
            <translation>节点标签</translation>
        </message>
        <message>
            <source>node label</source>
            <translation>节点标签</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeSettingsAction</name>
        <message>
            <source>Edit node…</source>
            <translation>编辑节点…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::NodeSettingsWizard</name>
        <message>
            <source>Edit node %1</source>
            <translation>编辑节点 %1</translation>
        </message>
        <message>
            <source>Scheduling</source>
            <translation>调度</translation>
        </message>
        <message>
            <source>Whether the scheduler may place new pods on node %1.</source>
            <translation>调度器是否可以将新的容器组放到节点 %1 上。</translation>
        </message>
        <message>
            <source>&amp;Schedulable: new pods may be placed on this node</source>
            <translation>可调度(&amp;S)：新的容器组可以放到此节点上</translation>
        </message>
        <message>
            <source>&amp;Cordoned: no new pods; the pods running here stay</source>
            <translation>已停止调度(&amp;C)：不接收新的容器组；此处运行中的容器组保留</translation>
        </message>
        <message>
            <source>To move the running pods elsewhere before maintenance, use Drain on the node instead.</source>
            <translation>如需在维护前将运行中的容器组迁移到别处，请改为对节点执行“排空”。</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Workloads choose nodes by these labels (node selectors and affinity). The kubelet sets the kubernetes.io/ and node.kubernetes.io/ labels itself.</source>
            <translation>工作负载根据这些标签选择节点（节点选择器和亲和性）。kubernetes.io/ 和 node.kubernetes.io/ 标签由 kubelet 自行设置。</translation>
        </message>
        <message>
            <source>Taints</source>
            <translation>污点</translation>
        </message>
        <message>
            <source>Pods are not scheduled on (NoSchedule), preferably kept off (PreferNoSchedule) or evicted from (NoExecute) a tainted node unless they tolerate the taint.</source>
            <translation>除非容器组容忍该污点，否则不会被调度到带污点的节点（NoSchedule）、尽量不被调度到该节点（PreferNoSchedule），或被从该节点驱逐（NoExecute）。</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>What Apply changes on node %1.</source>
            <translation>“应用”将对节点 %1 做出的更改。</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>更改</translation>
        </message>
        <message>
            <source>A&amp;pply</source>
            <translation>应用(&amp;P)</translation>
        </message>
        <message>
            <source>Reading node %1…</source>
            <translation>正在读取节点 %1…</translation>
        </message>
        <message>
            <source>Could not read node %1: %2</source>
            <translation>无法读取节点 %1：%2</translation>
        </message>
        <message>
            <source>Cordon: no new pods will be scheduled on the node</source>
            <translation>停止调度：不会再有新的容器组调度到此节点</translation>
        </message>
        <message>
            <source>Uncordon: new pods may be scheduled on the node again</source>
            <translation>恢复调度：新的容器组可以再次调度到此节点</translation>
        </message>
        <message>
            <source>Add label %1=%2</source>
            <translation>添加标签 %1=%2</translation>
        </message>
        <message>
            <source>Remove label %1</source>
            <translation>移除标签 %1</translation>
        </message>
        <message>
            <source>Change label %1 from "%2" to "%3"</source>
            <translation>将标签 %1 从 "%2" 更改为 "%3"</translation>
        </message>
        <message>
            <source>Remove taint %1</source>
            <translation>移除污点 %1</translation>
        </message>
        <message>
            <source>Add taint %1</source>
            <translation>添加污点 %1</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>无更改。</translation>
        </message>
        <message>
            <source>Apply updates node %1 unless someone changed it since it was read.</source>
            <translation>“应用”会更新节点 %1，除非在读取之后有人更改过该节点。</translation>
        </message>
        <message>
            <source>Updating node %1…</source>
            <translation>正在更新节点 %1…</translation>
        </message>
        <message>
            <source>Node %1 updated.</source>
            <translation>已更新节点 %1。</translation>
        </message>
        <message>
            <source>Could not update node %1</source>
            <translation>无法更新节点 %1</translation>
        </message>
        <message>
            <source>Node %1 changed while you edited it, so nothing was changed. Your changes are shown again on its current state: review them and apply again.</source>
            <translation>在你编辑期间，节点 %1 发生了变化，因此未做任何更改。你的更改已基于其当前状态重新显示：请检查后再次应用。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Pods</source>
            <translation>容器组</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>内存</translation>
        </message>
        <message>
            <source>Warnings in the last hour</source>
            <translation>最近一小时的警告</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>最后出现</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Click a warning to open the object it is about</source>
            <translation>点击警告以打开其相关对象</translation>
        </message>
        <message>
            <source>Not permitted for this user</source>
            <translation>当前用户无权查看</translation>
        </message>
        <message>
            <source>Requested %1 of %2 allocatable (%3)</source>
            <translation>已请求 %1，可分配 %2（%3）</translation>
        </message>
        <message>
            <source>Limits %1 (%2)</source>
            <translation>限制 %1（%2）</translation>
        </message>
        <message>
            <source>Capacity %1 cores · allocatable %2 cores</source>
            <translation>容量 %1 核 · 可分配 %2 核</translation>
        </message>
        <message>
            <source>Capacity %1 · allocatable %2</source>
            <translation>容量 %1 · 可分配 %2</translation>
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
            <translation>没有节点</translation>
        </message>
        <message>
            <source>All nodes are ready</source>
            <translation>所有节点均已就绪</translation>
        </message>
        <message>
            <source>Not ready: %1</source>
            <translation>未就绪：%1</translation>
        </message>
        <message>
            <source>%1 of %2 pod slots used</source>
            <translation>容器组容量已用 %1 / %2</translation>
        </message>
        <message>
            <source>Deployments</source>
            <translation>部署</translation>
        </message>
        <message>
            <source>StatefulSets</source>
            <translation>有状态副本集</translation>
        </message>
        <message>
            <source>DaemonSets</source>
            <translation>守护进程集</translation>
        </message>
        <message>
            <source>%1: %2 of %3 available</source>
            <translation>%1：%2 / %3 可用</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 (×%2)</source>
            <translation>%1（×%2）</translation>
        </message>
        <message>
            <source>No warnings in the last hour.</source>
            <translation>最近一小时没有警告。</translation>
        </message>
        <message>
            <source>Capacity and usage</source>
            <translation>容量与用量</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::OverviewTab</name>
        <message>
            <source>namespace %1</source>
            <translation>命名空间 %1</translation>
        </message>
        <message>
            <source>created %1 ago</source>
            <translation>%1前创建</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PodPhase</name>
        <message>
            <source>Running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>已成功</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PodSecurityForm</name>
        <message>
            <source>Pod security conte&amp;xt (every container, unless its own says otherwise)</source>
            <translation>容器组安全上下文(&amp;X)（适用于每个容器，除非容器自身另有设置）</translation>
        </message>
        <message>
            <source>Run as non-root</source>
            <translation>以非 root 用户运行</translation>
        </message>
        <message>
            <source>Run as user</source>
            <translation>运行用户</translation>
        </message>
        <message>
            <source>Run as group</source>
            <translation>运行用户组</translation>
        </message>
        <message>
            <source>fsGroup</source>
            <translation>fsGroup</translation>
        </message>
        <message>
            <source>Supplemental groups</source>
            <translation>附加用户组</translation>
        </message>
        <message>
            <source>the image's user</source>
            <translation>镜像的用户</translation>
        </message>
        <message>
            <source>the image's group</source>
            <translation>镜像的用户组</translation>
        </message>
        <message>
            <source>e.g. 2000</source>
            <translation>例如 2000</translation>
        </message>
        <message>
            <source>Volumes that support it are owned by this group, and the containers' processes belong to it.</source>
            <translation>支持此设置的存储卷归该用户组所有，容器中的进程也属于该组。</translation>
        </message>
        <message>
            <source>e.g. 3000, 4000</source>
            <translation>例如 3000, 4000</translation>
        </message>
        <message>
            <source>Default (Always)</source>
            <translation>默认（Always）</translation>
        </message>
        <message>
            <source>OnRootMismatch (faster for large volumes)</source>
            <translation>OnRootMismatch（大存储卷更快）</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Always</translation>
        </message>
        <message>
            <source>fsGroup change policy</source>
            <translation>fsGroup 变更策略</translation>
        </message>
        <message>
            <source>When the kubelet gives the volumes to the fsGroup: on every mount (Always), or only when the volume's root directory has another owner (OnRootMismatch).</source>
            <translation>kubelet 何时把存储卷的所有权交给 fsGroup：每次挂载时（Always），或仅当存储卷根目录的所有者不同时（OnRootMismatch）。</translation>
        </message>
        <message>
            <source>Run as user:</source>
            <translation>运行用户：</translation>
        </message>
        <message>
            <source>Run as group:</source>
            <translation>运行用户组：</translation>
        </message>
        <message>
            <source>fsGroup:</source>
            <translation>fsGroup：</translation>
        </message>
        <message>
            <source>Volume o&amp;wnership:</source>
            <translation>存储卷所有权(&amp;W)：</translation>
        </message>
        <message>
            <source>Supplemental groups:</source>
            <translation>附加用户组：</translation>
        </message>
        <message>
            <source>Se&amp;ccomp profile:</source>
            <translation>Seccomp 配置(&amp;C)：</translation>
        </message>
        <message>
            <source>The pod meets the Pod Security “restricted” profile.</source>
            <translation>该容器组符合 Pod Security “restricted”（受限）标准。</translation>
        </message>
        <message>
            <source>Not yet Pod Security “restricted”:</source>
            <translation>尚不符合 Pod Security “restricted”（受限）标准：</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PortForwardDialog</name>
        <message>
            <source>Listen on &amp;all interfaces</source>
            <translation>监听所有网络接口(&amp;A)</translation>
        </message>
        <message>
            <source>pod</source>
            <translation>容器组</translation>
        </message>
        <message>
            <source>service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Port Forward</source>
            <translation>端口转发</translation>
        </message>
        <message>
            <source>Any free port</source>
            <translation>任意空闲端口</translation>
        </message>
        <message>
            <source>Anyone who can reach this computer over the network can then use the forward, with your access to the cluster.</source>
            <translation>这样，任何能通过网络访问这台计算机的人都可以使用该转发，并拥有你对集群的访问权限。</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <source>Forward a local port to %1 %2 in namespace %3.</source>
            <translation>将本地端口转发到命名空间 %3 中的%1 %2。</translation>
        </message>
        <message>
            <source>&amp;Remote port:</source>
            <translation>远程端口(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Local port:</source>
            <translation>本地端口(&amp;L)：</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1 (container %2)</source>
            <translation>%1（容器 %2）</translation>
        </message>
        <message>
            <source>%1 (%2, container %3)</source>
            <translation>%1（%2，容器 %3）</translation>
        </message>
        <message>
            <source>Choose a remote port between 1 and 65535.</source>
            <translation>请选择 1 到 65535 之间的远程端口。</translation>
        </message>
        <message>
            <source>The cluster connection was closed.</source>
            <translation>集群连接已关闭。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PortForwardsModel</name>
        <message>
            <source>Starting</source>
            <translation>正在启动</translation>
        </message>
        <message>
            <source>Finding a pod</source>
            <translation>正在查找容器组</translation>
        </message>
        <message>
            <source>Forwarding</source>
            <translation>转发中</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <source>%1 bytes received from the pod</source>
            <translation>从容器组接收了 %1 字节</translation>
        </message>
        <message>
            <source>%1 bytes sent to the pod</source>
            <translation>向容器组发送了 %1 字节</translation>
        </message>
        <message>
            <source>%1 open, %2 total</source>
            <translation>%1 个打开，共 %2 个</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>上下文</translation>
        </message>
        <message>
            <source>Local address</source>
            <translation>本地地址</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>出</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PortForwardsView</name>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Port Forwards</source>
            <translation>端口转发</translation>
        </message>
        <message>
            <source>Stop the selected forwards and close their connections</source>
            <translation>停止所选转发并关闭其连接</translation>
        </message>
        <message>
            <source>Forwards listen on this computer only unless started with "Listen on all interfaces".</source>
            <translation>除非以“监听所有网络接口”方式启动，否则转发只在本机上监听。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::PortRow</name>
        <message>
            <source>name (optional)</source>
            <translation>名称（可选）</translation>
        </message>
        <message>
            <source>Port name</source>
            <translation>端口名称</translation>
        </message>
        <message>
            <source>port, e.g. 8080</source>
            <translation>端口，例如 8080</translation>
        </message>
        <message>
            <source>Container port</source>
            <translation>容器端口</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>协议</translation>
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
            <translation>TCP 端口</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>Probe type</source>
            <translation>探针类型</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>8080 or a port name</source>
            <translation>8080 或端口名称</translation>
        </message>
        <message>
            <source>e.g. cat /tmp/healthy</source>
            <translation>例如 cat /tmp/healthy</translation>
        </message>
        <message>
            <source>Initial delay</source>
            <translation>初始延迟</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Failure threshold</source>
            <translation>失败阈值</translation>
        </message>
        <message>
            <source>Delay:</source>
            <translation>延迟：</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>周期：</translation>
        </message>
        <message>
            <source>Timeout:</source>
            <translation>超时：</translation>
        </message>
        <message>
            <source>Failures:</source>
            <translation>失败次数：</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>检查方式：</translation>
        </message>
        <message>
            <source>Path:</source>
            <translation>路径：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Command:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Seconds:</source>
            <translation>时间（秒）：</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ProjectWizard</name>
        <message>
            <source>must be a quantity such as 500m, 2, 512Mi or 4Gi</source>
            <translation>必须是数量，例如 500m、2、512Mi 或 4Gi</translation>
        </message>
        <message>
            <source>must be a whole number, 0 or more</source>
            <translation>必须是大于或等于 0 的整数</translation>
        </message>
        <message>
            <source>Create project</source>
            <translation>创建项目</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>A project is a namespace: a place for workloads, with its own quota, limits and members.</source>
            <translation>项目即命名空间：用于运行工作负载的空间，拥有自己的配额、限制和成员。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. shop-staging</source>
            <translation>例如 shop-staging</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>显示名称(&amp;D)：</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>描述(&amp;E)：</translation>
        </message>
        <message>
            <source>Resource quota</source>
            <translation>资源配额</translation>
        </message>
        <message>
            <source>Optional: the most the project's pods may request and use together (a ResourceQuota).</source>
            <translation>可选：项目内所有容器组合计最多可请求和使用的资源（ResourceQuota）。</translation>
        </message>
        <message>
            <source>&amp;Limit this project's resources</source>
            <translation>限制此项目的资源(&amp;L)</translation>
        </message>
        <message>
            <source>CPU requests:</source>
            <translation>CPU 请求：</translation>
        </message>
        <message>
            <source>Memory requests:</source>
            <translation>内存请求：</translation>
        </message>
        <message>
            <source>CPU limits:</source>
            <translation>CPU 限制：</translation>
        </message>
        <message>
            <source>Memory limits:</source>
            <translation>内存限制：</translation>
        </message>
        <message>
            <source>Pods:</source>
            <translation>容器组：</translation>
        </message>
        <message>
            <source>Default container limits</source>
            <translation>默认容器限制</translation>
        </message>
        <message>
            <source>Optional: requests and limits given to containers that set none (a LimitRange). With a quota on CPU or memory, pods without them are refused unless defaults exist.</source>
            <translation>可选：为未设置请求和限制的容器提供默认值（LimitRange）。如果对 CPU 或内存设置了配额，未设置请求和限制的容器组将被拒绝，除非存在默认值。</translation>
        </message>
        <message>
            <source>&amp;Set defaults for containers</source>
            <translation>为容器设置默认值(&amp;S)</translation>
        </message>
        <message>
            <source>Default CPU request:</source>
            <translation>默认 CPU 请求：</translation>
        </message>
        <message>
            <source>Default memory request:</source>
            <translation>默认内存请求：</translation>
        </message>
        <message>
            <source>Default CPU limit:</source>
            <translation>默认 CPU 限制：</translation>
        </message>
        <message>
            <source>Default memory limit:</source>
            <translation>默认内存限制：</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>Optional: who may work in the project. Each member gets a RoleBinding to the built-in admin, edit or view role.</source>
            <translation>可选：谁可以在项目中工作。每个成员会获得一个绑定到内置 admin、edit 或 view 角色的角色绑定。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>添加成员(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove member</source>
            <translation>移除成员(&amp;R)</translation>
        </message>
        <message>
            <source>Service accounts are named as project/name, or just name for this project.</source>
            <translation>服务账户的命名格式为 project/name；如属于本项目，可只写 name。</translation>
        </message>
        <message>
            <source>Member kind</source>
            <translation>成员类型</translation>
        </message>
        <message>
            <source>Member role</source>
            <translation>成员角色</translation>
        </message>
        <message>
            <source>quota entries beyond CPU, memory and pods</source>
            <translation>CPU、内存和容器组以外的配额项</translation>
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
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>%1: %2 of %3 (%4, quota %5)</source>
            <translation>%1：%2 / %3（%4，配额 %5）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Pods</source>
            <translation>容器组</translation>
        </message>
        <message>
            <source>Quota usage</source>
            <translation>配额使用</translation>
        </message>
        <message>
            <source>Limit range</source>
            <translation>默认资源限制</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>存在时间</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ProjectsPage</name>
        <message>
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Filter projects</source>
            <translation>筛选项目</translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n 个项目</numerusform>
            </translation>
        </message>
        <message>
            <source>You may not list namespaces in this cluster. Your own namespace is "%1".</source>
            <translation>无权列出此集群中的命名空间。你自己的命名空间是 "%1"。</translation>
        </message>
        <message>
            <source>Namespaces could not be loaded: %1</source>
            <translation>无法加载命名空间：%1</translation>
        </message>
        <message>
            <source>Some columns are incomplete: %1</source>
            <translation>部分列不完整：%1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RelatedTab</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Namespace</source>
            <translation>命名空间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open %1 %2</source>
            <translation>双击或按 Enter 打开 %1 %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>No related objects found.</source>
            <translation>未找到关联对象。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ResourceView</name>
        <message>
            <source>Filter by name, status, node…</source>
            <translation>按名称、状态、节点等筛选…</translation>
        </message>
        <message>
            <source>Filter rows</source>
            <translation>筛选行</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>资源</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>共 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>显示 %1 项，共 %2 项</translation>
        </message>
        <message>
            <source>loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>所有状态</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>健康</translation>
        </message>
        <message>
            <source>Progressing</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Warning or failed</source>
            <translation>警告或失败</translation>
        </message>
        <message>
            <source>Label selector, e.g. app=web,tier!=db</source>
            <translation>标签选择器，例如 app=web,tier!=db</translation>
        </message>
        <message>
            <source>Label selector</source>
            <translation>标签选择器</translation>
        </message>
        <message>
            <source>Not a label selector: %1</source>
            <translation>不是有效的标签选择器：%1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ResourceWizard</name>
        <message>
            <source>There is no object to start from.</source>
            <translation>没有可作为起点的对象。</translation>
        </message>
        <message>
            <source>"%1" does not create %2 objects.</source>
            <translation>"%1" 不会创建 %2 对象。</translation>
        </message>
        <message>
            <source>kind-less</source>
            <translation>无类型</translation>
        </message>
        <message numerus="yes">
            <source>"%1" creates %n %2 object(s), not more.</source>
            <translation>
                <numerusform>"%1" 最多创建 %n 个 %2 对象。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy of %2)</source>
            <translation>%1（复制自 %2）</translation>
        </message>
        <message>
            <source>Settings are edited one object at a time.</source>
            <translation>一次只能编辑一个对象的设置。</translation>
        </message>
        <message>
            <source>The cluster connection is gone.</source>
            <translation>与集群的连接已断开。</translation>
        </message>
        <message>
            <source>An existing object keeps its name. Duplicate it to make another.</source>
            <translation>已有对象的名称不能更改。如需另建一个，请使用“复制为新对象”。</translation>
        </message>
        <message>
            <source>An existing object stays in its project.</source>
            <translation>已有对象不能移到其他项目。</translation>
        </message>
        <message>
            <source>Edit %1 %2</source>
            <translation>编辑 %1 %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RestrictedProfile</name>
        <message>
            <source>%1: is privileged</source>
            <translation>%1：是特权容器</translation>
        </message>
        <message>
            <source>%1: privilege escalation is not set to “Not allowed”</source>
            <translation>%1：权限提升未设为“不允许”</translation>
        </message>
        <message>
            <source>%1: does not drop ALL capabilities</source>
            <translation>%1：未移除 ALL 权能</translation>
        </message>
        <message>
            <source>%1: adds %2 (only NET_BIND_SERVICE may be added)</source>
            <translation>%1：添加了 %2（只允许添加 NET_BIND_SERVICE）</translation>
        </message>
        <message>
            <source>%1: run as non-root is turned off</source>
            <translation>%1：关闭了“以非 root 用户运行”</translation>
        </message>
        <message>
            <source>%1: run as non-root is set neither here nor for the pod</source>
            <translation>%1：容器和容器组都未设置“以非 root 用户运行”</translation>
        </message>
        <message>
            <source>%1: runs as user 0 (root)</source>
            <translation>%1：以用户 0（root）运行</translation>
        </message>
        <message>
            <source>%1: the seccomp profile must be RuntimeDefault or Localhost</source>
            <translation>%1：seccomp 配置必须是 RuntimeDefault 或 Localhost</translation>
        </message>
        <message>
            <source>%1: no seccomp profile (RuntimeDefault or Localhost) here or for the pod</source>
            <translation>%1：容器和容器组都没有 seccomp 配置（RuntimeDefault 或 Localhost）</translation>
        </message>
        <message>
            <source>%1: uses a host port</source>
            <translation>%1：使用了主机端口</translation>
        </message>
        <message>
            <source>the pod uses the node's namespace (%1)</source>
            <translation>容器组使用了节点的命名空间（%1）</translation>
        </message>
        <message>
            <source>the pod runs as user 0 (root)</source>
            <translation>容器组以用户 0（root）运行</translation>
        </message>
        <message>
            <source>the pod's seccomp profile must be RuntimeDefault or Localhost</source>
            <translation>容器组的 seccomp 配置必须是 RuntimeDefault 或 Localhost</translation>
        </message>
        <message>
            <source>volume %1: a %2 volume is not allowed</source>
            <translation>存储卷 %1：不允许 %2 类型的存储卷</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ReviewPage</name>
        <message>
            <source>Review and create</source>
            <translation>检查并创建</translation>
        </message>
        <message>
            <source>The server checks these objects without saving them (a dry run). You may edit the YAML: what the form shows flows back to it, the rest is created as typed.</source>
            <translation>服务器会以试运行（dry run）方式检查这些对象，但不保存。你可以编辑 YAML：表单中显示的内容会同步回表单，其余内容按输入原样创建。</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Generated YAML</source>
            <translation>生成的 YAML</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Dry-run results</source>
            <translation>试运行结果</translation>
        </message>
        <message>
            <source>The YAML changed: press Check again to dry-run it.</source>
            <translation>YAML 已更改：请点击“重新检查”进行试运行。</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>正在创建…</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <translation>第 %1 行，第 %2 列：%3</translation>
        </message>
        <message numerus="yes">
            <source>The YAML must keep the %n object(s) this wizard creates, in the same order.</source>
            <translation>
                <numerusform>YAML 必须保留此向导创建的 %n 个对象，且顺序不变。</numerusform>
            </translation>
        </message>
        <message>
            <source>Object %1 must stay a %2, not %3.</source>
            <translation>对象 %1 必须保持为 %2，而不是 %3。</translation>
        </message>
        <message>
            <source>Some edits have no place in the form and are created as typed: %1</source>
            <translation>部分编辑在表单中没有对应项，将按输入原样创建：%1</translation>
        </message>
        <message>
            <source>The cluster connection is gone.</source>
            <translation>集群连接已断开。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>Checking with the server…</source>
            <translation>正在通过服务器检查…</translation>
        </message>
        <message>
            <source>Accepted by the server</source>
            <translation>服务器已接受</translation>
        </message>
        <message>
            <source>Checked when created (its project does not exist yet)</source>
            <translation>将在创建时检查（其项目尚不存在）</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>已移除</translation>
        </message>
        <message>
            <source>The server accepts these objects. Press Create to make them.</source>
            <translation>服务器接受这些对象。点击“创建”以创建它们。</translation>
        </message>
        <message>
            <source>The server rejected the objects marked in red. Fix them in the form (Back) or in the YAML.</source>
            <translation>服务器拒绝了标红的对象。请在表单中（返回）或在 YAML 中修正。</translation>
        </message>
        <message>
            <source>Created.</source>
            <translation>已创建。</translation>
        </message>
        <message>
            <source>Nothing was created. Fix the object marked in red and press Create again.</source>
            <translation>未创建任何对象。请修正标红的对象，然后再次点击“创建”。</translation>
        </message>
        <message>
            <source>Creation stopped. These objects exist now: %1. Press Create to retry the rest, or Remove created objects.</source>
            <translation>创建已中止。以下对象现已存在：%1。点击“创建”重试其余对象，或点击“移除已创建的对象”。</translation>
        </message>
        <message>
            <source>Remove created objects</source>
            <translation>移除已创建的对象</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>正在移除…</translation>
        </message>
        <message>
            <source>Some objects could not be removed; see their messages above.</source>
            <translation>部分对象无法移除；请查看上方的消息。</translation>
        </message>
        <message>
            <source>The created objects were removed. Nothing from this wizard is left in the cluster.</source>
            <translation>已移除创建的对象。此向导未在集群中留下任何内容。</translation>
        </message>
        <message>
            <source>Review and apply</source>
            <translation>检查并应用</translation>
        </message>
        <message>
            <source>The server checks the change without saving it (a dry run). You may edit the YAML: what the form shows flows back to it, the rest is applied as typed.</source>
            <translation>服务器会检查此更改但不保存（试运行）。您可以编辑 YAML：表单中有的字段会同步回表单，其余内容按所写内容应用。</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>正在应用…</translation>
        </message>
        <message>
            <source>Editing changes %1 only. Switch off what would be created with it (%2), or create that from the Create menu.</source>
            <translation>编辑只会更改 %1。请关闭将随之创建的对象（%2），或通过“创建”菜单创建它们。</translation>
        </message>
        <message>
            <source>Nothing differs from %1 as it is now: change something in the form (Back) or in the YAML.</source>
            <translation>与 %1 的当前状态没有任何不同：请在表单（上一步）或 YAML 中做些更改。</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>更改：%1</translation>
        </message>
        <message>
            <source>The server accepts the change. Press Apply to save it.</source>
            <translation>服务器接受此更改。按“应用”保存。</translation>
        </message>
        <message>
            <source>Changed by someone else since you opened it</source>
            <translation>在您打开后已被他人更改</translation>
        </message>
        <message>
            <source>Someone changed it since you opened it. Apply first merges their change with yours and shows you the result.</source>
            <translation>在您打开后有人更改了它。“应用”会先把对方的更改与您的合并，并把结果给您查看。</translation>
        </message>
        <message>
            <source>The server rejected the change. Fix it in the form (Back) or in the YAML.</source>
            <translation>服务器拒绝了此更改。请在表单（上一步）或 YAML 中修正。</translation>
        </message>
        <message>
            <source>Applied.</source>
            <translation>已应用。</translation>
        </message>
        <message>
            <source>Nothing was changed: %1
Fix it and press Check again.</source>
            <translation>未做任何更改：%1
修正后请按“重新检查”。</translation>
        </message>
        <message>
            <source>%1 was changed by someone else meanwhile: their change and yours are merged here. Look again, then press Apply.</source>
            <translation>%1 在此期间已被他人更改：对方的更改与您的已在此合并。请再看一遍，然后按“应用”。</translation>
        </message>
        <message>
            <source>%1 was changed by someone else meanwhile, and you both changed %2. Their values are shown: set yours again, or press Keep mine.</source>
            <translation>%1 在此期间已被他人更改，且你们都更改了 %2。当前显示的是对方的值：请重新设置您的值，或按“保留我的”。</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Your values are kept for %1.</source>
            <translation>%1 保留了您的值。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RollbackAction</name>
        <message>
            <source>Roll back…</source>
            <translation>回滚…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RollbackDialog</name>
        <message>
            <source>revision %1 (current)</source>
            <translation>版本 %1（当前）</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>Roll back %1</source>
            <translation>回滚 %1</translation>
        </message>
        <message>
            <source>Loading revisions…</source>
            <translation>正在加载版本…</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>存在时间</translation>
        </message>
        <message>
            <source>Change cause</source>
            <translation>变更原因</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>镜像</translation>
        </message>
        <message>
            <source>Differences between the pod templates</source>
            <translation>容器组模板之间的差异</translation>
        </message>
        <message>
            <source>Roll back</source>
            <translation>回滚</translation>
        </message>
        <message>
            <source>Could not read the revision history: %1</source>
            <translation>无法读取版本历史：%1</translation>
        </message>
        <message>
            <source>Could not read the revision history</source>
            <translation>无法读取版本历史</translation>
        </message>
        <message>
            <source>%1 (current)</source>
            <translation>%1（当前）</translation>
        </message>
        <message>
            <source>Select a revision to see what rolling back to it changes, or two to compare them.</source>
            <translation>选择一个版本以查看回滚到该版本会带来的变化，或选择两个版本进行比较。</translation>
        </message>
        <message>
            <source>There is no earlier revision to roll back to.</source>
            <translation>没有可回滚到的更早版本。</translation>
        </message>
        <message>
            <source>Changes from revision %1 to revision %2:</source>
            <translation>从版本 %1 到版本 %2 的变化：</translation>
        </message>
        <message>
            <source>Revision %1 is the current one.</source>
            <translation>版本 %1 是当前版本。</translation>
        </message>
        <message>
            <source>Rolling back to revision %1 changes the pod template like this:</source>
            <translation>回滚到版本 %1 将对容器组模板做如下更改：</translation>
        </message>
        <message>
            <source>The pod templates are the same.</source>
            <translation>容器组模板相同。</translation>
        </message>
        <message>
            <source>Roll back to revision %1</source>
            <translation>回滚到版本 %1</translation>
        </message>
        <message>
            <source>Rolling back %1 to revision %2…</source>
            <translation>正在将 %1 回滚到版本 %2…</translation>
        </message>
        <message>
            <source>%1: %2 (revision %3).</source>
            <translation>%1：%2（版本 %3）。</translation>
        </message>
        <message>
            <source>Could not roll back %1 to revision %2</source>
            <translation>无法将 %1 回滚到版本 %2</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RolloutActions</name>
        <message numerus="yes">
            <source>%n %1 objects</source>
            <translation>
                <numerusform>%n 个 %1 对象</numerusform>
            </translation>
        </message>
        <message>
            <source>Restart rollout</source>
            <translation>重新部署</translation>
        </message>
        <message>
            <source>Restart %1? Every pod is replaced, following the rollout strategy.</source>
            <translation>重新部署 %1？所有容器组都将按照发布策略被替换。</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>重新部署</translation>
        </message>
        <message>
            <source>Restarting %1…</source>
            <translation>正在重新部署 %1…</translation>
        </message>
        <message>
            <source>Restarted %1.</source>
            <translation>已重新部署 %1。</translation>
        </message>
        <message>
            <source>Could not restart %1</source>
            <translation>无法重新部署 %1</translation>
        </message>
        <message>
            <source>Pause rollout</source>
            <translation>暂停发布</translation>
        </message>
        <message>
            <source>Resume rollout</source>
            <translation>恢复发布</translation>
        </message>
        <message>
            <source>These rollouts are already paused.</source>
            <translation>这些发布已暂停。</translation>
        </message>
        <message>
            <source>This rollout is already paused.</source>
            <translation>此发布已暂停。</translation>
        </message>
        <message>
            <source>These rollouts are not paused.</source>
            <translation>这些发布未暂停。</translation>
        </message>
        <message>
            <source>This rollout is not paused.</source>
            <translation>此发布未暂停。</translation>
        </message>
        <message>
            <source>Pausing rollout of %1…</source>
            <translation>正在暂停 %1 的发布…</translation>
        </message>
        <message>
            <source>Resuming rollout of %1…</source>
            <translation>正在恢复 %1 的发布…</translation>
        </message>
        <message>
            <source>Paused rollout of %1.</source>
            <translation>已暂停 %1 的发布。</translation>
        </message>
        <message>
            <source>Resumed rollout of %1.</source>
            <translation>已恢复 %1 的发布。</translation>
        </message>
        <message>
            <source>Could not pause %1</source>
            <translation>无法暂停 %1</translation>
        </message>
        <message>
            <source>Could not resume %1</source>
            <translation>无法恢复 %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RowEditor</name>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::RowList</name>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ScaleAction</name>
        <message>
            <source>Scale…</source>
            <translation>伸缩…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ScaleDialog</name>
        <message>
            <source>Scale %1</source>
            <translation>伸缩 %1</translation>
        </message>
        <message>
            <source>Current replicas</source>
            <translation>当前副本数</translation>
        </message>
        <message>
            <source>Current replicas:</source>
            <translation>当前副本数：</translation>
        </message>
        <message>
            <source>New number of replicas</source>
            <translation>新的副本数</translation>
        </message>
        <message>
            <source>&amp;Replicas:</source>
            <translation>副本数(&amp;R)：</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>伸缩</translation>
        </message>
        <message>
            <source>Scaling %1 to %2…</source>
            <translation>正在将 %1 伸缩到 %2…</translation>
        </message>
        <message>
            <source>Scaled %1 to %2.</source>
            <translation>已将 %1 伸缩到 %2。</translation>
        </message>
        <message>
            <source>Could not scale %1</source>
            <translation>无法伸缩 %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SchedulingForm</name>
        <message>
            <source>Add node &amp;label</source>
            <translation>添加节点标签(&amp;L)</translation>
        </message>
        <message>
            <source>Add &amp;toleration</source>
            <translation>添加容忍(&amp;T)</translation>
        </message>
        <message>
            <source>Add &amp;affinity rule</source>
            <translation>添加亲和性规则(&amp;A)</translation>
        </message>
        <message>
            <source>Tolerate a node taint</source>
            <translation>容忍节点污点</translation>
        </message>
        <message>
            <source>Node selector</source>
            <translation>节点选择器</translation>
        </message>
        <message>
            <source>Pods run only on nodes with all these labels. Keys and values come from the cluster's nodes.</source>
            <translation>容器组只在具有所有这些标签的节点上运行。键和值来自集群的节点。</translation>
        </message>
        <message>
            <source>Tolerations</source>
            <translation>容忍</translation>
        </message>
        <message>
            <source>Let pods run on nodes with these taints. Pick one of the nodes' taints or type your own.</source>
            <translation>允许容器组在带有这些污点的节点上运行。可从节点的污点中选择，也可以自行输入。</translation>
        </message>
        <message>
            <source>Node affinity</source>
            <translation>节点亲和性</translation>
        </message>
        <message>
            <source>Required rules must match; preferred rules add their weight to nodes that match.</source>
            <translation>必须满足的规则必须匹配；尽量满足的规则会为匹配的节点增加其权重。</translation>
        </message>
        <message>
            <source>Tolerate a node taint…</source>
            <translation>容忍节点污点…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SeccompProfileField</name>
        <message>
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>RuntimeDefault (recommended)</source>
            <translation>RuntimeDefault（推荐）</translation>
        </message>
        <message>
            <source>Unconfined (no filtering)</source>
            <translation>Unconfined（不过滤）</translation>
        </message>
        <message>
            <source>Localhost (a file on the node)</source>
            <translation>Localhost（节点上的文件）</translation>
        </message>
        <message>
            <source>Seccomp profile</source>
            <translation>Seccomp 配置</translation>
        </message>
        <message>
            <source>Localhost profile</source>
            <translation>Localhost 配置文件</translation>
        </message>
        <message>
            <source>e.g. profiles/audit.json</source>
            <translation>例如 profiles/audit.json</translation>
        </message>
        <message>
            <source>A path relative to the kubelet's seccomp directory (usually /var/lib/kubelet/seccomp); the file must exist on every node the pods may run on.</source>
            <translation>相对于 kubelet 的 seccomp 目录（通常为 /var/lib/kubelet/seccomp）的路径；该文件必须存在于容器组可能运行的每个节点上。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecretAction</name>
        <message>
            <source>Show secret values…</source>
            <translation>显示保密字典的值…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecretDataView</name>
        <message>
            <source>This secret holds no data.</source>
            <translation>此保密字典不包含数据。</translation>
        </message>
        <message>
            <source>Values are hidden until you reveal them. Copy puts the decoded value on the clipboard, where other applications can read it.</source>
            <translation>值在显示之前处于隐藏状态。“复制”会将解码后的值放到剪贴板，其他应用程序可以读取它。</translation>
        </message>
        <message>
            <source>Value of %1</source>
            <translation>%1 的值</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Reveal %1</source>
            <translation>显示 %1</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the value of %1 to the clipboard</source>
            <translation>将 %1 的值复制到剪贴板</translation>
        </message>
        <message>
            <source>Copies the decoded value to the clipboard</source>
            <translation>将解码后的值复制到剪贴板</translation>
        </message>
        <message numerus="yes">
            <source>%1 binary, %n byte(s)</source>
            <translation>
                <numerusform>%1 二进制，%n 字节</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %n byte(s)</source>
            <translation>
                <numerusform>%1 %n 字节</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>隐藏 %1</translation>
        </message>
        <message numerus="yes">
            <source>binary, %n byte(s):</source>
            <translation>
                <numerusform>二进制，%n 字节：</numerusform>
            </translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecretDialog</name>
        <message>
            <source>Values of secret %1</source>
            <translation>保密字典 %1 的值</translation>
        </message>
        <message>
            <source>Reading secret %1…</source>
            <translation>正在读取保密字典 %1…</translation>
        </message>
        <message>
            <source>Server error</source>
            <translation>服务器错误</translation>
        </message>
        <message>
            <source>Secret %1</source>
            <translation>保密字典 %1</translation>
        </message>
        <message>
            <source>Secret %1, type %2</source>
            <translation>保密字典 %1，类型 %2</translation>
        </message>
        <message>
            <source>Could not read secret %1.</source>
            <translation>无法读取保密字典 %1。</translation>
        </message>
        <message>
            <source>Could not read secret %1</source>
            <translation>无法读取保密字典 %1</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecretWizard</name>
        <message>
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>must not contain spaces</source>
            <translation>不能包含空格</translation>
        </message>
        <message>
            <source>Create secret</source>
            <translation>创建保密字典</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>保密字典</translation>
        </message>
        <message>
            <source>Passwords, keys and certificates for workloads. Values are sent to the cluster only when you press Create, and never written to disk or logs by Sextant.</source>
            <translation>供工作负载使用的密码、密钥和证书。只有在点击“创建”时才会将值发送到集群，Sextant 绝不会将其写入磁盘或日志。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. shop-db-password</source>
            <translation>例如 shop-db-password</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Opaque (keys and values)</source>
            <translation>Opaque（键值对）</translation>
        </message>
        <message>
            <source>TLS certificate and key</source>
            <translation>TLS 证书和密钥</translation>
        </message>
        <message>
            <source>Image registry credentials</source>
            <translation>镜像服务信息（镜像仓库凭据）</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>项目(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <source>Keys and values</source>
            <translation>键值对</translation>
        </message>
        <message>
            <source>Each value is hidden as you type; Show reveals one key at a time. Files (Add from files) may hold any bytes.</source>
            <translation>每个值在输入时都会隐藏；“显示”每次只显示一个键的值。文件（从文件添加）可包含任意字节。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer *.key)</source>
            <translation>PEM 文件 (*.pem *.crt *.cer *.key)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>PEM files, e.g. from your certificate authority or openssl. They are checked here first: the key must belong to the certificate, and the certificate must be valid now.</source>
            <translation>PEM 文件，例如来自你的证书颁发机构或 openssl。会先在此处检查：密钥必须属于该证书，且证书当前必须有效。</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>证书文件</translation>
        </message>
        <message>
            <source>tls.crt: the certificate, optionally followed by its chain</source>
            <translation>tls.crt：证书，后面可附带其证书链</translation>
        </message>
        <message>
            <source>Private key file</source>
            <translation>私钥文件</translation>
        </message>
        <message>
            <source>tls.key: the unencrypted private key</source>
            <translation>tls.key：未加密的私钥</translation>
        </message>
        <message>
            <source>&amp;Certificate:</source>
            <translation>证书(&amp;C)：</translation>
        </message>
        <message>
            <source>Choose the certificate</source>
            <translation>选择证书</translation>
        </message>
        <message>
            <source>Private &amp;key:</source>
            <translation>私钥(&amp;K)：</translation>
        </message>
        <message>
            <source>Choose the private key</source>
            <translation>选择私钥</translation>
        </message>
        <message>
            <source>For pulling images from a private registry (imagePullSecrets). Stored as kubectl create secret docker-registry stores it.</source>
            <translation>用于从私有镜像仓库拉取镜像（imagePullSecrets）。存储格式与 kubectl create secret docker-registry 相同。</translation>
        </message>
        <message>
            <source>Registry server</source>
            <translation>镜像仓库服务器</translation>
        </message>
        <message>
            <source>e.g. registry.example.com:5000 or https://index.docker.io/v1/</source>
            <translation>例如 registry.example.com:5000 或 https://index.docker.io/v1/</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>显示(&amp;W)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>&amp;Test login</source>
            <translation>测试登录(&amp;T)</translation>
        </message>
        <message>
            <source>Logs in to the registry (Docker Registry API v2) with these credentials.</source>
            <translation>使用这些凭据登录镜像仓库（Docker Registry API v2）。</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>电子邮件(&amp;E)：</translation>
        </message>
        <message>
            <source>%1 is too large for a PEM certificate or key.</source>
            <translation>%1 太大，不可能是 PEM 证书或密钥。</translation>
        </message>
        <message>
            <source>%1 can't be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Choose the certificate and its private key.</source>
            <translation>请选择证书及其私钥。</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>使用者：%1</translation>
        </message>
        <message>
            <source>Alternative names: %1</source>
            <translation>备用名称：%1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Valid from %1 until %2 (%3)</source>
            <translation>有效期从 %1 至 %2（%3）</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>%n 天后过期</numerusform>
            </translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Issuer: %1</source>
            <translation>颁发者：%1</translation>
        </message>
        <message numerus="yes">
            <source>Chain: %n certificate(s) after the first</source>
            <translation>
                <numerusform>证书链：第一个证书之后还有 %n 个证书</numerusform>
            </translation>
        </message>
        <message>
            <source>Now choose the private key.</source>
            <translation>现在请选择私钥。</translation>
        </message>
        <message>
            <source>The key belongs to the certificate.</source>
            <translation>密钥与证书匹配。</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <source>(from the secret)</source>
            <translation>（来自保密字典）</translation>
        </message>
        <message>
            <source>the type %1 (kept as it is)</source>
            <translation>类型 %1（保持原样）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::SecurityContextForm</name>
        <message>
            <source>Security context</source>
            <translation>安全上下文</translation>
        </message>
        <message>
            <source>Run as &amp;non-root</source>
            <translation>以非 root 用户运行(&amp;N)</translation>
        </message>
        <message>
            <source>Read-only root &amp;filesystem</source>
            <translation>只读根文件系统(&amp;F)</translation>
        </message>
        <message>
            <source>Privile&amp;ged</source>
            <translation>特权模式(&amp;G)</translation>
        </message>
        <message>
            <source>the image's user</source>
            <translation>镜像中的用户</translation>
        </message>
        <message>
            <source>Run as user</source>
            <translation>运行用户</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>不允许</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>允许</translation>
        </message>
        <message>
            <source>Allow privilege escalation</source>
            <translation>允许权限提升</translation>
        </message>
        <message>
            <source>A privileged container has all the capabilities of the node's root user and can reach every device of the node.</source>
            <translation>特权容器拥有节点 root 用户的全部能力，并可访问节点的所有设备。</translation>
        </message>
        <message>
            <source>Run as u&amp;ser:</source>
            <translation>运行用户(&amp;S)：</translation>
        </message>
        <message>
            <source>Privilege &amp;escalation:</source>
            <translation>权限提升(&amp;E)：</translation>
        </message>
        <message>
            <source>Drop A&amp;LL</source>
            <translation>移除 ALL(&amp;L)</translation>
        </message>
        <message>
            <source>Capabilities to drop</source>
            <translation>要移除的权能</translation>
        </message>
        <message>
            <source>none; ALL drops every capability</source>
            <translation>无；ALL 表示移除全部权能</translation>
        </message>
        <message>
            <source>Drop every capability; add back only what the program needs.</source>
            <translation>移除全部权能；只添加回程序需要的。</translation>
        </message>
        <message>
            <source>Capabilities to add</source>
            <translation>要添加的权能</translation>
        </message>
        <message>
            <source>e.g. NET_BIND_SERVICE (ports below 1024)</source>
            <translation>例如 NET_BIND_SERVICE（1024 以下的端口）</translation>
        </message>
        <message>
            <source>Secc&amp;omp profile:</source>
            <translation>Seccomp 配置(&amp;O)：</translation>
        </message>
        <message>
            <source>Drop capa&amp;bilities:</source>
            <translation>移除权能(&amp;B)：</translation>
        </message>
        <message>
            <source>Add capabili&amp;ties:</source>
            <translation>添加权能(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ServiceForm</name>
        <message>
            <source>&amp;External name:</source>
            <translation>外部名称(&amp;E)：</translation>
        </message>
        <message>
            <source>Node port</source>
            <translation>节点端口</translation>
        </message>
        <message>
            <source>&amp;Add port</source>
            <translation>添加端口(&amp;A)</translation>
        </message>
        <message>
            <source>ClusterIP: a virtual IP inside the cluster</source>
            <translation>ClusterIP：集群内部的虚拟 IP</translation>
        </message>
        <message>
            <source>Headless: DNS names of the pods, no virtual IP</source>
            <translation>Headless：容器组的 DNS 名称，无虚拟 IP</translation>
        </message>
        <message>
            <source>NodePort: also a port on every node</source>
            <translation>NodePort：同时在每个节点上开放一个端口</translation>
        </message>
        <message>
            <source>LoadBalancer: also an external load balancer</source>
            <translation>LoadBalancer：同时使用外部负载均衡器</translation>
        </message>
        <message>
            <source>ExternalName: a DNS alias of a name outside the cluster</source>
            <translation>ExternalName：集群外部名称的 DNS 别名</translation>
        </message>
        <message>
            <source>Service type</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>External name</source>
            <translation>外部名称</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>例如 db.example.com</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Target port</source>
            <translation>目标端口</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>ClientIP: a client keeps reaching the same pod</source>
            <translation>ClientIP：同一客户端始终访问同一个容器组</translation>
        </message>
        <message>
            <source>Session affinity</source>
            <translation>会话亲和性</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Session affinity timeout</source>
            <translation>会话亲和性超时</translation>
        </message>
        <message>
            <source>Timeout:</source>
            <translation>超时：</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <source>Ports:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Session &amp;affinity:</source>
            <translation>会话亲和性(&amp;A)：</translation>
        </message>
        <message>
            <source>Reachable inside the cluster at one stable address.</source>
            <translation>在集群内部通过一个稳定的地址访问。</translation>
        </message>
        <message>
            <source>The DNS name resolves to the selected pods' own addresses (clusterIP: None); StatefulSets need one.</source>
            <translation>该 DNS 名称解析为所选容器组自身的地址（clusterIP: None）；有状态副本集需要此类服务。</translation>
        </message>
        <message>
            <source>Also reachable on a port of every node; leave the node port empty and the cluster picks one from its range.</source>
            <translation>还可以通过每个节点上的端口访问；节点端口留空时，集群会从其端口范围中选取一个。</translation>
        </message>
        <message>
            <source>Also reachable through a load balancer the cluster's cloud provider makes.</source>
            <translation>还可以通过集群的云服务商创建的负载均衡器访问。</translation>
        </message>
        <message>
            <source>The name becomes a DNS alias (CNAME) of the external name; no pods are selected.</source>
            <translation>该名称成为外部名称的 DNS 别名（CNAME）；不选择任何容器组。</translation>
        </message>
        <message>
            <source>Port name</source>
            <translation>端口名称</translation>
        </message>
        <message>
            <source>e.g. http</source>
            <translation>例如 http</translation>
        </message>
        <message>
            <source>e.g. 80</source>
            <translation>例如 80</translation>
        </message>
        <message>
            <source>same as port</source>
            <translation>与端口相同</translation>
        </message>
        <message>
            <source>The container port traffic goes to: a number or a container port's name.</source>
            <translation>流量发往的容器端口：数字或容器端口的名称。</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Remove port</source>
            <translation>移除端口</translation>
        </message>
        <message>
            <source>Required value: a name, as there are several ports</source>
            <translation>必填值：存在多个端口时需要名称</translation>
        </message>
        <message>
            <source>Duplicate value: another port has this name</source>
            <translation>重复值：另一个端口使用了此名称</translation>
        </message>
        <message>
            <source>Duplicate value: another port has this number and protocol</source>
            <translation>重复值：另一个端口使用了相同的端口号和协议</translation>
        </message>
        <message>
            <source>Add at least one port: a %1 service forwards ports.</source>
            <translation>请至少添加一个端口：%1 服务用于转发端口。</translation>
        </message>
        <message>
            <source> in %1</source>
            <translation> 在容器 %1 中</translation>
        </message>
        <message>
            <source>The workload's containers listen on: %1.</source>
            <translation>工作负载的容器监听的端口：%1。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ServiceWizard</name>
        <message>
            <source>"%1" is not key=value</source>
            <translation>"%1" 不是 key=value 格式</translation>
        </message>
        <message>
            <source>%1: given twice</source>
            <translation>%1：重复指定</translation>
        </message>
        <message>
            <source>Create service</source>
            <translation>创建服务</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>A stable name and address for a set of pods. Service names start with a letter: they become DNS names.</source>
            <translation>为一组容器组提供稳定的名称和地址。服务名称以字母开头：它们会成为 DNS 名称。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. web</source>
            <translation>例如 web</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>项目(&amp;P)：</translation>
        </message>
        <message>
            <source>Pods</source>
            <translation>容器组</translation>
        </message>
        <message>
            <source>The service sends traffic to the pods whose labels match its selector. Pick a workload to use its pod labels, or type labels; the pods selected right now are listed below.</source>
            <translation>服务将流量发送到标签与其选择器匹配的容器组。选择一个工作负载以使用其容器组标签，或直接输入标签；当前选中的容器组列在下方。</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <source>Selector</source>
            <translation>选择器</translation>
        </message>
        <message>
            <source>e.g. app=web, tier=frontend</source>
            <translation>例如 app=web, tier=frontend</translation>
        </message>
        <message>
            <source>Selected pods</source>
            <translation>选中的容器组</translation>
        </message>
        <message>
            <source>Pods the selector selects</source>
            <translation>选择器选中的容器组</translation>
        </message>
        <message>
            <source>&amp;Workload:</source>
            <translation>工作负载(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Selector:</source>
            <translation>选择器(&amp;S)：</translation>
        </message>
        <message>
            <source>Type and ports</source>
            <translation>类型和端口</translation>
        </message>
        <message>
            <source>How the service is reached and which ports it forwards to the pods' target ports.</source>
            <translation>服务的访问方式，以及它将哪些端口转发到容器组的目标端口。</translation>
        </message>
        <message>
            <source>None: type the labels</source>
            <translation>无：手动输入标签</translation>
        </message>
        <message>
            <source>Without a selector the service selects no pods; its endpoints are managed by hand.</source>
            <translation>没有选择器时，服务不选择任何容器组；其端点需手动管理。</translation>
        </message>
        <message>
            <source>Fix the selector to see which pods it selects.</source>
            <translation>请修正选择器以查看它选中了哪些容器组。</translation>
        </message>
        <message>
            <source>No pod in this project has these labels yet. The service will select pods that get them later.</source>
            <translation>此项目中还没有容器组具有这些标签。服务将选择之后获得这些标签的容器组。</translation>
        </message>
        <message numerus="yes">
            <source>%n pod(s) selected right now:</source>
            <translation>
                <numerusform>当前选中 %n 个容器组：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::ShellWindow</name>
        <message>
            <source>Reconnect</source>
            <translation>重新连接</translation>
        </message>
        <message>
            <source>Attach: %1/%2</source>
            <translation>附加：%1/%2</translation>
        </message>
        <message>
            <source>Shell: %1/%2</source>
            <translation>终端：%1/%2</translation>
        </message>
        <message>
            <source>Automatic (bash, else sh)</source>
            <translation>自动（优先 bash，否则 sh）</translation>
        </message>
        <message>
            <source>Custom command…</source>
            <translation>自定义命令…</translation>
        </message>
        <message>
            <source>e.g. python3 -i</source>
            <translation>例如 python3 -i</translation>
        </message>
        <message>
            <source>&amp;Container:</source>
            <translation>容器(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Shell:</source>
            <translation>Shell(&amp;S)：</translation>
        </message>
        <message>
            <source>The cluster connection was closed.</source>
            <translation>集群连接已关闭。</translation>
        </message>
        <message>
            <source>Enter a command to run.</source>
            <translation>请输入要运行的命令。</translation>
        </message>
        <message>
            <source>Connected to %1</source>
            <translation>已连接到 %1</translation>
        </message>
        <message>
            <source>Process exited with status %1</source>
            <translation>进程已退出，状态码 %1</translation>
        </message>
        <message>
            <source>Process ended: %1</source>
            <translation>进程已结束：%1</translation>
        </message>
        <message>
            <source>Could not attach</source>
            <translation>无法附加</translation>
        </message>
        <message>
            <source>Could not start the shell</source>
            <translation>无法启动终端</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::StorageClassWizard</name>
        <message>
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Create storage class</source>
            <translation>创建存储类</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>存储类</translation>
        </message>
        <message>
            <source>Where volumes come from: the provisioner that makes them and how. Claims name a class, or get the default one.</source>
            <translation>存储卷的来源：由哪个供应者创建以及如何创建。持久卷声明会指定一个存储类，或使用默认存储类。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. fast-ssd</source>
            <translation>例如 fast-ssd</translation>
        </message>
        <message>
            <source>Provisioner</source>
            <translation>供应者</translation>
        </message>
        <message>
            <source>e.g. ebs.csi.aws.com</source>
            <translation>例如 ebs.csi.aws.com</translation>
        </message>
        <message>
            <source>Reclaim policy</source>
            <translation>回收策略</translation>
        </message>
        <message>
            <source>Delete (the volume goes with its claim)</source>
            <translation>Delete（存储卷随其持久卷声明一起删除）</translation>
        </message>
        <message>
            <source>Retain (the volume stays for an admin)</source>
            <translation>Retain（存储卷保留，交由管理员处理）</translation>
        </message>
        <message>
            <source>Volume binding mode</source>
            <translation>存储卷绑定模式</translation>
        </message>
        <message>
            <source>Immediate (when the claim is made)</source>
            <translation>Immediate（创建持久卷声明时）</translation>
        </message>
        <message>
            <source>WaitForFirstConsumer (where its first pod runs)</source>
            <translation>WaitForFirstConsumer（在其第一个容器组运行的位置）</translation>
        </message>
        <message>
            <source>Claims may &amp;grow (allowVolumeExpansion)</source>
            <translation>允许持久卷声明扩容（allowVolumeExpansion）(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Default class for claims that name none</source>
            <translation>作为未指定存储类的持久卷声明的默认存储类(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Provisioner:</source>
            <translation>供应者(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Reclaim policy:</source>
            <translation>回收策略(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Binding mode:</source>
            <translation>绑定模式(&amp;B)：</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Optional settings the provisioner understands (type, fsType, replication, ...); see its documentation.</source>
            <translation>供应者可识别的可选设置（type、fsType、replication 等）；请参阅其文档。</translation>
        </message>
        <message>
            <source>You may not create storage classes: that needs permission to create storageclasses (storage.k8s.io) in the whole cluster, which cluster admins have.%1</source>
            <translation>你无权创建存储类：这需要在整个集群范围内创建 storageclasses（storage.k8s.io）的权限，集群管理员拥有该权限。%1</translation>
        </message>
        <message>
            <source>%1 is the default already. With two defaults, claims without a class get the newest one; consider unmarking %1 (edit its annotation %2).</source>
            <translation>%1 已经是默认存储类。存在两个默认存储类时，未指定存储类的持久卷声明会使用最新的那个；请考虑取消 %1 的默认标记（编辑其注解 %2）。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::StrategyForm</name>
        <message>
            <source>Replicas</source>
            <translation>副本数</translation>
        </message>
        <message>
            <source>Update strategy</source>
            <translation>更新策略</translation>
        </message>
        <message>
            <source>Max surge</source>
            <translation>最大激增</translation>
        </message>
        <message>
            <source>Max unavailable</source>
            <translation>最大不可用</translation>
        </message>
        <message>
            <source>Partition</source>
            <translation>分区</translation>
        </message>
        <message>
            <source>Only pods with an ordinal at or above this number are updated (a staged rollout).</source>
            <translation>只有序号大于或等于此数字的容器组才会被更新（分阶段发布）。</translation>
        </message>
        <message>
            <source>&amp;Replicas:</source>
            <translation>副本数(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Update strategy:</source>
            <translation>更新策略(&amp;U)：</translation>
        </message>
        <message>
            <source>Max &amp;surge:</source>
            <translation>最大激增(&amp;S)：</translation>
        </message>
        <message>
            <source>Max u&amp;navailable:</source>
            <translation>最大不可用(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Partition:</source>
            <translation>分区(&amp;P)：</translation>
        </message>
        <message>
            <source>Rolling update — replace pods a few at a time</source>
            <translation>滚动更新 — 每次替换少量容器组</translation>
        </message>
        <message>
            <source>Recreate — stop all old pods, then start new ones</source>
            <translation>重新创建 — 先停止所有旧容器组，再启动新容器组</translation>
        </message>
        <message>
            <source>On delete — replace a pod only when you delete it</source>
            <translation>删除时 — 仅在你删除容器组时才替换它</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TaintsAction</name>
        <message>
            <source>Edit taints…</source>
            <translation>编辑污点…</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TaintsDialog</name>
        <message>
            <source>Taints of node %1</source>
            <translation>节点 %1 的污点</translation>
        </message>
        <message>
            <source>Pods are not scheduled on (NoSchedule), preferably kept off (PreferNoSchedule) or evicted from (NoExecute) a tainted node unless they tolerate the taint.</source>
            <translation>除非容器组容忍该污点，否则不会被调度到带污点的节点（NoSchedule）、尽量不被调度到该节点（PreferNoSchedule），或被从该节点驱逐（NoExecute）。</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>重新加载(&amp;L)</translation>
        </message>
        <message>
            <source>Read the node's current taints again</source>
            <translation>重新读取节点当前的污点</translation>
        </message>
        <message>
            <source>A&amp;pply</source>
            <translation>应用(&amp;P)</translation>
        </message>
        <message>
            <source>Reading node %1…</source>
            <translation>正在读取节点 %1…</translation>
        </message>
        <message>
            <source>Could not read node %1.</source>
            <translation>无法读取节点 %1。</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before applying:</source>
            <translation>
                <numerusform>应用前需修正 %n 个问题：</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>无更改。</translation>
        </message>
        <message>
            <source>Apply replaces the taints of node %1 unless someone changed the node since it was read.</source>
            <translation>“应用”会替换节点 %1 的污点，除非在读取之后有人更改过该节点。</translation>
        </message>
        <message>
            <source>Updating taints of node %1…</source>
            <translation>正在更新节点 %1 的污点…</translation>
        </message>
        <message>
            <source>Taints of node %1 updated.</source>
            <translation>已更新节点 %1 的污点。</translation>
        </message>
        <message>
            <source>Node %1 changed since its taints were read, so nothing was changed. Reload to see its current taints, then make your change again.</source>
            <translation>读取污点后节点 %1 已被更改，因此未做任何更改。请重新加载以查看其当前污点，然后再次进行更改。</translation>
        </message>
        <message>
            <source>Could not update the taints of node %1</source>
            <translation>无法更新节点 %1 的污点</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TaintsTable</name>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>效果</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Add a taint</source>
            <translation>添加污点</translation>
        </message>
        <message>
            <source>Remove the selected taints</source>
            <translation>移除所选污点</translation>
        </message>
        <message>
            <source>Taints</source>
            <translation>污点</translation>
        </message>
        <message>
            <source>another taint has the same key and effect</source>
            <translation>另一个污点具有相同的键和效果</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TerminalWidget</name>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>C&amp;lear Scrollback</source>
            <translation>清除回滚缓冲区(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::TolerationRow</name>
        <message>
            <source>taint key (empty: every key)</source>
            <translation>污点键（留空：所有键）</translation>
        </message>
        <message>
            <source>Taint key</source>
            <translation>污点键</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>运算符</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Any effect</source>
            <translation>任意效果</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>效果</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::VolumeRow</name>
        <message>
            <source>volume name</source>
            <translation>存储卷名称</translation>
        </message>
        <message>
            <source>Volume name</source>
            <translation>存储卷名称</translation>
        </message>
        <message>
            <source>New claim</source>
            <translation>新建持久卷声明</translation>
        </message>
        <message>
            <source>Existing claim</source>
            <translation>现有持久卷声明</translation>
        </message>
        <message>
            <source>ConfigMap</source>
            <translation>配置字典</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>保密字典</translation>
        </message>
        <message>
            <source>Empty directory</source>
            <translation>空目录</translation>
        </message>
        <message>
            <source>Volume type</source>
            <translation>存储卷类型</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>存储类</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Access mode</source>
            <translation>访问模式</translation>
        </message>
        <message>
            <source> (default)</source>
            <translation> （默认）</translation>
        </message>
        <message>
            <source>Node path (hostPath)</source>
            <translation>节点路径（hostPath）</translation>
        </message>
        <message>
            <source>path on the node, e.g. /var/log</source>
            <translation>节点上的路径，例如 /var/log</translation>
        </message>
        <message>
            <source>Node path</source>
            <translation>节点路径</translation>
        </message>
        <message>
            <source>Any (no check)</source>
            <translation>任意（不检查）</translation>
        </message>
        <message>
            <source>Node path type</source>
            <translation>节点路径类型</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::VolumeWizard</name>
        <message>
            <source>must be a size such as 10Gi or 500Mi</source>
            <translation>必须是大小，例如 10Gi 或 500Mi</translation>
        </message>
        <message>
            <source>must be greater than zero</source>
            <translation>必须大于零</translation>
        </message>
        <message>
            <source>Create volume</source>
            <translation>创建存储卷</translation>
        </message>
        <message>
            <source>Persistent volume claim</source>
            <translation>持久卷声明</translation>
        </message>
        <message>
            <source>Storage for a workload. The storage class decides where the volume comes from; the cluster's default class is preselected.</source>
            <translation>为工作负载提供存储。存储类决定存储卷的来源；默认预选集群的默认存储类。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. postgres-data</source>
            <translation>例如 postgres-data</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Storage class</source>
            <translation>存储类</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Volume mode</source>
            <translation>存储卷模式</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>项目(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Storage class:</source>
            <translation>存储类(&amp;S)：</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>大小(&amp;Z)：</translation>
        </message>
        <message>
            <source>Access modes:</source>
            <translation>访问模式：</translation>
        </message>
        <message>
            <source>&amp;Volume mode:</source>
            <translation>存储卷模式(&amp;V)：</translation>
        </message>
        <message>
            <source> (default)</source>
            <translation> （默认）</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::VolumesForm</name>
        <message>
            <source>Add &amp;volume</source>
            <translation>添加存储卷(&amp;V)</translation>
        </message>
        <message>
            <source>Add &amp;mount</source>
            <translation>添加挂载(&amp;M)</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>存储卷</translation>
        </message>
        <message>
            <source>Mounts (container, volume, path, sub-path)</source>
            <translation>挂载（容器、存储卷、路径、子路径）</translation>
        </message>
        <message>
            <source>A new claim becomes a claim template: every pod gets its own volume, kept when the pod is replaced.</source>
            <translation>新建的持久卷声明会成为持久卷声明模板：每个容器组获得自己的存储卷，容器组被替换时存储卷保留。</translation>
        </message>
        <message>
            <source>A new claim is created before the workload and shared by its pods (ReadWriteOnce: pods on one node).</source>
            <translation>新建的持久卷声明会在工作负载之前创建，并由其容器组共享（ReadWriteOnce：容器组须位于同一节点）。</translation>
        </message>
        <message>
            <source>A node path (hostPath) gives the pod access to the node's own filesystem: it can read and change files of the node and of other pods, and its data stays on that one node. Prefer a claim unless the pod must see the node.</source>
            <translation>节点路径（hostPath）让容器组访问节点自身的文件系统：它可以读取和修改节点及其他容器组的文件，且数据只保存在那一个节点上。除非容器组必须访问节点，否则请优先使用持久卷声明。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::WorkloadBasicsForm</name>
        <message>
            <source>Add &amp;label</source>
            <translation>添加标签(&amp;L)</translation>
        </message>
        <message>
            <source>Deployment — identical pods, rolled out gradually</source>
            <translation>部署（Deployment）— 相同的容器组，逐步发布</translation>
        </message>
        <message>
            <source>StatefulSet — numbered pods with their own volumes</source>
            <translation>有状态副本集（StatefulSet）— 带编号的容器组，各自拥有存储卷</translation>
        </message>
        <message>
            <source>DaemonSet — one pod on every matching node</source>
            <translation>守护进程集（DaemonSet）— 每个匹配的节点上运行一个容器组</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>e.g. web</source>
            <translation>例如 web</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>What this workload is for (optional)</source>
            <translation>此工作负载的用途（可选）</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>项目(&amp;P)：</translation>
        </message>
        <message>
            <source>Labels:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::WorkloadWizard</name>
        <message>
            <source>Create workload</source>
            <translation>创建工作负载</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <source>What runs, and where. The labels select the pods: Services and autoscalers find them by these.</source>
            <translation>运行什么，以及在哪里运行。标签用于选择容器组：服务和自动伸缩通过这些标签找到它们。</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>容器</translation>
        </message>
        <message>
            <source>Volumes and mounts</source>
            <translation>存储卷和挂载</translation>
        </message>
        <message>
            <source>Storage the pods use, and where each container sees it.</source>
            <translation>容器组使用的存储，以及每个容器在何处访问它。</translation>
        </message>
        <message>
            <source>Replicas and updates</source>
            <translation>副本和更新</translation>
        </message>
        <message>
            <source>How many pods run, and how a new version replaces them.</source>
            <translation>运行多少个容器组，以及新版本如何替换它们。</translation>
        </message>
        <message>
            <source>Scheduling</source>
            <translation>调度</translation>
        </message>
        <message>
            <source>Which nodes the pods may run on. Leave empty to let the scheduler choose.</source>
            <translation>容器组可以运行在哪些节点上。留空则由调度器选择。</translation>
        </message>
        <message>
            <source>Services and autoscaling</source>
            <translation>服务和自动伸缩</translation>
        </message>
        <message>
            <source>Optional objects created with the workload; they select its pods by its labels.</source>
            <translation>与工作负载一起创建的可选对象；它们通过工作负载的标签选择其容器组。</translation>
        </message>
        <message>
            <source>the form has no place for %1</source>
            <translation>表单中没有可放置 %1 的位置</translation>
        </message>
        <message>
            <source>One or more containers run together in each pod, after its init containers (sidecars keep running beside them). Environment values can come from the project's ConfigMaps and Secrets.</source>
            <translation>每个容器组中一个或多个容器在初始化容器之后一起运行（边车容器在它们旁边持续运行）。环境变量的值可以来自项目的配置字典和保密字典。</translation>
        </message>
    </context>
    <context>
        <name>Sextant::Ui::YamlTab</name>
        <message>
            <source>&lt;hidden: 1 byte&gt;</source>
            <translation>&lt;已隐藏：1 字节&gt;</translation>
        </message>
        <message>
            <source>&lt;hidden: %1 bytes&gt;</source>
            <translation>&lt;已隐藏：%1 字节&gt;</translation>
        </message>
    </context>
    <context>
        <name>SubcommandParser</name>
        <message>
            <source>--%1 needs a value</source>
            <translation>--%1 需要一个值</translation>
        </message>
    </context>
    <context>
        <name>TlsPair</name>
        <message>
            <source>The certificate is not a PEM certificate (a block starting with "-----BEGIN CERTIFICATE-----").</source>
            <translation>该证书不是 PEM 证书（以 "-----BEGIN CERTIFICATE-----" 开头的块）。</translation>
        </message>
        <message>
            <source>The certificate expired on %1.</source>
            <translation>该证书已于 %1 过期。</translation>
        </message>
        <message>
            <source>The certificate is not valid before %1.</source>
            <translation>该证书在 %1 之前无效。</translation>
        </message>
        <message>
            <source>The private key is encrypted. Kubernetes needs it without a passphrase (e.g. openssl pkey -in key.pem -out plain.pem).</source>
            <translation>私钥已加密。Kubernetes 需要不带密码短语的私钥（例如 openssl pkey -in key.pem -out plain.pem）。</translation>
        </message>
        <message>
            <source>The private key is not a PEM private key (a block starting with "-----BEGIN PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----" or "-----BEGIN EC PRIVATE KEY-----").</source>
            <translation>私钥不是 PEM 私钥（以 "-----BEGIN PRIVATE KEY-----"、"-----BEGIN RSA PRIVATE KEY-----" 或 "-----BEGIN EC PRIVATE KEY-----" 开头的块）。</translation>
        </message>
        <message>
            <source>The private key does not belong to the certificate: their public keys differ.</source>
            <translation>私钥与证书不匹配：它们的公钥不同。</translation>
        </message>
    </context>
    <context>
        <name>WizardCatalog</name>
        <message>
            <source>&amp;Project…</source>
            <translation>项目(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Workload (deployment, stateful set, daemon set)…</source>
            <translation>工作负载（部署、有状态副本集、守护进程集）(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Volume (persistent volume claim)…</source>
            <translation>存储卷（持久卷声明）(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Service…</source>
            <translation>服务(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;App route (ingress)…</source>
            <translation>应用路由（Ingress）(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Config map…</source>
            <translation>配置字典(&amp;C)…</translation>
        </message>
        <message>
            <source>Sec&amp;ret…</source>
            <translation>保密字典(&amp;R)…</translation>
        </message>
        <message>
            <source>Storage c&amp;lass…</source>
            <translation>存储类(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Node (kubeadm join)…</source>
            <translation>节点（kubeadm join）(&amp;N)…</translation>
        </message>
    </context>
    <context>
        <name>WizardFromFile</name>
        <message>
            <source>%1 is too large for a manifest.</source>
            <translation>%1 太大，不能作为清单。</translation>
        </message>
        <message>
            <source>%1 can't be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1，第 %2 行：%3</translation>
        </message>
        <message>
            <source>%1, line %2: expected a Kubernetes object (a mapping with apiVersion and kind).</source>
            <translation>%1，第 %2 行：应为 Kubernetes 对象（包含 apiVersion 和 kind 的映射）。</translation>
        </message>
        <message>
            <source>%1, line %2: the object has no apiVersion or kind.</source>
            <translation>%1，第 %2 行：该对象没有 apiVersion 或 kind。</translation>
        </message>
        <message>
            <source>%1 holds no Kubernetes object.</source>
            <translation>%1 中没有 Kubernetes 对象。</translation>
        </message>
        <message>
            <source>%1: Sextant has no creation wizard for %2 (%3). Open the file in the editor to apply it as it is.</source>
            <translation>%1：Sextant 没有用于 %2（%3）的创建向导。请在编辑器中打开该文件，按原样应用。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 (from %2)</source>
            <translation>%1（来自 %2）</translation>
        </message>
        <message>
            <source>Create from a YAML file</source>
            <translation>从 YAML 文件创建</translation>
        </message>
        <message>
            <source>YAML files (*.yaml *.yml)</source>
            <translation>YAML 文件 (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>The cluster connection is gone.</source>
            <translation>集群连接已断开。</translation>
        </message>
    </context>
</TS>
