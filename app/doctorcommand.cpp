// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "app/doctorcommand.h"

#include "app/localesetup.h"
#include "app/subcommandparser.h"
#include "core/doctor/connectiondoctor.h"
#include "core/doctor/doctorreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>

namespace Sextant::App {

DoctorCommand::DoctorCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
}

DoctorCommand::~DoctorCommand() = default;

int DoctorCommand::start(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("doctor"),
        tr("Checks a kubeconfig context step by step: kubeconfig, server reachable, TLS, credentials, "
           "authentication and permissions. Exits with 0 when nothing failed, 1 on a failure, 2 on bad usage."),
        m_out, m_err);
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("doctor"), tr("Run the connection doctor."), QStringLiteral("doctor"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
        tr("Path to the kubeconfig file to use (not merged with KUBECONFIG)."), QStringLiteral("file"));
    const QCommandLineOption context(QStringLiteral("context"),
        tr("The kubeconfig context to check (default: current-context)."), QStringLiteral("name"));
    const QCommandLineOption namespaceOption({ QStringLiteral("n"), QStringLiteral("namespace") },
        tr("The namespace whose permissions to list (default: the context's)."), QStringLiteral("namespace"));
    command.addValueOptions({ kubeconfig, context, namespaceOption });

    QStringList positional;
    if (const std::optional<int> exitCode = command.parse(arguments, &positional)) {
        return *exitCode;
    }
    if (!positional.isEmpty()) {
        return command.usageError(tr("Unexpected argument: %1").arg(positional.constFirst()));
    }

    Core::ConfigOverrides overrides;
    overrides.context = parser.value(context);
    overrides.namespaceName = parser.value(namespaceOption);
    m_doctor
        = new Core::ConnectionDoctor(Core::LoadOptions::fromEnvironment(parser.value(kubeconfig)), overrides, this);
    connect(m_doctor, &Core::ConnectionDoctor::stepProgress, this, [this](int, const QString &message) {
        m_out << "       " << message << '\n';
        m_out.flush();
    });
    connect(m_doctor, &Core::ConnectionDoctor::stepFinished, this,
        [this](int, const Core::DoctorStep &step) { printStep(step); });
    connect(m_doctor, &Core::ConnectionDoctor::finished, this, [this](bool passed) {
        printSummary(passed);
        Q_EMIT finished(passed ? 0 : 1);
    });
    m_doctor->start();
    return -1;
}

void DoctorCommand::printStep(const Core::DoctorStep &step)
{
    m_out << Core::DoctorReport::formatStep(step) << '\n';
    m_out.flush();
}

void DoctorCommand::printSummary(bool passed)
{
    const QList<Core::DoctorStep> steps = m_doctor->steps();
    QString summary;
    if (!passed) {
        for (const Core::DoctorStep &step : steps) {
            if (step.status == Core::DoctorStep::Failed) {
                summary = tr("The connection fails at \"%1\".").arg(step.title);
                break;
            }
        }
    } else {
        const bool warned = std::any_of(steps.cbegin(), steps.cend(),
            [](const Core::DoctorStep &step) { return step.status == Core::DoctorStep::Warning; });
        summary = warned ? tr("All checks passed, with warnings.") : tr("All checks passed.");
    }
    m_out << '\n' << summary << '\n';
    m_out.flush();
}

int runDoctor(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sextant"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sextant"));
#ifdef SEXTANT_VERSION
    QCoreApplication::setApplicationVersion(QStringLiteral(SEXTANT_VERSION));
#endif
    setUpTranslations(QString());
    // The report says everything; Sextant's own logging only on request (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(
        QStringLiteral("sextant.*.debug=false\nsextant.*.info=false\nsextant.*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    DoctorCommand command(out, err);
    QObject::connect(&command, &DoctorCommand::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    const int immediate = command.start(QCoreApplication::arguments());
    if (immediate >= 0) {
        return immediate;
    }
    return QCoreApplication::exec();
}

} // namespace Sextant::App
