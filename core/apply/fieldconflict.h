// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sextant::Core {

// Fields of one object that another field manager owns, from a server-side
// apply answered with 409: "conflict with \"kubectl\" using apps/v1: .spec.replicas".
struct FieldConflict {
    QString manager; // e.g. kubectl, helm, kube-controller-manager
    QString subresource; // when the manager wrote through one, e.g. scale
    QString apiVersion; // the version the manager used
    QStringList fields; // ".spec.replicas", in the server's order

    friend bool operator==(const FieldConflict &, const FieldConflict &) = default;
};

// True for a 409 whose causes (or message) are field manager conflicts, as
// opposed to other conflicts (e.g. a stale resourceVersion).
bool isFieldManagerConflict(const ApiError &error);

// One entry per manager (in first-seen order) with the fields it owns.
// Read from the causes (reason FieldManagerConflict); from the message's
// "conflict with ...:" lines when a server sends no causes.
QList<FieldConflict> parseFieldConflicts(const ApiError &error);

} // namespace Sextant::Core
