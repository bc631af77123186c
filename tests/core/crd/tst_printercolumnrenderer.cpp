// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/crd/customresourcecatalog.h"
#include "core/crd/printercolumnrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Sextant::Core;

Q_DECLARE_METATYPE(Sextant::Core::Health)

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(SEXTANT_TEST_DATA_DIR "/crd/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

QJsonArray items(const QString &name)
{
    return QJsonDocument::fromJson(readFixture(name)).object().value(QLatin1String("items")).toArray();
}

QJsonObject crdNamed(const QString &name)
{
    for (const QJsonValue &crd : items(QStringLiteral("crds.json"))) {
        if (crd.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString()
            == name) {
            return crd.toObject();
        }
    }
    return {};
}

// As tst_kubectlparity: kubectl pads cells by at least three spaces.
QRegularExpression linePattern(const QStringList &cells, const QList<bool> &wildcard)
{
    QStringList parts;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        parts.append(wildcard.at(i) ? QStringLiteral("\\S*") : QRegularExpression::escape(cells.at(i)));
    }
    return QRegularExpression(QLatin1Char('^') + parts.join(QStringLiteral(" {3,}")) + QStringLiteral(" *$"));
}

QJsonObject version(const char *columnsJson)
{
    return QJsonObject { { QStringLiteral("name"), QStringLiteral("v1") },
        { QStringLiteral("additionalPrinterColumns"), QJsonDocument::fromJson(QByteArray(columnsJson)).array() } };
}

} // namespace

