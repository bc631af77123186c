// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace Sextant::Core {

// Directories a credential plugin commonly lives in but a desktop launcher's
// minimal PATH lacks: ~/.local/bin, /usr/local/bin, /opt/homebrew/bin, ~/go/bin, ~/.krew/bin.
QStringList commonPluginDirectories();

// Splits a PATH value into directories, dropping empty entries.
QStringList splitSearchPath(const QString &path);
// Appends the directories of extra not yet in dirs, keeping order.
QStringList mergeSearchPaths(const QStringList &dirs, const QStringList &extra);

// The first executable file named name in dirs, or an empty string.
QString findExecutableIn(const QString &name, const QStringList &dirs);

// The PATH of the user's login shell ($SHELL -lc), obtained once per process
// without blocking and cached: plugins installed by brew, krew, go install or
// a version manager are on it even when Sextant was started from a launcher.
class LoginShellPath final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginShellPath)
public:
    using Callback = std::function<void(const QStringList &dirs)>;

    // Calls back (always asynchronously, while context lives) with the login
    // shell's PATH directories; empty when there is no $SHELL, it failed or
    // it took longer than the timeout.
    static void request(const QObject *context, Callback callback);

    // Tests: forget the cached value and use this shell/timeout for the next lookup.
    static void resetForTesting(const QString &shell = {}, int timeoutMs = 3000);

private:
    explicit LoginShellPath(QObject *parent = nullptr);
    static LoginShellPath *instance();
    void start();
    void finish(const QStringList &dirs);

    struct Waiter {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback callback;
    };
    enum class Status { NotStarted, Running, Done };

    Status m_status = Status::NotStarted;
    QStringList m_dirs;
    QList<Waiter> m_waiters;
    QPointer<QProcess> m_process;
    QString m_shellOverride;
    int m_timeoutMs = 3000;
};

} // namespace Sextant::Core
