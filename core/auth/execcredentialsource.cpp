// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/execcredentialsource.h"

#include "core/auth/ansiescape.h"
#include "core/auth/execcredential.h"
#include "core/auth/executablelookup.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif
#include <QTimer>

Q_LOGGING_CATEGORY(lcExecCredential, "sextant.core.auth.exec")

namespace Sextant::Core {

namespace {

constexpr int kStderrLinesInMessage = 8;
constexpr int kStderrCharsInMessage = 2000;

bool hasPathSeparator(const QString &command)
{
    return command.contains(u'/') || command.contains(QDir::separator());
}

// Inside a Flatpak sandbox the plugin lives on the host.
bool runningInFlatpak()
{
    return QFile::exists(QStringLiteral("/.flatpak-info"));
}

ApiError cancelledError()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = QCoreApplication::translate("Sextant::Core", "Obtaining credentials was cancelled.");
    return error;
}

} // namespace

ExecCredentialSource::ExecCredentialSource(const RestConfig &config, const ExecOptions &options, QObject *parent)
    : CredentialSource(parent)
    , m_config(config)
    , m_exec(config.exec.value_or(ExecConfig {}))
    , m_options(options)
{
}

ExecCredentialSource::ExecCredentialSource(const RestConfig &config, QObject *parent)
    : ExecCredentialSource(config, ExecOptions {}, parent)
{
}

ExecCredentialSource::~ExecCredentialSource()
{
    stopProcess();
}

void ExecCredentialSource::get(const QObject *context, Callback callback)
{
    Waiter waiter { QPointer<QObject>(const_cast<QObject *>(context)), context != nullptr, std::move(callback) };
    if (!m_running && cachedIsValid()) {
        deliver(waiter, *m_cached);
        return;
    }
    m_waiters.append(std::move(waiter));
    if (!m_running) {
        startRefresh();
    }
}

void ExecCredentialSource::invalidate()
{
    // A run in progress already produces a fresh credential; only the cache goes.
    m_cached.reset();
    if (!m_running && m_state == CredentialState::Ready) {
        setState(CredentialState::Idle);
    }
}

void ExecCredentialSource::cancel()
{
    if (!m_running) {
        return;
    }
    qCInfo(lcExecCredential) << "cancelled" << label();
    ++m_generation;
    stopProcess();
    m_running = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        deliver(waiter, makeUnexpected(cancelledError()));
    }
    setState(CredentialState::Idle);
}

CredentialState ExecCredentialSource::state() const
{
    return m_state;
}

QString ExecCredentialSource::description() const
{
    // Before the first run a bare name is not resolved yet; a path already is.
    const QString path = !m_resolved.isEmpty() ? m_resolved
        : hasPathSeparator(m_exec.command)     ? m_exec.command
                                               : QString();
    return path.isEmpty() ? label() : tr("%1 (%2)").arg(label(), path);
}

void ExecCredentialSource::setTimeout(int milliseconds)
{
    m_options.timeoutMs = milliseconds;
}

QString ExecCredentialSource::resolvedCommand() const
{
    return m_resolved;
}

QStringList ExecCredentialSource::searchedDirectories() const
{
    return m_searched;
}

QString ExecCredentialSource::label() const
{
    const QString name = hasPathSeparator(m_exec.command) ? QFileInfo(m_exec.command).fileName() : m_exec.command;
    return tr("exec plugin \"%1\"").arg(name);
}

Clock *ExecCredentialSource::clock() const
{
    return m_options.clock ? m_options.clock : Clock::instance();
}

bool ExecCredentialSource::cachedIsValid() const
{
    if (!m_cached) {
        return false;
    }
    return !m_cached->expiry.isValid() || clock()->nowUtc() < m_cached->expiry;
}

