// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/secretdataview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QMimeData>
#include <QStringDecoder>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

const QString maskText = QStringLiteral("••••••");

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

} // namespace

SecretDataView::SecretDataView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("secretDataView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    layout->addLayout(m_grid);
    m_empty = new QLabel(tr("This secret holds no data."), this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    layout->addWidget(m_empty);
    layout->addStretch();
    m_note = new QLabel(tr("Values are hidden until you reveal them. Copy puts the decoded value on the clipboard, "
                           "where other applications can read it."),
        this);
    m_note->setObjectName(QStringLiteral("clipboardNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
}

SecretDataView::~SecretDataView()
{
    clear();
}

void SecretDataView::wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

void SecretDataView::clear()
{
    for (Entry &entry : m_entries) {
        wipe(entry.decoded);
        wipe(entry.encoded);
    }
    m_entries.clear();
    m_order.clear();
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
}

QByteArray SecretDataView::decode(const Entry &entry) const
{
    return entry.fromStringData ? entry.encoded : QByteArray::fromBase64(entry.encoded);
}

void SecretDataView::setSecret(const QJsonObject &secret)
{
    clear();
    const QJsonObject data = secret.value(QLatin1String("data")).toObject();
    const QJsonObject stringData = secret.value(QLatin1String("stringData")).toObject();
    QStringList keys = data.keys();
    for (const QString &key : stringData.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    keys.sort();

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const QString &key : std::as_const(keys)) {
        Entry entry;
        if (stringData.contains(key)) {
            // The API merges stringData over data on write; shown the same way.
            entry.encoded = stringData.value(key).toString().toUtf8();
            entry.fromStringData = true;
        } else {
            entry.encoded = data.value(key).toString().toLatin1();
        }
        QByteArray decoded = decode(entry);
        entry.size = decoded.size();
        entry.binary = !isValidUtf8(decoded);
        wipe(decoded);

        auto *keyLabel = new QLabel(key, this);
        keyLabel->setTextFormat(Qt::PlainText);
        keyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        keyLabel->setFont(fixed);
        entry.value = new QLabel(this);
        entry.value->setObjectName(QStringLiteral("value:") + key);
        entry.value->setTextFormat(Qt::PlainText);
        entry.value->setWordWrap(true);
        entry.value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        entry.value->setFont(fixed);
        entry.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        entry.value->setAccessibleName(tr("Value of %1").arg(key));
        entry.reveal = new QToolButton(this);
        entry.reveal->setObjectName(QStringLiteral("reveal:") + key);
        entry.reveal->setCheckable(true);
        entry.reveal->setText(tr("Reveal"));
        entry.reveal->setAccessibleName(tr("Reveal %1").arg(key));
        entry.copy = new QToolButton(this);
        entry.copy->setObjectName(QStringLiteral("copy:") + key);
        entry.copy->setText(tr("Copy"));
        entry.copy->setAccessibleName(tr("Copy the value of %1 to the clipboard").arg(key));
        entry.copy->setToolTip(tr("Copies the decoded value to the clipboard"));

        // Text lines up with the buttons' captions, and long values still start at the top.
        const int offset = qMax(0, (entry.reveal->sizeHint().height() - entry.value->fontMetrics().height()) / 2);
        keyLabel->setContentsMargins(0, offset, 0, 0);
        entry.value->setContentsMargins(0, offset, 0, 0);
        m_grid->addWidget(keyLabel, row, 0);
        m_grid->addWidget(entry.value, row, 1);
        m_grid->addWidget(entry.reveal, row, 2, Qt::AlignTop);
        m_grid->addWidget(entry.copy, row, 3, Qt::AlignTop);
        m_rowWidgets << keyLabel << entry.value << entry.reveal << entry.copy;
        ++row;

        connect(entry.reveal, &QToolButton::toggled, this, [this, key](bool on) { setRevealed(key, on); });
        connect(entry.copy, &QToolButton::clicked, this, [this, key] { copy(key); });
        m_entries.insert(key, entry);
        m_order.append(key);
        showMasked(m_entries[key]);
    }
    m_empty->setVisible(keys.isEmpty());
}

void SecretDataView::showMasked(Entry &entry)
{
    wipe(entry.decoded);
    entry.value->setText(entry.binary ? tr("%1 binary, %n byte(s)", nullptr, int(entry.size)).arg(maskText)
                                      : tr("%1 %n byte(s)", nullptr, int(entry.size)).arg(maskText));
    entry.value->setForegroundRole(QPalette::PlaceholderText);
}

QStringList SecretDataView::keys() const
{
    return m_order;
}

qsizetype SecretDataView::sizeOf(const QString &key) const
{
    return m_entries.value(key).size;
}

bool SecretDataView::isBinary(const QString &key) const
{
    return m_entries.value(key).binary;
}

bool SecretDataView::isRevealed(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->reveal->isChecked();
}

void SecretDataView::setRevealed(const QString &key, bool revealed)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    if (it->reveal->isChecked() != revealed) {
        it->reveal->setChecked(revealed); // comes back here through toggled
        return;
    }
    it->reveal->setText(revealed ? tr("Hide") : tr("Reveal"));
    it->reveal->setAccessibleName(revealed ? tr("Hide %1").arg(key) : tr("Reveal %1").arg(key));
    if (!revealed) {
        showMasked(*it);
        return;
    }
    it->decoded = decode(*it);
    it->value->setForegroundRole(QPalette::WindowText);
    if (it->binary)
        it->value->setText(tr("binary, %n byte(s):", nullptr, int(it->size)) + QLatin1Char('\n') + hex(it->decoded));
    else
        it->value->setText(it->decoded.isEmpty() ? tr("(empty)") : QString::fromUtf8(it->decoded));
}

QString SecretDataView::displayedText(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? QString() : it->value->text();
}

void SecretDataView::copy(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    QByteArray value = decode(*it);
    auto *mime = new QMimeData;
    if (it->binary)
        mime->setData(QStringLiteral("application/octet-stream"), value);
    else
        mime->setText(QString::fromUtf8(value));
    wipe(value);
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT copied(key);
}

} // namespace Sextant::Ui
