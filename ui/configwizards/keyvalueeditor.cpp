// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/keyvalueeditor.h"

#include "core/yaml/yamldocument.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
enum ValuePage { TextPage, MaskedPage, SinglePage, BinaryPage };
constexpr qsizetype kLargeValue = 256 * 1024;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

void setProblemColour(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x3a, 0x2f));
    label->setPalette(palette);
}
} // namespace

KeyValueEditor::KeyValueEditor(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    auto *rowsHost = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(rowsHost);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rowsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    auto *add = new QPushButton(tr("&Add key"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addRow({});
        m_rows.at(row).key->setFocus();
        revalidate();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    if (mode != Mode::SingleLine) {
        auto *files = new QPushButton(tr("Add from &files…"), this);
        files->setToolTip(
            tr("Each file becomes a key named after it; files that are not UTF-8 text are kept as bytes."));
        connect(files, &QPushButton::clicked, this, &KeyValueEditor::chooseFiles);
        buttons->addWidget(files);
    }
    buttons->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addWidget(m_summary, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    revalidate();
}

int KeyValueEditor::addRow(const Entry &entry)
{
    Row row;
    row.widget = new QWidget;
    row.key = new QLineEdit(entry.key, row.widget);
    row.key->setPlaceholderText(tr("key"));
    row.key->setAccessibleName(tr("Key"));
    row.key->setMaximumWidth(m_mode == Mode::SingleLine ? 240 : 200);
    row.valueStack = new QStackedWidget(row.widget);
    row.text = new QPlainTextEdit(row.valueStack);
    row.text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    row.text->setAccessibleName(tr("Value"));
    row.text->setPlaceholderText(tr("value (several lines allowed)"));
    row.text->setTabChangesFocus(true);
    row.text->setFixedHeight(row.text->fontMetrics().lineSpacing() * 3 + 12);
    row.masked = new QLineEdit(row.valueStack);
    row.masked->setEchoMode(QLineEdit::Password);
    row.masked->setAccessibleName(tr("Value (hidden)"));
    row.masked->setPlaceholderText(tr("value"));
    row.single = new QLineEdit(row.valueStack);
    row.single->setAccessibleName(tr("Value"));
    row.single->setPlaceholderText(tr("value"));
    row.binaryLabel = new QLabel(row.valueStack);
    row.binaryLabel->setTextFormat(Qt::PlainText);
    row.valueStack->insertWidget(TextPage, row.text);
    row.valueStack->insertWidget(MaskedPage, row.masked);
    row.valueStack->insertWidget(SinglePage, row.single);
    row.valueStack->insertWidget(BinaryPage, row.binaryLabel);
    row.binary = entry.binary;
    // Text widgets crawl on megabyte lines; such values are shown by size.
    row.large = !entry.binary && entry.value.size() > kLargeValue;
    if (entry.binary || row.large) {
        row.binaryValue = entry.value;
        row.binaryLabel->setText(entry.binary
                ? tr("binary, %1 (not UTF-8 text)").arg(sizeText(entry.value.size()))
                : tr("text, %1 (too large to edit here)").arg(sizeText(entry.value.size())));
        row.valueStack->setCurrentIndex(BinaryPage);
    } else {
        const QString text = QString::fromUtf8(entry.value);
        row.text->setPlainText(text);
        row.masked->setText(text);
        row.single->setText(text);
        row.valueStack->setCurrentIndex(
            m_mode == Mode::MultiLine ? TextPage : (m_mode == Mode::Masked ? MaskedPage : SinglePage));
        row.masked->setReadOnly(text.contains(QLatin1Char('\n')));
    }
    // Text rows are three lines high; hidden and one-line values one line.
    const int textHeight = row.text->height();
    const int lineHeight = row.masked->sizeHint().height();
    const bool tall = !entry.binary && !row.large && m_mode == Mode::MultiLine;
    row.valueStack->setFixedHeight(tall ? textHeight : lineHeight);
    auto *remove = new QToolButton(row.widget);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove key"));
    QWidget *rowWidget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(row.key, 2, Qt::AlignTop);
    line->addWidget(row.valueStack, 5);
    if (m_mode == Mode::Masked) {
        row.reveal = new QToolButton(row.widget);
        row.reveal->setText(tr("Show"));
        row.reveal->setCheckable(true);
        row.reveal->setAccessibleName(tr("Show value"));
        row.reveal->setEnabled(!entry.binary && !row.large);
        line->addWidget(row.reveal, 0, Qt::AlignTop);
        QStackedWidget *stack = row.valueStack;
        QToolButton *reveal = row.reveal;
        connect(row.reveal, &QToolButton::toggled, this, [stack, reveal, textHeight, lineHeight](bool shown) {
            stack->setCurrentIndex(shown ? TextPage : MaskedPage);
            stack->setFixedHeight(shown ? textHeight : lineHeight);
            reveal->setText(shown ? tr("Hide") : tr("Show"));
        });
        QPlainTextEdit *text = row.text;
        QLineEdit *masked = row.masked;
        connect(row.masked, &QLineEdit::textEdited, this, [this, text](const QString &value) {
            const QSignalBlocker blocker(text);
            text->setPlainText(value);
            revalidate();
        });
        connect(row.text, &QPlainTextEdit::textChanged, this, [masked, text] {
            const QString value = text->toPlainText();
            masked->setText(value);
            // A multi-line value can't be edited blind in one line.
            masked->setReadOnly(value.contains(QLatin1Char('\n')));
            masked->setToolTip(masked->isReadOnly() ? tr("Several lines: press Show to edit.") : QString());
        });
    }
    line->addWidget(remove, 0, Qt::AlignTop);
    row.problem = new QLabel(row.widget);
    row.problem->setTextFormat(Qt::PlainText);
    row.problem->setWordWrap(true);
    setProblemColour(row.problem);
    row.problem->hide();
    auto *rowLayout = new QVBoxLayout(row.widget);
    rowLayout->setContentsMargins(0, 0, 0, 2);
    rowLayout->setSpacing(2);
    rowLayout->addLayout(line);
    rowLayout->addWidget(row.problem);

    connect(row.key, &QLineEdit::textChanged, this, &KeyValueEditor::revalidate);
    connect(row.text, &QPlainTextEdit::textChanged, this, &KeyValueEditor::revalidate);
    connect(row.single, &QLineEdit::textChanged, this, &KeyValueEditor::revalidate);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row.widget);
    row.widget->show(); // now, not at the layout's next event: callers look at it at once
    m_rows.append(row);
    return int(m_rows.size()) - 1;
}

void KeyValueEditor::removeRow(QWidget *rowWidget)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            break;
        }
    }
    revalidate();
}

