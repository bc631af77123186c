// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigloader.h"

#include "core/kubeconfig/kubeconfigparser.h"
#include "core/kubeconfig/kubeconfigvalidation.h"
#include "core/kubeconfig/kubeconfigyaml_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcKubeconfigLoader, "sextant.core.kubeconfig.loader")

namespace Sextant::Core {

namespace {

QString resolvePath(const QString &path, const QString &base)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path)) {
        return path;
    }
    return QDir::cleanPath(base + QLatin1Char('/') + path); // filepath.Join cleans too
}

QString baseDirOf(const KubeOrigin &origin)
{
    return QFileInfo(origin.file).absolutePath();
}

} // namespace

LoadOptions LoadOptions::fromEnvironment(const QString &explicitPath)
{
    LoadOptions options;
    options.explicitPath = explicitPath;
    options.envKubeconfig = qEnvironmentVariable("KUBECONFIG");
    return options;
}

QStringList KubeconfigLoader::splitKubeconfigList(const QString &value)
{
#ifdef Q_OS_WIN
    const QChar separator = QLatin1Char(';');
#else
    const QChar separator = QLatin1Char(':');
#endif
    QStringList result;
    if (value.isEmpty()) {
        return result; // filepath.SplitList("") is empty
    }
    for (const QString &entry : value.split(separator)) {
        if (!result.contains(entry)) {
            result.append(entry);
        }
    }
    return result;
}

QStringList KubeconfigLoader::precedence(const LoadOptions &options)
{
    if (!options.explicitPath.isEmpty()) {
        return { options.explicitPath };
    }
    if (!options.envKubeconfig.isEmpty()) {
        return splitKubeconfigList(options.envKubeconfig);
    }
    const QString home = options.homePath.isEmpty() ? QDir::homePath() : options.homePath;
    return { QDir::cleanPath(home + QStringLiteral("/.kube/config")) };
}

KubeConfig KubeconfigLoader::merge(const QList<KubeConfig> &files)
{
    KubeConfig merged;
    for (const KubeConfig &file : files) {
        for (auto it = file.clusters.cbegin(); it != file.clusters.cend(); ++it) {
            if (!merged.clusters.contains(it.key())) {
                merged.clusters.insert(it.key(), it.value());
            }
        }
        for (auto it = file.users.cbegin(); it != file.users.cend(); ++it) {
            if (!merged.users.contains(it.key())) {
                merged.users.insert(it.key(), it.value());
            }
        }
        for (const QString &name : file.contextOrder) {
            if (!merged.contexts.contains(name)) {
                merged.contexts.insert(name, file.contexts.value(name));
                merged.contextOrder.append(name);
            }
        }
        for (auto it = file.extensions.cbegin(); it != file.extensions.cend(); ++it) {
            if (!merged.extensions.contains(it.key())) {
                merged.extensions.insert(it.key(), it.value());
            }
        }
        if (merged.currentContext.isEmpty()) {
            merged.currentContext = file.currentContext;
        }
        // mergo in reverse order: a non-zero value from an earlier file wins, map keys likewise.
        merged.preferences.colors = merged.preferences.colors || file.preferences.colors;
        for (auto it = file.preferences.extensions.cbegin(); it != file.preferences.extensions.cend(); ++it) {
            if (!merged.preferences.extensions.contains(it.key())) {
                merged.preferences.extensions.insert(it.key(), it.value());
            }
        }
    }
    return merged;
}

void KubeconfigLoader::resolveLocalPaths(KubeConfig &config)
{
    for (KubeCluster &cluster : config.clusters) {
        if (cluster.origin.file.isEmpty()) {
            continue;
        }
        cluster.certificateAuthority = resolvePath(cluster.certificateAuthority, baseDirOf(cluster.origin));
    }
    for (KubeAuthInfo &user : config.users) {
        if (user.origin.file.isEmpty()) {
            continue;
        }
        const QString base = baseDirOf(user.origin);
        user.clientCertificate = resolvePath(user.clientCertificate, base);
        user.clientKey = resolvePath(user.clientKey, base);
        user.tokenFile = resolvePath(user.tokenFile, base);
        // Only a command with a separator is a path; a bare name is looked up on PATH.
        if (user.exec && user.exec->command.contains(QDir::separator())) {
            user.exec->command = resolvePath(user.exec->command, base);
        }
    }
}

Result<KubeconfigSet> KubeconfigLoader::load(const LoadOptions &options)
{
    KubeconfigSet set;
    set.m_explicitPath = options.explicitPath;
    set.m_precedence = precedence(options);

    if (!options.explicitPath.isEmpty() && !QFileInfo::exists(options.explicitPath)) {
        return makeUnexpected(KubeconfigYaml::configurationError(
            QCoreApplication::translate("Sextant::Core", "stat %1: no such file or directory")
                .arg(options.explicitPath)));
    }

    QList<KubeConfig> parsed;
    QStringList missing;
    for (const QString &file : std::as_const(set.m_precedence)) {
        if (file.isEmpty()) {
            continue;
        }
        const QFileInfo info(file);
        if (!info.exists()) {
            missing.append(file);
            continue;
        }
        auto config = KubeconfigParser::parseFile(file);
        if (!config) {
            qCDebug(lcKubeconfigLoader) << "could not load" << file;
            set.m_loadErrors.append({ file, config.error().message });
            continue;
        }
        parsed.append(*config);
    }
    // WarnIfAllMissing is only set for the KUBECONFIG list.
    const bool warnIfAllMissing = options.explicitPath.isEmpty() && !options.envKubeconfig.isEmpty();
    if (warnIfAllMissing && !missing.isEmpty() && parsed.isEmpty()) {
        set.m_warnings.append(QCoreApplication::translate("Sextant::Core", "Config not found: %1")
                                  .arg(missing.join(QStringLiteral(", "))));
    }

    set.m_config = merge(parsed);
    resolveLocalPaths(set.m_config);
    if (!set.m_config.currentContext.isEmpty() && !set.m_config.contexts.contains(set.m_config.currentContext)) {
        set.m_warnings.append(KubeconfigValidation::contextNotFound(set.m_config.currentContext));
    }
    return set;
}

} // namespace Sextant::Core
