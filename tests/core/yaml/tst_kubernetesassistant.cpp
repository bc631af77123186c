// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/kubernetesassistant.h"
#include "core/yaml/schemaset.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Sextant::Core;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        out << QStringLiteral("%1:%2: %3: %4")
                   .arg(d.line)
                   .arg(d.column)
                   .arg(d.severity == Diagnostic::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
                       d.message);
    }
    return out.join(QLatin1Char('\n'));
}

QString corpusDir(const char *sub)
{
    return QStringLiteral(SEXTANT_TEST_DATA_DIR "/yaml/") + QLatin1String(sub);
}

// Text with one '|' marking the cursor -> text without it, and the cursor's 1-based line/column.
QByteArray withoutCursor(const QByteArray &marked, int *line, int *column)
{
    const qsizetype at = marked.indexOf('|');
    const QByteArray before = marked.left(at);
    *line = int(before.count('\n')) + 1;
    *column = int(at - (before.lastIndexOf('\n') + 1)) + 1;
    return before + marked.mid(at + 1);
}

QStringList labels(const QList<CompletionItem> &items)
{
    QStringList out;
    for (const CompletionItem &item : items) {
        out << item.label;
    }
    return out;
}

} // namespace

class TestKubernetesAssistant : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const ManifestAssistant> m_assistant;

