// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Sextant::Core {

// A key or value the editor may offer at the cursor.
struct CompletionItem {
    QString label; // "replicas"
    QString insertText; // "replicas: "
    QString detail; // the schema type, "integer"
    QString documentation; // the field's description
};

// What the schema says about the field under the cursor (hover help).
struct FieldHelp {
    QString path; // "spec.replicas"
    QString type; // "integer", "object", "[]Container", "string (enum)"
    QString description;
    bool required = false;
    QStringList enumValues;
};

struct ValidationOptions {
    QString kubernetesVersion; // "" = the bundled default (kube-sim's release)
    QString fileName; // for messages
};

// Schema-driven help for manifests: validation, completion, hover. Pure and
// thread-safe (const methods, immutable schemas), so editors call it from a
// worker thread. Lines and columns are 1-based, columns in characters.
class ManifestAssistant {
public:
    virtual ~ManifestAssistant() = default;
    virtual Diagnostics validate(const QByteArray &utf8, const ValidationOptions &options) const = 0;
    virtual QList<CompletionItem> completions(const QByteArray &utf8, int line, int column) const = 0;
    virtual std::optional<FieldHelp> help(const QByteArray &utf8, int line, int column) const = 0;
};

// Runs an assistant off the calling thread, on a thread with stack enough for
// the parser's depth limit. Each call returns a ticket; answers arrive as
// signals on the caller's thread; only the newest ticket per kind matters to
// editors, older answers may be dropped.
class ManifestWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestWorker)
public:
    explicit ManifestWorker(std::shared_ptr<const ManifestAssistant> assistant, QObject *parent = nullptr);
    ~ManifestWorker() override;

    quint64 validate(const QByteArray &utf8, const ValidationOptions &options);
    quint64 complete(const QByteArray &utf8, int line, int column);
    quint64 describe(const QByteArray &utf8, int line, int column);

Q_SIGNALS:
    void validated(quint64 ticket, const Sextant::Core::Diagnostics &diagnostics);
    void completed(quint64 ticket, const QList<Sextant::Core::CompletionItem> &items);
    void described(quint64 ticket, const std::optional<Sextant::Core::FieldHelp> &help);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sextant::Core
