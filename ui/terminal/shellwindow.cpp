// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/terminal/shellwindow.h"

#include "core/api/apiclient.h"
#include "core/stream/execsession.h"
#include "ui/terminal/terminalwidget.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

ShellWindow::ShellWindow(Core::ApiClient *client, const QJsonObject &pod, Mode mode, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_podObject(pod)
    , m_mode(mode)
    , m_terminal(new TerminalWidget(this))
    , m_containers(new QComboBox(this))
    , m_shells(new QComboBox(this))
    , m_customCommand(new QLineEdit(this))
    , m_reconnect(new QPushButton(tr("Reconnect"), this))
    , m_status(new QLabel(this))
{
    const QJsonObject metadata = pod.value(QLatin1String("metadata")).toObject();
    m_namespace = metadata.value(QLatin1String("namespace")).toString();
    m_pod = metadata.value(QLatin1String("name")).toString();
    setWindowTitle(mode == Mode::Attach ? tr("Attach: %1/%2").arg(m_namespace, m_pod)
                                        : tr("Shell: %1/%2").arg(m_namespace, m_pod));

    const QJsonArray containers
        = pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    for (const QJsonValue &container : containers)
        m_containers->addItem(container.toObject().value(QLatin1String("name")).toString());
    setContainer(defaultContainer(pod));

    m_shells->addItem(tr("Automatic (bash, else sh)"), int(Shell::Automatic));
    m_shells->addItem(QStringLiteral("sh"), int(Shell::Sh));
    m_shells->addItem(QStringLiteral("bash"), int(Shell::Bash));
    m_shells->addItem(QStringLiteral("ash"), int(Shell::Ash));
    m_shells->addItem(tr("Custom command…"), int(Shell::Custom));
    m_customCommand->setPlaceholderText(tr("e.g. python3 -i"));
    m_customCommand->setVisible(false);
    connect(m_shells, &QComboBox::currentIndexChanged, this,
        [this] { m_customCommand->setVisible(shell() == Shell::Custom); });
    connect(m_customCommand, &QLineEdit::returnPressed, this, &ShellWindow::reconnect);
    connect(m_reconnect, &QPushButton::clicked, this, &ShellWindow::reconnect);
    connect(m_containers, &QComboBox::activated, this, &ShellWindow::reconnect);
    connect(m_shells, &QComboBox::activated, this, [this] {
        if (shell() != Shell::Custom)
            reconnect();
    });

    auto *bar = new QHBoxLayout;
    auto *containerLabel = new QLabel(tr("&Container:"), this);
    containerLabel->setBuddy(m_containers);
    bar->addWidget(containerLabel);
    bar->addWidget(m_containers);
    if (mode == Mode::Exec) {
        auto *shellLabel = new QLabel(tr("&Shell:"), this);
        shellLabel->setBuddy(m_shells);
        bar->addWidget(shellLabel);
        bar->addWidget(m_shells);
        bar->addWidget(m_customCommand, 1);
    } else {
        m_shells->hide();
    }
    bar->addWidget(m_reconnect);
    bar->addStretch();
    m_status->setTextFormat(Qt::PlainText);
    bar->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_terminal, 1);
    resize(m_terminal->sizeForTerminal(100, 30) + QSize(12, 50));
    m_terminal->setFocus();
}

ShellWindow::~ShellWindow()
{
    endSession();
}

QStringList ShellWindow::commandFor(Shell shell, const QString &customCommand)
{
    switch (shell) {
    case Shell::Automatic:
        // What other clients do: prefer bash, fall back to the POSIX shell every image has.
        return { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("command -v bash >/dev/null 2>&1 && exec bash || exec sh") };
    case Shell::Sh:
        return { QStringLiteral("sh") };
    case Shell::Bash:
        return { QStringLiteral("bash") };
    case Shell::Ash:
        return { QStringLiteral("ash") };
    case Shell::Custom:
        return QProcess::splitCommand(customCommand);
    }
    return {};
}

