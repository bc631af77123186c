// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

// The report's text form, shared by `sextant doctor` and the app.

#include "core/doctor/doctorreport.h"

#include <QTest>

using namespace Sextant::Core;

namespace {

DoctorStep makeStep(DoctorStep::Status status, const QString &title, const QString &detail, const QString &hint = {})
{
    DoctorStep step;
    step.id = QStringLiteral("x");
    step.status = status;
    step.title = title;
    step.detail = detail;
    step.hint = hint;
    return step;
}

} // namespace

class TestDoctorReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mark_everyStatus_fixedWidth_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mark");
        QTest::newRow("passed") << int(DoctorStep::Passed) << "[ OK ]";
        QTest::newRow("failed") << int(DoctorStep::Failed) << "[FAIL]";
        QTest::newRow("warning") << int(DoctorStep::Warning) << "[WARN]";
        QTest::newRow("skipped") << int(DoctorStep::Skipped) << "[SKIP]";
    }

    void mark_everyStatus_fixedWidth()
    {
        QFETCH(int, status);
        QFETCH(QString, mark);
        QCOMPARE(DoctorReport::mark(DoctorStep::Status(status)), mark);
        QCOMPARE(mark.size(), 6);
    }

    void formatStep_passed_oneLine()
    {
        QCOMPARE(DoctorReport::formatStep(makeStep(DoctorStep::Passed, QStringLiteral("Kubeconfig"),
                     QStringLiteral("context \"admin\" from /tmp/k (valid)"))),
            QStringLiteral("[ OK ] Kubeconfig: context \"admin\" from /tmp/k (valid)"));
    }

    void formatStep_failedWithHintAndMoreLines_indentsUnderTheTitle()
    {
        const DoctorStep step = makeStep(DoctorStep::Failed, QStringLiteral("Credentials obtained"),
            QStringLiteral("exec plugin \"x\" was not found.\nSearched PATH: /usr/bin:/bin\n\nInstall x."),
            QStringLiteral("Install the plugin."));
        QCOMPARE(DoctorReport::formatStep(step),
            QStringLiteral("[FAIL] Credentials obtained: exec plugin \"x\" was not found.\n"
                           "       Searched PATH: /usr/bin:/bin\n"
                           "\n"
                           "       Install x.\n"
                           "       hint: Install the plugin."));
    }

    void format_and_passed_warningsDoNotFail()
    {
        const QList<DoctorStep> steps = { makeStep(DoctorStep::Passed, QStringLiteral("A"), QStringLiteral("fine")),
            makeStep(DoctorStep::Warning, QStringLiteral("B"), QStringLiteral("careful"), QStringLiteral("fix it")) };
        QCOMPARE(
            DoctorReport::format(steps), QStringLiteral("[ OK ] A: fine\n[WARN] B: careful\n       hint: fix it\n"));
        QVERIFY(DoctorReport::passed(steps));
        QVERIFY(!DoctorReport::passed({ makeStep(DoctorStep::Failed, QStringLiteral("C"), QStringLiteral("broken")) }));
    }
};

QTEST_GUILESS_MAIN(TestDoctorReport)
#include "tst_doctorreport.moc"
