// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Sextant::App {

ParseOutcome parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Sextant::App",
        "Sextant: a native desktop client for Kubernetes.\n\n"
        "Commands:\n  doctor    check a connection step by step (sextant doctor --help)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
        QCoreApplication::translate("Sextant::App", "Path to the kubeconfig file to use (not merged with KUBECONFIG)."),
        QStringLiteral("file"));
    const QCommandLineOption context(QStringLiteral("context"),
        QCoreApplication::translate("Sextant::App", "The kubeconfig context to open."), QStringLiteral("name"));
    const QCommandLineOption namespaceOption({ QStringLiteral("n"), QStringLiteral("namespace") },
        QCoreApplication::translate("Sextant::App", "The project (namespace) to show."), QStringLiteral("namespace"));
    const QCommandLineOption allNamespaces({ QStringLiteral("A"), QStringLiteral("all-namespaces") },
        QCoreApplication::translate("Sextant::App", "Show all projects (namespaces)."));
    const QCommandLineOption locale(QStringLiteral("locale"),
        QCoreApplication::translate("Sextant::App", "Interface language: zh_CN, en or system. Remembered."),
        QStringLiteral("locale"));
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
        QCoreApplication::translate("Sextant::App", "Colours: light, dark or system (the default)."),
        QStringLiteral("scheme"));
    const QCommandLineOption show(QStringLiteral("show"),
        QCoreApplication::translate("Sextant::App", "The place to open, e.g. overview, nodes or apps/deployments."),
        QStringLiteral("place"));
    const QCommandLineOption select(QStringLiteral("select"),
        QCoreApplication::translate("Sextant::App", "The object to select and show in detail, as namespace/name."),
        QStringLiteral("object"));
    const QCommandLineOption edit(QStringLiteral("edit"),
        QCoreApplication::translate(
            "Sextant::App", "Open the manifest editor alone (no cluster needed), with the files or folders given."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("Sextant::App", "Save a PNG of the main window before quitting."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QCoreApplication::translate("Sextant::App", "Quit after this many milliseconds."), QStringLiteral("ms"));
    parser.addOptions({ kubeconfig, context, namespaceOption, allNamespaces, locale, colorScheme, show, select, edit,
        screenshot, quitAfter });
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("Sextant::App", "Manifests or folders to open in the manifest editor."),
        QStringLiteral("[FILE...]"));

    ParseOutcome outcome;
    if (!parser.parse(arguments)) {
        outcome.exitCode = 2;
        outcome.message = parser.errorText() + QLatin1Char('\n');
        return outcome;
    }
    if (parser.isSet(help)) {
        outcome.message = parser.helpText();
        return outcome;
    }
    if (parser.isSet(version)) {
        outcome.message = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return outcome;
    }
    CommandLine options;
    options.edit = parser.isSet(edit);
    options.files = parser.positionalArguments();
    options.kubeconfig = parser.value(kubeconfig);
    options.context = parser.value(context);
    options.namespaceName = parser.value(namespaceOption);
    options.allNamespaces = parser.isSet(allNamespaces);
    if (options.allNamespaces && !options.namespaceName.isEmpty()) {
        outcome.exitCode = 2;
        outcome.message = QCoreApplication::translate("Sextant::App", "-n and -A cannot be used together\n");
        return outcome;
    }
    options.locale = parser.value(locale);
    options.colorScheme = parser.value(colorScheme);
    if (options.colorScheme == QLatin1String("system")) {
        options.colorScheme.clear();
    }
    if (!options.colorScheme.isEmpty() && options.colorScheme != QLatin1String("light")
        && options.colorScheme != QLatin1String("dark")) {
        outcome.exitCode = 2;
        outcome.message = QCoreApplication::translate("Sextant::App", "--color-scheme must be light, dark or system\n");
        return outcome;
    }
    options.show = parser.value(show);
    options.select = parser.value(select);
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || options.quitAfterMs < 0) {
            outcome.exitCode = 2;
            outcome.message
                = QCoreApplication::translate("Sextant::App", "--quit-after needs a number of milliseconds\n");
            return outcome;
        }
    }
    outcome.options = options;
    return outcome;
}

} // namespace Sextant::App
