// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigvalidation.h"

#include "core/kubeconfig/kubeconfigyaml_p.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcKubeconfigValidation, "sextant.core.kubeconfig.validation")

namespace Sextant::Core::KubeconfigValidation {

namespace {

// "<file>: users[2].user.exec: " when the stanza came from a file, else "".
QString where(const KubeOrigin &origin, const char *list, const char *inner, const char *sub = nullptr)
{
    if (origin.file.isEmpty() || origin.index < 0) {
        return QString();
    }
    QString path = QLatin1String(list) + QLatin1Char('[') + QString::number(origin.index) + QStringLiteral("].")
        + QLatin1String(inner);
    if (sub) {
        path += QLatin1Char('.') + QLatin1String(sub);
    }
    return origin.file + QStringLiteral(": ") + path + QStringLiteral(": ");
}

bool canOpen(const QString &path, QString *reason)
{
    QByteArray ignored;
    return KubeconfigYaml::readReferencedFile(path, &ignored, reason);
}

bool isEmptyCluster(const KubeCluster &c)
{
    return c.server.isEmpty() && c.tlsServerName.isEmpty() && !c.insecureSkipTlsVerify
        && c.certificateAuthority.isEmpty() && c.certificateAuthorityData.isEmpty() && c.proxyUrl.isEmpty()
        && !c.disableCompression && c.extensions.isEmpty();
}

} // namespace

QString noContextChosen()
{
    return QCoreApplication::translate("Sextant::Core", "no context chosen");
}

QString emptyConfig()
{
    return QCoreApplication::translate(
        "Sextant::Core", "no configuration has been provided, try setting KUBERNETES_MASTER environment variable");
}

QString emptyCluster()
{
    return QCoreApplication::translate("Sextant::Core", "cluster has no server defined");
}

QString contextNotFound(const QString &name)
{
    return QCoreApplication::translate("Sextant::Core", "context was not found for specified context: %1").arg(name);
}

bool isDnsLabel(const QString &value)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return value.size() <= 63 && label.match(value).hasMatch();
}

QString redactUrl(const QString &url)
{
    QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.password().isEmpty()) {
        // An unparsable URL could still hold user:secret@; drop everything before '@'.
        const qsizetype at = url.lastIndexOf(QLatin1Char('@'));
        const qsizetype scheme = url.indexOf(QStringLiteral("://"));
        if (!parsed.isValid() && at > 0 && url.left(at).contains(QLatin1Char(':'), Qt::CaseSensitive)
            && (scheme < 0 || url.indexOf(QLatin1Char(':'), scheme + 3) < at)) {
            return (scheme >= 0 ? url.left(scheme + 3) : QString()) + QStringLiteral("xxxxx@") + url.mid(at + 1);
        }
        return url;
    }
    parsed.setPassword(QStringLiteral("xxxxx"));
    return parsed.toString();
}

QString parseProxyUrl(const QString &proxyUrl, QUrl *parsed)
{
    // Go's url.Parse takes a scheme only when ':' follows [A-Za-z][A-Za-z0-9+.-]*.
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const auto match = schemeRe.match(proxyUrl);
    const QString scheme = match.hasMatch() ? match.captured(1).toLower() : QString();
    const QUrl url(proxyUrl, QUrl::StrictMode);
    if (match.hasMatch() && !url.isValid()) {
        return QCoreApplication::translate("Sextant::Core", "could not parse: %1").arg(redactUrl(proxyUrl));
    }
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("socks5")) {
        return QCoreApplication::translate("Sextant::Core", "unsupported scheme \"%1\", must be http, https, or socks5")
            .arg(scheme);
    }
    if (parsed) {
        *parsed = url;
    }
    return QString();
}

QString authProviderError(const AuthProviderConfig &provider)
{
    if (provider.name == QLatin1String("gcp")) {
        return QCoreApplication::translate("Sextant::Core",
            "The gcp auth plugin has been removed.\n"
            "Please use the \"gke-gcloud-auth-plugin\" kubectl/client-go credential plugin instead.\n"
            "See https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for "
            "further details");
    }
    if (provider.name == QLatin1String("azure")) {
        return QCoreApplication::translate("Sextant::Core",
            "The azure auth plugin has been removed.\n"
            "Please use the https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.\n"
            "See https://kubernetes.io/docs/reference/access-authn-authz/authentication/"
            "#client-go-credential-plugins for further details");
    }
    if (provider.name != QLatin1String("oidc")) {
        return QCoreApplication::translate("Sextant::Core", "no Auth Provider found for name \"%1\"")
            .arg(provider.name);
    }
    return QString();
}

