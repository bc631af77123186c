// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/metadata/imagereference.h"

#include <QTest>

using Sextant::Core::ImageReference;

// Image references against the distribution grammar: what parses, into which
// parts, and why the rest is refused.
class TestImageReference final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_valid_splitsParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("normalized");
        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        QTest::newRow("short name") << "nginx"
                                    << ""
                                    << "nginx"
                                    << ""
                                    << ""
                                    << "docker.io/library/nginx";
        QTest::newRow("tag") << "nginx:1.27-alpine"
                             << ""
                             << "nginx"
                             << "1.27-alpine"
                             << ""
                             << "docker.io/library/nginx";
        QTest::newRow("hub org") << "bitnami/redis:7"
                                 << ""
                                 << "bitnami/redis"
                                 << "7"
                                 << ""
                                 << "docker.io/bitnami/redis";
        QTest::newRow("registry") << "ghcr.io/org/app:v1"
                                  << "ghcr.io"
                                  << "org/app"
                                  << "v1"
                                  << ""
                                  << "ghcr.io/org/app";
        QTest::newRow("registry port") << "localhost:5000/team/app"
                                       << "localhost:5000"
                                       << "team/app"
                                       << ""
                                       << ""
                                       << "localhost:5000/team/app";
        QTest::newRow("localhost") << "localhost/app"
                                   << "localhost"
                                   << "app"
                                   << ""
                                   << ""
                                   << "localhost/app";
        QTest::newRow("digest") << QStringLiteral("quay.io/a/b@") + digest << "quay.io"
                                << "a/b"
                                << "" << digest << "quay.io/a/b";
        QTest::newRow("tag and digest") << QStringLiteral("busybox:1.36@") + digest << ""
                                        << "busybox"
                                        << "1.36" << digest << "docker.io/library/busybox";
        QTest::newRow("separators") << "a/b__c.d-e---f:_x"
                                    << ""
                                    << "a/b__c.d-e---f"
                                    << "_x"
                                    << ""
                                    << "docker.io/a/b__c.d-e---f";
        QTest::newRow("ipv6") << "[::1]:5000/app"
                              << "[::1]:5000"
                              << "app"
                              << ""
                              << ""
                              << "[::1]:5000/app";
    }

    void parse_valid_splitsParts()
    {
        QFETCH(QString, text);
        const std::optional<ImageReference> ref = ImageReference::parse(text);
        QVERIFY2(ref, qPrintable(ImageReference::problems(text).join(QLatin1Char(';'))));
        QTEST(ref->domain, "domain");
        QTEST(ref->path, "path");
        QTEST(ref->tag, "tag");
        QTEST(ref->digest, "digest");
        QTEST(ref->normalizedName(), "normalized");
        QCOMPARE(ref->toString(), text);
        QVERIFY(ImageReference::problems(text).isEmpty());
    }

    void problems_invalid_sayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << ""
                               << "required";
        QTest::newRow("space") << "nginx latest"
                               << "spaces";
        QTest::newRow("upper case path") << "example.com/MyApp"
                                         << "lower case";
        QTest::newRow("upper case first") << "Nginx"
                                          << "lower case";
        QTest::newRow("trailing separator") << "nginx-"
                                            << "separated";
        QTest::newRow("double slash") << "a//b"
                                      << "separated";
        QTest::newRow("tag starts with dot") << "nginx:.1"
                                             << "tag";
        QTest::newRow("long tag") << QStringLiteral("nginx:") + QString(129, QLatin1Char('a')) << "tag";
        QTest::newRow("empty tag") << "nginx:"
                                   << "tag";
        QTest::newRow("short digest") << "nginx@sha256:abc"
                                      << "digest";
        QTest::newRow("sha256 length") << QStringLiteral("nginx@sha256:") + QString(40, QLatin1Char('a')) << "64 hex";
        QTest::newRow("no name") << ":1.0"
                                 << "missing";
        QTest::newRow("bad registry") << "-bad.io/app"
                                      << "registry";
        QTest::newRow("too long") << QStringLiteral("a/") + QString(254, QLatin1Char('b')) << "255";
    }

    void problems_invalid_sayWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QVERIFY(!ImageReference::parse(text));
        const QString problems = ImageReference::problems(text).join(QLatin1Char(';'));
        QVERIFY2(problems.contains(expected), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
