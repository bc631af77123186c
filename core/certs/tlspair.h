// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Sextant::Core {

// What a TLS Secret's certificate says, for the wizard to show before creation.
struct CertificateSummary {
    QString subject; // "CN=example.com,O=Example" (in certificate order, as openssl prints it)
    QString issuer;
    QStringList subjectAltNames; // "DNS:example.com", "IP:127.0.0.1"
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
    int chainLength = 0; // certificates in the PEM (leaf first)
};

// The verdict on a certificate + private key pair, as kubernetes.io/tls wants
// them: PEM that parses, a key that belongs to the (first) certificate, and a
// certificate valid now. Error texts never quote the key or the certificate.
struct TlsPairCheck {
    enum class Problem {
        None,
        CertificateUnreadable, // no PEM certificate in the data
        KeyUnreadable, // no PEM private key (or an encrypted one)
        KeyMismatch, // the key is not the certificate's
        Expired,
        NotYetValid,
    };
    Problem problem = Problem::None;
    QString message; // plain English, translated; empty when ok
    CertificateSummary certificate; // filled whenever the certificate parsed

    bool isOk() const { return problem == Problem::None; }
};

class TlsPair final {
    Q_DECLARE_TR_FUNCTIONS(TlsPair)
public:
    // Checks cert (PEM, optionally a chain) against key (PEM, PKCS#8, PKCS#1 or
    // SEC1) at the given time (default: now). Uses OpenSSL 3; never blocks on a
    // passphrase prompt.
    static TlsPairCheck check(const QByteArray &certificatePem, const QByteArray &keyPem, const QDateTime &at = {});
    // Only the certificate: summary and validity (problem Expired/NotYetValid/
    // CertificateUnreadable).
    static TlsPairCheck inspectCertificate(const QByteArray &certificatePem, const QDateTime &at = {});
};

} // namespace Sextant::Core
