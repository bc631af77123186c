// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Sextant::Ui {

// A buffer a previous session left behind.
struct RecoveredBuffer {
    QString session;
    QString id;
    QString originalPath; // "" for a buffer never saved
    QString kubernetesVersion;
    QDateTime savedAt;
    QString text;
};

// Copies of unsaved editor buffers, so a crash loses at most the last
// autosave interval. Each session (one editor window) keeps an index,
// <session>.json, with the owning process id, and one file per buffer, all
// 0600 in a 0700 directory and written atomically. A clean close removes
// its session; what remains from a process that is gone is offered back.
class RecoveryStore final {
public:
    // directory "" = QStandardPaths::AppDataLocation + "/recovery".
    explicit RecoveryStore(const QString &directory = {});
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString session() const { return m_session; }

    bool save(
        const QString &bufferId, const QString &originalPath, const QString &kubernetesVersion, const QString &text);
    void remove(const QString &bufferId);
    // The session closed cleanly: nothing to recover.
    void removeAll();
    bool contains(const QString &bufferId) const { return m_entries.contains(bufferId); }
    QString bufferFile(const QString &bufferId) const;

    // Buffers of sessions whose process has ended (or, in this process, whose
    // store is gone without cleaning up).
    QList<RecoveredBuffer> orphans() const;
    // Deletes the files of these orphans (after restoring or declining them).
    void discard(const QList<RecoveredBuffer> &buffers);

private:
    struct Entry {
        QString originalPath;
        QString kubernetesVersion;
        QDateTime savedAt;
    };
    bool writeIndex();
    bool ensureDirectory();

    QString m_directory;
    QString m_session;
    QHash<QString, Entry> m_entries;
};

} // namespace Sextant::Ui