QString ShellWindow::defaultContainer(const QJsonObject &pod)
{
    const QString annotated = pod.value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("annotations"))
                                  .toObject()
                                  .value(QLatin1String("kubectl.kubernetes.io/default-container"))
                                  .toString();
    if (!annotated.isEmpty())
        return annotated;
    const QJsonArray containers
        = pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    return containers.isEmpty() ? QString() : containers.first().toObject().value(QLatin1String("name")).toString();
}

QString ShellWindow::container() const
{
    return m_containers->currentText();
}

void ShellWindow::setContainer(const QString &container)
{
    const int index = m_containers->findText(container);
    if (index >= 0)
        m_containers->setCurrentIndex(index);
}

void ShellWindow::setShell(Shell shell, const QString &customCommand)
{
    m_shells->setCurrentIndex(m_shells->findData(int(shell)));
    m_customCommand->setText(customCommand);
}

ShellWindow::Shell ShellWindow::shell() const
{
    return Shell(m_shells->currentData().toInt());
}

QString ShellWindow::statusText() const
{
    return m_status->text();
}

void ShellWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ShellWindow::endSession()
{
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_session->terminate();
    m_session->deleteLater();
    m_session = nullptr;
}

void ShellWindow::reconnect()
{
    const bool hadSession = m_session != nullptr;
    endSession();
    if (hadSession)
        m_terminal->resetTerminal();
    else
        m_terminal->setInputEnabled(true);
    if (!m_client) {
        setStatus(tr("The cluster connection was closed."));
        return;
    }
    Core::ExecSessionOptions options;
    options.namespaceName = m_namespace;
    options.pod = m_pod;
    options.container = container();
    options.attach = m_mode == Mode::Attach;
    options.command = commandFor(shell(), m_customCommand->text());
    options.tty = true;
    options.stdinEnabled = true;
    if (options.attach) {
        // As kubectl attach -it: a TTY and stdin only where the container was started with them.
        const QJsonArray containers
            = m_podObject.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
        for (const QJsonValue &value : containers) {
            const QJsonObject spec = value.toObject();
            if (spec.value(QLatin1String("name")).toString() != options.container)
                continue;
            options.tty = spec.value(QLatin1String("tty")).toBool();
            options.stdinEnabled = spec.value(QLatin1String("stdin")).toBool();
        }
    }
    if (!options.attach && options.command.isEmpty()) {
        setStatus(tr("Enter a command to run."));
        return;
    }
    m_session = new Core::ExecSession(m_client, options, this);
    Core::ExecSession *session = m_session;
    connect(session, &Core::ExecSession::started, this, [this] {
        setStatus(tr("Connected to %1").arg(container()));
        m_terminal->setFocus();
    });
    connect(session, &Core::ExecSession::stdoutReceived, m_terminal, &TerminalWidget::feed);
    connect(session, &Core::ExecSession::stderrReceived, m_terminal, &TerminalWidget::feed);
    connect(m_terminal, &TerminalWidget::inputReady, session, &Core::ExecSession::writeStdin);
    connect(m_terminal, &TerminalWidget::terminalSizeChanged, session, &Core::ExecSession::resize);
    connect(session, &Core::ExecSession::finished, this, [this](int exitCode, const QString &message) {
        const bool failure = exitCode != 0;
        const QString line
            = exitCode >= 0 ? tr("Process exited with status %1").arg(exitCode) : tr("Process ended: %1").arg(message);
        m_terminal->showExitStatus(line, failure);
        setStatus(line);
        Q_EMIT sessionFinished(exitCode, message);
    });
    connect(session, &Core::ExecSession::failed, this, [this](const Core::ApiError &error) {
        m_terminal->showExitStatus(error.message, true);
        setStatus(m_mode == Mode::Attach ? tr("Could not attach") : tr("Could not start the shell"));
        Q_EMIT sessionFailed(error);
    });
    session->resize(m_terminal->columns(), m_terminal->rows());
    setStatus(tr("Connecting…"));
    session->start();
}

void ShellWindow::closeEvent(QCloseEvent *event)
{
    endSession();
    QWidget::closeEvent(event);
}

} // namespace Sextant::Ui
