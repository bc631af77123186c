// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace Sextant::Ui {

// A Secret's keys with their values masked ("••••••" and the size). Each key
// can be revealed and hidden again, and copied to the clipboard. Values that
// are not valid UTF-8 show as "binary, N bytes" and reveal as hex. Decoded
// values exist only while revealed and are overwritten when hidden; they are
// never logged or put into error text.
class SecretDataView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDataView)
public:
    explicit SecretDataView(QWidget *parent = nullptr);
    ~SecretDataView() override;

    // data (base64) and stringData (plain) of a Secret; replaces what was shown, all masked.
    void setSecret(const QJsonObject &secret);
    void clear();

    QStringList keys() const;
    qsizetype sizeOf(const QString &key) const; // decoded bytes
    bool isBinary(const QString &key) const;
    bool isRevealed(const QString &key) const;
    void setRevealed(const QString &key, bool revealed);
    // What the value field shows now (the mask, or the value once revealed).
    QString displayedText(const QString &key) const;
    // Puts the decoded value on the clipboard (raw bytes for binary values).
    void copy(const QString &key);

Q_SIGNALS:
    void copied(const QString &key);

private:
    struct Entry {
        QByteArray encoded; // base64 as the API sent it, or stringData as UTF-8
        bool fromStringData = false;
        qsizetype size = 0;
        bool binary = false;
        QByteArray decoded; // only while revealed
        QLabel *value = nullptr;
        QToolButton *reveal = nullptr;
        QToolButton *copy = nullptr;
    };

    QByteArray decode(const Entry &entry) const;
    void showMasked(Entry &entry);
    static void wipe(QByteArray &bytes);

    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_note = nullptr;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QList<QWidget *> m_rowWidgets;
};

} // namespace Sextant::Ui
