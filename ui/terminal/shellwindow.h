// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Sextant::Core {
class ApiClient;
class ExecSession;
} // namespace Sextant::Core

namespace Sextant::Ui {

class TerminalWidget;

// A shell in a pod's container (exec with a TTY), or the container's main
// process (attach), in an embedded terminal. A window of its own: container
// and shell choice, Reconnect, and the exit status when the session ends.
class ShellWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShellWindow)
public:
    enum class Mode {
        Exec,
        Attach,
    };
    enum class Shell {
        Automatic, // bash when the image has it, else sh
        Sh,
        Bash,
        Ash,
        Custom,
    };
    Q_ENUM(Shell)

    ShellWindow(Core::ApiClient *client, const QJsonObject &pod, Mode mode, QWidget *parent = nullptr);
    ~ShellWindow() override;

    // The command each choice runs; Custom splits text like a shell would.
    static QStringList commandFor(Shell shell, const QString &customCommand = {});
    // The container kubectl would pick: the default-container annotation, else the first.
    static QString defaultContainer(const QJsonObject &pod);

    TerminalWidget *terminal() const { return m_terminal; }
    Core::ExecSession *session() const { return m_session; }
    QString container() const;
    void setContainer(const QString &container);
    void setShell(Shell shell, const QString &customCommand = {});
    Shell shell() const;
    QString statusText() const;

public Q_SLOTS:
    // Starts a session (again), replacing a running one.
    void reconnect();

Q_SIGNALS:
    void sessionFinished(int exitCode, const QString &message);
    void sessionFailed(const Sextant::Core::ApiError &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void endSession();
    void setStatus(const QString &text);

    QPointer<Core::ApiClient> m_client;
    QJsonObject m_podObject;
    QString m_namespace;
    QString m_pod;
    Mode m_mode = Mode::Exec;
    TerminalWidget *m_terminal = nullptr;
    QComboBox *m_containers = nullptr;
    QComboBox *m_shells = nullptr;
    QLineEdit *m_customCommand = nullptr;
    QPushButton *m_reconnect = nullptr;
    QLabel *m_status = nullptr;
    Core::ExecSession *m_session = nullptr;
};

} // namespace Sextant::Ui