QByteArray KeyValueEditor::valueOf(const Row &row) const
{
    if (row.binary || row.large) {
        return row.binaryValue;
    }
    if (m_mode == Mode::SingleLine) {
        return row.single->text().toUtf8();
    }
    return row.text->toPlainText().toUtf8();
}

QList<KeyValueEditor::Entry> KeyValueEditor::entries() const
{
    QList<Entry> result;
    for (const Row &row : m_rows) {
        const QString key = row.key->text().trimmed();
        if (!key.isEmpty()) {
            result.append({ key, valueOf(row), row.binary });
        }
    }
    return result;
}

void KeyValueEditor::setEntries(const QList<Entry> &entries)
{
    m_updating = true;
    for (const Row &row : std::as_const(m_rows)) {
        delete row.widget;
    }
    m_rows.clear();
    for (const Entry &entry : entries) {
        addRow(entry);
    }
    m_updating = false;
    revalidate();
}

void KeyValueEditor::addEntry(const Entry &entry)
{
    // Replace an empty row left by "Add key" rather than stacking blanks.
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key->text().isEmpty() && valueOf(m_rows.at(i)).isEmpty()) {
            delete m_rows.at(i).widget;
            m_rows.removeAt(i);
            break;
        }
    }
    addRow(entry);
    revalidate();
}

