// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigparser.h"

#include "core/kubeconfig/kubeconfigyaml_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcKubeconfigParser, "sextant.core.kubeconfig.parser")

namespace Sextant::Core {

namespace {

using Fields = QHash<QString, YAML::Node>;

// Walks one document into the typed model. The first problem found is kept
// and reported; nothing here ever formats a value into a message.
class Walker {
public:
    explicit Walker(QString fileName)
        : m_fileName(std::move(fileName))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (m_error.isEmpty()) {
            m_error = path.isEmpty()
                ? QString(m_fileName + QStringLiteral(": ") + problem)
                : QString(m_fileName + QStringLiteral(": ") + path + QStringLiteral(": ") + problem);
        }
    }

    void failBudget()
    {
        fail(QString(),
            QCoreApplication::translate(
                "Sextant::Core", "document is too deeply nested or expands to too many nodes (aliases)"));
    }

    Fields mapping(const YAML::Node &node, const QString &path, int depth)
    {
        Fields fields;
        if (failed() || !node.IsDefined() || node.IsNull()) {
            return fields;
        }
        if (!node.IsMap()) {
            fail(path, QCoreApplication::translate("Sextant::Core", "expected a mapping"));
            return fields;
        }
        for (const auto &entry : node) {
            if (!m_budget.visit(depth)) {
                failBudget();
                return {};
            }
            if (!entry.first.IsScalar()) {
                fail(path, QCoreApplication::translate("Sextant::Core", "keys must be strings"));
                return {};
            }
            // Later duplicates win, as in go-yaml's non-strict decoding that kubectl uses.
            fields.insert(QString::fromStdString(entry.first.Scalar()), entry.second);
        }
        return fields;
    }

    QList<YAML::Node> sequence(const YAML::Node &node, const QString &path, int depth)
    {
        QList<YAML::Node> items;
        if (failed() || !node.IsDefined() || node.IsNull()) {
            return items;
        }
        if (!node.IsSequence()) {
            fail(path, QCoreApplication::translate("Sextant::Core", "expected a list"));
            return items;
        }
        for (const YAML::Node &item : node) {
            if (!m_budget.visit(depth)) {
                failBudget();
                return {};
            }
            items.append(item);
        }
        return items;
    }

    QString string(const Fields &fields, const QString &key, const QString &path)
    {
        const YAML::Node node = fields.value(key);
        if (failed() || !node.IsDefined() || node.IsNull()) {
            return QString();
        }
        if (!node.IsScalar()) {
            fail(join(path, key), QCoreApplication::translate("Sextant::Core", "expected a string"));
            return QString();
        }
        return QString::fromStdString(node.Scalar());
    }

    bool boolean(const Fields &fields, const QString &key, const QString &path)
    {
        const YAML::Node node = fields.value(key);
        if (failed() || !node.IsDefined() || node.IsNull()) {
            return false;
        }
        QJsonValue value;
        if (!node.IsScalar() || !KubeconfigYaml::toJson(node, m_budget, 0, &value) || !value.isBool()) {
            fail(join(path, key), QCoreApplication::translate("Sextant::Core", "expected true or false"));
            return false;
        }
        return value.toBool();
    }

    QByteArray base64(const Fields &fields, const QString &key, const QString &path)
    {
        const QString text = string(fields, key, path);
        if (text.isEmpty()) {
            return QByteArray();
        }
        // encoding/json ignores CR/LF inside base64; so do we.
        QByteArray raw = text.toLatin1();
        raw.replace('\r', QByteArray()).replace('\n', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fail(join(path, key), QCoreApplication::translate("Sextant::Core", "illegal base64 data"));
            return QByteArray();
        }
        return *decoded;
    }

    QStringList stringList(const YAML::Node &node, const QString &path, int depth)
    {
        QStringList list;
        const auto items = sequence(node, path, depth);
        for (int i = 0; i < items.size() && !failed(); ++i) {
            if (items[i].IsNull()) {
                list.append(QString());
            } else if (items[i].IsScalar()) {
                list.append(QString::fromStdString(items[i].Scalar()));
            } else {
                fail(index(path, i), QCoreApplication::translate("Sextant::Core", "expected a string"));
            }
        }
        return list;
    }

    QMap<QString, QJsonValue> extensions(const YAML::Node &node, const QString &path, int depth)
    {
        QMap<QString, QJsonValue> result;
        const auto items = sequence(node, path, depth);
        for (int i = 0; i < items.size() && !failed(); ++i) {
            const QString itemPath = index(path, i);
            const Fields fields = mapping(items[i], itemPath, depth + 1);
            const QString name = string(fields, QStringLiteral("name"), itemPath);
            if (failed()) {
                break;
            }
            if (result.contains(name)) {
                failDuplicate(itemPath, name);
                break;
            }
            QJsonValue value;
            if (!KubeconfigYaml::toJson(fields.value(QStringLiteral("extension")), m_budget, depth + 2, &value)) {
                failBudget();
                break;
            }
            result.insert(name, value);
        }
        return result;
    }

