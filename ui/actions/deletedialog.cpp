// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/deletedialog.h"

#include "core/actions/workloadrequests.h"
#include "ui/actions/actionsupport.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

struct Policy {
    const char *name;
    const char *label;
    const char *explanation;
};

// Background first: it is the default, as in kubectl delete.
const Policy policies[] = {
    { "Background", QT_TRANSLATE_NOOP("Sextant::Ui::DeleteDialog", "Background"),
        QT_TRANSLATE_NOOP("Sextant::Ui::DeleteDialog",
            "Deleted now; dependents such as pods are removed afterwards in the background.") },
    { "Foreground", QT_TRANSLATE_NOOP("Sextant::Ui::DeleteDialog", "Foreground"),
        QT_TRANSLATE_NOOP(
            "Sextant::Ui::DeleteDialog", "Dependents are removed first; the object stays until they are gone.") },
    { "Orphan", QT_TRANSLATE_NOOP("Sextant::Ui::DeleteDialog", "Orphan"),
        QT_TRANSLATE_NOOP("Sextant::Ui::DeleteDialog", "Only this object is deleted; dependents keep running.") },
};

QString itemText(const QJsonObject &object)
{
    const QString ns = ActionSupport::namespaceOf(object);
    return ns.isEmpty() ? ActionSupport::nameOf(object) : ns + QLatin1Char('/') + ActionSupport::nameOf(object);
}

} // namespace

DeleteDialog::DeleteDialog(ActionTarget target, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
{
    setObjectName(QStringLiteral("deleteDialog"));
    setMinimumWidth(440);
    const qsizetype count = m_target.objects.size();
    const QString kind = ActionSupport::singular(m_target.resource);
    setWindowTitle(count == 1 ? tr("Delete %1 %2?").arg(kind, ActionSupport::nameOf(m_target.objects.first()))
                              : tr("Delete %n %1 objects?", nullptr, int(count)).arg(kind));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(count == 1 ? tr("This %1 will be deleted:").arg(kind)
                                        : tr("These %n %1 objects will be deleted:", nullptr, int(count)).arg(kind),
        this);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_objects = new QListWidget(this);
    m_objects->setObjectName(QStringLiteral("objects"));
    m_objects->setAccessibleName(tr("Objects to delete"));
    m_objects->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QJsonObject &object : std::as_const(m_target.objects))
        m_objects->addItem(itemText(object));
    m_objects->setMaximumHeight(qMax(60, qMin(int(count), 8) * m_objects->fontMetrics().height() * 3 / 2 + 12));
    layout->addWidget(m_objects);

    auto *group = new QGroupBox(tr("Dependent objects"), this);
    group->setAccessibleName(tr("Propagation policy"));
    auto *groupLayout = new QVBoxLayout(group);
    m_policies = new QButtonGroup(this);
    int id = 0;
    for (const Policy &policy : policies) {
        auto *button = new QRadioButton(tr(policy.label), group);
        button->setObjectName(QString::fromLatin1(policy.name));
        button->setProperty("policy", QString::fromLatin1(policy.name));
        button->setAccessibleDescription(tr(policy.explanation));
        auto *explanation = new QLabel(tr(policy.explanation), group);
        explanation->setWordWrap(true);
        explanation->setIndent(button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        m_policies->addButton(button, id++);
        groupLayout->addWidget(button);
        groupLayout->addWidget(explanation);
    }
    m_policies->button(0)->setChecked(true);
    layout->addWidget(group);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deleteButton = m_buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setDefault(true);
    connect(m_deleteButton, &QPushButton::clicked, this, &DeleteDialog::startDeleting);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

QString DeleteDialog::propagationPolicy() const
{
    QAbstractButton *checked = m_policies->checkedButton();
    return checked ? checked->property("policy").toString() : QStringLiteral("Background");
}

void DeleteDialog::setPropagationPolicy(const QString &policy)
{
    const QList<QAbstractButton *> buttons = m_policies->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->property("policy").toString() == policy)
            button->setChecked(true);
    }
}

void DeleteDialog::startDeleting()
{
    Core::ApiClient *client = ActionSupport::clientOf(m_target);
    if (!client)
        return;
    m_deleteButton->setEnabled(false);
    for (QAbstractButton *button : m_policies->buttons())
        button->setEnabled(false);
    const qsizetype count = m_target.objects.size();
    const QString what = count == 1
        ? ActionSupport::describe(m_target.resource, m_target.objects.first())
        : tr("%n %1 objects", nullptr, int(count)).arg(ActionSupport::singular(m_target.resource));
    ActionSupport::progress(m_target, tr("Deleting %1…").arg(what));

    Core::DeleteOptions options;
    options.propagationPolicy = propagationPolicy();
    Core::WorkloadRequests::deleteObjects(client, m_target.resource, m_target.objects, options, this,
        [this, what](const QList<Core::WorkloadRequests::DeleteOutcome> &outcomes) {
            QStringList deleted;
            QStringList notDeleted;
            Core::ApiError firstError;
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                const auto &outcome = outcomes.at(i);
                QListWidgetItem *item = m_objects->item(int(i));
                if (outcome.deleted) {
                    deleted.append(outcome.name);
                    item->setText(tr("%1: deleted").arg(itemText(m_target.objects.at(i))));
                } else {
                    notDeleted.append(outcome.name);
                    if (firstError.kind == Core::ApiError::Kind::None)
                        firstError = outcome.error;
                    // The server's words, verbatim.
                    item->setText(itemText(m_target.objects.at(i)) + QStringLiteral(": ") + outcome.error.message);
                    item->setForeground(QColor(0xc0, 0x1c, 0x28));
                }
            }
            Q_EMIT deletionFinished(int(deleted.size()), int(notDeleted.size()));
            if (notDeleted.isEmpty()) {
                ActionSupport::succeeded(m_target, tr("Deleted %1.").arg(what));
                accept();
                return;
            }
            const QString title = deleted.isEmpty()
                ? tr("Could not delete %1").arg(what)
                : tr("Deleted %1; could not delete %2")
                      .arg(deleted.join(QStringLiteral(", ")), notDeleted.join(QStringLiteral(", ")));
            m_summary->setText(title + QStringLiteral(".\n") + firstError.message);
            m_summary->show();
            // Nothing more to do here but read the messages.
            m_deleteButton->hide();
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            ActionSupport::failed(m_target, title, firstError);
        });
}

} // namespace Sextant::Ui
