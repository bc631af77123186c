// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace Sextant::Ui {

// The keys and values of a ConfigMap, Secret or StorageClass parameters: one
// row per key (key, value, remove), checked as typed (key rules, duplicates,
// the total size). Values are bytes: text rows edit UTF-8, binary rows (a
// file that is not UTF-8) show their size. Masked mode (Secrets) hides each
// value behind dots with a per-key Show/Hide.
class KeyValueEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueEditor)
public:
    enum class Mode {
        MultiLine, // ConfigMap data: multi-line text values
        Masked, // Secret data: hidden until revealed, per key
        SingleLine, // StorageClass parameters: short strings
    };
    struct Entry {
        QString key;
        QByteArray value;
        bool binary = false; // not valid UTF-8: shown as its size, never as text
    };
    using KeyValidator = std::function<QStringList(const QString &key)>;

    explicit KeyValueEditor(Mode mode, QWidget *parent = nullptr);

    void setKeyValidator(KeyValidator validator) { m_keyValidator = std::move(validator); }
    // Sum of the values' bytes the server allows (0: no limit), and how that
    // limit is named in the message ("1 MiB").
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }

    QList<Entry> entries() const; // rows with a key, in order
    void setEntries(const QList<Entry> &entries);
    void addEntry(const Entry &entry);
    int rowCount() const { return int(m_rows.size()); }
    // Widgets of a row, for tests and screenshots.
    QLineEdit *keyEdit(int row) const;
    QPlainTextEdit *valueEdit(int row) const; // MultiLine / revealed Masked
    QLineEdit *maskedEdit(int row) const; // Masked, hidden state
    QToolButton *revealButton(int row) const;
    void setRevealed(int row, bool revealed);
    bool isRevealed(int row) const;

    // Reads files as new rows named after the file (kubectl --from-file):
    // text if valid UTF-8, else binary. Files over the size limit are refused.
    // Returns the problems (one line per file), empty when all were added.
    QStringList addFiles(const QStringList &paths);
    // Opens a file dialog (non-modal to the app, open()) and adds what is chosen.
    void chooseFiles();

    qint64 totalSize() const;
    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget *widget = nullptr;
        QLineEdit *key = nullptr;
        QStackedWidget *valueStack = nullptr;
        QPlainTextEdit *text = nullptr;
        QLineEdit *masked = nullptr;
        QLineEdit *single = nullptr;
        QLabel *binaryLabel = nullptr;
        QToolButton *reveal = nullptr;
        QLabel *problem = nullptr;
        QByteArray binaryValue; // binary or large values, kept out of the text widgets
        bool binary = false;
        bool large = false;
    };
    int addRow(const Entry &entry);
    void removeRow(QWidget *rowWidget);
    QByteArray valueOf(const Row &row) const;
    void revalidate();

    Mode m_mode;
    KeyValidator m_keyValidator;
    qint64 m_sizeLimit = 0;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_summary = nullptr;
    QStringList m_problems;
    bool m_updating = false;
};

} // namespace Sextant::Ui
