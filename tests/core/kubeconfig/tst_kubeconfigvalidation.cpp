// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>
class TestPlaceholder : public QObject {
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestPlaceholder)
#include "tst_kubeconfigvalidation.moc"