    void failDuplicate(const QString &path, const QString &name)
    {
        fail(path, QCoreApplication::translate("Sextant::Core", "duplicate name \"%1\" in list").arg(name));
    }

    KubeConfig config(const YAML::Node &root)
    {
        KubeConfig config;
        const Fields top = mapping(root, QString(), 0);
        config.currentContext = string(top, QStringLiteral("current-context"), QString());
        const Fields prefs = mapping(top.value(QStringLiteral("preferences")), QStringLiteral("preferences"), 1);
        config.preferences.colors = boolean(prefs, QStringLiteral("colors"), QStringLiteral("preferences"));
        config.preferences.extensions
            = extensions(prefs.value(QStringLiteral("extensions")), QStringLiteral("preferences.extensions"), 2);
        config.extensions = extensions(top.value(QStringLiteral("extensions")), QStringLiteral("extensions"), 1);

        forEachNamed(top, QStringLiteral("clusters"), QStringLiteral("cluster"),
            [&](const QString &name, const Fields &f, const QString &path, int i) {
                if (config.clusters.contains(name)) {
                    failDuplicate(index(QStringLiteral("clusters"), i), name);
                    return;
                }
                config.clusters.insert(name, cluster(f, path, i));
            });
        forEachNamed(top, QStringLiteral("users"), QStringLiteral("user"),
            [&](const QString &name, const Fields &f, const QString &path, int i) {
                if (config.users.contains(name)) {
                    failDuplicate(index(QStringLiteral("users"), i), name);
                    return;
                }
                config.users.insert(name, authInfo(f, path, i));
            });
        forEachNamed(top, QStringLiteral("contexts"), QStringLiteral("context"),
            [&](const QString &name, const Fields &f, const QString &path, int i) {
                if (config.contexts.contains(name)) {
                    failDuplicate(index(QStringLiteral("contexts"), i), name);
                    return;
                }
                config.contexts.insert(name, context(f, path, i));
                config.contextOrder.append(name);
            });
        return config;
    }

private:
    template<typename Fn>
    void forEachNamed(const Fields &top, const QString &list, const QString &inner, Fn fn)
    {
        const auto items = sequence(top.value(list), list, 1);
        for (int i = 0; i < items.size() && !failed(); ++i) {
            const QString itemPath = index(list, i);
            const Fields named = mapping(items[i], itemPath, 2);
            const QString name = string(named, QStringLiteral("name"), itemPath);
            const QString innerPath = join(itemPath, inner);
            const Fields fields = mapping(named.value(inner), innerPath, 3);
            if (failed()) {
                return;
            }
            fn(name, fields, innerPath, i);
        }
    }

    KubeCluster cluster(const Fields &f, const QString &path, int i)
    {
        KubeCluster c;
        c.server = string(f, QStringLiteral("server"), path);
        c.tlsServerName = string(f, QStringLiteral("tls-server-name"), path);
        c.insecureSkipTlsVerify = boolean(f, QStringLiteral("insecure-skip-tls-verify"), path);
        c.certificateAuthority = string(f, QStringLiteral("certificate-authority"), path);
        c.certificateAuthorityData = base64(f, QStringLiteral("certificate-authority-data"), path);
        c.proxyUrl = string(f, QStringLiteral("proxy-url"), path);
        c.disableCompression = boolean(f, QStringLiteral("disable-compression"), path);
        c.extensions = extensions(f.value(QStringLiteral("extensions")), join(path, QStringLiteral("extensions")), 4);
        c.origin = { m_fileName, i };
        return c;
    }

