// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/metadatadialog.h"

#include "core/api/apiclient.h"
#include "core/metadata/metadatapatches.h"
#include "core/metadata/metadatavalidation.h"
#include "ui/nodeactions/nodeactionsupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;
namespace Patches = Core::MetadataPatches;
namespace Validation = Core::MetadataValidation;

namespace {

// "deployment shop/web"
QString describeOne(const Core::ResourceRef &resource, const QJsonObject &object)
{
    return Support::singular(resource) + QLatin1Char(' ') + Support::displayName(object);
}

QMap<QString, QString> entriesOf(const QJsonObject &object, MetadataTable::Field field)
{
    return field == MetadataTable::Field::Labels ? Patches::labelsOf(object) : Patches::annotationsOf(object);
}

} // namespace

MetadataDialog::MetadataDialog(ActionTarget target, Field field, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
{
    setObjectName(field == Field::Labels ? QStringLiteral("labelsDialog") : QStringLiteral("annotationsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const int count = int(m_target.objects.size());
    m_what = count == 1 ? describeOne(m_target.resource, m_target.objects.value(0))
                        : tr("%n %1 objects", nullptr, count).arg(Support::singular(m_target.resource));
    setWindowTitle(field == Field::Labels ? tr("Labels of %1").arg(m_what) : tr("Annotations of %1").arg(m_what));
    resize(880, count == 1 ? 440 : 560);
    QList<QMap<QString, QString>> each;
    for (const QJsonObject &object : std::as_const(m_target.objects))
        each << entriesOf(object, field);
    const Patches::SharedEntries shared = each.isEmpty() ? Patches::SharedEntries {} : Patches::sharedEntries(each);
    m_original = shared.same;

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
    if (!shared.differing.isEmpty())
        addDifferingKeys(shared.differing, layout);

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
    for (Core::RequestHandle &request : m_requests)
        request.cancel();
}

void MetadataDialog::addDifferingKeys(const QMap<QString, int> &holders, QLayout *layout)
{
    const int count = int(m_target.objects.size());
    auto *label = new QLabel(tr("These keys differ between the selected objects. Each object keeps its own value "
                                "unless you set the key in the table above for all of them, or tick it here to "
                                "remove it from all of them:"),
        this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    m_differing = new QListWidget(this);
    m_differing->setObjectName(QStringLiteral("differingKeys"));
    m_differing->setAccessibleName(tr("Keys that differ between the objects"));
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        const QString held = it.value() == count ? tr("on all %1, with different values").arg(count)
                                                 : tr("on %1 of %2").arg(it.value()).arg(count);
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(it.key(), held), m_differing);
        item->setData(Qt::UserRole, it.key());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_differing->setMaximumHeight(
        m_differing->sizeHintForRow(0) * std::min(6, int(holders.size())) + 2 * m_differing->frameWidth() + 8);
    layout->addWidget(m_differing);
    connect(m_differing, &QListWidget::itemChanged, this, &MetadataDialog::showState);
}

QStringList MetadataDialog::keysToRemove() const
{
    QStringList keys;
    for (int row = 0; m_differing && row < m_differing->count(); ++row) {
        const QListWidgetItem *item = m_differing->item(row);
        if (item->checkState() == Qt::Checked)
            keys << item->data(Qt::UserRole).toString();
    }
    return keys;
}

QByteArray MetadataDialog::pendingPatch() const
{
    return field() == Field::Labels ? Patches::labelsPatch(m_original, m_table->entries(), keysToRemove())
                                    : Patches::annotationsPatch(m_original, m_table->entries(), keysToRemove());
}

QStringList MetadataDialog::problems() const
{
    QStringList all = m_table->problems();
    const QMap<QString, QString> entries = m_table->entries();
    for (const QString &key : keysToRemove()) {
        if (entries.contains(key))
            all << tr("%1: set in the table and ticked for removal").arg(key);
    }
    return all;
}

bool MetadataDialog::canApply() const
{
    const bool running = std::any_of(
        m_requests.cbegin(), m_requests.cend(), [](const Core::RequestHandle &r) { return r.isRunning(); });
    return problems().isEmpty() && !pendingPatch().isEmpty() && !running;
}

void MetadataDialog::showState()
{
    const QStringList all = problems();
    const int changed = int(Patches::changes(m_original, m_table->entries(), keysToRemove()).size());
    if (!all.isEmpty())
        m_status->setText(tr("%n problem(s) to fix before applying:", nullptr, int(all.size())) + QStringLiteral("\n• ")
            + all.join(QStringLiteral("\n• ")));
    else if (changed == 0)
        m_status->setText(tr("No changes."));
    else if (m_target.objects.size() > 1)
        m_status->setText(
            tr("%n key(s) will change on each of the %1 objects.", nullptr, changed).arg(m_target.objects.size()));
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
    const bool labels = field() == Field::Labels;
    m_error->hide();
    m_applyButton->setEnabled(false);
    Support::progress(
        m_target, labels ? tr("Updating labels of %1…").arg(m_what) : tr("Updating annotations of %1…").arg(m_what));
    Core::PatchOptions options;
    options.type = Core::PatchType::Merge;
    // The same patch to each object; the answers are counted, failures kept verbatim.
    auto pending = std::make_shared<int>(int(m_target.objects.size()));
    auto failures = std::make_shared<QStringList>();
    m_requests.clear();
    for (const QJsonObject &object : std::as_const(m_target.objects)) {
        const QString one = Support::displayName(object);
        const QString what = describeOne(m_target.resource, object);
        const auto answered = [this, pending, failures] {
            if (--*pending == 0)
                finishApply(*failures);
        };
        m_requests << client->patch(
            m_target.resource, Support::namespaceOf(object), Support::nameOf(object), patch, options, this,
            [answered](const QJsonObject &) { answered(); },
            [this, one, what, labels, answered, failures](const Core::ApiError &error) {
                if (error.isCancelled())
                    return;
                Support::failed(m_target,
                    labels ? tr("Could not update labels of %1").arg(what)
                           : tr("Could not update annotations of %1").arg(what),
                    error);
                *failures << (m_target.objects.size() == 1 ? error.message
                                                           : one + QStringLiteral(": ") + error.message);
                answered();
                Q_EMIT applyFailed(error);
            });
    }
}

void MetadataDialog::finishApply(const QStringList &failures)
{
    const bool labels = field() == Field::Labels;
    if (failures.isEmpty()) {
        Support::succeeded(
            m_target, labels ? tr("Labels of %1 updated.").arg(m_what) : tr("Annotations of %1 updated.").arg(m_what));
        Q_EMIT applied();
        accept();
        return;
    }
    const int count = int(m_target.objects.size());
    if (count == 1) {
        m_error->setText(failures.first());
    } else {
        // Objects already updated take the same patch again harmlessly on a retry.
        m_error->setText(tr("%1 of %2 updated; not updated:").arg(count - failures.size()).arg(count)
            + QStringLiteral("\n• ") + failures.join(QStringLiteral("\n• ")));
    }
    m_error->show();
    m_applyButton->setEnabled(canApply());
}

} // namespace Sextant::Ui
