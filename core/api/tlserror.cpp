// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/tlserror.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

// Most specific first: a mismatch or expiry says more than "untrusted".
int priority(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return 0;
    case QSslError::HostNameMismatch:
        return 1;
    default:
        return 2;
    }
}

QString describe(const QSslError &error, const QString &host)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return tr("the server certificate expired on %1").arg(certificate.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return tr("the server certificate is not valid before %1")
            .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::HostNameMismatch: {
        QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
        names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
        return tr("the server certificate is not valid for host name \"%1\" (it is for: %2)")
            .arg(host,
                names.isEmpty() ? certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))
                                : names.join(QStringLiteral(", ")));
    }
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return tr("the server certificate is not signed by a trusted certificate authority "
                  "(check certificate-authority-data of the cluster)");
    case QSslError::CertificateRevoked:
        return tr("the server certificate has been revoked");
    default:
        return error.errorString();
    }
}

} // namespace

ApiError tlsErrorFromSslErrors(const QList<QSslError> &errors, const QUrl &server, const QString &handshakeText)
{
    ApiError result;
    result.kind = ApiError::Kind::Tls;
    const QString host = server.host();
    if (errors.isEmpty()) {
        result.message = tr("TLS handshake with %1 failed: %2").arg(host, handshakeText);
        return result;
    }
    QList<QSslError> sorted = errors;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const QSslError &a, const QSslError &b) { return priority(a.error()) < priority(b.error()); });
    QStringList reasons;
    for (const QSslError &error : std::as_const(sorted)) {
        const QString reason = describe(error, host);
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    result.reason = QStringLiteral("CertificateVerificationFailed");
    result.message = tr("TLS verification of %1 failed: %2.").arg(host, reasons.join(QStringLiteral("; ")));
    return result;
}

} // namespace Sextant::Core