QStringList validateClusterInfo(const QString &clusterName, const KubeCluster &cluster)
{
    if (isEmptyCluster(cluster)) {
        return { emptyCluster() };
    }
    QStringList errors;
    const QString at = where(cluster.origin, "clusters", "cluster");
    if (cluster.server.isEmpty()) {
        errors << (clusterName.isEmpty()
                ? at + QCoreApplication::translate("Sextant::Core", "default cluster has no server defined")
                : at
                    + QCoreApplication::translate("Sextant::Core", "no server found for cluster \"%1\"")
                          .arg(clusterName));
    }
    if (!cluster.proxyUrl.isEmpty()) {
        const QString problem = parseProxyUrl(cluster.proxyUrl);
        if (!problem.isEmpty()) {
            errors << at
                    + QCoreApplication::translate("Sextant::Core", "invalid 'proxy-url' \"%1\" for cluster \"%2\": %3")
                          .arg(redactUrl(cluster.proxyUrl), clusterName, problem);
        }
    }
    if (!cluster.certificateAuthority.isEmpty() && !cluster.certificateAuthorityData.isEmpty()) {
        errors << at
                + QCoreApplication::translate("Sextant::Core",
                    "certificate-authority-data and certificate-authority are both specified for %1. "
                    "certificate-authority-data will override.")
                      .arg(clusterName);
    }
    if (!cluster.certificateAuthority.isEmpty()) {
        QString reason;
        if (!canOpen(cluster.certificateAuthority, &reason)) {
            errors << at
                    + QCoreApplication::translate(
                        "Sextant::Core", "unable to read certificate-authority %1 for %2 due to %3")
                          .arg(cluster.certificateAuthority, clusterName, reason);
        }
    }
    return errors;
}

QStringList validateAuthInfo(const QString &userName, const KubeAuthInfo &user)
{
    QStringList errors;
    const QString at = where(user.origin, "users", "user");
    QStringList methods;
    if (!user.token.isEmpty()) {
        methods << QStringLiteral("token");
    }
    if (!user.username.isEmpty() || !user.password.isEmpty()) {
        methods << QStringLiteral("basicAuth");
    }

    if (!user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty()) {
        if (!user.clientCertificate.isEmpty() && !user.clientCertificateData.isEmpty()) {
            errors << at
                    + QCoreApplication::translate("Sextant::Core",
                        "client-cert-data and client-cert are both specified for %1. client-cert-data will override.")
                          .arg(userName);
        }
        if (!user.clientKey.isEmpty() && !user.clientKeyData.isEmpty()) {
            errors << at
                    + QCoreApplication::translate("Sextant::Core",
                        "client-key-data and client-key are both specified for %1; client-key-data will override")
                          .arg(userName);
        }
        if (user.clientKey.isEmpty() && user.clientKeyData.isEmpty()) {
            errors << at
                    + QCoreApplication::translate("Sextant::Core",
                        "client-key-data or client-key must be specified for %1 to use the clientCert "
                        "authentication method.")
                          .arg(userName);
        }
        QString reason;
        if (!user.clientCertificate.isEmpty() && !canOpen(user.clientCertificate, &reason)) {
            errors << at
                    + QCoreApplication::translate("Sextant::Core", "unable to read client-cert %1 for %2 due to %3")
                          .arg(user.clientCertificate, userName, reason);
        }
        if (!user.clientKey.isEmpty() && !canOpen(user.clientKey, &reason)) {
            errors << at
                    + QCoreApplication::translate("Sextant::Core", "unable to read client-key %1 for %2 due to %3")
                          .arg(user.clientKey, userName, reason);
        }
    } else if (!user.clientKey.isEmpty() || !user.clientKeyData.isEmpty()) {
        // Not in validation.go, but a key without a certificate is silently useless there.
        errors << at
                + QCoreApplication::translate("Sextant::Core",
                    "client-certificate-data or client-certificate must be specified for %1 to use the clientCert "
                    "authentication method.")
                      .arg(userName);
    }

    if (user.exec) {
        const QString execAt = where(user.origin, "users", "user", "exec");
        const ExecConfig &exec = *user.exec;
        if (user.authProvider) {
            errors << at
                    + QCoreApplication::translate(
                        "Sextant::Core", "authProvider cannot be provided in combination with an exec plugin for %1")
                          .arg(userName);
        }
        if (exec.command.isEmpty()) {
            errors << execAt
                    + QCoreApplication::translate(
                        "Sextant::Core", "command must be specified for %1 to use exec authentication plugin")
                          .arg(userName);
        }
        if (exec.apiVersion.isEmpty()) {
            errors << execAt
                    + QCoreApplication::translate(
                        "Sextant::Core", "apiVersion must be specified for %1 to use exec authentication plugin")
                          .arg(userName);
        }
        for (const auto &var : exec.env) {
            if (var.first.isEmpty()) {
                errors << execAt
                        + QCoreApplication::translate("Sextant::Core",
                            "env variable name must be specified for %1 to use exec authentication plugin")
                              .arg(userName);
            }
        }
        if (exec.interactiveMode.isEmpty()) {
            errors << execAt
                    + QCoreApplication::translate(
                        "Sextant::Core", "interactiveMode must be specified for %1 to use exec authentication plugin")
                          .arg(userName);
        } else if (exec.interactiveMode != QLatin1String("Never")
            && exec.interactiveMode != QLatin1String("IfAvailable")
            && exec.interactiveMode != QLatin1String("Always")) {
            errors << execAt
                    + QCoreApplication::translate("Sextant::Core", "invalid interactiveMode for %1: \"%2\"")
                          .arg(userName, exec.interactiveMode);
        }
    }

    if (methods.size() > 1) {
        errors << at
                + QCoreApplication::translate("Sextant::Core",
                    "more than one authentication method found for %1; found [%2], only one is allowed")
                      .arg(userName, methods.join(QLatin1Char(' ')));
    }
    if ((!user.impersonateUid.isEmpty() || !user.impersonateGroups.isEmpty() || !user.impersonateUserExtra.isEmpty())
        && user.impersonate.isEmpty()) {
        errors << at
                + QCoreApplication::translate(
                    "Sextant::Core", "requesting uid, groups or user-extra for %1 without impersonating a user")
                      .arg(userName);
    }
    return errors;
}

