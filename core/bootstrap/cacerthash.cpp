// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/bootstrap/cacerthash.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <memory>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace Sextant::Core {

Result<QString> caCertHash(const QByteArray &pem)
{
    const auto fail = [](const char *message) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = QCoreApplication::translate("Sextant::Core", message);
        return Result<QString>(makeUnexpected(error));
    };
    if (pem.isEmpty()) {
        return fail("The cluster's CA certificate is empty.");
    }
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!certificate) {
        return fail("The cluster's CA is not a PEM certificate.");
    }
    const X509_PUBKEY *publicKey = X509_get_X509_PUBKEY(certificate.get());
    unsigned char *der = nullptr;
    const int length = publicKey ? i2d_X509_PUBKEY(publicKey, &der) : -1;
    if (length <= 0) {
        return fail("The cluster's CA certificate has no readable public key.");
    }
    const QByteArray spki(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return QString(QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex()));
}

} // namespace Sextant::Core
