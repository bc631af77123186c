// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/cluster/clusterconnection.h"
#include "core/creation/creationrun.h"

#include <QHash>
#include <QPointer>
#include <QWizard>

namespace Sextant::Ui {

class ReviewPage;
class ValidatedField;

// The shape every creation wizard shares: form pages that describe objects,
// then a review page with the YAML (editable), a server-side dry run, and
// Create, which makes the objects in order and never leaves a half-created
// set unaccounted for. Subclasses add their pages, then addReviewPage().
class ResourceWizard : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceWizard)
public:
    explicit ResourceWizard(Core::ClusterConnection *connection, QWidget *parent = nullptr);

    Core::ClusterConnection *connection() const { return m_connection; }
    ReviewPage *reviewPage() const { return m_review; }

    // The objects the form describes, in creation order.
    virtual QList<Core::PlannedObject> plannedObjects() const = 0;
    // Fills the form from objects edited as YAML (same count and kinds as
    // plannedObjects()). Fields the form has no place for stay in the YAML.
    virtual bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) = 0;

    // Where a field the server may reject ("metadata.name") of the planned
    // object at objectIndex is edited, so a 422 lands next to it.
    void bindField(int objectIndex, const QString &path, ValidatedField *field, int pageId);
    // Shows the error's causes at their bound fields; returns the first page
    // holding one of them, or -1 when none maps.
    int showServerErrors(int objectIndex, const Core::ApiError &error);
    // Goes back to a page before the current one.
    void returnToPage(int pageId);

Q_SIGNALS:
    // After Create succeeded; the first object is the one to open.
    void created(const QList<Sextant::Core::PlannedObject> &objects);

protected:
    void addReviewPage();

private:
    struct Binding {
        QPointer<ValidatedField> field;
        int pageId = -1;
    };
    QPointer<Core::ClusterConnection> m_connection;
    ReviewPage *m_review = nullptr;
    QHash<QString, Binding> m_bindings; // "index|path"
};

} // namespace Sextant::Ui
