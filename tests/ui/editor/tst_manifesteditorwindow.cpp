// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/kubernetesassistant.h"
#include "fakeassistant.h"
#include "ui/editor/codeeditor.h"
#include "ui/editor/editortab.h"
#include "ui/editor/manifesteditorwindow.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>

using Sextant::Core::Diagnostic;
using Sextant::Ui::EditorTab;
using Sextant::Ui::ManifestEditorWindow;

namespace {

const QString DeploymentYaml = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: demo
  labels:
    app: web
spec:
  replica: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.25
          imagePullPolicy: Sometimes
          ports:
            - containerPort: 80
)");

Sextant::Core::Diagnostics deploymentProblems()
{
    Diagnostic unknown;
    unknown.line = 9;
    unknown.column = 3;
    unknown.length = 7;
    unknown.message = QStringLiteral("unknown field \"spec.replica\" (did you mean \"replicas\"?)");
    unknown.path = QStringLiteral("spec.replica");
    Diagnostic badEnum;
    badEnum.line = 21;
    badEnum.column = 28;
    badEnum.length = 9;
    badEnum.message = QStringLiteral(
        "spec.template.spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: "
        "\"Always\", \"IfNotPresent\", \"Never\"");
    badEnum.path = QStringLiteral("spec.template.spec.containers[0].imagePullPolicy");
    return { unknown, badEnum };
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write test file");
    }
    file.write(data);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR", QStringLiteral(SEXTANT_TEST_BINARY_DIR));
    return dir + QLatin1Char('/') + name;
}

} // namespace

