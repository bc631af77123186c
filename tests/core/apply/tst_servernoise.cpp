// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/servernoise.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sextant::Core;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestServerNoise final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutServerNoise_liveDeployment_keepsOnlyWhatUsersWrite()
    {
        const QJsonObject live = parse(R"({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web", "namespace": "demo", "uid": "1234", "resourceVersion": "77",
                         "generation": 3, "creationTimestamp": "2026-11-27T10:00:00Z",
                         "selfLink": "/apis/apps/v1/namespaces/demo/deployments/web",
                         "labels": {"app": "web"}, "annotations": {"note": "kept"},
                         "managedFields": [{"manager": "kubectl", "operation": "Apply"}]},
            "spec": {"replicas": 2},
            "status": {"replicas": 2, "readyReplicas": 2}})");
        const QJsonObject expected = parse(R"({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web", "namespace": "demo",
                         "labels": {"app": "web"}, "annotations": {"note": "kept"}},
            "spec": {"replicas": 2}})");
        QCOMPARE(withoutServerNoise(live), expected);
    }

    void withoutServerNoise_noMetadata_onlyStatusRemoved()
    {
        const QJsonObject object = parse(R"({"kind": "Thing", "status": {}, "data": {"a": "b"}})");
        QCOMPARE(withoutServerNoise(object), parse(R"({"kind": "Thing", "data": {"a": "b"}})"));
    }

    void withoutServerNoise_nestedNoiseNames_areKept()
    {
        // Only the object's own metadata is noise; a pod template's metadata is user data.
        const QJsonObject object = parse(
            R"({"metadata": {"uid": "x"}, "spec": {"template": {"metadata": {"creationTimestamp": null, "uid": "t"}}}})");
        QCOMPARE(withoutServerNoise(object),
            parse(R"({"metadata": {}, "spec": {"template": {"metadata": {"creationTimestamp": null, "uid": "t"}}}})"));
    }
};

QTEST_GUILESS_MAIN(TestServerNoise)
#include "tst_servernoise.moc"