private Q_SLOTS:
    void initTestCase()
    {
        m_assistant = createBundledAssistant();
        QVERIFY(m_assistant);
        const auto schemas = SchemaSet::bundled();
        QVERIFY(schemas);
        QCOMPARE(schemas->kubernetesVersion().left(5), QStringLiteral("v1.36"));
        QVERIFY(schemas->kind(QStringLiteral("apps/v1"), QStringLiteral("Deployment")));
        QCOMPARE(schemas->apiVersionsOfKind(QStringLiteral("HorizontalPodAutoscaler")),
            (QStringList { QStringLiteral("autoscaling/v1"), QStringLiteral("autoscaling/v2") }));
    }

    void corpus_validFilesValidateClean_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(corpusDir("valid")).entryList({ QStringLiteral("*.yaml") }, QDir::Files);
        QVERIFY(files.size() >= 8);
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file)) << corpusDir("valid") + QLatin1Char('/') + file;
        }
    }
    void corpus_validFilesValidateClean()
    {
        QFETCH(QString, path);
        const QByteArray text = readFile(path);
        QVERIFY(!text.isEmpty());
        const Diagnostics diagnostics = m_assistant->validate(text, {});
        QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics)));
    }

    void corpus_mutatedFilesFlaggedOnTheirLine_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(corpusDir("invalid")).entryList({ QStringLiteral("*.yaml") }, QDir::Files);
        QVERIFY(files.size() >= 25);
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file)) << corpusDir("invalid") + QLatin1Char('/') + file;
        }
    }
    void corpus_mutatedFilesFlaggedOnTheirLine()
    {
        QFETCH(QString, path);
        const QByteArray text = readFile(path);
        const bool warning = path.endsWith(QLatin1String("-warning.yaml"));
        const Diagnostic::Severity severity = warning ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error;
        static const QRegularExpression expect(QStringLiteral("# expect(?:@(\\d+))?: (.*)$"));
        const QList<QByteArray> lines = text.split('\n');
        const Diagnostics diagnostics = m_assistant->validate(text, {});
        int expectations = 0;
        QSet<int> expectedLines;
        for (int i = 0; i < lines.size(); ++i) {
            const auto match = expect.match(QString::fromUtf8(lines.at(i)));
            if (!match.hasMatch()) {
                continue;
            }
            ++expectations;
            expectedLines.insert(i + 1);
            const int column = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
            const QString message = match.captured(2);
            bool found = false;
            for (const Diagnostic &d : diagnostics) {
                found = found
                    || (d.line == i + 1 && d.severity == severity && d.message.contains(message)
                        && (column == 0 || d.column == column));
            }
            QVERIFY2(found,
                qPrintable(
                    QStringLiteral("expected at line %1%2: %3\ngot:\n%4")
                        .arg(i + 1)
                        .arg(column ? QStringLiteral(":%1").arg(column) : QString(), message, describe(diagnostics))));
        }
        QCOMPARE_GT(expectations, 0);
        for (const Diagnostic &d : diagnostics) {
            QVERIFY2(expectedLines.contains(d.line), qPrintable(QStringLiteral("unexpected: ") + describe({ d })));
        }
    }

    void validate_kubernetesVersion_knownMinorSilent_unknownWarns()
    {
        const QByteArray text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n";
        ValidationOptions options;
        options.kubernetesVersion = QStringLiteral("1.36");
        QVERIFY(m_assistant->validate(text, options).isEmpty());
        options.kubernetesVersion = QStringLiteral("1.20");
        const Diagnostics diagnostics = m_assistant->validate(text, options);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().severity, Diagnostic::Severity::Warning);
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("no schemas for Kubernetes 1.20")));
    }

    void validate_multiDocument_lineNumbersAreFileLines()
    {
        const QByteArray text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
                                "---\n"
                                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\nbogus: 1\n";
        const Diagnostics diagnostics = m_assistant->validate(text, {});
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().line, 10);
        QCOMPARE(diagnostics.first().column, 1);
        QCOMPARE(diagnostics.first().document, 1);
        QCOMPARE(diagnostics.first().path, QStringLiteral("bogus"));
    }

    void validate_hostileInput_clearErrorNoHang_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("lone comma") << QByteArray(",") << QStringLiteral("did not find expected node content");
        QTest::newRow("deep") << QByteArray(10000, '[') << QStringLiteral("nesting is deeper than 500 levels");
        QTest::newRow("bad utf-8") << QByteArray("kind: \xfe\n") << QStringLiteral("invalid UTF-8");
        QTest::newRow("scalar document") << QByteArray("just text\n")
                                         << QStringLiteral("expected an object at the top level, found string");
    }
    void validate_hostileInput_clearErrorNoHang()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        const Diagnostics diagnostics = m_assistant->validate(text, {});
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!diagnostics.isEmpty());
        QVERIFY2(diagnostics.first().message.contains(message), qPrintable(describe(diagnostics)));
    }

    void completions_atCursor_data()
    {
        QTest::addColumn<QByteArray>("marked");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("deployment spec keys")
            << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  |\n")
            << QStringList { QStringLiteral("selector"), QStringLiteral("template"), QStringLiteral("strategy") }
            << QStringList { QStringLiteral("replicas"), QStringLiteral("containers") };
        QTest::newRow("prefix filters") << QByteArray("apiVersion: apps/v1\nkind: Deployment\nspec:\n  rep|\n")
                                        << QStringList { QStringLiteral("replicas") }
                                        << QStringList { QStringLiteral("selector") };
        QTest::newRow("container keys in a list item, incomplete yaml")
            << QByteArray("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: web\n    image: [\n    |\n")
            << QStringList { QStringLiteral("imagePullPolicy"), QStringLiteral("ports"), QStringLiteral("resources") }
            << QStringList { QStringLiteral("name"), QStringLiteral("image") };
        QTest::newRow("new list item") << QByteArray(
            "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n  - |\n")
                                       << QStringList { QStringLiteral("name"), QStringLiteral("image") }
                                       << QStringList {};
        QTest::newRow("root keys") << QByteArray("apiVersion: v1\nkind: Service\n|\n")
                                   << QStringList { QStringLiteral("metadata"), QStringLiteral("spec") }
                                   << QStringList { QStringLiteral("kind"), QStringLiteral("status") };
        QTest::newRow("empty file") << QByteArray("|")
                                    << QStringList { QStringLiteral("apiVersion"), QStringLiteral("kind") }
                                    << QStringList {};
        QTest::newRow("kind of a custom resource from its prefix")
            << QByteArray("apiVersion: v1\nkind: Config|\n") << QStringList { QStringLiteral("ConfigMap") }
            << QStringList { QStringLiteral("Secret") };
        QTest::newRow("under a nested list of objects")
            << QByteArray("apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n"
                          "      - name: web\n        ports:\n        - containerPort: 80\n          |\n")
            << QStringList { QStringLiteral("protocol"), QStringLiteral("name"), QStringLiteral("hostPort") }
            << QStringList { QStringLiteral("containerPort"), QStringLiteral("image") };
        QTest::newRow("enum value") << QByteArray("apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy: |\n")
                                    << QStringList { QStringLiteral("Always"), QStringLiteral("Never"),
                                           QStringLiteral("OnFailure") }
                                    << QStringList {};
        QTest::newRow("enum value in a template")
            << QByteArray("apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n"
                          "      - name: web\n        imagePullPolicy: If|\n")
            << QStringList { QStringLiteral("IfNotPresent") } << QStringList { QStringLiteral("Always") };
        QTest::newRow("kind for apiVersion") << QByteArray("apiVersion: batch/v1\nkind: |\n")
                                             << QStringList { QStringLiteral("Job"), QStringLiteral("CronJob") }
                                             << QStringList { QStringLiteral("Pod") };
        QTest::newRow("apiVersion for kind")
            << QByteArray("apiVersion: |\nkind: Ingress\n") << QStringList { QStringLiteral("networking.k8s.io/v1") }
            << QStringList { QStringLiteral("v1") };
        QTest::newRow("second document") << QByteArray(
            "apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\nspec:\n  |\n")
                                         << QStringList { QStringLiteral("ports"), QStringLiteral("selector") }
                                         << QStringList { QStringLiteral("containers") };
    }
    void completions_atCursor()
    {
        QFETCH(QByteArray, marked);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        int line = 0;
        int column = 0;
        const QByteArray text = withoutCursor(marked, &line, &column);
        const QStringList offered = labels(m_assistant->completions(text, line, column));
        for (const QString &label : expected) {
            QVERIFY2(offered.contains(label),
                qPrintable(label + QStringLiteral(" missing from ") + offered.join(QLatin1Char(','))));
        }
        for (const QString &label : absent) {
            QVERIFY2(!offered.contains(label), qPrintable(label + QStringLiteral(" offered")));
        }
    }

    void completions_insertTextFitsTheField()
    {
        int line = 0;
        int column = 0;
        const QByteArray text = withoutCursor("apiVersion: apps/v1\nkind: Deployment\nspec:\n  |\n", &line, &column);
        const QList<CompletionItem> items = m_assistant->completions(text, line, column);
        const auto find = [&items](const QString &label) {
            for (const CompletionItem &item : items) {
                if (item.label == label) {
                    return item;
                }
            }
            return CompletionItem {};
        };
        QCOMPARE(find(QStringLiteral("replicas")).insertText, QStringLiteral("replicas: "));
        QCOMPARE(find(QStringLiteral("replicas")).detail, QStringLiteral("integer"));
        QCOMPARE(find(QStringLiteral("selector")).insertText, QStringLiteral("selector:\n    "));
        QVERIFY(find(QStringLiteral("selector")).detail.contains(QStringLiteral("required")));
        QVERIFY(!find(QStringLiteral("replicas")).documentation.isEmpty());
        // Required fields come first.
        QVERIFY(items.first().detail.contains(QStringLiteral("required")));
    }

    void help_onKeyAndValue()
    {
        const QByteArray text = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n  template:\n    spec:\n"
                                "      restartPolicy: Always\n";
        const auto replicas = m_assistant->help(text, 4, 4);
        QVERIFY(replicas.has_value());
        QCOMPARE(replicas->path, QStringLiteral("spec.replicas"));
        QCOMPARE(replicas->type, QStringLiteral("integer"));
        QVERIFY(replicas->description.contains(QStringLiteral("desired pods")));
        QVERIFY(!replicas->required);
        const auto policy = m_assistant->help(text, 7, 23);
        QVERIFY(policy.has_value());
        QCOMPARE(policy->path, QStringLiteral("spec.template.spec.restartPolicy"));
        QCOMPARE(policy->type, QStringLiteral("string (enum)"));
        QVERIFY(policy->enumValues.contains(QStringLiteral("OnFailure")));
        const auto spec = m_assistant->help(text, 3, 2);
        QVERIFY(spec.has_value());
        QCOMPARE(spec->type, QStringLiteral("DeploymentSpec"));
        QVERIFY(!m_assistant->help(text, 4, 0).has_value()
            || m_assistant->help(text, 4, 0)->path == QStringLiteral("spec.replicas"));
    }
};

QTEST_GUILESS_MAIN(TestKubernetesAssistant)
#include "tst_kubernetesassistant.moc"
