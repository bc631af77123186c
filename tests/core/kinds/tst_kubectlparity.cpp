// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kinds/kindregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Sextant::Core;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/kube-sim/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

// kubectl's tab writer pads every cell by at least three spaces, so a row of
// known cells (ages as wildcards, empty cells as nothing) is one exact pattern.
QRegularExpression linePattern(const QStringList &cells, const QList<bool> &wildcard)
{
    QStringList parts;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        parts.append(wildcard.at(i) ? QStringLiteral("\\S*") : QRegularExpression::escape(cells.at(i)));
    }
    return QRegularExpression(QLatin1Char('^') + parts.join(QStringLiteral(" {3,}")) + QStringLiteral(" *$"));
}

} // namespace

// Every kind renders the objects captured from kube-sim (`kubectl get <resource>
// -A -o json`) cell for cell as `kubectl get <resource> -A --no-headers` printed
// them at the same moment; only age-like cells, which move with the clock, are skipped.
class TestKubectlParity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void render_capturedFixture_matchesKubectl_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("fixture"); // base name of the .json / .txt pair
        QTest::addColumn<bool>("namespaced");
        QTest::addColumn<QStringList>("timeColumns"); // titles of text columns that depend on "now"

        const auto row = [](const char *group, const char *resource, bool namespaced, QStringList time = {}) {
            QTest::newRow(resource) << QString::fromLatin1(group) << QString::fromLatin1(resource)
                                    << QString::fromLatin1(resource) << namespaced << time;
        };
        // The demo seed plus namespace "edge" (and cordoned/relabelled nodes): the tricky
        // cases, e.g. services with node ports, external IPs and hostnames, suspended and
        // failed jobs, HPAs with many metrics, selectors with expressions, a pending
        // claim, a beta default storage class.
        const auto edge = [](const char *group, const char *resource, bool namespaced, QStringList time = {}) {
            QTest::newRow(qPrintable(QStringLiteral("edge-") + QLatin1String(resource)))
                << QString::fromLatin1(group) << QString::fromLatin1(resource)
                << QStringLiteral("edge-") + QLatin1String(resource) << namespaced << time;
        };
        edge("", "services", true);
        edge("batch", "jobs", true, { QStringLiteral("Duration") }); // the failed job has no completion time
        edge("batch", "cronjobs", true);
        edge("apps", "daemonsets", true);
        edge("apps", "deployments", true);
        edge("autoscaling", "horizontalpodautoscalers", true);
        edge("networking.k8s.io", "networkpolicies", true);
        edge("networking.k8s.io", "ingresses", true);
        edge("", "persistentvolumeclaims", true);
        edge("discovery.k8s.io", "endpointslices", true);
        edge("", "configmaps", true);
        edge("", "secrets", true);
        edge("rbac.authorization.k8s.io", "rolebindings", true);
        edge("", "nodes", false);
        edge("", "persistentvolumes", false);
        edge("storage.k8s.io", "storageclasses", false);
        edge("networking.k8s.io", "ingressclasses", false);
        row("apps", "deployments", true);
        row("apps", "statefulsets", true);
        row("apps", "daemonsets", true);
        row("apps", "replicasets", true);
        row("batch", "jobs", true); // all captured jobs are finished: DURATION is fixed
        row("batch", "cronjobs", true, { QStringLiteral("Last schedule") });
        row("autoscaling", "horizontalpodautoscalers", true);
        row("", "services", true);
        row("discovery.k8s.io", "endpointslices", true);
        row("networking.k8s.io", "ingresses", true);
        row("networking.k8s.io", "ingressclasses", false);
        row("networking.k8s.io", "networkpolicies", true);
        row("", "configmaps", true);
        row("", "secrets", true);
        row("", "serviceaccounts", true);
        row("", "persistentvolumeclaims", true);
        row("", "persistentvolumes", false);
        row("storage.k8s.io", "storageclasses", false);
        row("", "nodes", false);
        row("", "events", true);
        QTest::newRow("events.events.k8s.io") << QStringLiteral("events.k8s.io") << QStringLiteral("events")
                                              << QStringLiteral("events.events.k8s.io") << true << QStringList();
        row("rbac.authorization.k8s.io", "roles", true);
        row("rbac.authorization.k8s.io", "clusterroles", false);
        row("rbac.authorization.k8s.io", "rolebindings", true);
        row("rbac.authorization.k8s.io", "clusterrolebindings", false);
    }

    void render_capturedFixture_matchesKubectl()
    {
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(QString, fixture);
        QFETCH(bool, namespaced);
        QFETCH(QStringList, timeColumns);

        const QJsonArray items = QJsonDocument::fromJson(readFixture(fixture + QStringLiteral(".json")))
                                     .object()
                                     .value(QLatin1String("items"))
                                     .toArray();
        const QStringList lines = QString::fromUtf8(readFixture(fixture + QStringLiteral(".txt")))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!items.isEmpty());
        QCOMPARE(lines.size(), items.size());

        const KindRenderer *renderer = KindRegistry::instance().renderer(group, resource);
        const QList<ColumnSpec> columns = renderer->columns();
        QVERIFY2(
            renderer != KindRegistry::instance().renderer(QStringLiteral("example.invalid"), QStringLiteral("none")),
            "resource fell back to the generic renderer");

        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject object = items.at(i).toObject();
            const RenderedRow row = renderer->render(object);
            QCOMPARE(row.cells.size(), columns.size());
            QVERIFY(row.created.isValid());

            QStringList cells;
            QList<bool> wildcard;
            if (namespaced) {
                cells.append(objectNamespace(object));
                wildcard.append(false);
            }
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const bool timeBound = columns.at(c).type == ColumnSpec::Type::Age
                    || timeColumns.contains(QLatin1String(columns.at(c).title));
                cells.append(row.cells.at(c).toString());
                wildcard.append(timeBound);
            }
            const QRegularExpression pattern = linePattern(cells, wildcard);
            QVERIFY2(pattern.match(lines.at(i)).hasMatch(),
                qPrintable(QStringLiteral("row %1\n  kubectl: %2\n  ours:    %3")
                               .arg(i)
                               .arg(lines.at(i), cells.join(QStringLiteral(" | ")))));
        }
    }
};

QTEST_GUILESS_MAIN(TestKubectlParity)
#include "tst_kubectlparity.moc"