QStringList validateContext(const QString &contextName, const KubeContext &context, const KubeConfig &config)
{
    QStringList errors;
    const QString at = where(context.origin, "contexts", "context");
    if (contextName.isEmpty()) {
        errors << at + QCoreApplication::translate("Sextant::Core", "empty context name is not allowed");
    }
    if (context.user.isEmpty()) {
        errors << at
                + QCoreApplication::translate("Sextant::Core", "user was not specified for context \"%1\"")
                      .arg(contextName);
    } else if (!config.users.contains(context.user)) {
        errors << at
                + QCoreApplication::translate("Sextant::Core", "user \"%1\" was not found for context \"%2\"")
                      .arg(context.user, contextName);
    }
    if (context.cluster.isEmpty()) {
        errors << at
                + QCoreApplication::translate("Sextant::Core", "cluster was not specified for context \"%1\"")
                      .arg(contextName);
    } else if (!config.clusters.contains(context.cluster)) {
        errors << at
                + QCoreApplication::translate("Sextant::Core", "cluster \"%1\" was not found for context \"%2\"")
                      .arg(context.cluster, contextName);
    }
    if (!context.namespaceName.isEmpty() && !isDnsLabel(context.namespaceName)) {
        errors << at
                + QCoreApplication::translate("Sextant::Core",
                    "namespace \"%1\" for context \"%2\" does not conform to the kubernetes DNS_LABEL rules")
                      .arg(context.namespaceName, contextName);
    }
    return errors;
}

QStringList validate(const KubeConfig &config)
{
    if (config.isEmpty()) {
        return { emptyConfig() };
    }
    QStringList errors;
    if (!config.currentContext.isEmpty() && !config.contexts.contains(config.currentContext)) {
        errors << contextNotFound(config.currentContext);
    }
    for (auto it = config.contexts.cbegin(); it != config.contexts.cend(); ++it) {
        errors << validateContext(it.key(), it.value(), config);
    }
    for (auto it = config.users.cbegin(); it != config.users.cend(); ++it) {
        errors << validateAuthInfo(it.key(), it.value());
    }
    for (auto it = config.clusters.cbegin(); it != config.clusters.cend(); ++it) {
        errors << validateClusterInfo(it.key(), it.value());
    }
    return errors;
}

QStringList confirmUsable(const KubeConfig &config, const QString &contextName)
{
    if (config.isEmpty()) {
        return { emptyConfig() };
    }
    const QString name = contextName.isEmpty() ? config.currentContext : contextName;
    if (name.isEmpty()) {
        return { noContextChosen() };
    }
    const auto context = config.contexts.constFind(name);
    if (context == config.contexts.cend()) {
        return { contextNotFound(name) };
    }
    QStringList errors = validateContext(name, *context, config);
    errors << validateAuthInfo(context->user, config.users.value(context->user));
    errors << validateClusterInfo(context->cluster, config.clusters.value(context->cluster));
    return errors;
}

QString aggregate(const QStringList &errors)
{
    QStringList unique;
    for (const QString &e : errors) {
        if (!unique.contains(e)) {
            unique << e;
        }
    }
    if (unique.isEmpty()) {
        return QString();
    }
    const QString body
        = unique.size() == 1 ? unique.first() : QLatin1Char('[') + unique.join(QStringLiteral(", ")) + QLatin1Char(']');
    return QCoreApplication::translate("Sextant::Core", "invalid configuration: %1").arg(body);
}

} // namespace Sextant::Core::KubeconfigValidation
