// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/watch/backoff.h"

#include <QTest>

using namespace Sextant::Core;

class TestBackoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void next_doublesFrom800msCappedAt30s()
    {
        Backoff::Policy policy;
        policy.jitter = 0;
        Backoff backoff(policy);
        QList<int> waits;
        for (int i = 0; i < 8; ++i)
            waits.append(backoff.next());
        QCOMPARE(waits, (QList<int> { 800, 1600, 3200, 6400, 12800, 25600, 30000, 30000 }));
    }

    void next_jitterAddsUpToOneTimesTheWait()
    {
        Backoff backoff; // client-go defaults: jitter 1.0
        for (int i = 0; i < 20; ++i) {
            const int wait = backoff.next();
            const int base = std::min(30000, 800 << std::min(i, 6));
            QVERIFY2(wait >= base && wait <= 2 * base, qPrintable(QString::number(wait)));
        }
    }

    void next_resetsAfterQuietPeriod()
    {
        Backoff::Policy policy;
        policy.jitter = 0;
        policy.resetAfterMs = 50;
        Backoff backoff(policy);
        backoff.next();
        QCOMPARE(backoff.next(), 1600);
        QTest::qWait(80);
        QCOMPARE(backoff.next(), 800);
        backoff.next();
        backoff.reset();
        QCOMPARE(backoff.next(), 800);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
