// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0

// The connection doctor against a real control plane (kube-sim): `admin` is
// cluster-admin through system:masters; `limited` may read most things in
// demo but neither read Secrets nor delete anything.

#include "doctortesthelpers.h"

#include <QProcessEnvironment>

using namespace Sextant::Core;
using namespace Sextant::Test;

class TestDoctorKubeSim : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_kubeconfig = qEnvironmentVariable("SEXTANT_KUBE_SIM_KUBECONFIG");
        QVERIFY2(!m_kubeconfig.isEmpty() && QFileInfo::exists(m_kubeconfig),
            "SEXTANT_KUBE_SIM_KUBECONFIG must name a running kube-sim's kubeconfig (CTest fixture kube_sim)");
    }

    void admin_allStepsPass_identityIncludesSystemMasters()
    {
        const DoctorRun run = runDoctorOn(m_kubeconfig, QStringLiteral("admin"));
        QVERIFY(run.finished);
        QVERIFY2(run.passed, qPrintable(run.report));
        QCOMPARE(run.steps.size(), 6);
        for (const DoctorStep &step : run.steps) {
            QVERIFY2(step.status == DoctorStep::Passed, qPrintable(run.report));
        }
        QVERIFY2(run.step(DoctorStepId::Kubeconfig).detail.contains(m_kubeconfig), qPrintable(run.report));
        QVERIFY2(run.step(DoctorStepId::Tls).detail.contains(QLatin1String("Kubernetes v1.")), qPrintable(run.report));
        QVERIFY2(run.step(DoctorStepId::Credentials).detail.contains(QLatin1String("client certificate")),
            qPrintable(run.report));
        const QString identity = run.step(DoctorStepId::Authenticated).detail;
        QVERIFY2(identity.startsWith(QLatin1String("Authenticated as ")), qPrintable(identity));
        QVERIFY2(identity.contains(QLatin1String("system:masters")), qPrintable(identity));
        QVERIFY2(run.step(DoctorStepId::Permissions).detail.contains(QLatin1String("cluster-admin")),
            qPrintable(run.report));
    }

    void limited_passes_cannotDeleteOrReadSecretsInDemo()
    {
        const DoctorRun run = runDoctorOn(m_kubeconfig, QStringLiteral("limited"));
        QVERIFY(run.finished);
        QVERIFY2(run.passed, qPrintable(run.report));
        QCOMPARE(run.step(DoctorStepId::Authenticated).detail,
            QStringLiteral("Authenticated as limited (groups: system:authenticated)"));
        const DoctorStep permissions = run.step(DoctorStepId::Permissions);
        QCOMPARE(permissions.status, DoctorStep::Passed);
        QVERIFY2(permissions.detail.startsWith(QLatin1String("In namespace demo: ")), qPrintable(permissions.detail));
        QVERIFY2(permissions.detail.contains(QLatin1String("get/list/watch pods")), qPrintable(permissions.detail));
        QVERIFY2(permissions.detail.contains(QLatin1String("delete anything")), qPrintable(permissions.detail));
        QVERIFY2(permissions.detail.contains(QLatin1String("cannot read secrets")), qPrintable(permissions.detail));
        QVERIFY(!permissions.detail.contains(QLatin1String("cluster-admin")));
    }

    void limited_otherNamespace_hasNoAccess()
    {
        const DoctorRun run = runDoctorOn(m_kubeconfig, QStringLiteral("limited"), {}, QStringLiteral("kube-system"));
        QVERIFY2(run.passed, qPrintable(run.report));
        const QString rules = run.step(DoctorStepId::Permissions).detail;
        QVERIFY2(
            rules.startsWith(QLatin1String("In namespace kube-system: no access to any resource")), qPrintable(rules));
    }

    void wrongCaOverride_tlsFailsSayingWhich()
    {
        // The same cluster with a CA that did not sign its certificate.
        LoadOptions load;
        load.explicitPath = m_kubeconfig;
        ConfigOverrides overrides;
        overrides.context = QStringLiteral("admin");
        overrides.certificateAuthority = tlsFile("otherca.crt");
        ConnectionDoctor doctor(load, overrides);
        const DoctorRun run = runDoctor(doctor);
        QVERIFY(run.finished);
        const DoctorStep tls = run.step(DoctorStepId::Tls);
        QCOMPARE(tls.status, DoctorStep::Failed);
        QVERIFY2(tls.detail.contains(QLatin1String("not signed by a trusted certificate authority")),
            qPrintable(tls.detail));
        QVERIFY2(tls.hint.contains(QLatin1String("certificate-authority")), qPrintable(tls.hint));
    }

private:
    QString m_kubeconfig;
};

QTEST_GUILESS_MAIN(TestDoctorKubeSim)
#include "tst_doctor_kubesim.moc"
