// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/actionmenu.h"

#include <QAction>
#include <QFile>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>

Q_LOGGING_CATEGORY(lcActionMenu, "sextant.ui.actionmenu")

namespace Sextant::Ui {

namespace {

QString metadataString(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String(key)).toString();
}

QIcon iconNamed(const QString &name)
{
    if (name.isEmpty())
        return {};
    const QString resource = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(resource) ? QIcon(resource) : QIcon::fromTheme(name);
}

} // namespace

ActionMenuBuilder::ActionMenuBuilder(ActionTarget target, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_dialogParent(dialogParent)
{
    if (m_target.objects.isEmpty())
        return;
    const QList<ResourceAction *> applicable = ActionRegistry::instance().actionsFor(m_target.resource);
    for (ResourceAction *action : applicable)
        addAction(action);
}

ActionMenuBuilder::~ActionMenuBuilder()
{
    for (Core::RequestHandle &request : m_requests)
        request.cancel();
}

QAction *ActionMenuBuilder::actionFor(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.action->id() == id)
            return entry.qaction;
    }
    return nullptr;
}

void ActionMenuBuilder::addAction(ResourceAction *action)
{
    auto *qaction = new QAction(iconNamed(action->iconName()), action->text(), this);
    qaction->setShortcut(action->shortcut());
    qaction->setObjectName(action->id());
    qaction->setData(action->id());
    Entry entry { action, qaction, {} };

    if (m_target.objects.size() == 1 || action->acceptsMany()) {
        const QList<PermissionNeed> needs = action->permissions(m_target);
        for (const PermissionNeed &need : needs) {
            for (const QJsonObject &object : std::as_const(m_target.objects)) {
                Check check;
                check.need = need;
                check.verb = need.verb;
                check.resource = need.resource.isValid() ? need.resource : m_target.resource;
                check.namespaceName = check.resource.namespaced ? metadataString(object, "namespace") : QString();
                check.name = need.onObject ? metadataString(object, "name") : QString();
                check.subresource = need.subresource;
                const QString key = keyOf(check);
                if (!entry.checkKeys.contains(key))
                    entry.checkKeys.append(key);
                if (!m_checks.contains(key)) {
                    m_checks.insert(key, check);
                    startCheck(key, check);
                }
            }
        }
    }

    QObject::connect(qaction, &QAction::triggered, this, [this, action] {
        // A greyed action can still be reached by its shortcut in some
        // widgets; never send what the server would refuse.
        QAction *qaction = actionFor(action->id());
        if (!qaction || !qaction->isEnabled())
            return;
        qCDebug(lcActionMenu) << "trigger" << action->id() << m_target.objects.size() << "object(s)";
        action->trigger(m_target, m_dialogParent);
    });
    m_entries.append(entry);
    m_actions.append(qaction);
    refresh(entry);
}

QString ActionMenuBuilder::keyOf(const Check &check) const
{
    return QStringList { check.verb, check.resource.group, check.resource.resource, check.namespaceName, check.name,
        check.subresource }
        .join(QLatin1Char('\x1f'));
}

void ActionMenuBuilder::startCheck(const QString &key, const Check &check)
{
    if (!m_target.permissions) {
        // No way to ask: offer the action; the server still decides.
        Core::AccessDecision allowed;
        allowed.allowed = true;
        m_answers.insert(key, { allowed, {} });
        return;
    }
    if (const auto cached = m_target.permissions->cached(
            check.verb, check.resource, check.namespaceName, check.name, check.subresource)) {
        m_answers.insert(key, { *cached, {} });
        return;
    }
    ++m_pending;
    const auto answered = [this, key](const Answer &answer) {
        m_answers.insert(key, answer);
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.checkKeys.contains(key))
                refresh(entry);
        }
        Q_EMIT actionsChanged();
        if (--m_pending == 0)
            Q_EMIT settledChanged();
    };
    m_requests.append(m_target.permissions->can(
        check.verb, check.resource, check.namespaceName, check.name, check.subresource, this,
        [answered](const Core::AccessDecision &decision) {
            answered({ decision, {} });
        },
        [answered](const Core::ApiError &error) {
            if (!error.isCancelled())
                answered({ std::nullopt, error.message });
        }));
}

void ActionMenuBuilder::refresh(const Entry &entry)
{
    QString why = m_target.objects.size() > 1 && !entry.action->acceptsMany()
        ? tr("Works on one object at a time.")
        : entry.action->unavailableReason(m_target);
    bool waiting = false;
    QString checkFailed;
    if (why.isEmpty()) {
        for (const QString &key : entry.checkKeys) {
            const auto answer = m_answers.constFind(key);
            if (answer == m_answers.cend()) {
                waiting = true;
            } else if (answer->decision && !answer->decision->allowed) {
                why = forbiddenText(m_checks.value(key), *answer->decision);
                break;
            } else if (!answer->decision && checkFailed.isEmpty()) {
                checkFailed = answer->error;
            }
        }
    }
    if (why.isEmpty() && waiting)
        why = tr("Checking permission…");
    entry.qaction->setEnabled(why.isEmpty());
    if (why.isEmpty() && !checkFailed.isEmpty()) {
        // The review failed, not the permission: the server decides when it runs.
        why = tr("Could not check permission: %1").arg(checkFailed);
    }
    entry.qaction->setToolTip(why.isEmpty() ? entry.action->text() : why);
    entry.qaction->setStatusTip(why);
}

QString ActionMenuBuilder::forbiddenText(const Check &check, const Core::AccessDecision &decision) const
{
    QString what = check.resource.resource;
    if (!check.subresource.isEmpty())
        what += QLatin1Char('/') + check.subresource;
    QString text = check.namespaceName.isEmpty()
        ? tr("You may not %1 %2.").arg(check.verb, what)
        : tr("You may not %1 %2 in project %3.").arg(check.verb, what, check.namespaceName);
    if (!decision.reason.isEmpty())
        text += QLatin1Char(' ') + decision.reason;
    return text;
}

void ActionMenuBuilder::fillMenu(QMenu *menu) const
{
    menu->setToolTipsVisible(true);
    bool separated = false;
    for (const Entry &entry : m_entries) {
        if (!entry.action->isDestructive())
            menu->addAction(entry.qaction);
    }
    for (const Entry &entry : m_entries) {
        if (!entry.action->isDestructive())
            continue;
        if (!separated && !menu->isEmpty())
            menu->addSeparator();
        separated = true;
        menu->addAction(entry.qaction);
    }
}

ActionMenuBuilder *ActionMenuBuilder::populate(QMenu *menu, const ActionTarget &target, QWidget *dialogParent)
{
    auto *builder = new ActionMenuBuilder(target, dialogParent, menu);
    builder->fillMenu(menu);
    return builder;
}

QList<QAction *> ActionMenuBuilder::actionsFor(const ActionTarget &target, QWidget *dialogParent, QObject *owner)
{
    return (new ActionMenuBuilder(target, dialogParent, owner))->actions();
}

} // namespace Sextant::Ui
