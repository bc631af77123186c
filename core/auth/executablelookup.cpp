// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/executablelookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

Q_LOGGING_CATEGORY(lcExecutableLookup, "sextant.core.auth.lookup")

namespace Sextant::Core {

namespace {
// A login profile may print banners; the PATH follows the last marker.
constexpr auto kMarker = "__SEXTANT_LOGIN_PATH__";
constexpr qint64 kMaxOutput = 64 * 1024;
} // namespace

QStringList commonPluginDirectories()
{
    const QString home = QDir::homePath();
    return {
        home + QStringLiteral("/.local/bin"),
        QStringLiteral("/usr/local/bin"),
        QStringLiteral("/opt/homebrew/bin"),
        home + QStringLiteral("/go/bin"),
        home + QStringLiteral("/.krew/bin"),
    };
}

QStringList splitSearchPath(const QString &path)
{
    QStringList dirs;
    const QStringList parts = path.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            dirs.append(part);
        }
    }
    return dirs;
}

QStringList mergeSearchPaths(const QStringList &dirs, const QStringList &extra)
{
    QStringList merged = dirs;
    for (const QString &dir : extra) {
        if (!merged.contains(dir)) {
            merged.append(dir);
        }
    }
    return merged;
}

QString findExecutableIn(const QString &name, const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        const QFileInfo info(QDir(dir), name);
        if (info.isFile() && info.isExecutable()) {
            return info.absoluteFilePath();
        }
    }
    return {};
}

LoginShellPath::LoginShellPath(QObject *parent)
    : QObject(parent)
{
}

LoginShellPath *LoginShellPath::instance()
{
    // Parented to the application so it goes away with it; created on first use.
    static QPointer<LoginShellPath> s_instance;
    if (!s_instance) {
        s_instance = new LoginShellPath(QCoreApplication::instance());
    }
    return s_instance;
}

void LoginShellPath::request(const QObject *context, Callback callback)
{
    LoginShellPath *self = instance();
    self->m_waiters.append(
        Waiter { QPointer<QObject>(const_cast<QObject *>(context)), context != nullptr, std::move(callback) });
    switch (self->m_status) {
    case Status::NotStarted:
        self->start();
        break;
    case Status::Running:
        break;
    case Status::Done:
        // Deliver on the next event-loop turn, never inside request().
        QTimer::singleShot(0, self, [self] { self->finish(self->m_dirs); });
        break;
    }
}

void LoginShellPath::resetForTesting(const QString &shell, int timeoutMs)
{
    LoginShellPath *self = instance();
    if (self->m_process) {
        self->m_process->disconnect(self);
        self->m_process->kill();
        self->m_process->deleteLater();
    }
    self->m_status = Status::NotStarted;
    self->m_dirs.clear();
    self->m_shellOverride = shell;
    self->m_timeoutMs = timeoutMs;
}

void LoginShellPath::start()
{
    m_status = Status::Running;
    const QString shell = m_shellOverride.isEmpty() ? qEnvironmentVariable("SHELL") : m_shellOverride;
    if (shell.isEmpty() || !QFileInfo(shell).isExecutable()) {
        qCDebug(lcExecutableLookup) << "no usable login shell";
        QTimer::singleShot(0, this, [this] { finish({}); });
        return;
    }

    auto *process = new QProcess(this);
    m_process = process;
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::SeparateChannels);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [this, process] {
        qCWarning(lcExecutableLookup) << "login shell did not print its PATH in time";
        process->disconnect(this);
        process->kill();
        process->deleteLater();
        finish({});
    });
    connect(process, &QProcess::readyReadStandardOutput, process, [process] {
        if (process->bytesAvailable() > kMaxOutput) {
            process->kill();
        }
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            process->disconnect(this);
            process->deleteLater();
            finish({});
        }
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        process->disconnect(this);
        process->deleteLater();
        const QString output = QString::fromLocal8Bit(process->readAllStandardOutput().left(kMaxOutput));
        const qsizetype at = output.lastIndexOf(QLatin1String(kMarker));
        if (status != QProcess::NormalExit || exitCode != 0 || at < 0) {
            finish({});
            return;
        }
        finish(splitSearchPath(output.mid(at + qsizetype(qstrlen(kMarker))).trimmed()));
    });
    timer->start(m_timeoutMs);
    process->start(
        shell, { QStringLiteral("-lc"), QStringLiteral("printf '%1%s' \"$PATH\"").arg(QLatin1String(kMarker)) });
}

void LoginShellPath::finish(const QStringList &dirs)
{
    m_status = Status::Done;
    m_dirs = dirs;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.hadContext && !waiter.context) {
            continue;
        }
        waiter.callback(m_dirs);
    }
}

} // namespace Sextant::Core