QLineEdit *KeyValueEditor::keyEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : nullptr;
}

QPlainTextEdit *KeyValueEditor::valueEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).text : nullptr;
}

QLineEdit *KeyValueEditor::maskedEdit(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return nullptr;
    }
    return m_mode == Mode::SingleLine ? m_rows.at(row).single : m_rows.at(row).masked;
}

QToolButton *KeyValueEditor::revealButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).reveal : nullptr;
}

void KeyValueEditor::setRevealed(int row, bool revealed)
{
    if (QToolButton *button = revealButton(row)) {
        button->setChecked(revealed);
    }
}

bool KeyValueEditor::isRevealed(int row) const
{
    const QToolButton *button = revealButton(row);
    return m_mode != Mode::Masked || (button && button->isChecked());
}

QStringList KeyValueEditor::addFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (m_sizeLimit > 0 && info.size() > m_sizeLimit) {
            problems.append(tr("%1 is %2; one object holds at most %3.")
                                .arg(info.fileName(), sizeText(info.size()), sizeText(m_sizeLimit)));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(tr("%1 can't be read: %2").arg(info.fileName(), file.errorString()));
            continue;
        }
        const QByteArray data = file.readAll();
        addEntry({ info.fileName(), data, Core::firstInvalidUtf8(data) >= 0 });
    }
    if (!problems.isEmpty()) {
        m_summary->setText(problems.join(QLatin1Char('\n')));
        setProblemColour(m_summary);
    }
    return problems;
}

void KeyValueEditor::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Add keys from files"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) { addFiles(files); });
    dialog->open();
}

qint64 KeyValueEditor::totalSize() const
{
    qint64 total = 0;
    for (const Row &row : m_rows) {
        total += valueOf(row).size();
    }
    return total;
}

void KeyValueEditor::revalidate()
{
    if (m_updating) {
        return;
    }
    m_problems.clear();
    QHash<QString, int> counts;
    for (const Row &row : std::as_const(m_rows)) {
        ++counts[row.key->text().trimmed()];
    }
    for (const Row &row : std::as_const(m_rows)) {
        const QString key = row.key->text().trimmed();
        QStringList problems;
        if (key.isEmpty()) {
            if (!valueOf(row).isEmpty()) {
                problems.append(tr("enter a key for this value"));
            }
        } else {
            if (m_keyValidator) {
                problems += m_keyValidator(key);
            }
            if (counts.value(key) > 1) {
                problems.append(tr("the key \"%1\" is used more than once").arg(key));
            }
        }
        row.problem->setText(problems.join(QStringLiteral("; ")));
        row.problem->setVisible(!problems.isEmpty());
        m_problems += problems;
    }
    const qint64 total = totalSize();
    const int keys = int(entries().size());
    QString summary = m_mode == Mode::SingleLine ? tr("%n key(s)", nullptr, keys)
                                                 : tr("%n key(s), %1", nullptr, keys).arg(sizeText(total));
    if (m_sizeLimit > 0) {
        summary = tr("%n key(s), %1 of at most %2", nullptr, keys).arg(sizeText(total), sizeText(m_sizeLimit));
        if (total > m_sizeLimit) {
            // Exact bytes: just over the limit rounds to the limit in MiB.
            const QString tooLarge
                = tr("The values take %1 bytes; the server refuses more than %2 bytes (%3) in "
                     "one object.")
                      .arg(QLocale().toString(total), QLocale().toString(m_sizeLimit), sizeText(m_sizeLimit));
            m_problems.append(tooLarge);
            summary = tooLarge;
        }
    }
    m_summary->setText(summary);
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText,
        total > m_sizeLimit && m_sizeLimit > 0 ? QColor(0xd0, 0x3a, 0x2f)
                                               : this->palette().color(QPalette::WindowText));
    m_summary->setPalette(palette);
    Q_EMIT changed();
}

} // namespace Sextant::Ui
