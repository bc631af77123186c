// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "app/validatecommand.h"

#include "app/localesetup.h"
#include "app/subcommandparser.h"
#include "core/yaml/kubernetesassistant.h"
#include "core/yaml/schemaset.h"
#include "core/yaml/yamldocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace Sextant::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::App", text);
}

// Reads at most limit + 1 bytes, so the parser can refuse an oversized file with its own message.
bool readInput(const QString &name, qint64 limit, QByteArray *data, QString *reason)
{
    QFile file;
    if (name == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *reason = file.errorString();
            return false;
        }
    } else {
        file.setFileName(name);
        if (QFileInfo(name).isDir()) {
            *reason = tr("is a directory");
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *reason = file.errorString();
            return false;
        }
    }
    *data = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

QString severityName(Core::Diagnostic::Severity severity)
{
    switch (severity) {
    case Core::Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Core::Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Core::Diagnostic::Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

} // namespace

int runValidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandParser command(QStringLiteral("validate"),
        tr("Validates Kubernetes manifests offline against OpenAPI schemas: YAML syntax, unknown fields, types, "
           "required fields, enum values, names, labels and quantities. Prints file:line:col: severity: message "
           "and exits with 0 when no file has an error, 1 when one has, 2 on bad usage."),
        out, err);
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("validate"), tr("Validate manifests."), QStringLiteral("validate"));
    parser.addPositionalArgument(
        QStringLiteral("files"), tr("Manifest files; - reads standard input."), QStringLiteral("FILE..."));
    const QCommandLineOption version(QStringLiteral("kubernetes-version"),
        tr("The Kubernetes release to validate against, e.g. 1.36 (default: the bundled schemas' release)."),
        QStringLiteral("version"));
    const QCommandLineOption schemaDir(QStringLiteral("schema-dir"),
        tr("Use the schemas in this directory: bundles written by tools/refresh-schemas.sh, OpenAPI v3 documents "
           "(*.json) and CustomResourceDefinitions (*.yaml)."),
        QStringLiteral("dir"));
    command.addValueOptions({ version, schemaDir });

    QStringList files;
    if (const std::optional<int> exitCode = command.parse(arguments, &files)) {
        return *exitCode;
    }
    if (files.isEmpty()) {
        return command.usageError(tr("No files to validate."));
    }

    std::shared_ptr<const Core::ManifestAssistant> assistant;
    if (parser.isSet(schemaDir)) {
        auto schemas = Core::SchemaSet::fromDirectory(parser.value(schemaDir));
        if (!schemas) {
            return command.usageError(schemas.error());
        }
        assistant = std::make_shared<const Core::KubernetesAssistant>(*schemas);
    } else {
        if (!Core::SchemaSet::bundled()) {
            err << tr("No bundled schemas in this build; use --schema-dir.") << '\n';
            err.flush();
            return 2;
        }
        assistant = Core::createBundledAssistant();
    }

    Core::ValidationOptions options;
    options.kubernetesVersion = parser.value(version);
    bool failed = false;
    const qint64 limit = Core::YamlLimits {}.maxBytes;
    for (const QString &file : std::as_const(files)) {
        const QString shown = file == QLatin1String("-") ? QStringLiteral("<stdin>") : file;
        QByteArray data;
        QString reason;
        if (!readInput(file, limit, &data, &reason)) {
            out << shown << ":1:1: error: " << tr("cannot read: %1").arg(reason) << '\n';
            failed = true;
            continue;
        }
        options.fileName = shown;
        const Core::Diagnostics diagnostics = assistant->validate(data, options);
        for (const Core::Diagnostic &d : diagnostics) {
            out << shown << ':' << d.line << ':' << d.column << ": " << severityName(d.severity) << ": " << d.message
                << '\n';
            failed = failed || d.severity == Core::Diagnostic::Severity::Error;
        }
    }
    out.flush();
    return failed ? 1 : 0;
}

int runValidate(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sextant"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sextant"));
#ifdef SEXTANT_VERSION
    QCoreApplication::setApplicationVersion(QStringLiteral(SEXTANT_VERSION));
#endif
    setUpTranslations(QString());
    // The diagnostics say everything; Sextant's own logging only on request (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(
        QStringLiteral("sextant.*.debug=false\nsextant.*.info=false\nsextant.*.warning=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runValidateCommand(QCoreApplication::arguments(), out, err);
}

} // namespace Sextant::App
