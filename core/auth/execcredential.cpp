// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/execcredential.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free {
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

} // namespace

ApiError credentialsError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Credentials;
    error.message = message;
    return error;
}

bool isSupportedExecApiVersion(const QString &apiVersion)
{
    return apiVersion == QLatin1String("client.authentication.k8s.io/v1")
        || apiVersion == QLatin1String("client.authentication.k8s.io/v1beta1");
}

QByteArray buildExecInfo(const ExecConfig &exec, const RestConfig &config, bool interactive)
{
    QJsonObject spec { { QStringLiteral("interactive"), interactive } };
    if (exec.provideClusterInfo) {
        // Field names and omit-when-empty as client-go's clientauthentication Cluster.
        QJsonObject cluster { { QStringLiteral("server"), config.server.toString() } };
        if (!config.tlsServerName.isEmpty()) {
            cluster.insert(QStringLiteral("tls-server-name"), config.tlsServerName);
        }
        if (config.insecureSkipTlsVerify) {
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        }
        if (!config.caData.isEmpty()) {
            cluster.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(config.caData.toBase64()));
        }
        if (!config.proxyUrl.isEmpty()) {
            cluster.insert(QStringLiteral("proxy-url"), config.proxyUrl.toString());
        }
        if (config.disableCompression) {
            cluster.insert(QStringLiteral("disable-compression"), true);
        }
        if (!exec.clusterExtension.isEmpty()) {
            cluster.insert(QStringLiteral("config"), exec.clusterExtension);
        }
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info {
        { QStringLiteral("apiVersion"), exec.apiVersion },
        { QStringLiteral("kind"), QStringLiteral("ExecCredential") },
        { QStringLiteral("spec"), spec },
    };
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

bool isMatchingCertificateAndKey(const QByteArray &certPem, const QByteArray &keyPem)
{
    std::unique_ptr<BIO, BioFree> certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!certBio || !keyBio) {
        return false;
    }
    std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    // An empty passphrase callback result: encrypted keys fail instead of prompting on a terminal.
    std::unique_ptr<EVP_PKEY, PkeyFree> key(PEM_read_bio_PrivateKey(
        keyBio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr));
    const bool ok = cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error(); // leave no error queue behind for Qt's own OpenSSL use
    return ok;
}

Result<Credential> parseExecCredential(
    const QByteArray &output, const QString &expectedApiVersion, const QString &pluginLabel)
{
    auto fail = [&pluginLabel](const QString &why) {
        return makeUnexpected(credentialsError(pluginLabel + QStringLiteral(": ") + why));
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // errorString() describes the syntax only; the output itself is never quoted.
        return fail(
            tr("the output is not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject()) {
        return fail(tr("the output is not a JSON object"));
    }
    const QJsonObject root = document.object();
    const QJsonValue apiVersion = root.value(QStringLiteral("apiVersion"));
    if (!apiVersion.isString() || apiVersion.toString().isEmpty()) {
        return fail(tr("the output has no apiVersion; expected %1").arg(expectedApiVersion));
    }
    if (apiVersion.toString() != expectedApiVersion) {
        // The value read is not echoed: a broken plugin might put anything there.
        return fail(tr("the output's apiVersion does not match the configured %1").arg(expectedApiVersion));
    }
    if (root.value(QStringLiteral("kind")).toString() != QLatin1String("ExecCredential")) {
        return fail(tr("the output is not of kind ExecCredential"));
    }
    const QJsonValue statusValue = root.value(QStringLiteral("status"));
    if (!statusValue.isObject()) {
        return fail(tr("the output has no status"));
    }
    const QJsonObject status = statusValue.toObject();

    Credential credential;
    const QJsonValue token = status.value(QStringLiteral("token"));
    if (token.isString()) {
        credential.bearerToken = token.toString().toUtf8();
    }
    const QJsonValue certData = status.value(QStringLiteral("clientCertificateData"));
    const QJsonValue keyData = status.value(QStringLiteral("clientKeyData"));
    const bool hasCert = certData.isString() && !certData.toString().isEmpty();
    const bool hasKey = keyData.isString() && !keyData.toString().isEmpty();
    if (hasCert != hasKey) {
        return fail(hasCert ? tr("status has clientCertificateData but no clientKeyData")
                            : tr("status has clientKeyData but no clientCertificateData"));
    }
    if (hasCert) {
        credential.clientCertPem = certData.toString().toUtf8();
        credential.clientKeyPem = keyData.toString().toUtf8();
        if (!isMatchingCertificateAndKey(credential.clientCertPem, credential.clientKeyPem)) {
            return fail(tr("status.clientCertificateData and status.clientKeyData are not a valid PEM "
                           "certificate and matching private key"));
        }
    }
    if (credential.bearerToken.isEmpty() && !hasCert) {
        return fail(tr("status has neither a token nor a client certificate and key"));
    }

    const QJsonValue expiration = status.value(QStringLiteral("expirationTimestamp"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        const QDateTime expiry = QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs);
        if (!expiry.isValid()) {
            return fail(tr("status.expirationTimestamp is not an RFC 3339 time"));
        }
        credential.expiry = expiry.toUTC();
    }
    return credential;
}

} // namespace Sextant::Core
