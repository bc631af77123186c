// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "app/validatecommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Sextant;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run validate(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = App::runValidateCommand(
        QStringList { QStringLiteral("sextant"), QStringLiteral("validate") } + arguments, out, err);
    return run;
}

QString data(const char *relative)
{
    return QStringLiteral(SEXTANT_TEST_DATA_DIR "/yaml/") + QLatin1String(relative);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestValidateCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validFiles_exitZero_printNothing()
    {
        const Run run = validate({ data("valid/apps.yaml"), data("valid/core.yaml"), data("valid/crd.yaml") });
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, 0);
    }

    void invalidFile_printsFileLineColumn_exitOne()
    {
        const QString file = data("invalid/unknown-field.yaml");
        const Run run = validate({ data("valid/batch.yaml"), file });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out,
            file + QStringLiteral(":6:3: error: unknown field \"spec.replica\" (did you mean \"replicas\"?)\n"));
    }

    void warningsOnly_exitZero()
    {
        const Run run = validate({ data("invalid/unknown-crd-warning.yaml") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral(":2:1: warning: no schema for kind \"Gadget\"")));
    }

    void unknownKubernetesVersion_warns()
    {
        const Run run
            = validate({ QStringLiteral("--kubernetes-version"), QStringLiteral("1.20"), data("valid/rbac.yaml") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("warning: no schemas for Kubernetes 1.20; validated against v1.36")));
    }

    void schemaDir_withCrds_validatesCustomResources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile crd(data("valid/crd.yaml"));
        QVERIFY(crd.open(QIODevice::ReadOnly));
        const QByteArray all = crd.readAll();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("widgets.yaml")), all.left(all.indexOf("\n---\n"))));
        const QString widget = dir.filePath(QStringLiteral("widget.yaml"));
        QVERIFY(writeFile(widget,
            "apiVersion: corpus.example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 1\n  colour: "
            "red\n"));
        const Run withoutDir = validate({ widget });
        QCOMPARE(withoutDir.exitCode, 0);
        QVERIFY(withoutDir.out.contains(QStringLiteral("warning")));
        const Run run = validate({ QStringLiteral("--schema-dir"), dir.path(), widget });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(
            run.out, widget + QStringLiteral(":7:3: error: unknown field \"spec.colour\" (did you mean \"color\"?)\n"));
    }

    void unreadableFile_errorLine_exitOne()
    {
        const Run run = validate({ QStringLiteral("/nonexistent/x.yaml") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith(QStringLiteral("/nonexistent/x.yaml:1:1: error: cannot read")));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no files") << QStringList {} << 2;
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus"), QStringLiteral("x.yaml") } << 2;
        QTest::newRow("missing schema dir")
            << QStringList { QStringLiteral("--schema-dir"), QStringLiteral("/nonexistent"), QStringLiteral("x.yaml") }
            << 2;
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0;
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = validate(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY((exitCode == 0 ? run.out : run.err).contains(QStringLiteral("--schema-dir")));
    }

    void hostileFiles_clearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lone comma") << QByteArray(",\n")
                                    << QStringLiteral(":1:1: error: did not find expected node content");
        QTest::newRow("invalid utf-8") << QByteArray("a: \"\xc3\x28\"\n")
                                       << QStringLiteral(":1:5: error: invalid UTF-8 at byte offset 4");
        QTest::newRow("50 MB scalar") << (QByteArray("data: ") + QByteArray(50 * 1024 * 1024, 'x'))
                                      << QStringLiteral(":1:1: error: the file is larger than 24 MiB");
    }
    void hostileFiles_clearErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hostile.yaml"));
        QVERIFY(writeFile(file, content));
        const Run run = validate({ file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(file + expected), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
