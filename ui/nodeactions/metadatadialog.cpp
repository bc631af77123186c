// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/metadatadialog.h"

#include "core/api/apiclient.h"
#include "core/metadata/metadatapatches.h"
#include "core/metadata/metadatavalidation.h"
#include "ui/nodeactions/nodeactionsupport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace Support = NodeActionSupport;
namespace Validation = Core::MetadataValidation;

MetadataDialog::MetadataDialog(ActionTarget target, Field field, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_field(field)
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

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setAccessibleName(field == Field::Labels ? tr("Labels") : tr("Annotations"));
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Value"), tr("Problem") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(KeyColumn, 260);
    m_table->setColumnWidth(ValueColumn, 200);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addButton"));
    addButton->setAccessibleName(field == Field::Labels ? tr("Add a label") : tr("Add an annotation"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected rows"));
    rowButtons->addWidget(addButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);

    m_status = NodeActionSupport::createStatusLabel(this);
    layout->addWidget(m_status);
    m_error = NodeActionSupport::createErrorLabel(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_applyButton = buttons->addButton(tr("A&pply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    layout->addWidget(buttons);

    connect(addButton, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_table->setCurrentCell(row, KeyColumn);
        m_table->editItem(m_table->item(row, KeyColumn));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QList<int> rows = NodeActionSupport::selectedRowsLastFirst(m_table);
        for (int row : rows)
            removeRow(row);
    });
    connect(m_applyButton, &QPushButton::clicked, this, &MetadataDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            revalidate();
    });

    m_updating = true;
    for (auto it = m_original.cbegin(); it != m_original.cend(); ++it)
        addRow(it.key(), it.value());
    m_updating = false;
    revalidate();
}

MetadataDialog::~MetadataDialog()
{
    m_request.cancel();
}

int MetadataDialog::addRow(const QString &key, const QString &value)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *keyItem = new QTableWidgetItem(key);
    auto *valueItem = new QTableWidgetItem(value);
    auto *problemItem = new QTableWidgetItem;
    problemItem->setFlags(Qt::ItemIsEnabled);
    problemItem->setForeground(NodeActionSupport::problemColor());
    m_table->setItem(row, KeyColumn, keyItem);
    m_table->setItem(row, ValueColumn, valueItem);
    m_table->setItem(row, ProblemColumn, problemItem);
    m_updating = wasUpdating;
    if (!m_updating)
        revalidate();
    return row;
}

void MetadataDialog::setKey(int row, const QString &key)
{
    if (QTableWidgetItem *item = m_table->item(row, KeyColumn))
        item->setText(key);
}

void MetadataDialog::setValue(int row, const QString &value)
{
    if (QTableWidgetItem *item = m_table->item(row, ValueColumn))
        item->setText(value);
}

void MetadataDialog::removeRow(int row)
{
    m_table->removeRow(row);
    revalidate();
}

int MetadataDialog::rowOf(const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (keyAt(row) == key)
            return row;
    }
    return -1;
}

QString MetadataDialog::problemAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ProblemColumn);
    return item ? item->text() : QString();
}

QString MetadataDialog::keyAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, KeyColumn);
    return item ? item->text().trimmed() : QString();
}

QString MetadataDialog::valueAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ValueColumn);
    return item ? item->text() : QString();
}

QMap<QString, QString> MetadataDialog::entries() const
{
    QMap<QString, QString> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = keyAt(row);
        if (!key.isEmpty())
            result.insert(key, valueAt(row));
    }
    return result;
}

QStringList MetadataDialog::rowProblems(int row, const QMap<QString, int> &keyCounts) const
{
    const QString key = keyAt(row);
    QStringList problems = m_field == Field::Labels ? Validation::labelKey(key) : Validation::annotationKey(key);
    if (key.isEmpty())
        problems = QStringList { tr("a key is required") };
    if (keyCounts.value(key) > 1)
        problems.append(tr("the key appears more than once"));
    if (m_field == Field::Labels)
        problems += Validation::labelValue(valueAt(row));
    return problems;
}

QStringList MetadataDialog::problems() const
{
    QMap<QString, int> keyCounts;
    for (int row = 0; row < m_table->rowCount(); ++row)
        ++keyCounts[keyAt(row)];
    QStringList result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QStringList found = rowProblems(row, keyCounts);
        for (const QString &problem : found)
            result.append((keyAt(row).isEmpty() ? tr("(no key)") : keyAt(row)) + QStringLiteral(": ") + problem);
    }
    if (m_field == Field::Annotations) {
        const qsizetype size = Validation::annotationsSize(entries());
        if (size > Validation::TotalAnnotationSizeLimit)
            result.append(tr("annotations may not be more than %1 bytes in total (these are %2 bytes)")
                              .arg(Validation::TotalAnnotationSizeLimit)
                              .arg(size));
    }
    return result;
}

QByteArray MetadataDialog::pendingPatch() const
{
    return m_field == Field::Labels ? Core::MetadataPatches::labelsPatch(m_original, entries())
                                    : Core::MetadataPatches::annotationsPatch(m_original, entries());
}

bool MetadataDialog::canApply() const
{
    return problems().isEmpty() && !pendingPatch().isEmpty() && !m_request.isRunning();
}

void MetadataDialog::revalidate()
{
    m_updating = true;
    QMap<QString, int> keyCounts;
    for (int row = 0; row < m_table->rowCount(); ++row)
        ++keyCounts[keyAt(row)];
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QStringList found = rowProblems(row, keyCounts);
        const QString text = found.join(QStringLiteral("; "));
        QTableWidgetItem *problem = m_table->item(row, ProblemColumn);
        problem->setText(text);
        problem->setToolTip(text);
        const bool keyBad
            = !(m_field == Field::Labels ? Validation::labelKey(keyAt(row)) : Validation::annotationKey(keyAt(row)))
                   .isEmpty()
            || keyCounts.value(keyAt(row)) > 1;
        const bool valueBad = m_field == Field::Labels && !Validation::labelValue(valueAt(row)).isEmpty();
        m_table->item(row, KeyColumn)
            ->setBackground(keyBad ? QBrush(NodeActionSupport::problemBackground()) : QBrush());
        m_table->item(row, KeyColumn)->setToolTip(keyBad ? text : QString());
        m_table->item(row, ValueColumn)
            ->setBackground(valueBad ? QBrush(NodeActionSupport::problemBackground()) : QBrush());
        m_table->item(row, ValueColumn)->setToolTip(valueBad ? text : valueAt(row));
    }
    m_updating = false;

    const QStringList all = problems();
    const int changed = int(Core::MetadataPatches::changes(m_original, entries()).size());
    if (!all.isEmpty())
        m_status->setText(tr("%n problem(s) to fix before applying:", nullptr, int(all.size())) + QStringLiteral("\n• ")
            + all.join(QStringLiteral("\n• ")));
    else if (changed == 0)
        m_status->setText(tr("No changes."));
    else
        m_status->setText(tr("%n key(s) will change.", nullptr, changed));
    if (m_field == Field::Annotations) {
        m_status->setText(m_status->text() + QLatin1Char(' ')
            + tr("Size: %1 of %2 bytes.")
                  .arg(Validation::annotationsSize(entries()))
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
    const bool labels = m_field == Field::Labels;
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
            m_applyButton->setEnabled(problems().isEmpty() && !pendingPatch().isEmpty());
            Q_EMIT applyFailed(error);
        });
}

} // namespace Sextant::Ui
