// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "app/commandline.h"
#include "app/doctorcommand.h"
#include "app/localesetup.h"
#include "app/validatecommand.h"
#include "core/cluster/clustermanager.h"
#include "ui/editor/manifesteditorwindow.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/views/resourceview.h"
#include "ui/widgets/colorscheme.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Sextant;

namespace {
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("sextant"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sextant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEXTANT_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // A GUI-subsystem program has no console; borrow the terminal's, so
    // `sextant --version` and `sextant doctor` print where they were typed.
    if (argc > 1 && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    // Quiet by default; QT_LOGGING_RULES=sextant.*.debug=true turns tracing on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("sextant.*.debug=false\nsextant.*.info=false"));
    }
    // `sextant doctor` is a terminal command: no GUI at all.
    if (argc > 1 && std::strcmp(argv[1], "doctor") == 0) {
        return App::runDoctor(argc, argv);
    }
    // `sextant validate` checks manifests offline, for pipelines: no GUI either.
    if (argc > 1 && std::strcmp(argv[1], "validate") == 0) {
        return App::runValidate(argc, argv);
    }
    // Parse first without a GUI, so --version, --help and bad arguments work
    // with no display at all.
    App::ParseOutcome parsed;
    {
        QCoreApplication probe(argc, argv);
        setIdentity();
        App::setUpTranslations({}); // --help and usage errors in the user's language
        parsed = App::parseCommandLine(QCoreApplication::arguments());
    }
    if (!parsed.options) {
        std::fputs(parsed.message.toLocal8Bit().constData(), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }
    const App::CommandLine &options = *parsed.options;

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Sextant"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sextant.Sextant"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.sextant.Sextant.svg")));
    App::setUpTranslations(options.locale);
    Ui::applyColorScheme(options.colorScheme);

    // --edit: the manifest editor alone; it works without any cluster, and
    // offers the kubeconfig's contexts for diff, dry run and apply.
    std::unique_ptr<Ui::ManifestEditorWindow> editorOnly;
    std::unique_ptr<Core::ClusterManager> manager;
    std::unique_ptr<Ui::MainWindow> window;
    QWidget *shown = nullptr;
    if (options.edit) {
        editorOnly = std::make_unique<Ui::ManifestEditorWindow>(Ui::MainWindow::manifestAssistant());
        Core::ClusterManager::Options editorClusters;
        editorClusters.load = Core::LoadOptions::fromEnvironment(options.kubeconfig);
        editorClusters.context = options.context;
        editorClusters.namespaceName = options.namespaceName;
        manager = std::make_unique<Core::ClusterManager>(editorClusters);
        editorOnly->setClusterManager(manager.get());
        editorOnly->show();
        Ui::MainWindow::openPaths(editorOnly.get(), options.files);
        if (editorOnly->tabCount() == 0) {
            editorOnly->newDocument();
        }
        shown = editorOnly.get();
    } else {
        Core::ClusterManager::Options managerOptions;
        managerOptions.load = Core::LoadOptions::fromEnvironment(options.kubeconfig);
        managerOptions.context = options.context;
        managerOptions.namespaceName = options.namespaceName;
        managerOptions.allNamespaces = options.allNamespaces;
        manager = std::make_unique<Core::ClusterManager>(managerOptions);
        window = std::make_unique<Ui::MainWindow>(manager.get());
        window->show();
        shown = window.get();
        // --context opens that cluster; otherwise Sextant starts on the cluster
        // list with the kubeconfig's current context selected and connecting.
        if (!options.context.isEmpty()) {
            window->openContext(options.context);
            if (!options.show.isEmpty()) {
                window->showEntry(options.show);
            }
            if (!options.select.isEmpty()) {
                window->resourceView()->selectKeyWhenShown(options.select);
            }
        } else if (!manager->initialContext().isEmpty()) {
            window->previewContext(manager->initialContext());
        }
        if (!options.files.isEmpty()) {
            window->openManifestEditor(options.files);
        }
    }

    if (options.quitAfterMs >= 0) {
        QTimer::singleShot(options.quitAfterMs, &app, [shown, &options] {
            if (!options.screenshot.isEmpty()) {
                const bool saved = shown->grab().save(options.screenshot, "PNG");
                std::fprintf(saved ? stdout : stderr, "%s %s\n",
                    saved ? "screenshot:" : "could not save screenshot:", qPrintable(options.screenshot));
            }
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
