<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Unexpected argument: %1
</source>
        <translation>无法识别的参数：%1
</translation>
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
        <source>The namespace whose permissions to list (default: the context&apos;s).</source>
        <translation>要列出权限的命名空间（默认：上下文中设置的命名空间）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <source>The connection fails at &quot;%1&quot;.</source>
        <translation>连接在 &quot;%1&quot; 这一步失败。</translation>
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
        <source>the server certificate is not valid for host name &quot;%1&quot; (it is for: %2)</source>
        <translation>服务器证书对主机名 &quot;%1&quot; 无效（证书适用于：%2）</translation>
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
Please use the &quot;gke-gcloud-auth-plugin&quot; kubectl/client-go credential plugin instead.
See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details</source>
        <translation>gcp 认证插件已被移除。
请改用 &quot;gke-gcloud-auth-plugin&quot; kubectl/client-go 凭证插件。
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
        <source>No auth-provider named &quot;%1&quot; is available; Sextant supports oidc and exec credential plugins.</source>
        <translation>没有名为 &quot;%1&quot; 的 auth-provider；Sextant 支持 oidc 和 exec 凭证插件。</translation>
    </message>
    <message>
        <source>unknown auth-provider %1</source>
        <translation>未知的 auth-provider %1</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: authProvider cannot be provided in combination with an exec plugin</source>
        <translation>用户 &quot;%1&quot;：authProvider 不能与 exec 插件同时使用</translation>
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
        <source>the output&apos;s apiVersion does not match the configured %1</source>
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
        <source>duplicate name &quot;%1&quot; in list</source>
        <translation>列表中存在重复的名称 &quot;%1&quot;</translation>
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
        <source>context &quot;%1&quot; does not exist</source>
        <translation>上下文 &quot;%1&quot; 不存在</translation>
    </message>
    <message>
        <source>auth info &quot;%1&quot; does not exist</source>
        <translation>认证信息 &quot;%1&quot; 不存在</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; does not exist</source>
        <translation>集群 &quot;%1&quot; 不存在</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation>命名空间 &quot;%1&quot; 不符合 Kubernetes DNS_LABEL 规则</translation>
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
        <source>context &quot;%1&quot; is not defined in this file</source>
        <translation>此文件中未定义上下文 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not defined in this file</source>
        <translation>此文件中未定义用户 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has no auth-provider</source>
        <translation>用户 &quot;%1&quot; 没有 auth-provider</translation>
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
        <source>unsupported scheme &quot;%1&quot;, must be http, https, or socks5</source>
        <translation>不支持的协议 &quot;%1&quot;，必须是 http、https 或 socks5</translation>
    </message>
    <message>
        <source>no Auth Provider found for name &quot;%1&quot;</source>
        <translation>找不到名为 &quot;%1&quot; 的 Auth Provider</translation>
    </message>
    <message>
        <source>default cluster has no server defined</source>
        <translation>默认集群未定义 server</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>集群 &quot;%1&quot; 未设置 server</translation>
    </message>
    <message>
        <source>invalid &apos;proxy-url&apos; &quot;%1&quot; for cluster &quot;%2&quot;: %3</source>
        <translation>集群 &quot;%2&quot; 的 &apos;proxy-url&apos; &quot;%1&quot; 无效：%3</translation>
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
        <source>invalid interactiveMode for %1: &quot;%2&quot;</source>
        <translation>%1 的 interactiveMode 无效：&quot;%2&quot;</translation>
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
        <source>user was not specified for context &quot;%1&quot;</source>
        <translation>上下文 &quot;%1&quot; 未指定 user</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>找不到上下文 &quot;%2&quot; 的用户 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cluster was not specified for context &quot;%1&quot;</source>
        <translation>上下文 &quot;%1&quot; 未指定 cluster</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>找不到上下文 &quot;%2&quot; 的集群 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; for context &quot;%2&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation>上下文 &quot;%2&quot; 的命名空间 &quot;%1&quot; 不符合 Kubernetes DNS_LABEL 规则</translation>
    </message>
    <message>
        <source>%1: yaml: line %2, column %3: nested too deeply</source>
        <translation>%1：yaml：第 %2 行，第 %3 列：嵌套过深</translation>
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
        <source>skipped because &quot;%1&quot; failed</source>
        <translation>已跳过，因为 &quot;%1&quot; 未通过</translation>
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
        <source>cluster &quot;%1&quot;</source>
        <translation>集群 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; in %2</source>
        <translation>%2 中的集群 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set KUBECONFIG or pass --kubeconfig FILE with your cluster&apos;s kubeconfig.</source>
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
        <source>context &quot;%1&quot; from %2: %3</source>
        <translation>上下文 &quot;%1&quot;（来自 %2）：%3</translation>
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
        <source>context &quot;%1&quot; from %2 (valid): server %3, user &quot;%4&quot;, namespace %5</source>
        <translation>上下文 &quot;%1&quot;（来自 %2，有效）：服务器 %3，用户 &quot;%4&quot;，命名空间 %5</translation>
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
        <source>The TCP connection worked, but no answer came back. Check that the server URL names the API server&apos;s https port and, if you use one, the proxy.</source>
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
        <source>Use the API server&apos;s https:// URL; plain http is only for local test clusters.</source>
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
        <source>the cluster&apos;s certificate-authority-data</source>
        <translation>集群的 certificate-authority-data</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
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
        <source>The server&apos;s certificate is outside its validity period. Renew the cluster&apos;s certificates (e.g. kubeadm certs renew), or check this computer&apos;s date and time.</source>
        <translation>服务器证书不在有效期内。请更新集群证书（例如 kubeadm certs renew），或检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>Connect with a host name the certificate names (see above) in the server URL of %1, or set tls-server-name on the cluster to one of those names. %2</source>
        <translation>请在 %1 的服务器地址中使用证书所列的主机名（见上文），或将集群的 tls-server-name 设为其中之一。%2</translation>
    </message>
    <message>
        <source>The CA configured for %1 did not sign the server&apos;s certificate. Get the cluster&apos;s CA certificate from its administrator (or a fresh kubeconfig) and set certificate-authority or certificate-authority-data. %2</source>
        <translation>服务器证书不是由 %1 配置的 CA 签发的。请向集群管理员索取集群的 CA 证书（或获取新的 kubeconfig），并设置 certificate-authority 或 certificate-authority-data。%2</translation>
    </message>
    <message>
        <source>The server did not complete a TLS handshake: check that the server URL names the API server&apos;s https port (not an http port or another service), and the proxy if you use one.</source>
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
        <source>Check the exec section of the user &quot;%1&quot; in %2.</source>
        <translation>请检查 %2 中用户 &quot;%1&quot; 的 exec 配置。</translation>
    </message>
    <message>
        <source>Install the plugin, or make sure it is on the PATH of your login shell: a desktop launcher gives Sextant a minimal PATH, so Sextant also searches your login shell&apos;s PATH and the usual plugin directories (listed above).</source>
        <translation>请安装该插件，或确保它位于登录 shell 的 PATH 中：从桌面启动时 Sextant 只获得最基本的 PATH，因此 Sextant 还会搜索登录 shell 的 PATH 和常用的插件目录（见上方列表）。</translation>
    </message>
    <message>
        <source>The plugin %1 did not finish: it may wait for a sign-in in a browser or for input Sextant cannot give (it has no terminal). Run the command in a terminal to see what it waits for.</source>
        <translation>插件 %1 没有结束：它可能在等待浏览器中的登录，或在等待 Sextant 无法提供的输入（Sextant 没有终端）。请在终端中运行该命令，查看它在等待什么。</translation>
    </message>
    <message>
        <source>Run %1 in a terminal to see its full output; the user&apos;s exec section in %2 sets its arguments and environment.</source>
        <translation>请在终端中运行 %1 查看完整输出；其参数和环境变量由 %2 中该用户的 exec 配置设定。</translation>
    </message>
    <message>
        <source>Check the user &quot;%1&quot; in %2.</source>
        <translation>请检查 %2 中的用户 &quot;%1&quot;。</translation>
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
        <source>Use the API server&apos;s https:// URL so that credentials can be sent.</source>
        <translation>请使用 API 服务器的 https:// 地址，以便发送凭证。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has no credentials: requests are anonymous</source>
        <translation>用户 &quot;%1&quot; 没有凭证：请求将以匿名身份发送</translation>
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
        <source>The server does not accept these credentials: the token or client certificate has expired, was revoked or belongs to another cluster. Sign in again (exec plugin or oidc), get a new token or kubeconfig, and check this computer&apos;s clock.</source>
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
        <source>, impersonated through the kubeconfig&apos;s &quot;as&quot; setting</source>
        <translation>，通过 kubeconfig 的 &quot;as&quot; 设置伪装身份</translation>
    </message>
    <message>
        <source>Not authenticated: the server treats these requests as anonymous (%1)</source>
        <translation>未认证：服务器将这些请求视为匿名请求（%1）</translation>
    </message>
    <message>
        <source>No credentials reached the server. Configure a token, client certificate or exec plugin for the user &quot;%1&quot;.</source>
        <translation>服务器未收到任何凭证。请为用户 &quot;%1&quot; 配置令牌、客户端证书或 exec 插件。</translation>
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
        <source>No contexts were found. Point --kubeconfig or KUBECONFIG at your cluster&apos;s kubeconfig.</source>
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
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
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
    <name>Sextant::Core::ExecCredentialSource</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot;</source>
        <translation>exec 插件 &quot;%1&quot;</translation>
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
        <source>%1: apiVersion &quot;%2&quot; is not supported; use client.authentication.k8s.io/v1 or /v1beta1</source>
        <translation>%1：不支持 apiVersion &quot;%2&quot;；请使用 client.authentication.k8s.io/v1 或 /v1beta1</translation>
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
        <source>%1: invalid interactiveMode &quot;%2&quot;; use Never, IfAvailable or Always</source>
        <translation>%1：interactiveMode &quot;%2&quot; 无效；请使用 Never、IfAvailable 或 Always</translation>
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
        <source>The refreshed OIDC token for user &quot;%1&quot; could not be saved: the user has no kubeconfig file.</source>
        <translation>无法保存用户 &quot;%1&quot; 刷新后的 OIDC 令牌：该用户没有对应的 kubeconfig 文件。</translation>
    </message>
    <message>
        <source>The refreshed OIDC token for user &quot;%1&quot; could not be written to %2: %3</source>
        <translation>无法将用户 &quot;%1&quot; 刷新后的 OIDC 令牌写入 %2：%3</translation>
    </message>
    <message>
        <source>The OIDC refresh token could not be stored in the system keychain (%1): %2</source>
        <translation>无法将 OIDC 刷新令牌保存到系统钥匙串（%1）：%2</translation>
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
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>无法读取服务器的响应：%1</translation>
    </message>
</context>
<context>
    <name>Sextant::Core::StaticCredentialSource</name>
    <message>
        <source>bearer token</source>
        <translation>持有者令牌</translation>
    </message>
    <message>
        <source>basic auth as &quot;%1&quot;</source>
        <translation>以 &quot;%1&quot; 进行基本认证</translation>
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
        <source>Navigator</source>
        <translation>导航栏</translation>
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
</context>
<context>
    <name>Sextant::Ui::MessageBanner</name>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
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
</context>
</TS>
