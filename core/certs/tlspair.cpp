// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/certs/tlspair.h"

#include <QHostAddress>
#include <QLoggingCategory>

#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

Q_LOGGING_CATEGORY(lcTlsPair, "sextant.core.tlspair")

namespace Sextant::Core {

namespace {

struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free {
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct NamesFree {
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

// OpenSSL keeps errors per thread; leaving ours there would confuse the next
// caller (QSslSocket reads the same queue).
struct ClearErrorsOnExit {
    ~ClearErrorsOnExit() { ERR_clear_error(); }
};

// Refuses to ask for a passphrase: an encrypted key simply does not load.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QString nameText(const X509_NAME *name)
{
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out
        || X509_NAME_print_ex(out.get(), name, 0, (XN_FLAG_RFC2253 & ~XN_FLAG_DN_REV & ~ASN1_STRFLGS_ESC_MSB)) < 0) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, size);
}

QDateTime timeOf(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
        QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString asn1Text(const ASN1_STRING *text)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(text)), ASN1_STRING_length(text));
}

QStringList subjectAltNames(X509 *cert)
{
    QStringList result;
    std::unique_ptr<GENERAL_NAMES, NamesFree> names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!names) {
        return result;
    }
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        switch (name->type) {
        case GEN_DNS:
            result.append(QStringLiteral("DNS:") + asn1Text(name->d.dNSName));
            break;
        case GEN_EMAIL:
            result.append(QStringLiteral("email:") + asn1Text(name->d.rfc822Name));
            break;
        case GEN_URI:
            result.append(QStringLiteral("URI:") + asn1Text(name->d.uniformResourceIdentifier));
            break;
        case GEN_IPADD: {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const auto *bytes = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4) {
                address.setAddress(
                    quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | quint32(bytes[3]));
            } else if (ASN1_STRING_length(ip) == 16) {
                address.setAddress(bytes);
            }
            result.append(QStringLiteral("IP:") + address.toString());
            break;
        }
        default:
            break;
        }
    }
    return result;
}

// The leaf (first) certificate and how many follow it.
X509Ptr readCertificates(const QByteArray &pem, int *count)
{
    BioPtr bio = memoryBio(pem);
    X509Ptr leaf(bio ? PEM_read_bio_X509(bio.get(), nullptr, &noPassphrase, nullptr) : nullptr);
    *count = leaf ? 1 : 0;
    while (leaf) {
        X509Ptr next(PEM_read_bio_X509(bio.get(), nullptr, &noPassphrase, nullptr));
        if (!next) {
            break;
        }
        ++*count;
    }
    return leaf;
}

} // namespace

TlsPairCheck TlsPair::inspectCertificate(const QByteArray &certificatePem, const QDateTime &at)
{
    const ClearErrorsOnExit clearErrors;
    TlsPairCheck result;
    int count = 0;
    const X509Ptr cert = readCertificates(certificatePem, &count);
    if (!cert) {
        result.problem = TlsPairCheck::Problem::CertificateUnreadable;
        result.message = tr("The certificate is not a PEM certificate (a block starting with "
                            "\"-----BEGIN CERTIFICATE-----\").");
        return result;
    }
    CertificateSummary &summary = result.certificate;
    summary.subject = nameText(X509_get_subject_name(cert.get()));
    summary.issuer = nameText(X509_get_issuer_name(cert.get()));
    summary.subjectAltNames = subjectAltNames(cert.get());
    summary.notBefore = timeOf(X509_get0_notBefore(cert.get()));
    summary.notAfter = timeOf(X509_get0_notAfter(cert.get()));
    summary.chainLength = count;

    const QDateTime now = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    if (summary.notAfter.isValid() && now > summary.notAfter) {
        result.problem = TlsPairCheck::Problem::Expired;
        result.message = tr("The certificate expired on %1.").arg(summary.notAfter.toString(format));
    } else if (summary.notBefore.isValid() && now < summary.notBefore) {
        result.problem = TlsPairCheck::Problem::NotYetValid;
        result.message = tr("The certificate is not valid before %1.").arg(summary.notBefore.toString(format));
    }
    return result;
}

TlsPairCheck TlsPair::check(const QByteArray &certificatePem, const QByteArray &keyPem, const QDateTime &at)
{
    const ClearErrorsOnExit clearErrors;
    TlsPairCheck result = inspectCertificate(certificatePem, at);
    if (result.problem == TlsPairCheck::Problem::CertificateUnreadable) {
        return result;
    }
    const TlsPairCheck validity = result;

    BioPtr keyBio = memoryBio(keyPem);
    const PkeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, &noPassphrase, nullptr) : nullptr);
    if (!key) {
        result.problem = TlsPairCheck::Problem::KeyUnreadable;
        result.message = keyPem.contains("ENCRYPTED")
            ? tr("The private key is encrypted. Kubernetes needs it without a passphrase "
                 "(e.g. openssl pkey -in key.pem -out plain.pem).")
            : tr("The private key is not a PEM private key (a block starting with \"-----BEGIN PRIVATE KEY-----\", "
                 "\"-----BEGIN RSA PRIVATE KEY-----\" or \"-----BEGIN EC PRIVATE KEY-----\").");
        return result;
    }

    int count = 0;
    const X509Ptr cert = readCertificates(certificatePem, &count);
    if (EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key.get()) != 1) {
        qCDebug(lcTlsPair) << "key does not match the certificate's public key";
        result.problem = TlsPairCheck::Problem::KeyMismatch;
        result.message = tr("The private key does not belong to the certificate: their public keys differ.");
        return result;
    }
    return validity;
}

} // namespace Sextant::Core