void ExecCredentialSource::setState(CredentialState state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ExecCredentialSource::deliver(const Waiter &waiter, const Result<Credential> &result)
{
    if (waiter.hadContext && !waiter.context) {
        return;
    }
    // Queued, so callbacks never run inside get() and only while the context lives.
    QObject *target = waiter.context ? waiter.context.data() : this;
    QMetaObject::invokeMethod(
        target, [callback = waiter.callback, result] { callback(result); }, Qt::QueuedConnection);
}

void ExecCredentialSource::startRefresh()
{
    m_running = true;
    m_cached.reset();
    setState(CredentialState::Obtaining);

    if (!m_config.exec) {
        finish(makeUnexpected(credentialsError(tr("The user has no exec plugin configured."))));
        return;
    }
    if (m_exec.command.isEmpty()) {
        finish(makeUnexpected(credentialsError(tr("exec plugin: command must be specified"))));
        return;
    }
    if (!isSupportedExecApiVersion(m_exec.apiVersion)) {
        const QString message = m_exec.apiVersion.isEmpty()
            ? tr("%1: apiVersion must be specified").arg(label())
            : tr("%1: apiVersion \"%2\" is not supported; use client.authentication.k8s.io/v1 or /v1beta1")
                  .arg(label(), m_exec.apiVersion);
        finish(makeUnexpected(credentialsError(message)));
        return;
    }
    QString mode = m_exec.interactiveMode;
    if (mode.isEmpty()) {
        if (m_exec.apiVersion.endsWith(QLatin1String("/v1"))) {
            finish(makeUnexpected(credentialsError(
                tr("%1: interactiveMode must be specified for client.authentication.k8s.io/v1").arg(label()))));
            return;
        }
        mode = QStringLiteral("IfAvailable"); // v1beta1 default
    }
    if (mode == QLatin1String("Always")) {
        finish(makeUnexpected(credentialsError(
            tr("%1 requires an interactive terminal (interactiveMode: Always), which Sextant cannot provide; "
               "run it once in a terminal (for example with kubectl), then try again.")
                .arg(label()))));
        return;
    }
    if (mode != QLatin1String("Never") && mode != QLatin1String("IfAvailable")) {
        finish(makeUnexpected(credentialsError(
            tr("%1: invalid interactiveMode \"%2\"; use Never, IfAvailable or Always").arg(label(), mode))));
        return;
    }
    lookUpCommand();
}

void ExecCredentialSource::lookUpCommand()
{
    m_searched.clear();
    if (runningInFlatpak() || hasPathSeparator(m_exec.command)) {
        // Flatpak: the host resolves the name; a path: the loader made it absolute.
        continueLookup({});
        return;
    }
    const QStringList pathDirs = splitSearchPath(qEnvironmentVariable("PATH"));
    const QString found = findExecutableIn(m_exec.command, pathDirs);
    if (!found.isEmpty() || !m_options.searchLoginShellPath) {
        continueLookup({});
        return;
    }
    const quint64 generation = m_generation;
    LoginShellPath::request(this, [this, generation](const QStringList &dirs) {
        if (generation == m_generation && m_running) {
            continueLookup(dirs);
        }
    });
}

void ExecCredentialSource::continueLookup(const QStringList &loginShellDirs)
{
    m_loginShellDirs = loginShellDirs;
    if (runningInFlatpak()) {
        m_resolved = m_exec.command;
        launch(m_exec.command);
        return;
    }
    if (hasPathSeparator(m_exec.command)) {
        const QFileInfo info(m_exec.command);
        if (!info.isFile() || !info.isExecutable()) {
            QString message = tr("%1 was not found or is not executable: %2").arg(label(), m_exec.command);
            if (!m_exec.installHint.isEmpty()) {
                message += QStringLiteral("\n\n") + cleanAnsiEscapeCodes(m_exec.installHint);
            }
            finish(makeUnexpected(credentialsError(message)));
            return;
        }
        m_resolved = info.absoluteFilePath();
        launch(m_resolved);
        return;
    }
    QStringList dirs = splitSearchPath(qEnvironmentVariable("PATH"));
    dirs = mergeSearchPaths(dirs, loginShellDirs);
    dirs = mergeSearchPaths(dirs, m_options.extraSearchDirectories.value_or(commonPluginDirectories()));
    m_searched = dirs;
    const QString found = findExecutableIn(m_exec.command, dirs);
    if (found.isEmpty()) {
        QString message = tr("%1 was not found. Searched PATH: %2").arg(label(), dirs.join(QDir::listSeparator()));
        message += QStringLiteral("\n\n");
        message += m_exec.installHint.isEmpty()
            ? tr("It looks like you are trying to use a client-go credential plugin that is not installed. "
                 "See https://kubernetes.io/docs/reference/access-authn-authz/authentication/"
                 "#client-go-credential-plugins")
            : cleanAnsiEscapeCodes(m_exec.installHint);
        finish(makeUnexpected(credentialsError(message)));
        return;
    }
    m_resolved = found;
    launch(found);
}

void ExecCredentialSource::launch(const QString &program)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_loginShellDirs.isEmpty()) {
        // Plugins often call further tools (az, gcloud) found the same way.
        const QStringList merged
            = mergeSearchPaths(splitSearchPath(env.value(QStringLiteral("PATH"))), m_loginShellDirs);
        env.insert(QStringLiteral("PATH"), merged.join(QDir::listSeparator()));
    }
    QStringList extraEnv;
    for (const auto &[name, value] : std::as_const(m_exec.env)) {
        env.insert(name, value);
        extraEnv.append(name + u'=' + value);
    }
    const QByteArray info = buildExecInfo(m_exec, m_config, false);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(info));
    extraEnv.append(QStringLiteral("KUBERNETES_EXEC_INFO=") + QString::fromUtf8(info));

    auto *process = new QProcess(this);
    m_process = process;
    m_stdout.clear();
    m_stderr.clear();
    process->setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    // Its own process group, so a timeout or cancel also ends what a wrapper
    // script started (a `sleep`, a browser helper), not only the script.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process->setStandardInputFile(QProcess::nullDevice()); // no terminal, no stdin
    process->setProcessChannelMode(QProcess::SeparateChannels);

    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        m_stdout += process->readAllStandardOutput();
        if (m_stdout.size() > m_options.maxStdoutBytes) {
            m_stdout.clear();
            stopProcess();
            finish(makeUnexpected(credentialsError(tr("%1 printed more than %2 KiB on standard output")
                                                       .arg(label())
                                                       .arg(m_options.maxStdoutBytes / 1024))));
        }
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_stderr += process->readAllStandardError();
        if (m_stderr.size() > m_options.maxStderrBytes) {
            m_stderr = m_stderr.right(m_options.maxStderrBytes);
        }
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart) {
            return; // crashes arrive through finished()
        }
        const QString why = process->errorString();
        stopProcess();
        finish(makeUnexpected(credentialsError(tr("%1 could not be started: %2").arg(label(), why))));
    });
    connect(process, &QProcess::finished, this,
        [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, status == QProcess::CrashExit); });

    m_timeout = new QTimer(process);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        const QString tail = stderrTail();
        stopProcess();
        QString message = tr("%1 did not finish within %2 seconds and was stopped.")
                              .arg(label())
                              .arg(QString::number(m_options.timeoutMs / 1000.0, 'g', 3));
        if (!tail.isEmpty()) {
            message += QStringLiteral("\n") + tail;
        }
        finish(makeUnexpected(credentialsError(message)));
    });

    qCInfo(lcExecCredential) << "running" << label() << "from" << program; // args/env may hold secrets
    if (runningInFlatpak()) {
        QStringList args { QStringLiteral("--host"), QStringLiteral("--watch-bus") };
        for (const QString &entry : std::as_const(extraEnv)) {
            args.append(QStringLiteral("--env=") + entry);
        }
        args.append(program);
        args.append(m_exec.args);
        process->start(QStringLiteral("flatpak-spawn"), args);
    } else {
        process->start(program, m_exec.args);
    }
    m_timeout->start(m_options.timeoutMs);
}

