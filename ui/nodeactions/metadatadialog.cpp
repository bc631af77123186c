// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/metadatadialog.h"

#include "core/api/apiclient.h"
#include "core/metadata/metadatapatches.h"
#include "core/metadata/metadatavalidation.h"
#include "ui/nodeactions/nodeactionsupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;
namespace Validation = Core::MetadataValidation;

MetadataDialog::MetadataDialog(ActionTarget target, Field field, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
{
    setObjectName(field == Field::Labels ? QStringLiteral("labelsDialog") : QStringLiteral("annotationsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QJsonObject object = m_target.objects.value(0);
    const QString what = Support::singular(m_target.resource) + QLatin1Char(' ') + Support::displayName(object);
    setWindowTitle(field == Field::Labels ? tr("Labels of %1").arg(what) : tr("Annotations of %1").arg(what));
    resize(880, 440);
    m_original = field == Field::Labels ? Core::MetadataPatches::labelsOf(object)
                                        : Core::MetadataPatches::annotationsOf(object);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(field == Field::Labels
            ? tr("Keys are a name of up to 63 characters with an optional DNS prefix (example.com/name); values are up "
                 "to 63 letters, digits, '-', '_' or '.', or empty. Only the keys you change are sent, so changes "
                 "others make meanwhile to other keys are kept.")
            : tr("Keys are a name of up to 63 characters with an optional DNS prefix (example.com/name); all "
                 "annotations "
                 "together may hold up to 256 KiB. Only the keys you change are sent, so changes others make "
                 "meanwhile to other keys are kept."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_table = new MetadataTable(field, this);
    m_table->setEntries(m_original);
    layout->addWidget(m_table, 1);

    m_status = NodeActionSupport::createStatusLabel(this);
    layout->addWidget(m_status);
    m_error = NodeActionSupport::createErrorLabel(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_applyButton = buttons->addButton(tr("A&pply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    layout->addWidget(buttons);

    connect(m_applyButton, &QPushButton::clicked, this, &MetadataDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &MetadataTable::edited, this, &MetadataDialog::showState);
    showState();
}

MetadataDialog::~MetadataDialog()
{
    m_request.cancel();
}

QByteArray MetadataDialog::pendingPatch() const
{
    return field() == Field::Labels ? Core::MetadataPatches::labelsPatch(m_original, m_table->entries())
                                    : Core::MetadataPatches::annotationsPatch(m_original, m_table->entries());
}

bool MetadataDialog::canApply() const
{
    return m_table->problems().isEmpty() && !pendingPatch().isEmpty() && !m_request.isRunning();
}

void MetadataDialog::showState()
{
    const QStringList all = m_table->problems();
    const int changed = int(Core::MetadataPatches::changes(m_original, m_table->entries()).size());
    if (!all.isEmpty())
        m_status->setText(tr("%n problem(s) to fix before applying:", nullptr, int(all.size())) + QStringLiteral("\n• ")
            + all.join(QStringLiteral("\n• ")));
    else if (changed == 0)
        m_status->setText(tr("No changes."));
    else
        m_status->setText(tr("%n key(s) will change.", nullptr, changed));
    if (field() == Field::Annotations) {
        m_status->setText(m_status->text() + QLatin1Char(' ')
            + tr("Size: %1 of %2 bytes.")
                  .arg(Validation::annotationsSize(m_table->entries()))
                  .arg(Validation::TotalAnnotationSizeLimit));
    }
    m_applyButton->setEnabled(canApply());
}

void MetadataDialog::apply()
{
    Core::ApiClient *client = Support::clientOf(m_target);
    const QByteArray patch = pendingPatch();
    if (!client || !canApply() || patch.isEmpty())
        return;
    const QJsonObject object = m_target.objects.value(0);
    const QString what = Support::singular(m_target.resource) + QLatin1Char(' ') + Support::displayName(object);
    const bool labels = field() == Field::Labels;
    m_error->hide();
    m_applyButton->setEnabled(false);
    Support::progress(
        m_target, labels ? tr("Updating labels of %1…").arg(what) : tr("Updating annotations of %1…").arg(what));
    Core::PatchOptions options;
    options.type = Core::PatchType::Merge;
    m_request = client->patch(
        m_target.resource, Support::namespaceOf(object), Support::nameOf(object), patch, options, this,
        [this, what, labels](const QJsonObject &) {
            Support::succeeded(
                m_target, labels ? tr("Labels of %1 updated.").arg(what) : tr("Annotations of %1 updated.").arg(what));
            Q_EMIT applied();
            accept();
        },
        [this, what, labels](const Core::ApiError &error) {
            if (error.isCancelled())
                return;
            m_error->setText(error.message);
            m_error->show();
            Support::failed(m_target,
                labels ? tr("Could not update labels of %1").arg(what)
                       : tr("Could not update annotations of %1").arg(what),
                error);
            m_applyButton->setEnabled(m_table->problems().isEmpty() && !pendingPatch().isEmpty());
            Q_EMIT applyFailed(error);
        });
}

} // namespace Sextant::Ui