// Custom resources captured from kube-sim (`kubectl get <crd> -A -o json`, the
// demo seed's orders and tests/data/crd/edge-*.yaml) render cell for cell as
// `kubectl get -A --no-headers` (and `-o wide`) printed them at the same moment.
class TestPrinterColumnRenderer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void render_capturedCustomResources_matchKubectl_data()
    {
        QTest::addColumn<QString>("crd");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("wide");
        QTest::newRow("orders") << QStringLiteral("orders.shop.sextant.io") << QStringLiteral("orders.json")
                                << QStringLiteral("orders.txt") << false;
        QTest::newRow("edge widgets") << QStringLiteral("widgets.edge.sextant.io")
                                      << QStringLiteral("edge-widgets.json") << QStringLiteral("edge-widgets.txt")
                                      << false;
        QTest::newRow("edge widgets wide")
            << QStringLiteral("widgets.edge.sextant.io") << QStringLiteral("edge-widgets.json")
            << QStringLiteral("edge-widgets-wide.txt") << true;
    }
    void render_capturedCustomResources_matchKubectl()
    {
        QFETCH(QString, crd);
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        QFETCH(bool, wide);

        const std::optional<CustomResourceEntry> entry = CustomResourceCatalog::entryFromCrd(crdNamed(crd));
        QVERIFY(entry.has_value());
        const auto *renderer = dynamic_cast<const PrinterColumnRenderer *>(entry->renderer.get());
        QVERIFY(renderer);
        QVERIFY2(renderer->errors().isEmpty(), qPrintable(renderer->errors().join(u'\n')));
        const QList<ColumnSpec> columns = renderer->columns();
        const QList<int> wideColumns = renderer->wideColumns();

        const QJsonArray objects = items(fixture);
        const QStringList lines = QString::fromUtf8(readFixture(expected)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!objects.isEmpty());
        QCOMPARE(lines.size(), objects.size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QJsonObject object = objects.at(i).toObject();
            const RenderedRow row = renderer->render(object);
            QCOMPARE(row.cells.size(), columns.size());
            QStringList cells { objectNamespace(object) };
            QList<bool> wildcard { false };
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (!wide && wideColumns.contains(int(c))) {
                    continue;
                }
                const ColumnSpec::Type type = columns.at(c).type;
                const bool aging = type == ColumnSpec::Type::Age
                    || (type == ColumnSpec::Type::Since && row.cells.at(c).typeId() == QMetaType::QDateTime);
                cells.append(PrinterColumnRenderer::kubectlText(row.cells.at(c), now));
                wildcard.append(aging);
            }
            const QRegularExpression pattern = linePattern(cells, wildcard);
            QVERIFY2(pattern.match(lines.at(i)).hasMatch(),
                qPrintable(
                    QStringLiteral("kubectl: '%1'\nours:    %2").arg(lines.at(i), cells.join(QStringLiteral(" | ")))));
        }
    }

    void columns_noPrinterColumns_nameAndAge()
    {
        const PrinterColumnRenderer renderer({});
        const QList<ColumnSpec> columns = renderer.columns();
        QCOMPARE(columns.size(), 2);
        QCOMPARE(QLatin1String(columns.at(0).title), QLatin1String("Name"));
        QCOMPARE(columns.at(1).type, ColumnSpec::Type::Age);
        const RenderedRow row = renderer.render(
            QJsonDocument::fromJson(R"({"metadata": {"name": "a", "creationTimestamp": "2026-11-27T18:00:00Z"}})")
                .object());
        QCOMPARE(row.cells.at(0).toString(), QStringLiteral("a"));
        QCOMPARE(row.created, QDateTime(QDate(2026, 11, 27), QTime(18, 0), Qt::UTC));
    }

    void columns_types_mapToColumnSpecs()
    {
        const PrinterColumnRenderer renderer = PrinterColumnRenderer::fromCrdVersion(version(R"([
            {"name": "Status", "type": "string", "jsonPath": ".status.phase"},
            {"name": "Count", "type": "integer", "jsonPath": ".spec.count"},
            {"name": "Ratio", "type": "number", "jsonPath": ".spec.ratio"},
            {"name": "Last", "type": "date", "jsonPath": ".status.last"},
            {"name": "Created", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
            {"name": "Debug", "type": "string", "jsonPath": ".spec.debug", "priority": 1}])"));
        const QList<ColumnSpec> columns = renderer.columns();
        QCOMPARE(columns.size(), 7);
        QCOMPARE(QLatin1String(columns.at(1).title), QLatin1String("Status"));
        QVERIFY(columns.at(1).showsHealth);
        QVERIFY(!columns.at(0).showsHealth);
        QCOMPARE(columns.at(2).type, ColumnSpec::Type::Number);
        QCOMPARE(columns.at(3).type, ColumnSpec::Type::Number);
        QCOMPARE(columns.at(4).type, ColumnSpec::Type::Since);
        QCOMPARE(columns.at(5).type, ColumnSpec::Type::Age);
        QCOMPARE(renderer.wideColumns(), QList<int> { 6 });
    }

    void render_cells_typedLikeTheTableConvertor()
    {
        const PrinterColumnRenderer renderer = PrinterColumnRenderer::fromCrdVersion(version(R"([
            {"name": "Count", "type": "integer", "jsonPath": ".spec.count"},
            {"name": "Ratio", "type": "number", "jsonPath": ".spec.ratio"},
            {"name": "On", "type": "boolean", "jsonPath": ".spec.on"},
            {"name": "Last", "type": "date", "jsonPath": ".status.last"},
            {"name": "Bad", "type": "date", "jsonPath": ".status.bad"},
            {"name": "Wrong", "type": "integer", "jsonPath": ".spec.text"},
            {"name": "Missing", "type": "string", "jsonPath": ".spec.none"}])"));
        const RenderedRow row = renderer.render(QJsonDocument::fromJson(R"({"metadata": {"name": "x"},
            "spec": {"count": 2.9, "ratio": 3, "on": false, "text": "seven"},
            "status": {"last": "2026-11-27T18:00:00Z", "bad": "yesterday"}})")
                                                    .object());
        const QDateTime now(QDate(2026, 11, 27), QTime(19, 30), Qt::UTC);
        QCOMPARE(row.cells.at(1), QVariant(qint64(2))); // int64(float64) truncates
        QCOMPARE(PrinterColumnRenderer::kubectlText(row.cells.at(2), now), QStringLiteral("3"));
        QCOMPARE(row.cells.at(3).toString(), QStringLiteral("false"));
        QCOMPARE(PrinterColumnRenderer::kubectlText(row.cells.at(4), now), QStringLiteral("90m"));
        QCOMPARE(row.cells.at(5).toString(), QStringLiteral("<invalid>"));
        QVERIFY(!row.cells.at(6).isValid());
        QCOMPARE(row.cells.at(7).toString(), QString());
    }

    void render_invalidJsonPath_emptyCellAndError()
    {
        const PrinterColumnRenderer renderer = PrinterColumnRenderer::fromCrdVersion(
            version(R"([{"name": "Broken", "type": "string", "jsonPath": ".spec[?(@.a<>1)]"}])"));
        QCOMPARE(renderer.errors().size(), 1);
        QVERIFY(renderer.errors().front().contains(QLatin1String("unrecognized filter operator")));
        const RenderedRow row = renderer.render(QJsonDocument::fromJson(R"({"metadata": {"name": "x"}})").object());
        QCOMPARE(row.cells.size(), 2);
        QCOMPARE(row.cells.at(1).toString(), QString());
    }

    void health_readyOrAvailableCondition_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<Health>("health");
        QTest::newRow("ready") << QByteArray(R"({"conditions": [{"type": "Ready", "status": "True"}]})")
                               << Health::Healthy;
        QTest::newRow("not ready") << QByteArray(R"({"conditions": [{"type": "Ready", "status": "False"}]})")
                                   << Health::Warning;
        QTest::newRow("ready unknown") << QByteArray(R"({"conditions": [{"type": "Ready", "status": "Unknown"}]})")
                                       << Health::Progressing;
        QTest::newRow("available") << QByteArray(R"({"conditions": [{"type": "Available", "status": "True"}]})")
                                   << Health::Healthy;
        QTest::newRow("other condition") << QByteArray(R"({"conditions": [{"type": "Synced", "status": "True"}]})")
                                         << Health::Unknown;
        QTest::newRow("no status") << QByteArray("{}") << Health::Unknown;
    }
    void health_readyOrAvailableCondition()
    {
        QFETCH(QByteArray, status);
        QFETCH(Health, health);
        QJsonObject object { { QStringLiteral("status"), QJsonDocument::fromJson(status).object() } };
        QCOMPARE(conditionHealth(object), health);
        QCOMPARE(PrinterColumnRenderer({}).render(object).health, health);
    }
};

QTEST_GUILESS_MAIN(TestPrinterColumnRenderer)
#include "tst_printercolumnrenderer.moc"
