// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/loglinemodel.h"
#include "core/logs/loglinesplitter.h"
#include "ui/logs/logactions.h"
#include "ui/logs/logview.h"
#include "ui/logs/logwindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Sextant;
using namespace Sextant::Ui;

namespace {

const qint64 kBase = 1795756729LL * 1000000000LL;

Core::LogLines batch(int from, int count, const QString &source = QStringLiteral("web-1"))
{
    Core::LogLines lines;
    lines.reserve(count);
    for (int i = from; i < from + count; ++i) {
        lines.append(Core::LogLine { kBase + qint64(i) * 1000000,
            QStringLiteral("level=info msg=\"handled request\" seq=%1 method=GET path=/api/orders status=200").arg(i),
            source });
    }
    return lines;
}

bool atBottom(QListView *list)
{
    return list->verticalScrollBar()->value() == list->verticalScrollBar()->maximum();
}

} // namespace

class TestLogView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hundredThousandLines_appendSearchPause()
    {
        LogView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer timer;
        timer.start();
        qint64 modelMs = 0;
        for (int i = 0; i < 100; ++i) {
            const Core::LogLines lines = batch(i * 1000, 1000);
            QElapsedTimer append;
            append.start();
            view.appendLines(lines);
            modelMs += append.elapsed();
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY(atBottom(view.listView()));
        const qint64 appendMs = timer.elapsed();
        QCOMPARE(view.model()->rowCount(), 100000);
        QVERIFY(view.isFollowing());

        timer.restart();
        view.setSearchText(QStringLiteral("seq=4242 "));
        const qint64 searchMs = timer.elapsed();
        QCOMPARE(view.matchCount(), 1);
        QCOMPARE(view.currentMatchRow(), 4242);
        QVERIFY(!view.isFollowing()); // jumping to a match pauses following
        view.setSearchText(QStringLiteral("seq=9999"));
        QCOMPARE(view.matchCount(), 11); // 9999, 99990..99999
        QCOMPARE(view.currentMatchRow(), 99999); // newest first
        QVERIFY(view.findPrevious());
        QCOMPARE(view.currentMatchRow(), 99998);
        QVERIFY(view.findNext());
        QVERIFY(view.findNext());
        QCOMPARE(view.currentMatchRow(), 9999); // wrapped

        // Paused: lines keep arriving, the view stays where it is.
        const int scrolled = view.listView()->verticalScrollBar()->value();
        view.appendLines(batch(100000, 500));
        QTest::qWait(100);
        QCOMPARE(view.newLinesWhilePaused(), 500);
        QCOMPARE(view.model()->rowCount(), 100000); // capped: the oldest went
        QCOMPARE(view.model()->droppedLines(), 500);
        QVERIFY(view.listView()->verticalScrollBar()->value() <= scrolled);
        auto *newLines = view.findChild<QToolButton *>(QStringLiteral("newLinesToolButton"));
        QVERIFY(newLines && newLines->isVisible());
        QVERIFY(newLines->text().contains(QLatin1String("500")));

        timer.restart();
        newLines->click();
        QVERIFY(view.isFollowing());
        QTRY_VERIFY(atBottom(view.listView()));
        QCOMPARE(view.newLinesWhilePaused(), 0);
        const qint64 resumeMs = timer.elapsed();

        timer.restart();
        view.setWrap(true);
        QCoreApplication::processEvents();
        view.setWrap(false);
        const qint64 wrapMs = timer.elapsed();
        qInfo("model and view updates %lld ms", modelMs);
        qInfo("100,000 lines: append in 100 batches %lld ms, search %lld ms, resume %lld ms, wrap on/off %lld ms",
            appendMs, searchMs, resumeMs, wrapMs);
    }

    void saveTo_writesLoadedLines()
    {
        LogView view;
        view.appendLines(batch(0, 3, QStringLiteral("web-1")));
        view.setShowTimestamps(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web.log"));
        QVERIFY(view.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the final newline
        QVERIFY(lines.first().startsWith("2026-11-27T05:18:49.000000000Z level=info"));
        QVERIFY(!view.saveTo(dir.filePath(QStringLiteral("missing/dir/x.log"))));
        QVERIFY(view.statusText().contains(QLatin1String("Could not save")));
    }

    void escapeSequencesInLines_neverReachTheView()
    {
        LogView view;
        Core::LogLineSplitter splitter;
        view.appendLines(splitter.feed("2026-11-27T05:18:49Z \x1b]0;owned\x07\x1b[31mred\x1b[0m\n"));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->lineAt(0).text, QStringLiteral("red"));
    }

    void logsAction_targetsAndOptions()
    {
        const std::unique_ptr<ResourceAction> action = createLogsAction();
        const Core::ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
        const Core::ResourceRef deployments { QStringLiteral("apps"), QStringLiteral("v1"),
            QStringLiteral("deployments"), true };
        const Core::ResourceRef jobs { QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("jobs"), true };
        const Core::ResourceRef services { QString(), QStringLiteral("v1"), QStringLiteral("services"), true };
        const Core::ResourceRef cronjobs { QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("cronjobs"),
            true };
        QVERIFY(action->appliesTo(pods));
        QVERIFY(action->appliesTo(deployments));
        QVERIFY(action->appliesTo(jobs));
        QVERIFY(!action->appliesTo(services));
        QVERIFY(!action->appliesTo(cronjobs));
        QCOMPARE(action->id(), QStringLiteral("logs.show"));
        ActionRegistry registry;
        registerLogActions(registry);
        QVERIFY(registry.find(QStringLiteral("logs.show")));
        QCOMPARE(registry.actionsFor(deployments).size(), 1);

        ActionTarget target;
        target.resource = deployments;
        const QList<PermissionNeed> needs = action->permissions(target);
        QCOMPARE(needs.size(), 2);
        QCOMPARE(needs[0].verb, QStringLiteral("get"));
        QCOMPARE(needs[0].subresource, QStringLiteral("log"));
        QCOMPARE(needs[0].resource.resource, QStringLiteral("pods"));
        QCOMPARE(needs[1].verb, QStringLiteral("list"));

        const QJsonObject deployment {
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("frontend") },
                    { QStringLiteral("namespace"), QStringLiteral("shop") } } },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("selector"),
                    QJsonObject { { QStringLiteral("matchLabels"),
                        QJsonObject { { QStringLiteral("app"), QStringLiteral("frontend") } } } } } } },
        };
        const std::optional<Core::MergedLogsOptions> options = LogWindow::optionsFor(deployments, deployment);
        QVERIFY(options.has_value());
        QCOMPARE(options->namespaceName, QStringLiteral("shop"));
        QVERIFY(options->podName.isEmpty());
        QCOMPARE(
            options->selector.value(QLatin1String("matchLabels")).toObject().value(QLatin1String("app")).toString(),
            QStringLiteral("frontend"));
        target.objects = { deployment };
        QVERIFY(action->unavailableReason(target).isEmpty());

        const QJsonObject pod { { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("toolbox") },
                { QStringLiteral("namespace"), QStringLiteral("demo") } } } };
        QCOMPARE(LogWindow::optionsFor(pods, pod)->podName, QStringLiteral("toolbox"));
        // A target without a connection opens nothing and does not crash.
        target.objects = { pod };
        target.resource = pods;
        action->trigger(target, nullptr);
        QVERIFY(QApplication::topLevelWidgets().count() < 2 || !QApplication::activeWindow());
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
