// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/reviewpage.h"

#include "core/cluster/clusterconnection.h"
#include "core/liveedit/liveedit.h"
#include "core/util/yamlwriter.h"
#include "core/yaml/yamldocument.h"
#include "ui/delegates/healthdelegate.h"
#include "ui/wizards/resourcewizard.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

QString ReviewPage::objectLabel(const Core::PlannedObject &object)
{
    const QString ns = object.namespaceName();
    const QString name = ns.isEmpty() ? object.name() : ns + QLatin1Char('/') + object.name();
    return object.kind() + QLatin1Char(' ') + name;
}

ReviewPage::ReviewPage(ResourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_yaml(new QPlainTextEdit(this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Review and create"));
    setSubTitle(tr("The server checks these objects without saving them (a dry run). "
                   "You may edit the YAML: what the form shows flows back to it, the rest is created as typed."));
    setCommitPage(false);
    setButtonText(QWizard::FinishButton, tr("Create"));

    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setAccessibleName(tr("Generated YAML"));
    m_results->setHeaderLabels({ tr("Object"), tr("Result") });
    m_results->setRootIsDecorated(false);
    m_results->setAccessibleName(tr("Dry-run results"));
    m_results->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_yaml);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    // Edited YAML is checked again after a pause in typing.
    connect(m_yaml, &QPlainTextEdit::textChanged, this, [this] {
        if (m_yaml->toPlainText() != m_generatedYaml && !m_created) {
            m_checked = false;
            Q_EMIT completeChanged();
            setStatus(tr("The YAML changed: press Check again to dry-run it."));
        }
    });
}

void ReviewPage::initializePage()
{
    const bool editing = m_wizard->isEditing();
    if (editing) {
        setTitle(tr("Review and apply"));
        setSubTitle(tr("The server checks the change without saving it (a dry run). "
                       "You may edit the YAML: what the form shows flows back to it, the rest is applied as typed."));
        setButtonText(QWizard::FinishButton, tr("Apply"));
        connectLiveEdit();
    }
    m_formNote = m_wizard->startNote();
    m_mergeNote.clear();
    setCustomButton(tr("Check again"), [this] { checkYamlEdits(); });
    m_wizard->setOption(QWizard::HaveCustomButton1, true);
    showObjects(m_wizard->objectsToCreate());
}

void ReviewPage::showObjects(const QList<Core::PlannedObject> &objects)
{
    QList<QJsonObject> jsons;
    for (const Core::PlannedObject &object : objects) {
        jsons.append(object.object);
    }
    m_generatedYaml = Core::toYamlDocuments(jsons);
    const QSignalBlocker blocker(m_yaml);
    m_yaml->setPlainText(m_generatedYaml);
    m_results->resizeColumnToContents(0);
    if (m_wizard->isEditing()) {
        checkEdit(objects);
    } else {
        startRun(objects);
    }
}

void ReviewPage::cleanupPage()
{
    // Going back: the form is the truth again, unless objects already exist.
    if (m_run && !m_partiallyCreated) {
        m_run->cancel();
    }
    if (Core::LiveEdit *edit = m_wizard->liveEdit()) {
        edit->cancel();
    }
    m_wizard->setOption(QWizard::HaveCustomButton1, false);
}

bool ReviewPage::isComplete() const
{
    if (const Core::LiveEdit *edit = m_wizard->liveEdit()) {
        return m_checked && !edit->isBusy();
    }
    return (m_checked || m_partiallyCreated) && m_run && !m_run->isRunning();
}

bool ReviewPage::validatePage()
{
    if (m_created) {
        return true;
    }
    if (Core::LiveEdit *edit = m_wizard->liveEdit()) {
        if (!edit->isBusy() && !m_editObject.isEmpty()) {
            setStatus(tr("Applying…"));
            m_checked = false;
            Q_EMIT completeChanged();
            edit->apply(m_editObject);
        }
        return false; // the wizard closes once the change is saved (editApplied)
    }
    if (!m_run || m_run->isRunning()) {
        return false;
    }
    setStatus(tr("Creating…"));
    m_checked = false;
    Q_EMIT completeChanged();
    m_run->create();
    return false; // the wizard closes once everything exists (createFinished)
}

bool ReviewPage::collectObjects(QList<Core::PlannedObject> *objects, QString *whyNot)
{
    *objects = m_wizard->objectsToCreate();
    m_formNote.clear();
    if (m_yaml->toPlainText() == m_generatedYaml) {
        return true;
    }
    const Core::YamlParseResult parsed = Core::parseYaml(m_yaml->toPlainText().toUtf8());
    if (parsed.hasErrors()) {
        const Core::Diagnostic &first = parsed.diagnostics.constFirst();
        *whyNot = tr("Line %1, column %2: %3").arg(first.line).arg(first.column).arg(first.message);
        return false;
    }
    QList<QJsonObject> edited;
    for (const Core::YamlDocument &document : parsed.documents) {
        if (document.value.isObject()) {
            edited.append(document.value.toObject());
        }
    }
    if (edited.size() != objects->size()) {
        *whyNot = tr("The YAML must keep the %n object(s) this wizard creates, in the same order.", nullptr,
            int(objects->size()));
        return false;
    }
    for (qsizetype i = 0; i < edited.size(); ++i) {
        const QString kind = edited.at(i).value(QLatin1String("kind")).toString();
        if (kind != objects->at(i).kind()) {
            *whyNot = tr("Object %1 must stay a %2, not %3.").arg(i + 1).arg(objects->at(i).kind(), kind);
            return false;
        }
        (*objects)[i].object = edited.at(i);
    }
    QString formProblem;
    if (!m_wizard->loadObjects(edited, &formProblem) && !formProblem.isEmpty()) {
        m_formNote = tr("Some edits have no place in the form and are created as typed: %1").arg(formProblem);
    }
    return true;
}

void ReviewPage::checkYamlEdits()
{
    if (m_partiallyCreated || m_created) {
        return;
    }
    QList<Core::PlannedObject> objects;
    QString whyNot;
    if (!collectObjects(&objects, &whyNot)) {
        setStatus(whyNot, true);
        return;
    }
    if (m_wizard->isEditing()) {
        checkEdit(objects);
    } else {
        startRun(objects);
    }
}

void ReviewPage::startRun(const QList<Core::PlannedObject> &objects)
{
    if (m_partiallyCreated) {
        return; // keep the run that knows what exists
    }
    Core::ClusterConnection *connection = m_wizard->connection();
    if (!connection || !connection->client()) {
        setStatus(tr("The cluster connection is gone."), true);
        return;
    }
    delete m_run;
    m_run = new Core::CreationRun(connection->client(), objects, this);
    connect(m_run, &Core::CreationRun::stepChanged, this, &ReviewPage::showStep);
    connect(m_run, &Core::CreationRun::dryRunFinished, this, &ReviewPage::dryRunFinished);
    connect(m_run, &Core::CreationRun::createFinished, this, &ReviewPage::createFinished);
    connect(m_run, &Core::CreationRun::removeFinished, this, &ReviewPage::removeFinished);
    m_results->clear();
    for (const Core::PlannedObject &object : objects) {
        auto *item = new QTreeWidgetItem(m_results, { objectLabel(object), tr("Checking…") });
        item->setIcon(0, healthIcon(Core::Health::Progressing));
    }
    m_results->resizeColumnToContents(0);
    m_checked = false;
    Q_EMIT completeChanged();
    setStatus(tr("Checking with the server…"));
    m_run->dryRun();
}

void ReviewPage::showStep(int index, Core::CreationRun::Step step)
{
    QTreeWidgetItem *item = m_results->topLevelItem(index);
    if (!item) {
        return;
    }
    const Core::ApiError error = m_run->errorOf(index);
    switch (step) {
    case Core::CreationRun::Step::Pending:
        return;
    case Core::CreationRun::Step::Checked:
        item->setText(1, tr("Accepted by the server"));
        item->setIcon(0, healthIcon(Core::Health::Healthy));
        return;
    case Core::CreationRun::Step::NotCheckable:
        item->setText(1, tr("Checked when created (its project does not exist yet)"));
        item->setIcon(0, healthIcon(Core::Health::Unknown));
        return;
    case Core::CreationRun::Step::Created:
        item->setText(1, tr("Created"));
        item->setIcon(0, healthIcon(Core::Health::Healthy));
        return;
    case Core::CreationRun::Step::Removed:
        item->setText(1, tr("Removed"));
        item->setIcon(0, healthIcon(Core::Health::Unknown));
        return;
    case Core::CreationRun::Step::Failed:
        item->setText(1, error.message);
        item->setToolTip(1, error.message);
        item->setIcon(0, healthIcon(Core::Health::Failed));
        m_wizard->showServerErrors(index, error);
        return;
    }
}

void ReviewPage::dryRunFinished(bool ok)
{
    m_checked = ok;
    const QString verdict = ok
        ? tr("The server accepts these objects. Press Create to make them.")
        : tr("The server rejected the objects marked in red. Fix them in the form (Back) or in the YAML.");
    // What the form could not show stays in view under the verdict.
    setStatus(m_formNote.isEmpty() ? verdict : verdict + QLatin1Char('\n') + m_formNote, !ok);
    Q_EMIT completeChanged();
}

void ReviewPage::createFinished(bool ok)
{
    const QList<int> created = m_run->createdIndexes();
    if (ok) {
        m_created = true;
        m_partiallyCreated = false;
        setStatus(tr("Created."));
        Q_EMIT completeChanged();
        QList<Core::PlannedObject> objects = m_run->objects();
        Q_EMIT m_wizard->created(objects);
        m_wizard->accept();
        return;
    }
    m_partiallyCreated = !created.isEmpty();
    QStringList existing;
    for (const int index : created) {
        existing.append(objectLabel(m_run->objects().at(index)));
    }
    if (existing.isEmpty()) {
        setStatus(tr("Nothing was created. Fix the object marked in red and press Create again."), true);
    } else {
        setStatus(tr("Creation stopped. These objects exist now: %1. Press Create to retry the rest, "
                     "or Remove created objects.")
                      .arg(existing.join(QStringLiteral(", "))),
            true);
        setCustomButton(tr("Remove created objects"), [this] {
            if (m_run && !m_run->isRunning()) {
                setStatus(tr("Removing…"));
                m_run->removeCreated();
            }
        });
    }
    Q_EMIT completeChanged();
}

void ReviewPage::removeFinished(bool ok)
{
    if (!ok) {
        setStatus(tr("Some objects could not be removed; see their messages above."), true);
        return;
    }
    m_partiallyCreated = false;
    setStatus(tr("The created objects were removed. Nothing from this wizard is left in the cluster."));
    setCustomButton(tr("Check again"), [this] { checkYamlEdits(); });
    Q_EMIT completeChanged();
}

void ReviewPage::setCustomButton(const QString &text, std::function<void()> onClick)
{
    m_wizard->setButtonText(QWizard::CustomButton1, text);
    disconnect(m_wizard, &QWizard::customButtonClicked, this, nullptr);
    connect(m_wizard, &QWizard::customButtonClicked, this, [onClick = std::move(onClick)](int which) {
        if (which == QWizard::CustomButton1) {
            onClick();
        }
    });
}

void ReviewPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(
        QPalette::WindowText, error ? QColor(0xd0, 0x3a, 0x2f) : m_wizard->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

} // namespace Sextant::Ui
