// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/cluster/clusterconnection.h"
#include "core/creation/creationrun.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWizard>

namespace Sextant::Core {
class LiveEdit;
}

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

    // How startFrom() prepares objects.
    enum class StartMode {
        // Another object like an existing one: named "<name>-copy", and what the
        // cluster assigned to the original (cluster IPs, node ports, the bound
        // volume, the default-class mark) is cleared.
        Duplicate,
        // Objects from a file: names kept; only fields the server sets go.
        FromFile,
        // The object itself, to change it ("Edit settings…"): one object, as
        // the server has it (with its resourceVersion); only what the server
        // maintains is set aside (Core::editableObject). The review page
        // then applies instead of creating: a PUT guarded by that
        // resourceVersion, merged three ways when someone changed the object
        // meanwhile (Core::LiveEdit). Name and project cannot change.
        Edit,
    };

    // The objects the form describes, in creation order.
    virtual QList<Core::PlannedObject> plannedObjects() const = 0;
    // Fills the form from objects. Two callers:
    // - the review page, with the YAML as edited there: the same count and
    //   kinds as plannedObjects();
    // - startFrom(), with the objects that exist (Duplicate…) or a file's:
    //   possibly FEWER than plannedObjects() would make (a Deployment without
    //   the optional Service or autoscaler the wizard can add).
    // So: find objects by kind (never by position), switch on the optional
    // parts whose objects are given, and leave every part whose object is
    // absent at its form default (optional parts off). Return false with
    // *whyNot naming what the form has no place for; that is a note, not a
    // refusal: such fields stay in the YAML and are created as given.
    virtual bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) = 0;

    // Prefills the wizard from existing objects or a file's: cleans them
    // (cleanedForCreation), calls loadObjects(), and remembers them, so that
    // what the form does not show (labels, annotations, tolerations, ...)
    // is still created: objectsToCreate() lays the user's form changes over
    // them. Returns false with *whyNot when the objects can't start this
    // wizard: none given, or a kind the wizard does not create even after
    // loadObjects() switched its optional parts on. Call before show()/open().
    bool startFrom(const QList<QJsonObject> &objects, QString *whyNot, StartMode mode = StartMode::Duplicate);
    bool hasStartObjects() const { return !m_startObjects.isEmpty(); }
    // Edit mode: the live edit that checks and applies the change; else null.
    Core::LiveEdit *liveEdit() const { return m_liveEdit; }
    bool isEditing() const { return m_liveEdit != nullptr; }
    // Edit mode, after someone else changed the object: object (theirs with
    // my changes merged in) becomes what the form shows and what later form
    // changes are laid over.
    void rebaseEdit(const QJsonObject &object);
    // loadObjects()' note from startFrom(): what the form could not show.
    QString startNote() const { return m_startNote; }
    // plannedObjects(), each merged over its start object (matched by kind
    // and order): fields the user changed in the form win, fields the form
    // does not produce keep the start object's value, keys the user removed
    // in the form are removed (a JSON merge patch from the form as it was
    // right after startFrom() to the form now, applied to the start object).
    // Without start objects, exactly plannedObjects(). The review page shows
    // and creates these.
    QList<Core::PlannedObject> objectsToCreate() const;

    // A copy of object fit for POST: metadata the server sets (uid,
    // resourceVersion, creationTimestamp, managedFields, generation,
    // ownerReferences, selfLink, deletion*, kubectl's last-applied), status,
    // Secret stringData folded into data; for Duplicate also the renaming and
    // what the cluster assigned (see StartMode). Data of Secrets/ConfigMaps is
    // kept. Edit: Core::editableObject(), as the PUT will carry it.
    static QJsonObject cleanedForCreation(QJsonObject object, StartMode mode);
    // "<name>-copy", shortened to fit the kind's name length (63 for names
    // that must be DNS labels, else 253) and still valid.
    static QString copyName(const QString &name, const QString &kind);

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
    // Edit mode: after the change was applied; object is the server's answer.
    void applied(const Sextant::Core::PlannedObject &object);

protected:
    void addReviewPage();
    // Edit mode starts (after loadObjects()): a wizard that creates other
    // objects beside its own (a Service, an autoscaler) hides those parts,
    // and locks what the object cannot change (its kind).
    virtual void prepareForEditing() { }

private:
    // Edit mode's set-up in startFrom(): the live edit, a locked name, the title.
    bool startEditing(const QJsonObject &live, QString *whyNot);

    struct Binding {
        QPointer<ValidatedField> field;
        int pageId = -1;
    };
    QPointer<Core::ClusterConnection> m_connection;
    ReviewPage *m_review = nullptr;
    QHash<QString, Binding> m_bindings; // "index|path"
    QList<QJsonObject> m_startObjects; // cleaned, as given to startFrom()
    QList<QJsonObject> m_startForm; // plannedObjects() right after startFrom()
    QString m_startNote;
    Core::LiveEdit *m_liveEdit = nullptr;
};

} // namespace Sextant::Ui
