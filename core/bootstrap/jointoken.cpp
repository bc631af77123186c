// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/bootstrap/jointoken.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Sextant::Core {

namespace {
// kubeadm's bootstrap token alphabet (k8s.io/cluster-bootstrap/token/api).
constexpr char kAlphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
const QString kDefaultGroup = QStringLiteral("system:bootstrappers:kubeadm:default-node-token");

QString randomString(int length)
{
    QString out;
    out.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system(); // a credential: the OS's CSPRNG
    for (int i = 0; i < length; ++i) {
        out.append(QLatin1Char(kAlphabet[random->bounded(int(sizeof(kAlphabet) - 1))]));
    }
    return out;
}

QJsonObject metadata(const QString &name, const QString &namespaceName = {})
{
    QJsonObject object { { QStringLiteral("name"), name } };
    if (!namespaceName.isEmpty()) {
        object.insert(QStringLiteral("namespace"), namespaceName);
    }
    return object;
}

QJsonObject clusterRoleBinding(const QString &name, const QString &role, const QString &group)
{
    return {
        { QStringLiteral("apiVersion"), QStringLiteral("rbac.authorization.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("ClusterRoleBinding") },
        { QStringLiteral("metadata"), metadata(name) },
        { QStringLiteral("roleRef"),
            QJsonObject { { QStringLiteral("apiGroup"), QStringLiteral("rbac.authorization.k8s.io") },
                { QStringLiteral("kind"), QStringLiteral("ClusterRole") }, { QStringLiteral("name"), role } } },
        { QStringLiteral("subjects"),
            QJsonArray { QJsonObject { { QStringLiteral("apiGroup"), QStringLiteral("rbac.authorization.k8s.io") },
                { QStringLiteral("kind"), QStringLiteral("Group") }, { QStringLiteral("name"), group } } } },
    };
}
} // namespace

bool BootstrapToken::isValid() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]{6}$"));
    static const QRegularExpression secretPattern(QStringLiteral("^[a-z0-9]{16}$"));
    return idPattern.match(id).hasMatch() && secretPattern.match(secret).hasMatch();
}

BootstrapToken BootstrapToken::generate(qint64 ttlSeconds, const QString &description)
{
    BootstrapToken token;
    token.id = randomString(6);
    token.secret = randomString(16);
    if (ttlSeconds > 0) {
        token.expires = QDateTime::currentDateTimeUtc().addSecs(ttlSeconds);
    }
    token.description = description;
    return token;
}

BootstrapToken BootstrapToken::parse(const QString &text)
{
    BootstrapToken token;
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() == 2) {
        token.id = parts.at(0);
        token.secret = parts.at(1);
    }
    if (!token.isValid()) {
        return {};
    }
    return token;
}

QJsonObject bootstrapTokenSecret(const BootstrapToken &token)
{
    QJsonObject data {
        { QStringLiteral("token-id"), token.id },
        { QStringLiteral("token-secret"), token.secret },
        { QStringLiteral("usage-bootstrap-authentication"), QStringLiteral("true") },
        { QStringLiteral("usage-bootstrap-signing"), QStringLiteral("true") },
        { QStringLiteral("auth-extra-groups"), kDefaultGroup },
    };
    if (token.expires.isValid()) {
        data.insert(QStringLiteral("expiration"), token.expires.toUTC().toString(Qt::ISODate));
    }
    if (!token.description.isEmpty()) {
        data.insert(QStringLiteral("description"), token.description);
    }
    return {
        { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Secret") },
        { QStringLiteral("metadata"),
            metadata(QStringLiteral("bootstrap-token-") + token.id, QStringLiteral("kube-system")) },
        { QStringLiteral("type"), QStringLiteral("bootstrap.kubernetes.io/token") },
        { QStringLiteral("stringData"), data },
    };
}

QList<QJsonObject> kubeadmJoinRbac()
{
    // As kubeadm init's bootstrap-token phase: joining nodes may post CSRs,
    // which are approved automatically, and renew their client certificates.
    const QJsonObject getNodes {
        { QStringLiteral("apiVersion"), QStringLiteral("rbac.authorization.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("ClusterRole") },
        { QStringLiteral("metadata"), metadata(QStringLiteral("kubeadm:get-nodes")) },
        { QStringLiteral("rules"),
            QJsonArray { QJsonObject { { QStringLiteral("apiGroups"), QJsonArray { QString() } },
                { QStringLiteral("resources"), QJsonArray { QStringLiteral("nodes") } },
                { QStringLiteral("verbs"), QJsonArray { QStringLiteral("get") } } } } },
    };
    return {
        getNodes,
        clusterRoleBinding(QStringLiteral("kubeadm:get-nodes"), QStringLiteral("kubeadm:get-nodes"), kDefaultGroup),
        clusterRoleBinding(
            QStringLiteral("kubeadm:kubelet-bootstrap"), QStringLiteral("system:node-bootstrapper"), kDefaultGroup),
        clusterRoleBinding(QStringLiteral("kubeadm:node-autoapprove-bootstrap"),
            QStringLiteral("system:certificates.k8s.io:certificatesigningrequests:nodeclient"), kDefaultGroup),
        clusterRoleBinding(QStringLiteral("kubeadm:node-autoapprove-certificate-rotation"),
            QStringLiteral("system:certificates.k8s.io:certificatesigningrequests:selfnodeclient"),
            QStringLiteral("system:nodes")),
    };
}

QString kubeadmJoinCommand(const QUrl &server, const BootstrapToken &token, const QString &caCertHash)
{
    const int port = server.port(443);
    const QString host = server.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + server.host() + QLatin1Char(']')
                                                                  : server.host();
    return QStringLiteral("kubeadm join %1:%2 --token %3 --discovery-token-ca-cert-hash %4")
        .arg(host)
        .arg(port)
        .arg(token.token(), caCertHash);
}

} // namespace Sextant::Core
