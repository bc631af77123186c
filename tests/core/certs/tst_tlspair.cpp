// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/certs/tlspair.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;

namespace {
QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/tls/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every 16-character run of the key's base64 body: none may show up in a message.
QStringList keyFragments(const QByteArray &pem)
{
    QStringList fragments;
    for (const QByteArray &line : pem.split('\n')) {
        if (line.startsWith("-----") || line.size() < 16) {
            continue;
        }
        for (qsizetype i = 0; i + 16 <= line.size(); i += 8) {
            fragments.append(QString::fromLatin1(line.mid(i, 16)));
        }
    }
    return fragments;
}
} // namespace

// The TLS Secret check: certificate and key read with OpenSSL, matched and
// dated before anything is sent to the cluster.
class TestTlsPair final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A pair made by the openssl CLI, as a user would: RSA, SANs, 30 days.
        QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("shop.key"),
            QStringLiteral("-out"), path("shop.crt"), QStringLiteral("-days"), QStringLiteral("30"),
            QStringLiteral("-subj"), QStringLiteral("/CN=shop.example.com/O=Shop"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:shop.example.com,DNS:*.shop.example.com,IP:10.0.0.1") }));
        QVERIFY(openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"),
            path("other.key") }));
        QVERIFY(openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-aes256"),
            QStringLiteral("-pass"), QStringLiteral("pass:secret"), QStringLiteral("-out"), path("encrypted.key") }));
    }

    void check_matchingPairFromOpensslCli_isOkWithSubjectSansAndExpiry()
    {
        const TlsPairCheck result = TlsPair::check(file("shop.crt"), file("shop.key"));
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.certificate.subject, QStringLiteral("CN=shop.example.com,O=Shop"));
        QCOMPARE(result.certificate.subjectAltNames,
            (QStringList { QStringLiteral("DNS:shop.example.com"), QStringLiteral("DNS:*.shop.example.com"),
                QStringLiteral("IP:10.0.0.1") }));
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(result.certificate.notAfter);
        QVERIFY2(days >= 29 && days <= 30, qPrintable(QString::number(days)));
        QCOMPARE(result.certificate.chainLength, 1);
    }

    void check_checkedInEcPair_isOk()
    {
        const TlsPairCheck result = TlsPair::check(readData(QStringLiteral("server.crt")),
            readData(QStringLiteral("server.key")), QDateTime(QDate(2027, 6, 1), QTime(0, 0), Qt::UTC));
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.certificate.subject, QStringLiteral("CN=localhost"));
        QCOMPARE(result.certificate.subjectAltNames,
            (QStringList { QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1") }));
        QCOMPARE(result.certificate.notAfter, QDateTime(QDate(2125, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(result.certificate.issuer, QStringLiteral("CN=sextant-test-ca"));
    }

    void check_chainWithIntermediate_countsCertificates()
    {
        const TlsPairCheck result
            = TlsPair::check(readData(QStringLiteral("server.crt")) + readData(QStringLiteral("ca.crt")),
                readData(QStringLiteral("server.key")));
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.certificate.chainLength, 2);
    }

    void check_problems_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("messagePart");
        const QString data = QStringLiteral(SEXTANT_TEST_DATA_DIR "/tls/");
        QTest::newRow("mismatched rsa key")
            << path("shop.crt") << path("other.key") << QDateTime() << int(TlsPairCheck::Problem::KeyMismatch)
            << QStringLiteral("does not belong");
        QTest::newRow("mismatched ec key (client.key for server.crt)")
            << data + QStringLiteral("server.crt") << data + QStringLiteral("client.key") << QDateTime()
            << int(TlsPairCheck::Problem::KeyMismatch) << QStringLiteral("does not belong");
        QTest::newRow("expired") << data + QStringLiteral("expired.crt") << data + QStringLiteral("expired.key")
                                 << QDateTime() << int(TlsPairCheck::Problem::Expired)
                                 << QStringLiteral("expired on 2020-12-31");
        QTest::newRow("not yet valid") << data + QStringLiteral("server.crt") << data + QStringLiteral("server.key")
                                       << QDateTime(QDate(2025, 12, 31), QTime(12, 0), Qt::UTC)
                                       << int(TlsPairCheck::Problem::NotYetValid)
                                       << QStringLiteral("not valid before 2026-01-01 00:00 UTC");
        QTest::newRow("garbage certificate")
            << path("garbage") << path("shop.key") << QDateTime() << int(TlsPairCheck::Problem::CertificateUnreadable)
            << QStringLiteral("not a PEM certificate");
        QTest::newRow("key given as certificate")
            << path("shop.key") << path("shop.key") << QDateTime() << int(TlsPairCheck::Problem::CertificateUnreadable)
            << QStringLiteral("not a PEM certificate");
        QTest::newRow("garbage key") << path("shop.crt") << path("garbage") << QDateTime()
                                     << int(TlsPairCheck::Problem::KeyUnreadable)
                                     << QStringLiteral("not a PEM private key");
        QTest::newRow("certificate given as key")
            << path("shop.crt") << path("shop.crt") << QDateTime() << int(TlsPairCheck::Problem::KeyUnreadable)
            << QStringLiteral("not a PEM private key");
        QTest::newRow("encrypted key") << path("shop.crt") << path("encrypted.key") << QDateTime()
                                       << int(TlsPairCheck::Problem::KeyUnreadable) << QStringLiteral("encrypted");
    }

    void check_problems()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QDateTime, at);
        QFETCH(int, problem);
        QFETCH(QString, messagePart);
        if (!QFile::exists(path("garbage"))) {
            QFile garbage(path("garbage"));
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"
                          "-----BEGIN PRIVATE KEY-----\nQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n"
                          "-----END PRIVATE KEY-----\n");
        }
        const QByteArray keyPem = readFile(key);
        const TlsPairCheck result = TlsPair::check(readFile(certificate), keyPem, at);
        QCOMPARE(int(result.problem), problem);
        QVERIFY(!result.isOk());
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
        // Nothing of the key (or anything base64 from the files) is quoted.
        for (const QString &fragment : keyFragments(keyPem)) {
            QVERIFY2(!result.message.contains(fragment), qPrintable(fragment));
        }
        QVERIFY(!result.message.contains(QLatin1String("MII")));
    }

    void check_mismatch_stillReportsCertificate()
    {
        const TlsPairCheck result = TlsPair::check(file("shop.crt"), file("other.key"));
        QCOMPARE(result.problem, TlsPairCheck::Problem::KeyMismatch);
        QCOMPARE(result.certificate.subject, QStringLiteral("CN=shop.example.com,O=Shop"));
    }

    void inspectCertificate_expired_summaryAndProblem()
    {
        const TlsPairCheck result = TlsPair::inspectCertificate(readData(QStringLiteral("expired.crt")));
        QCOMPARE(result.problem, TlsPairCheck::Problem::Expired);
        QCOMPARE(result.certificate.notBefore, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(result.certificate.notAfter, QDateTime(QDate(2020, 12, 31), QTime(0, 0), Qt::UTC));
    }

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QByteArray file(const char *name) const { return readFile(path(name)); }
    static QByteArray readFile(const QString &name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool openssl(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning() << process.readAllStandardError();
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTlsPair)
#include "tst_tlspair.moc"
