// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/statusparser.h"
#include "core/apply/fieldconflict.h"

#include <QFile>
#include <QTest>

using namespace Sextant::Core;

namespace {

// Captured from kube-apiserver 1.36 (kube-sim): `kubectl apply --server-side --field-manager=other`, then
// a different replicas and image as manager sextant.
QByteArray capturedConflict()
{
    QFile file(QFINDTESTDATA("conflict-409.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr char staleConflict[] = "{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"Operation cannot be "
                                 "fulfilled on deployments.apps \\\"web\\\": the object has been modified; please "
                                 "apply your changes to the latest "
                                 "version and try again\",\"reason\":\"Conflict\",\"code\":409}";

} // namespace

class TestFieldConflict final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_capturedStatus_oneManagerTwoFields()
    {
        const ApiError error = errorFromResponse(409, capturedConflict());
        QVERIFY(isFieldManagerConflict(error));
        const QList<FieldConflict> conflicts = parseFieldConflicts(error);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().manager, QStringLiteral("other"));
        QCOMPARE(conflicts.first().fields,
            QStringList({ QStringLiteral(".spec.replicas"),
                QStringLiteral(".spec.template.spec.containers[name=\"c\"].image") }));
    }

    void parse_causesOfSeveralManagers_groupedInFirstSeenOrder()
    {
        ApiError error;
        error.kind = ApiError::Kind::Status;
        error.httpStatus = 409;
        error.causes = {
            { QStringLiteral("FieldManagerConflict"), QStringLiteral("conflict with \"kubectl\" using apps/v1"),
                QStringLiteral(".spec.replicas") },
            { QStringLiteral("FieldManagerConflict"),
                QStringLiteral("conflict with \"kube-controller-manager\" with subresource \"scale\" using apps/v1"),
                QStringLiteral(".spec.paused") },
            { QStringLiteral("FieldManagerConflict"), QStringLiteral("conflict with \"kubectl\" using apps/v1"),
                QStringLiteral(".metadata.labels.app") },
        };
        const QList<FieldConflict> conflicts = parseFieldConflicts(error);
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.at(0),
            (FieldConflict { QStringLiteral("kubectl"), {}, QStringLiteral("apps/v1"),
                { QStringLiteral(".spec.replicas"), QStringLiteral(".metadata.labels.app") } }));
        QCOMPARE(conflicts.at(1),
            (FieldConflict { QStringLiteral("kube-controller-manager"), QStringLiteral("scale"),
                QStringLiteral("apps/v1"), { QStringLiteral(".spec.paused") } }));
    }

    void parse_messageWithoutCauses_readsTheLines()
    {
        ApiError error;
        error.httpStatus = 409;
        error.message = QStringLiteral("Apply failed with 1 conflict: conflict with \"helm\" using v1: .data.key");
        const QList<FieldConflict> conflicts = parseFieldConflicts(error);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first(),
            (FieldConflict { QStringLiteral("helm"), {}, QStringLiteral("v1"), { QStringLiteral(".data.key") } }));
    }

    void parse_staleResourceVersionConflict_isNotAFieldConflict()
    {
        const ApiError error = errorFromResponse(409, QByteArray(staleConflict));
        QVERIFY(!isFieldManagerConflict(error));
        QVERIFY(parseFieldConflicts(error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldConflict)
#include "tst_fieldconflict.moc"
