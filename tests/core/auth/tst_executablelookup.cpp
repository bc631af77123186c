// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "authtesthelpers.h"
#include "core/auth/executablelookup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Sextant::Core;
using namespace Sextant::Core::Testing;

class TestExecutableLookup : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeShell(const QString &name, const QByteArray &script)
    {
        const QString file = m_dir.filePath(name);
        if (!writeTestFile(file, script)) {
            return {};
        }
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return file;
    }

    std::optional<QStringList> requestAndWait(int timeoutMs = 10000)
    {
        std::optional<QStringList> dirs;
        QObject context;
        LoginShellPath::request(&context, [&dirs](const QStringList &result) { dirs = result; });
        if (dirs) {
            return QStringList { QStringLiteral("<called synchronously>") };
        }
        (void)QTest::qWaitFor([&dirs] { return dirs.has_value(); }, timeoutMs);
        return dirs;
    }

private Q_SLOTS:
    void cleanup() { LoginShellPath::resetForTesting(); }

    void commonPluginDirectories_listsUsualPlaces()
    {
        const QStringList dirs = commonPluginDirectories();
        const QString home = QDir::homePath();
        QVERIFY(dirs.contains(home + QStringLiteral("/.local/bin")));
        QVERIFY(dirs.contains(QStringLiteral("/usr/local/bin")));
        QVERIFY(dirs.contains(QStringLiteral("/opt/homebrew/bin")));
        QVERIFY(dirs.contains(home + QStringLiteral("/go/bin")));
        QVERIFY(dirs.contains(home + QStringLiteral("/.krew/bin")));
    }

    void splitAndMerge_keepOrderDropEmptyAndDuplicates()
    {
        QCOMPARE(
            splitSearchPath(QStringLiteral("/a::/b:")), (QStringList { QStringLiteral("/a"), QStringLiteral("/b") }));
        QCOMPARE(mergeSearchPaths(
                     { QStringLiteral("/a"), QStringLiteral("/b") }, { QStringLiteral("/b"), QStringLiteral("/c") }),
            (QStringList { QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c") }));
    }

    void findExecutableIn_skipsNonExecutableFiles()
    {
        QVERIFY(m_dir.isValid());
        const QString first = m_dir.filePath(QStringLiteral("first"));
        const QString second = m_dir.filePath(QStringLiteral("second"));
        QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
        QVERIFY(writeTestFile(first + QStringLiteral("/tool"), "not executable"));
        QVERIFY(writeTestFile(second + QStringLiteral("/tool"), "#!/bin/sh\n"));
        QVERIFY(QFile::setPermissions(second + QStringLiteral("/tool"), QFile::ReadOwner | QFile::ExeOwner));
        QCOMPARE(findExecutableIn(QStringLiteral("tool"), { first, second }), second + QStringLiteral("/tool"));
        QCOMPARE(findExecutableIn(QStringLiteral("absent"), { first, second }), QString());
    }

    void request_loginShellPrintsBanner_pathAfterMarker()
    {
        const QString shell = writeShell(QStringLiteral("banner-shell"),
            "#!/bin/sh\necho 'Last login: today'\nPATH=/opt/x/bin:/usr/bin\nexport PATH\n"
            "[ \"$1\" = -lc ] || exit 64\nexec /bin/sh -c \"$2\"\n");
        LoginShellPath::resetForTesting(shell);
        const auto dirs = requestAndWait();
        QVERIFY(dirs.has_value());
        QCOMPARE(*dirs, (QStringList { QStringLiteral("/opt/x/bin"), QStringLiteral("/usr/bin") }));
    }

    void request_secondCaller_cachedNotRerun()
    {
        const QString counter = m_dir.filePath(QStringLiteral("shell-runs"));
        const QString shell = writeShell(QStringLiteral("counting-shell"),
            QStringLiteral("#!/bin/sh\necho run >> '%1'\nPATH=/counted\nexport PATH\n"
                           "exec /bin/sh -c \"$2\"\n")
                .arg(counter)
                .toUtf8());
        LoginShellPath::resetForTesting(shell);
        QCOMPARE(*requestAndWait(), QStringList { QStringLiteral("/counted") });
        QCOMPARE(*requestAndWait(), QStringList { QStringLiteral("/counted") }); // and never synchronously
        QCOMPARE(readTestFile(counter), QByteArray("run\n"));
    }

    void request_hungShell_timesOutEmpty()
    {
        const QString shell = writeShell(QStringLiteral("hung-shell"), "#!/bin/sh\nexec sleep 600\n");
        LoginShellPath::resetForTesting(shell, 300);
        QElapsedTimer timer;
        timer.start();
        const auto dirs = requestAndWait();
        QVERIFY(dirs.has_value());
        QVERIFY(dirs->isEmpty());
        QVERIFY(timer.elapsed() < 5000);
    }

    void request_failingShell_empty()
    {
        const QString shell = writeShell(QStringLiteral("failing-shell"), "#!/bin/sh\necho oops\nexit 1\n");
        LoginShellPath::resetForTesting(shell);
        const auto dirs = requestAndWait();
        QVERIFY(dirs.has_value());
        QVERIFY(dirs->isEmpty());
    }

    void request_noSuchShell_empty()
    {
        LoginShellPath::resetForTesting(m_dir.filePath(QStringLiteral("no-shell-here")));
        const auto dirs = requestAndWait();
        QVERIFY(dirs.has_value());
        QVERIFY(dirs->isEmpty());
    }

    void request_contextDestroyed_callbackDropped()
    {
        const QString shell = writeShell(
            QStringLiteral("slow-shell"), "#!/bin/sh\nsleep 0.2\nPATH=/slow\nexport PATH\nexec /bin/sh -c \"$2\"\n");
        LoginShellPath::resetForTesting(shell);
        bool called = false;
        auto *context = new QObject;
        LoginShellPath::request(context, [&called](const QStringList &) { called = true; });
        delete context;
        // A second, living caller tells us when the lookup is over.
        const auto dirs = requestAndWait();
        QVERIFY(dirs.has_value());
        QCOMPARE(*dirs, QStringList { QStringLiteral("/slow") });
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestExecutableLookup)
#include "tst_executablelookup.moc"
