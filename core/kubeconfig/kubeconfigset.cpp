// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigset.h"

#include "core/auth/ansiescape.h"
#include "core/kubeconfig/kubeconfigvalidation.h"
#include "core/kubeconfig/kubeconfigwriter.h"
#include "core/kubeconfig/kubeconfigyaml_p.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKubeconfigSet, "sextant.core.kubeconfig.set")

namespace Sextant::Core {

namespace {

const QString ExecClusterExtensionKey = QStringLiteral("client.authentication.k8s.io/exec");

Unexpected<ApiError> fail(const QString &message)
{
    return makeUnexpected(KubeconfigYaml::configurationError(message));
}

} // namespace

namespace {

// rest.DefaultServerURL: a host without scheme (or without host part) is http://.
QUrl serverUrl(const QString &server)
{
    QUrl url(server, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        url = QUrl(QStringLiteral("http://") + server, QUrl::StrictMode);
    }
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

KubeconfigSet KubeconfigSet::fromConfig(KubeConfig config, QStringList precedence, QString explicitPath)
{
    KubeconfigSet set;
    if (config.contextOrder.isEmpty()) {
        config.contextOrder = config.contexts.keys();
    }
    set.m_config = std::move(config);
    set.m_precedence = std::move(precedence);
    set.m_explicitPath = std::move(explicitPath);
    return set;
}

QString KubeconfigSet::originOfContext(const QString &name) const
{
    return m_config.contexts.value(name).origin.file;
}

QString KubeconfigSet::defaultFilename() const
{
    if (!m_explicitPath.isEmpty()) {
        return m_explicitPath;
    }
    for (const QString &file : m_precedence) {
        if (!file.isEmpty() && QFileInfo::exists(file)) {
            return file;
        }
    }
    return m_precedence.value(0);
}

QList<ContextInfo> KubeconfigSet::contexts() const
{
    QList<ContextInfo> list;
    for (const QString &name : m_config.contextOrder) {
        const KubeContext context = m_config.contexts.value(name);
        ContextInfo info;
        info.name = name;
        info.cluster = context.cluster;
        info.user = context.user;
        info.namespaceName = context.namespaceName;
        info.server = m_config.clusters.value(context.cluster).server;
        info.originFile = context.origin.file;
        info.isCurrent = name == m_config.currentContext;
        // Same checks as restConfig(), without reading credentials.
        ConfigOverrides overrides;
        overrides.context = name;
        QStringList errors = KubeconfigValidation::confirmUsable(m_config, name);
        const KubeAuthInfo user = m_config.users.value(context.user);
        if (user.authProvider) {
            const QString problem = KubeconfigValidation::authProviderError(*user.authProvider);
            if (!problem.isEmpty()) {
                errors << problem;
            }
        }
        const KubeCluster cluster = m_config.clusters.value(context.cluster);
        if (cluster.insecureSkipTlsVerify
            && (!cluster.certificateAuthority.isEmpty() || !cluster.certificateAuthorityData.isEmpty())) {
            errors << QCoreApplication::translate("Sextant::Core",
                "specifying a root certificates file with the insecure flag is not "
                "allowed");
        }
        info.error = KubeconfigValidation::aggregate(errors);
        list.append(info);
    }
    return list;
}

Result<RestConfig> KubeconfigSet::restConfig(const ConfigOverrides &overrides) const
{
    // Context: the override is "required"; current-context is checked by ConfirmUsable.
    const bool contextRequired = !overrides.context.isEmpty();
    const QString contextName = contextRequired ? overrides.context : m_config.currentContext;
    const bool contextExists = m_config.contexts.contains(contextName);
    if (contextRequired && !contextExists) {
        return fail(QCoreApplication::translate("Sextant::Core", "context \"%1\" does not exist").arg(contextName));
    }
    if (contextName.isEmpty() && overrides.server.isEmpty()) {
        return fail(KubeconfigValidation::noContextChosen());
    }

    KubeContext context = m_config.contexts.value(contextName);
    if (!overrides.cluster.isEmpty()) {
        context.cluster = overrides.cluster;
    }
    if (!overrides.user.isEmpty()) {
        context.user = overrides.user;
    }
    if (!overrides.namespaceName.isEmpty()) {
        context.namespaceName = overrides.namespaceName;
    }
    if (!overrides.user.isEmpty() && !m_config.users.contains(overrides.user)) {
        return fail(
            QCoreApplication::translate("Sextant::Core", "auth info \"%1\" does not exist").arg(overrides.user));
    }
    if (!overrides.cluster.isEmpty() && !m_config.clusters.contains(overrides.cluster)) {
        return fail(
            QCoreApplication::translate("Sextant::Core", "cluster \"%1\" does not exist").arg(overrides.cluster));
    }

    // getCluster: file values, then overrides, with the CA/insecure/server-name rules of the flags.
    KubeCluster cluster = m_config.clusters.value(context.cluster);
    if (!overrides.server.isEmpty()) {
        cluster.server = overrides.server;
    }
    if (overrides.insecureSkipTlsVerify || !overrides.certificateAuthority.isEmpty()) {
        cluster.insecureSkipTlsVerify = overrides.insecureSkipTlsVerify;
        cluster.certificateAuthority = overrides.certificateAuthority;
        cluster.certificateAuthorityData.clear();
    }
    if (!overrides.tlsServerName.isEmpty() || !overrides.server.isEmpty()) {
        cluster.tlsServerName = overrides.tlsServerName;
    }

    KubeAuthInfo user = m_config.users.value(context.user);
    if (!overrides.token.isEmpty()) {
        user.token = overrides.token;
    }
    if (!overrides.impersonate.isEmpty()) {
        user.impersonate = overrides.impersonate;
    }
    if (!overrides.impersonateUid.isEmpty()) {
        user.impersonateUid = overrides.impersonateUid;
    }
    if (!overrides.impersonateGroups.isEmpty()) {
        user.impersonateGroups = overrides.impersonateGroups;
    }

    // ConfirmUsable, plus validateContext so a dangling user/cluster reads as such.
    QStringList errors;
    if (!contextName.isEmpty() && !contextExists) {
        errors << KubeconfigValidation::contextNotFound(contextName);
    }
    if (contextExists) {
        errors << KubeconfigValidation::validateContext(contextName, context, m_config);
    } else if (!context.namespaceName.isEmpty() && !KubeconfigValidation::isDnsLabel(context.namespaceName)) {
        errors << QCoreApplication::translate(
            "Sextant::Core", "namespace \"%1\" does not conform to the kubernetes DNS_LABEL rules")
                      .arg(context.namespaceName);
    }
    errors << KubeconfigValidation::validateAuthInfo(context.user, user);
    errors << KubeconfigValidation::validateClusterInfo(context.cluster, cluster);
    if (!errors.isEmpty()) {
        return fail(KubeconfigValidation::aggregate(errors));
    }

    RestConfig rc;
    rc.contextName = contextName;
    rc.clusterName = context.cluster;
    rc.userName = context.user;
    rc.namespaceName = context.namespaceName.isEmpty() ? QStringLiteral("default") : context.namespaceName;
    rc.namespaceExplicit = !context.namespaceName.isEmpty();
    rc.contextOriginFile = m_config.contexts.value(contextName).origin.file;
    rc.clusterOriginFile = cluster.origin.file;
    rc.userOriginFile = user.origin.file;

    rc.server = serverUrl(cluster.server);
    if (!cluster.proxyUrl.isEmpty()) {
        const QString problem = KubeconfigValidation::parseProxyUrl(cluster.proxyUrl, &rc.proxyUrl);
        if (!problem.isEmpty()) {
            return fail(problem);
        }
    }
    rc.disableCompression = cluster.disableCompression;
    if (!user.impersonate.isEmpty()) {
        rc.impersonateUser = user.impersonate;
        rc.impersonateUid = user.impersonateUid;
        rc.impersonateGroups = user.impersonateGroups;
        rc.impersonateExtra = user.impersonateUserExtra;
    }

    // rest.IsConfigTransportTLS: credentials and server identity only over https.
    if (rc.server.scheme() != QLatin1String("https")) {
        qCDebug(lcKubeconfigSet) << "context" << contextName << "uses plain http: no credentials attached";
        return rc;
    }

    QString reason;
    if (!user.token.isEmpty()) {
        rc.token = user.token;
        rc.tokenFile = user.tokenFile;
    } else if (!user.tokenFile.isEmpty()) {
        QByteArray bytes;
        if (!KubeconfigYaml::readReferencedFile(user.tokenFile, &bytes, &reason)) {
            return fail(QCoreApplication::translate("Sextant::Core", "unable to read tokenFile %1 for %2 due to %3")
                            .arg(user.tokenFile, context.user, reason));
        }
        rc.token = QString::fromUtf8(bytes).trimmed(); // the transport's file token source trims
        rc.tokenFile = user.tokenFile;
    }
    if (!user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty()) {
        rc.clientCertFile = user.clientCertificate;
        rc.clientCertData = user.clientCertificateData;
        rc.clientKeyFile = user.clientKey;
        rc.clientKeyData = user.clientKeyData;
        if (rc.clientCertData.isEmpty()
            && !KubeconfigYaml::readReferencedFile(rc.clientCertFile, &rc.clientCertData, &reason)) {
            return fail(QCoreApplication::translate("Sextant::Core", "unable to read client-cert %1 for %2 due to %3")
                            .arg(rc.clientCertFile, context.user, reason));
        }
        if (rc.clientKeyData.isEmpty()
            && !KubeconfigYaml::readReferencedFile(rc.clientKeyFile, &rc.clientKeyData, &reason)) {
            return fail(QCoreApplication::translate("Sextant::Core", "unable to read client-key %1 for %2 due to %3")
                            .arg(rc.clientKeyFile, context.user, reason));
        }
    }
    if (!user.username.isEmpty() || !user.password.isEmpty()) {
        rc.username = user.username;
        rc.password = user.password;
    }
    if (user.authProvider) {
        const QString problem = KubeconfigValidation::authProviderError(*user.authProvider);
        if (!problem.isEmpty()) {
            return fail(problem);
        }
        rc.authProvider = user.authProvider;
    }
    if (user.exec) {
        ExecConfig exec = *user.exec;
        exec.installHint = cleanAnsiEscapeCodes(exec.installHint);
        exec.clusterExtension = cluster.extensions.value(ExecClusterExtensionKey).toObject();
        rc.exec = exec;
    }

    rc.caFile = cluster.certificateAuthority;
    rc.caData = cluster.certificateAuthorityData;
    rc.insecureSkipTlsVerify = cluster.insecureSkipTlsVerify;
    rc.tlsServerName = cluster.tlsServerName;
    if (rc.insecureSkipTlsVerify && (!rc.caFile.isEmpty() || !rc.caData.isEmpty())) {
        // transport.TLSConfigFor refuses this combination.
        return fail(QCoreApplication::translate("Sextant::Core",
            "specifying a root certificates file with the insecure flag is not "
            "allowed"));
    }
    if (rc.caData.isEmpty() && !rc.caFile.isEmpty()
        && !KubeconfigYaml::readReferencedFile(rc.caFile, &rc.caData, &reason)) {
        return fail(
            QCoreApplication::translate("Sextant::Core", "unable to read certificate-authority %1 for %2 due to %3")
                .arg(rc.caFile, context.cluster, reason));
    }
    return rc;
}

Result<void> KubeconfigSet::setCurrentContext(const QString &name) const
{
    const QString file = defaultFilename();
    if (file.isEmpty()) {
        return fail(QCoreApplication::translate("Sextant::Core", "no kubeconfig file to write current-context to"));
    }
    return Sextant::Core::setCurrentContext(file, name);
}

Result<void> KubeconfigSet::setContextNamespace(const QString &contextName, const QString &namespaceName) const
{
    const auto context = m_config.contexts.constFind(contextName);
    if (context == m_config.contexts.cend()) {
        return fail(QCoreApplication::translate("Sextant::Core", "context \"%1\" does not exist").arg(contextName));
    }
    const QString file = context->origin.file.isEmpty() ? defaultFilename() : context->origin.file;
    return Sextant::Core::setContextNamespace(file, contextName, namespaceName);
}

} // namespace Sextant::Core
