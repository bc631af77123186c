// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/credentialsource.h"

#include <QPointer>
#include <QStringList>

#include <optional>

class QProcess;
class QTimer;

namespace Sextant::Core {

class Clock;

struct ExecOptions {
    int timeoutMs = 60 * 1000; // a hung plugin fails after this
    qint64 maxStdoutBytes = 1024 * 1024;
    qint64 maxStderrBytes = 64 * 1024; // the tail kept for messages
    // Search the login shell's PATH when the command is not on ours.
    bool searchLoginShellPath = true;
    // Searched after PATH and the login shell's PATH; commonPluginDirectories() when unset.
    std::optional<QStringList> extraSearchDirectories;
    Clock *clock = nullptr; // nullptr: Clock::instance()
};

// Runs a client.authentication.k8s.io exec plugin as client-go does, but
// asynchronously, with a timeout, cancel() and capped output. Credentials are
// cached until expirationTimestamp (local clock, no skew margin) or, without
// one, until invalidate(). Sextant has no terminal: the plugin never gets one.
class ExecCredentialSource final : public CredentialSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecCredentialSource)
public:
    ExecCredentialSource(const RestConfig &config, const ExecOptions &options, QObject *parent = nullptr);
    explicit ExecCredentialSource(const RestConfig &config, QObject *parent = nullptr);
    ~ExecCredentialSource() override;

    void get(const QObject *context, Callback callback) override;
    void invalidate() override;
    void cancel() override;
    CredentialState state() const override;
    QString description() const override;

    void setTimeout(int milliseconds);
    // The absolute path run last time, empty before the first lookup.
    QString resolvedCommand() const;
    // The directories searched for a bare command name, for the doctor.
    QStringList searchedDirectories() const;

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback callback;
    };

    void startRefresh();
    void lookUpCommand();
    void continueLookup(const QStringList &loginShellDirs);
    void launch(const QString &program);
    void onFinished(int exitCode, bool crashed);
    void finish(const Result<Credential> &result);
    void stopProcess();
    void setState(CredentialState state);
    void deliver(const Waiter &waiter, const Result<Credential> &result);
    bool cachedIsValid() const;
    QString label() const;
    QString stderrTail() const;
    Clock *clock() const;

    RestConfig m_config;
    ExecConfig m_exec;
    ExecOptions m_options;
    CredentialState m_state = CredentialState::Idle;
    std::optional<Credential> m_cached;
    QList<Waiter> m_waiters;
    bool m_running = false;
    quint64 m_generation = 0; // bumped by cancel() so late lookups are ignored
    QString m_resolved;
    QStringList m_searched;
    QStringList m_loginShellDirs;
    QPointer<QProcess> m_process;
    QTimer *m_timeout = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace Sextant::Core
