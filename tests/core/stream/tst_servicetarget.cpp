// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/stream/servicetarget.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *kService = R"({"spec":{"selector":{"app":"web"},"ports":[
    {"name":"http","port":80,"targetPort":"http"},
    {"name":"metrics","port":9090,"targetPort":9100},
    {"name":"plain","port":8443}]}})";

QJsonObject pod(const char *name, const char *phase, bool ready)
{
    return QJsonObject {
        { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), QLatin1String(name) } } },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("phase"), QLatin1String(phase) },
                { QStringLiteral("conditions"),
                    QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("Ready") },
                        { QStringLiteral("status"), ready ? QStringLiteral("True") : QStringLiteral("False") } } } } } }
    };
}
} // namespace

class TestServiceTarget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void targetPort_namedPort_isString()
    {
        QCOMPARE(serviceTargetPort(json(kService), 80), QJsonValue(QStringLiteral("http")));
    }
    void targetPort_number_isNumber() { QCOMPARE(serviceTargetPort(json(kService), 9090).toInt(), 9100); }
    void targetPort_missing_defaultsToPort() { QCOMPARE(serviceTargetPort(json(kService), 8443).toInt(), 8443); }
    void targetPort_unknownPort_undefined() { QVERIFY(serviceTargetPort(json(kService), 1234).isUndefined()); }

    void containerPortByName_findsAcrossContainers()
    {
        const QJsonObject pod = json(R"({"spec":{"containers":[
            {"name":"a","ports":[{"name":"metrics","containerPort":9100}]},
            {"name":"b","ports":[{"name":"http","containerPort":8080}]}]}})");
        QCOMPARE(containerPortByName(pod, QStringLiteral("http")), 8080);
        QCOMPARE(containerPortByName(pod, QStringLiteral("nope")), 0);
    }

    void choosePod_prefersReadyRunning()
    {
        const QJsonArray pods { pod("pending", "Pending", false), pod("unready", "Running", false),
            pod("ready", "Running", true) };
        QCOMPARE(chooseForwardPod(pods).value(QLatin1String("metadata")).toObject().value(QLatin1String("name")),
            QJsonValue(QStringLiteral("ready")));
    }

    void choosePod_runningWhenNoneReady()
    {
        const QJsonArray pods { pod("pending", "Pending", false), pod("unready", "Running", false) };
        QCOMPARE(chooseForwardPod(pods).value(QLatin1String("metadata")).toObject().value(QLatin1String("name")),
            QJsonValue(QStringLiteral("unready")));
    }

    void choosePod_noneRunning_empty()
    {
        QVERIFY(chooseForwardPod(QJsonArray { pod("done", "Succeeded", false) }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceTarget)
#include "tst_servicetarget.moc"