class TestManifestEditorWindow : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<FakeAssistant> m_assistant;
    QString m_recoveryDir;

    std::unique_ptr<ManifestEditorWindow> makeWindow()
    {
        auto window = std::make_unique<ManifestEditorWindow>(m_assistant);
        window->show();
        return window;
    }

    // Null when no visible box of that name shows up in time (the caller's QVERIFY fails then).
    static QMessageBox *waitForBox(QWidget *window, const QString &name)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = window->findChild<QMessageBox *>(name);
                return box != nullptr && box->isVisible();
            },
            5000);
        return shown ? box : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_recoveryDir = Sextant::Ui::RecoveryStore::defaultDirectory();
    }

    void init()
    {
        QDir(m_recoveryDir).removeRecursively();
        m_assistant = std::make_shared<FakeAssistant>();
    }

    void problems_appearUnderlinedAndListed_activatingMovesCursor()
    {
        m_assistant->setDiagnostics(deploymentProblems());
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("web.yaml"), DeploymentYaml.toUtf8());
        auto window = makeWindow();
        window->openFiles({ path });
        QCOMPARE(window->tabCount(), 1);
        QStandardItemModel *problems = window->problemsModel();
        QTRY_COMPARE(problems->rowCount(), 2);
        QCOMPARE(problems->index(0, 0).data().toString(), QStringLiteral("web.yaml"));
        QCOMPARE(problems->index(0, 1).data().toString(), QStringLiteral("9:3"));
        QCOMPARE(problems->index(0, 2).data().toString(), QStringLiteral("Error"));
        QVERIFY(problems->index(0, 3).data().toString().contains(QLatin1String("spec.replica")));
        QCOMPARE(problems->index(1, 1).data().toString(), QStringLiteral("21:28"));

        const QList<QTextEdit::ExtraSelection> underlines = window->currentTab()->editor()->diagnosticSelections();
        QCOMPARE(underlines.size(), 2);
        QCOMPARE(underlines.at(0).cursor.selectedText(), QStringLiteral("replica"));
        QCOMPARE(underlines.at(1).cursor.selectedText(), QStringLiteral("Sometimes"));

        Q_EMIT window->problemsView()->activated(problems->index(1, 3));
        QCOMPARE(window->currentTab()->editor()->currentLine(), 21);
        QCOMPARE(window->currentTab()->editor()->currentColumn(), 28);
        const QLabel *problemsLabel = nullptr;
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("Errors:"))) {
                problemsLabel = label;
            }
        }
        QVERIFY(problemsLabel != nullptr);
        QCOMPARE(problemsLabel->text(), QStringLiteral("Errors: 2  Warnings: 0"));
    }

    void versionSelector_revalidatesWithChosenVersion()
    {
        auto window = makeWindow();
        window->setAvailableVersions({ QStringLiteral("1.31"), QStringLiteral("1.30") });
        window->newDocument(QStringLiteral("kind: Pod\n"));
        QComboBox *versions = window->versionSelector();
        QCOMPARE(versions->count(), 3);
        versions->setCurrentIndex(2);
        Q_EMIT versions->activated(2);
        QCOMPARE(window->currentTab()->kubernetesVersion(), QStringLiteral("1.30"));
        QTRY_COMPARE(m_assistant->lastVersion(), QStringLiteral("1.30"));
        // Each tab has its own target.
        window->newDocument();
        QCOMPARE(versions->currentIndex(), 0);
    }

    void editing_revalidatesAfterAPause()
    {
        auto window = makeWindow();
        EditorTab *tab = window->newDocument(QStringLiteral("kind: Pod\n"));
        QTRY_COMPARE(m_assistant->validations(), 1);
        tab->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(tab->editor(), QStringLiteral("metadata"));
        QTest::qWait(100);
        QCOMPARE(m_assistant->validations(), 1); // debounced while typing
        QTRY_COMPARE(m_assistant->validations(), 2);
    }

    void closeDirtyTab_asksFirst_data()
    {
        QTest::addColumn<int>("button");
        QTest::addColumn<int>("tabsAfter");
        QTest::newRow("cancel keeps the tab") << int(QMessageBox::Cancel) << 1;
        QTest::newRow("discard closes it") << int(QMessageBox::Discard) << 0;
    }

    void closeDirtyTab_asksFirst()
    {
        QFETCH(int, button);
        QFETCH(int, tabsAfter);
        auto window = makeWindow();
        EditorTab *tab = window->newDocument(QStringLiteral("a: 1\n"));
        QTest::keyClicks(tab->editor(), QStringLiteral("b"));
        QVERIFY(tab->isModified());
        QVERIFY(window->hasUnsavedChanges());
        window->requestCloseTab(0);
        QMessageBox *box = waitForBox(window.get(), QStringLiteral("closeTabQuestion"));
        QVERIFY(box != nullptr);
        QCOMPARE(window->tabCount(), 1); // nothing closed before the answer
        box->button(QMessageBox::StandardButton(button))->click();
        QTRY_COMPARE(window->tabCount(), tabsAfter);
    }

    void closeDirtyTab_save_writesFileAndCloses()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.yaml"), "a: 1\n");
        auto window = makeWindow();
        window->openFiles({ path });
        EditorTab *tab = window->currentTab();
        tab->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(tab->editor(), QStringLiteral("b: 2"));
        window->requestCloseTab(0);
        QMessageBox *box = waitForBox(window.get(), QStringLiteral("closeTabQuestion"));
        QVERIFY(box != nullptr);
        box->button(QMessageBox::Save)->click();
        QTRY_COMPARE(window->tabCount(), 0);
        QCOMPARE(readFile(path), QByteArray("a: 1\nb: 2"));
    }

    void closeWindow_withUnsavedChanges_asksThenCloses()
    {
        auto window = makeWindow();
        EditorTab *tab = window->newDocument(QStringLiteral("a: 1\n"));
        QTest::keyClicks(tab->editor(), QStringLiteral("x"));
        QVERIFY(!window->close()); // asks instead
        QVERIFY(window->isVisible());
        QMessageBox *box = waitForBox(window.get(), QStringLiteral("closeWindowQuestion"));
        QVERIFY(box != nullptr);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!window->isVisible());
    }

    void openingTwice_switchesToTheOpenTab()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a.yaml"), "a: 1\n");
        const QString b = writeFile(dir, QStringLiteral("b.yml"), "b: 1\n");
        auto window = makeWindow();
        window->openFiles({ a, b });
        QCOMPARE(window->tabCount(), 2);
        window->openFiles({ a });
        QCOMPARE(window->tabCount(), 2);
        QCOMPARE(window->currentTab()->filePath(), QFileInfo(a).absoluteFilePath());
    }

    void openFolder_listsManifestsOnly()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("a.yaml"), "a: 1\n");
        writeFile(dir, QStringLiteral("b.json"), "{}");
        writeFile(dir, QStringLiteral("notes.txt"), "x");
        auto window = makeWindow();
        window->openFolder(dir.path());
        QTreeView *tree = window->fileTree();
        QTRY_VERIFY(tree->isVisible());
        const QModelIndex root = tree->rootIndex();
        QTRY_COMPARE(tree->model()->rowCount(root), 2);
        QStringList names;
        for (int row = 0; row < 2; ++row) {
            names << tree->model()->index(row, 0, root).data().toString();
        }
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("a.yaml"), QStringLiteral("b.json") }));
        Q_EMIT tree->activated(tree->model()->index(names.indexOf(QStringLiteral("a.yaml")) == 0 ? 0 : 1, 0, root));
        QTRY_COMPARE(window->tabCount(), 1);
    }

    void save_keepsCrLfLineEndingsAndByteOrderMark()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("crlf.yaml"), "\xEF\xBB\xBFkind: Pod\r\nmetadata:\r\n");
        auto window = makeWindow();
        window->openFiles({ path });
        EditorTab *tab = window->currentTab();
        QVERIFY(tab->usesCrLf());
        QCOMPARE(tab->text(), QStringLiteral("kind: Pod\nmetadata:\n"));
        tab->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(tab->editor(), QStringLiteral("  name: a"));
        QVERIFY(window->saveTab(tab));
        QCOMPARE(readFile(path), QByteArray("\xEF\xBB\xBFkind: Pod\r\nmetadata:\r\n  name: a"));
        QVERIFY(!tab->isModified());
    }

    void invalidUtf8_opensReadOnlyNamingTheOffset()
    {
        QTemporaryDir dir;
        const QByteArray data("kind: Pod\nname: caf\xC3(\n");
        const QString path = writeFile(dir, QStringLiteral("bad.yaml"), data);
        auto window = makeWindow();
        window->openFiles({ path });
        EditorTab *tab = window->currentTab();
        QVERIFY(tab->isReadOnly());
        const auto *banner = tab->findChild<Sextant::Ui::MessageBanner *>();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("offset 19")), qPrintable(banner->text()));
        QString error;
        QVERIFY(!tab->saveTo(path, &error));
        QCOMPARE(readFile(path), data);
    }

    void autosave_writesPrivateCopies_removedOnSave()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.yaml"), "a: 1\n");
        auto window = makeWindow();
        window->openFiles({ path });
        EditorTab *tab = window->currentTab();
        tab->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(tab->editor(), QStringLiteral("b: 2"));
        window->autosaveNow();

        const QString copy = window->recoveryStore().bufferFile(tab->bufferId());
        QCOMPARE(readFile(copy), QByteArray("a: 1\nb: 2"));
        // Owner read/write only, nothing for group or others.
        const QFileDevice::Permissions ownerGroupOther
            = QFile::permissions(copy) & QFileDevice::Permissions(0x7000 | 0x0077);
        QCOMPARE(ownerGroupOther, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString index
            = m_recoveryDir + QLatin1Char('/') + window->recoveryStore().session() + QStringLiteral(".json");
        const QJsonObject json = QJsonDocument::fromJson(readFile(index)).object();
        QCOMPARE(json.value(QStringLiteral("buffers")).toArray().at(0)[QStringLiteral("path")].toString(),
            QFileInfo(path).absoluteFilePath());
        QVERIFY(!(QFile::permissions(index) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));

        QVERIFY(window->saveTab(tab));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFile::exists(index));
    }

    void recovery_afterCrash_offersAndRestoresDirtyTabs()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("lost.yaml"));
        // What a crashed process left: its index (pid no longer running) and a buffer.
        QDir().mkpath(m_recoveryDir);
        const QJsonObject index {
            { QStringLiteral("session"), QStringLiteral("crashed") },
            { QStringLiteral("pid"), 99999999 },
            { QStringLiteral("buffers"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("b1") }, { QStringLiteral("path"), original },
                        { QStringLiteral("kubernetesVersion"), QStringLiteral("1.30") },
                        { QStringLiteral("savedAt"), QStringLiteral("2026-11-27T10:00:00.000Z") } } } },
        };
        QFile indexFile(m_recoveryDir + QStringLiteral("/crashed.json"));
        QVERIFY(indexFile.open(QIODevice::WriteOnly));
        indexFile.write(QJsonDocument(index).toJson());
        indexFile.close();
        QFile buffer(m_recoveryDir + QStringLiteral("/crashed-b1.txt"));
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        buffer.write("kind: Pod # not saved\n");
        buffer.close();

        auto window = makeWindow();
        QVERIFY(window->recoveryBar()->isVisible());
        QCOMPARE(window->tabCount(), 0); // nothing restored without asking
        window->recoveryBar()->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();

        QCOMPARE(window->tabCount(), 1);
        EditorTab *tab = window->currentTab();
        QCOMPARE(tab->text(), QStringLiteral("kind: Pod # not saved\n"));
        QVERIFY(tab->isModified());
        QCOMPARE(tab->filePath(), original);
        QCOMPARE(tab->kubernetesVersion(), QStringLiteral("1.30"));
        QVERIFY(!window->recoveryBar()->isVisible());
        QVERIFY(!QFile::exists(m_recoveryDir + QStringLiteral("/crashed.json")));
        QVERIFY(!QFile::exists(m_recoveryDir + QStringLiteral("/crashed-b1.txt")));
        // Now kept under the new session instead.
        QVERIFY(QFile::exists(window->recoveryStore().bufferFile(tab->bufferId())));
    }

    void recovery_openWindowsAreNotOrphans()
    {
        auto first = makeWindow();
        EditorTab *tab = first->newDocument(QStringLiteral("a: 1\n"));
        QTest::keyClicks(tab->editor(), QStringLiteral("x"));
        first->autosaveNow();
        auto second = makeWindow();
        QVERIFY(!second->recoveryBar()->isVisible());
        // Destroyed without closing, as in a crash: the next window offers it.
        first.reset();
        auto third = makeWindow();
        QVERIFY(third->recoveryBar()->isVisible());
        third->recoveryBar()->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
        QCOMPARE(QDir(m_recoveryDir).entryList(QDir::Files), QStringList());
    }

    void cleanClose_leavesNothingToRecover()
    {
        auto window = makeWindow();
        EditorTab *tab = window->newDocument(QStringLiteral("a: 1\n"));
        QTest::keyClicks(tab->editor(), QStringLiteral("x"));
        window->autosaveNow();
        QCOMPARE(QDir(m_recoveryDir).entryList(QDir::Files).size(), 2);
        window->requestCloseTab(0);
        QMessageBox *box = waitForBox(window.get(), QStringLiteral("closeTabQuestion"));
        QVERIFY(box != nullptr);
        box->button(QMessageBox::Discard)->click();
        QTRY_COMPARE(window->tabCount(), 0);
        QCOMPARE(QDir(m_recoveryDir).entryList(QDir::Files), QStringList());
    }

    void convert_yamlToJsonAndBack_offTheUiThread()
    {
        auto window = makeWindow();
        EditorTab *tab = window->newDocument(QStringLiteral("kind: Pod\nspec:\n  containers:\n    - name: a\n"));
        window->convertCurrentToJson();
        QTRY_VERIFY(tab->text().startsWith(QLatin1Char('{')));
        const QJsonObject json = QJsonDocument::fromJson(tab->text().toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("Pod"));
        QCOMPARE(json[QStringLiteral("spec")][QStringLiteral("containers")][0][QStringLiteral("name")].toString(),
            QStringLiteral("a"));
        window->convertCurrentToYaml();
        QTRY_COMPARE(tab->text(), QStringLiteral("kind: Pod\nspec:\n  containers:\n  - name: a\n"));
        tab->editor()->undo();
        QVERIFY(tab->text().startsWith(QLatin1Char('{'))); // each conversion is one undo step
    }

    void format_reindentsKeepingKeyOrder_andSaysCommentsGo()
    {
        auto window = makeWindow();
        EditorTab *tab = window->newDocument(
            QStringLiteral("kind:   Pod # a pod\nspec:\n    containers:\n    -   name: a\n        image: x\n"));
        window->formatCurrent();
        // core's key-order-keeping mode indents lists under their key
        QTRY_COMPARE(tab->text(), QStringLiteral("kind: Pod\nspec:\n  containers:\n    - name: a\n      image: x\n"));
        const auto *banner = tab->findChild<Sextant::Ui::MessageBanner *>();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("Comments")));
        tab->editor()->undo();
        QVERIFY(tab->text().startsWith(QLatin1String("kind:   Pod # a pod")));
    }

    void convert_invalidInput_explainsWhereAndKeepsText()
    {
        auto window = makeWindow();
        EditorTab *tab = window->newDocument(QStringLiteral("{\n  \"a\": 1,\n  oops\n}\n"));
        window->convertCurrentToYaml();
        const auto *banner = tab->findChild<Sextant::Ui::MessageBanner *>();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("line 3")), qPrintable(banner->text()));
        QCOMPARE(tab->text(), QStringLiteral("{\n  \"a\": 1,\n  oops\n}\n"));
    }

    void largeFile_opensAndStaysEditable()
    {
        QTemporaryDir dir;
        QByteArray data;
        data.reserve(21 * 1024 * 1024);
        for (int i = 0; data.size() < 20 * 1024 * 1024; ++i) {
            data += DeploymentYaml.toUtf8().replace(
                "name: web\n  namespace", QByteArray("name: web-" + QByteArray::number(i) + "\n  namespace"));
            data += "---\n";
        }
        const QString path = writeFile(dir, QStringLiteral("big.yaml"), data);
        auto window = makeWindow();
        // The longest the event loop went without running a 20 ms timer while loading.
        QElapsedTimer sinceTick;
        qint64 longestStall = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] { longestStall = qMax(longestStall, sinceTick.restart()); });
        QElapsedTimer timer;
        timer.start();
        sinceTick.start();
        ticker.start();
        window->openFiles({ path });
        const qint64 openCallMs = timer.elapsed();
        EditorTab *tab = window->currentTab();
        QVERIFY(tab != nullptr);
        QVERIFY(tab->isLoading());
        QVERIFY(tab->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 600000);
        QCoreApplication::processEvents();
        ticker.stop();
        const qint64 loadMs = timer.restart();
        QVERIFY(!tab->isReadOnly());
        QVERIFY(!tab->isModified());
        QCOMPARE(tab->editor()->document()->characterCount(), data.size() + 1);

        tab->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(tab->editor(), QStringLiteral("kind: ConfigMap"));
        QTest::keyClick(tab->editor(), Qt::Key_Return);
        const qint64 typingMs = timer.restart();
        QCOMPARE(tab->editor()->document()->lastBlock().previous().text(), QStringLiteral("kind: ConfigMap"));
        QVERIFY(tab->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(m_assistant->validations() >= 2, 60000);
        const qint64 validateMs = timer.elapsed();
        qInfo("20 MB file (%lld bytes, %d lines): openFiles() returned in %lld ms, loaded in %lld ms, longest UI "
              "stall while loading %lld ms, typing 16 keys %lld ms, re-validation sent within %lld ms",
            qlonglong(data.size()), tab->editor()->blockCount(), openCallMs, loadMs, longestStall, typingMs,
            validateMs);
    }

    // With the real bundled schemas: what the user sees.
    void screenshots()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("web-deployment.yaml"), DeploymentYaml.toUtf8());
        ManifestEditorWindow window(Sextant::Core::createBundledAssistant());
        window.setAvailableVersions({ QStringLiteral("1.36") });
        window.resize(1000, 720);
        window.show();
        window.openFiles({ path });
        QTRY_VERIFY_WITH_TIMEOUT(window.problemsModel()->rowCount() >= 2, 20000);
        QStringList problems;
        for (int row = 0; row < window.problemsModel()->rowCount(); ++row) {
            problems << window.problemsModel()->index(row, 1).data().toString() + QLatin1Char(' ')
                    + window.problemsModel()->index(row, 3).data().toString();
        }
        qInfo("problems: %s", qPrintable(problems.join(QStringLiteral(" | "))));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("replica")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("Sometimes")));
        window.currentTab()->editor()->goTo(9, 5);
        QTest::qWait(50);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("editor-problems.png"))));

        // Completion: a new line under spec, "re" typed, popup open by itself.
        auto *editor = window.currentTab()->editor();
        editor->goTo(9, 13);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("re"));
        QAbstractItemView *popup = editor->completer()->popup();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), 10000);
        QVERIFY(popup->model()->rowCount() >= 2);
        QVERIFY(popup->model()->index(0, 0).data().toString().startsWith(QLatin1String("re")));
        // Let re-validation catch up (the list no longer shows only the old text's two).
        QStandardItemModel *model = window.problemsModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowCount() != 2 || model->index(1, 1).data().toString() != QLatin1String("21:28"), 10000);
        for (int row = 0; row < model->rowCount(); ++row) {
            qInfo("problem while typing: %s %s", qPrintable(model->index(row, 1).data().toString()),
                qPrintable(model->index(row, 3).data().toString()));
        }
        QVERIFY(popup->isVisible());
        QPixmap shot = window.grab();
        {
            QPainter painter(&shot);
            painter.drawPixmap(window.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
        }
        QVERIFY(shot.save(screenshotPath(QStringLiteral("editor-completion.png"))));
    }
};

QTEST_MAIN(TestManifestEditorWindow)
#include "tst_manifesteditorwindow.moc"
