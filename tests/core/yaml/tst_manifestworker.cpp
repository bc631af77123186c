// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/kubernetesassistant.h"
#include "core/yaml/manifestassistant.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Sextant::Core;

namespace {

// Answers with what it saw and on which thread, after an optional delay.
class RecordingAssistant final : public ManifestAssistant {
public:
    mutable std::atomic<QThread *> lastThread { nullptr };
    mutable std::atomic<int> validations { 0 };
    int delayMs = 0;

    Diagnostics validate(const QByteArray &utf8, const ValidationOptions &options) const override
    {
        lastThread = QThread::currentThread();
        ++validations;
        QThread::msleep(delayMs);
        Diagnostic d;
        d.message = QString::fromUtf8(utf8);
        d.path = options.fileName;
        return { d };
    }
    QList<CompletionItem> completions(const QByteArray &, int line, int column) const override
    {
        lastThread = QThread::currentThread();
        return { CompletionItem { QStringLiteral("%1:%2").arg(line).arg(column), {}, {}, {} } };
    }
    std::optional<FieldHelp> help(const QByteArray &, int line, int) const override
    {
        lastThread = QThread::currentThread();
        if (line == 0) {
            return std::nullopt;
        }
        FieldHelp h;
        h.path = QStringLiteral("spec.replicas");
        return h;
    }
};

// Recursion as deep as yaml-cpp's DepthGuard allows, with a fat frame.
int deepRecursion(int depth)
{
    volatile char frame[512] = {};
    frame[0] = static_cast<char>(depth);
    return depth == 0 ? frame[0] : deepRecursion(depth - 1) + 1;
}

class DeepAssistant final : public ManifestAssistant {
public:
    Diagnostics validate(const QByteArray &, const ValidationOptions &) const override
    {
        Diagnostic d;
        d.line = deepRecursion(20000); // ~10 MiB of stack: fine on the worker's 64 MiB
        return { d };
    }
    QList<CompletionItem> completions(const QByteArray &, int, int) const override { return {}; }
    std::optional<FieldHelp> help(const QByteArray &, int, int) const override { return std::nullopt; }
};

} // namespace

class TestManifestWorker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validate_answersOnCallerThread_computedElsewhere()
    {
        auto assistant = std::make_shared<RecordingAssistant>();
        ManifestWorker worker(assistant);
        QSignalSpy spy(&worker, &ManifestWorker::validated);
        ValidationOptions options;
        options.fileName = QStringLiteral("a.yaml");
        const quint64 ticket = worker.validate("kind: Pod", options);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(0).at(0).value<quint64>(), ticket);
        const auto diagnostics = spy.at(0).at(1).value<Diagnostics>();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().message, QStringLiteral("kind: Pod"));
        QCOMPARE(diagnostics.first().path, QStringLiteral("a.yaml"));
        QVERIFY(assistant->lastThread.load() != QThread::currentThread());
        QVERIFY(assistant->lastThread.load() != nullptr);
    }

    void completeAndDescribe_deliverTheirOwnSignals()
    {
        ManifestWorker worker(std::make_shared<RecordingAssistant>());
        QSignalSpy completed(&worker, &ManifestWorker::completed);
        QSignalSpy described(&worker, &ManifestWorker::described);
        const quint64 c = worker.complete("", 3, 7);
        const quint64 h = worker.describe("", 2, 1);
        const quint64 none = worker.describe("", 0, 1);
        QTRY_COMPARE(completed.size(), 1);
        QTRY_VERIFY(!described.isEmpty());
        QCOMPARE(completed.at(0).at(0).value<quint64>(), c);
        QCOMPARE(completed.at(0).at(1).value<QList<CompletionItem>>().first().label, QStringLiteral("3:7"));
        // h may be superseded by the newer describe; the newest always arrives.
        const auto last = described.last();
        QCOMPARE(last.at(0).value<quint64>(), none);
        QVERIFY(!last.at(1).value<std::optional<FieldHelp>>().has_value());
        QVERIFY(h < none);
    }

    void validate_burst_olderQueuedJobsAreDropped()
    {
        auto assistant = std::make_shared<RecordingAssistant>();
        assistant->delayMs = 50;
        ManifestWorker worker(assistant);
        QSignalSpy spy(&worker, &ManifestWorker::validated);
        quint64 last = 0;
        for (int i = 0; i < 20; ++i) {
            last = worker.validate(QByteArray::number(i), {});
        }
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().at(0).value<quint64>() == last, 5000);
        QVERIFY(spy.size() < 20);
        QCOMPARE(spy.last().at(1).value<Diagnostics>().first().message, QStringLiteral("19"));
    }

    void destroy_whileJobRuns_noAnswerAndNoCrash()
    {
        auto assistant = std::make_shared<RecordingAssistant>();
        assistant->delayMs = 400;
        {
            ManifestWorker worker(assistant);
            worker.validate("x", {});
            QTRY_COMPARE(assistant->validations.load(), 1);
        } // destroyed mid-job: must not block long nor deliver to a dead object
        QTest::qWait(600);
        QCOMPARE(assistant->validations.load(), 1);
    }

    void bundledAssistant_nestingAtTheParserLimit_answersFromTheWorker()
    {
        // 499 nested '[': yaml-cpp recurses that deep (it crashes on a 128 KiB stack).
        ManifestWorker worker(createBundledAssistant());
        QSignalSpy spy(&worker, &ManifestWorker::validated);
        worker.validate(QByteArray(499, '[') + QByteArray(499, ']'), {});
        QVERIFY(spy.wait(10000));
        const auto diagnostics = spy.at(0).at(1).value<Diagnostics>();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().message, QStringLiteral("expected an object at the top level, found array"));
        worker.validate(QByteArray(10000, '['), {});
        QVERIFY(spy.wait(10000));
        QCOMPARE(
            spy.at(1).at(1).value<Diagnostics>().first().message, QStringLiteral("nesting is deeper than 500 levels"));
    }

    void workerThread_hasStackForDeepRecursion()
    {
        ManifestWorker worker(std::make_shared<DeepAssistant>());
        QSignalSpy spy(&worker, &ManifestWorker::validated);
        worker.validate("", {});
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(0).at(1).value<Diagnostics>().first().line, 20000);
    }
};

QTEST_GUILESS_MAIN(TestManifestWorker)
#include "tst_manifestworker.moc"