    KubeAuthInfo authInfo(const Fields &f, const QString &path, int i)
    {
        KubeAuthInfo a;
        a.clientCertificate = string(f, QStringLiteral("client-certificate"), path);
        a.clientCertificateData = base64(f, QStringLiteral("client-certificate-data"), path);
        a.clientKey = string(f, QStringLiteral("client-key"), path);
        a.clientKeyData = base64(f, QStringLiteral("client-key-data"), path);
        a.token = string(f, QStringLiteral("token"), path);
        a.tokenFile = string(f, QStringLiteral("tokenFile"), path);
        a.impersonate = string(f, QStringLiteral("as"), path);
        a.impersonateUid = string(f, QStringLiteral("as-uid"), path);
        a.impersonateGroups
            = stringList(f.value(QStringLiteral("as-groups")), join(path, QStringLiteral("as-groups")), 4);
        const QString extraPath = join(path, QStringLiteral("as-user-extra"));
        const Fields extra = mapping(f.value(QStringLiteral("as-user-extra")), extraPath, 4);
        for (auto it = extra.cbegin(); it != extra.cend() && !failed(); ++it) {
            a.impersonateUserExtra.insert(it.key(), stringList(it.value(), join(extraPath, it.key()), 5));
        }
        a.username = string(f, QStringLiteral("username"), path);
        a.password = string(f, QStringLiteral("password"), path);
        if (f.contains(QStringLiteral("auth-provider")) && !f.value(QStringLiteral("auth-provider")).IsNull()) {
            const QString apPath = join(path, QStringLiteral("auth-provider"));
            const Fields ap = mapping(f.value(QStringLiteral("auth-provider")), apPath, 4);
            AuthProviderConfig provider;
            provider.name = string(ap, QStringLiteral("name"), apPath);
            const QString cfgPath = join(apPath, QStringLiteral("config"));
            const Fields cfg = mapping(ap.value(QStringLiteral("config")), cfgPath, 5);
            for (auto it = cfg.cbegin(); it != cfg.cend() && !failed(); ++it) {
                provider.config.insert(it.key(), string(cfg, it.key(), cfgPath));
            }
            a.authProvider = provider;
        }
        if (f.contains(QStringLiteral("exec")) && !f.value(QStringLiteral("exec")).IsNull()) {
            a.exec = exec(f.value(QStringLiteral("exec")), join(path, QStringLiteral("exec")));
        }
        a.extensions = extensions(f.value(QStringLiteral("extensions")), join(path, QStringLiteral("extensions")), 4);
        a.origin = { m_fileName, i };
        return a;
    }

    ExecConfig exec(const YAML::Node &node, const QString &path)
    {
        ExecConfig e;
        const Fields f = mapping(node, path, 4);
        e.command = string(f, QStringLiteral("command"), path);
        e.args = stringList(f.value(QStringLiteral("args")), join(path, QStringLiteral("args")), 5);
        const QString envPath = join(path, QStringLiteral("env"));
        const auto env = sequence(f.value(QStringLiteral("env")), envPath, 5);
        for (int i = 0; i < env.size() && !failed(); ++i) {
            const QString varPath = index(envPath, i);
            const Fields var = mapping(env[i], varPath, 6);
            e.env.append(
                { string(var, QStringLiteral("name"), varPath), string(var, QStringLiteral("value"), varPath) });
        }
        e.apiVersion = string(f, QStringLiteral("apiVersion"), path);
        e.installHint = string(f, QStringLiteral("installHint"), path);
        e.provideClusterInfo = boolean(f, QStringLiteral("provideClusterInfo"), path);
        e.interactiveMode = string(f, QStringLiteral("interactiveMode"), path);
        // api/v1/defaults.go SetDefaults_ExecConfig: only the old versions default.
        if (e.interactiveMode.isEmpty()
            && (e.apiVersion == QLatin1String("client.authentication.k8s.io/v1beta1")
                || e.apiVersion == QLatin1String("client.authentication.k8s.io/v1alpha1"))) {
            e.interactiveMode = QStringLiteral("IfAvailable");
        }
        return e;
    }

    KubeContext context(const Fields &f, const QString &path, int i)
    {
        KubeContext c;
        c.cluster = string(f, QStringLiteral("cluster"), path);
        c.user = string(f, QStringLiteral("user"), path);
        c.namespaceName = string(f, QStringLiteral("namespace"), path);
        c.extensions = extensions(f.value(QStringLiteral("extensions")), join(path, QStringLiteral("extensions")), 4);
        c.origin = { m_fileName, i };
        return c;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : QString(path + QLatin1Char('.') + key);
    }
    static QString index(const QString &path, int i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    QString m_fileName;
    QString m_error;
    KubeconfigYaml::Budget m_budget;
};

} // namespace

Result<KubeConfig> KubeconfigParser::parse(const QByteArray &data, const QString &fileName)
{
    // client-go: "if there's no data in a file, return the default object".
    if (data.trimmed().isEmpty()) {
        return KubeConfig();
    }
    auto root = KubeconfigYaml::load(data, fileName);
    if (!root) {
        return makeUnexpected(root.error());
    }
    Walker walker(fileName);
    KubeConfig config;
    try {
        config = walker.config(*root);
    } catch (const YAML::Exception &) {
        walker.fail(QString(), QCoreApplication::translate("Sextant::Core", "yaml: unexpected structure"));
    }
    if (walker.failed()) {
        return makeUnexpected(KubeconfigYaml::configurationError(walker.error()));
    }
    qCDebug(lcKubeconfigParser) << "parsed" << fileName << config.contexts.size() << "contexts";
    return config;
}

Result<KubeConfig> KubeconfigParser::parseFile(const QString &fileName)
{
    auto data = KubeconfigYaml::readLimited(fileName);
    if (!data) {
        return makeUnexpected(data.error());
    }
    return parse(*data, fileName);
}

} // namespace Sextant::Core