void ExecCredentialSource::onFinished(int exitCode, bool crashed)
{
    if (!m_process) {
        return;
    }
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    stopProcess();
    if (m_stdout.size() > m_options.maxStdoutBytes) {
        m_stdout.clear();
        finish(makeUnexpected(credentialsError(
            tr("%1 printed more than %2 KiB on standard output").arg(label()).arg(m_options.maxStdoutBytes / 1024))));
        return;
    }
    if (crashed || exitCode != 0) {
        // stdout is never shown: it may carry a token.
        QString message
            = crashed ? tr("%1 crashed").arg(label()) : tr("%1 failed with exit code %2").arg(label()).arg(exitCode);
        const QString tail = stderrTail();
        if (!tail.isEmpty()) {
            message += QStringLiteral(":\n") + tail;
        }
        m_stdout.clear();
        finish(makeUnexpected(credentialsError(message)));
        return;
    }
    Result<Credential> result = parseExecCredential(m_stdout, m_exec.apiVersion, label());
    m_stdout.fill('\0');
    m_stdout.clear();
    finish(result);
}

QString ExecCredentialSource::stderrTail() const
{
    QStringList lines = stripControlCharacters(QString::fromUtf8(m_stderr)).split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty()) {
        lines.removeLast();
    }
    if (lines.size() > kStderrLinesInMessage) {
        lines = lines.mid(lines.size() - kStderrLinesInMessage);
    }
    QString tail = lines.join(u'\n').trimmed();
    if (tail.size() > kStderrCharsInMessage) {
        tail = QStringLiteral("…") + tail.right(kStderrCharsInMessage);
    }
    return tail;
}

void ExecCredentialSource::stopProcess()
{
    if (!m_process) {
        return;
    }
    QProcess *process = m_process;
    m_process.clear();
    if (m_timeout) { // a child of the process, which may outlive this run for a moment
        m_timeout->stop();
        m_timeout->disconnect(this);
        m_timeout = nullptr;
    }
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Reap asynchronously; deleting a running QProcess would block in waitForFinished.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->setParent(nullptr);
#ifdef Q_OS_UNIX
    if (const qint64 pid = process->processId(); pid > 0) {
        ::kill(-pid_t(pid), SIGKILL);
    }
#endif
    process->kill();
}

void ExecCredentialSource::finish(const Result<Credential> &result)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    if (result) {
        m_cached = *result;
        qCInfo(lcExecCredential) << label() << "returned credentials"
                                 << (result->expiry.isValid() ? result->expiry.toString(Qt::ISODate)
                                                              : QStringLiteral("without expiry"));
    } else {
        qCWarning(lcExecCredential).noquote() << result.error().message;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        deliver(waiter, result);
    }
    setState(result ? CredentialState::Ready : CredentialState::Failed);
}

} // namespace Sextant::Core
