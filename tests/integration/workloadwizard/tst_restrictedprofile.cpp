// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/restrictedprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sextant;

// RestrictedProfile::problems against pod specs that do and do not meet
// Pod Security "restricted".
class TestRestrictedProfile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("podSpec");
        QTest::addColumn<QStringList>("expected"); // a fragment of each expected problem, in order

        const QByteArray locked = R"("allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]})";
        auto pod = [](const QByteArray &podContext, const QByteArray &containerContext,
                       const QByteArray &extra = {}) -> QByteArray {
            return "{\"securityContext\": {" + podContext
                + "}, \"containers\": [{\"name\": \"app\", "
                  "\"securityContext\": {"
                + containerContext + "}}]" + extra + "}";
        };
        QTest::newRow("pod-level nonroot and seccomp")
            << pod(R"("runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"})", locked) << QStringList();
        QTest::newRow("container-level everything") << pod({},
            locked
                + R"(, "runAsNonRoot": true, "seccompProfile": {"type": "Localhost", "localhostProfile": "a.json"}, "capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]})")
                                                    << QStringList();
        QTest::newRow("nothing set") << pod({}, {})
                                     << QStringList { QStringLiteral("app: privilege escalation"),
                                            QStringLiteral("app: does not drop ALL"),
                                            QStringLiteral("app: run as non-root is set neither"),
                                            QStringLiteral("app: no seccomp profile") };
        QTest::newRow("container turns nonroot off and seccomp unconfined")
            << pod(R"("runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"})",
                   locked + R"(, "runAsNonRoot": false, "seccompProfile": {"type": "Unconfined"})")
            << QStringList { QStringLiteral("app: run as non-root is turned off"),
                   QStringLiteral("app: the seccomp profile must be") };
        QTest::newRow("capability added beyond NET_BIND_SERVICE, privileged, root") << pod(
            R"("runAsNonRoot": true, "runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"})",
            R"("privileged": true, "allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE", "SYS_TIME"]})")
                                                                                    << QStringList { QStringLiteral(
                                                                                                         "the pod runs "
                                                                                                         "as user 0"),
                                                                                           QStringLiteral(
                                                                                               "app: is privileged"),
                                                                                           QStringLiteral(
                                                                                               "app: adds SYS_TIME") };
        QTest::newRow("pod seccomp unconfined, hostPath, hostNetwork") << pod(
            R"("runAsNonRoot": true, "seccompProfile": {"type": "Unconfined"})", locked,
            R"(, "hostNetwork": true, "volumes": [{"name": "logs", "hostPath": {"path": "/var/log"}}, {"name": "tmp", "emptyDir": {}}])")
                                                                       << QStringList { QStringLiteral("hostNetwork"),
                                                                              QStringLiteral(
                                                                                  "the pod's seccomp profile"),
                                                                              QStringLiteral(
                                                                                  "volume logs: a hostPath volume"),
                                                                              QStringLiteral(
                                                                                  "app: no seccomp profile") };
    }

    void problems()
    {
        QFETCH(QByteArray, podSpec);
        QFETCH(QStringList, expected);
        QJsonParseError error;
        const QJsonObject spec = QJsonDocument::fromJson(podSpec, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QStringList problems = Ui::RestrictedProfile::problems(spec);
        QCOMPARE(problems.size(), expected.size());
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QVERIFY2(problems.at(i).contains(expected.at(i)), qPrintable(problems.at(i)));
        }
    }

    void problems_initContainersCount()
    {
        const QJsonObject locked { { QStringLiteral("allowPrivilegeEscalation"), false },
            { QStringLiteral("capabilities"),
                QJsonObject { { QStringLiteral("drop"), QJsonArray { QStringLiteral("ALL") } } } } };
        const QJsonObject spec {
            { QStringLiteral("securityContext"),
                QJsonObject { { QStringLiteral("runAsNonRoot"), true },
                    { QStringLiteral("seccompProfile"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("RuntimeDefault") } } } } },
            { QStringLiteral("initContainers"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("setup") } } } },
            { QStringLiteral("containers"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                    { QStringLiteral("securityContext"), locked } } } },
        };
        const QStringList problems = Ui::RestrictedProfile::problems(spec);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).startsWith(QLatin1String("setup: privilege escalation")));
        QVERIFY(problems.at(1).startsWith(QLatin1String("setup: does not drop ALL")));
    }
};

QTEST_GUILESS_MAIN(TestRestrictedProfile)
#include "tst_restrictedprofile.moc"
