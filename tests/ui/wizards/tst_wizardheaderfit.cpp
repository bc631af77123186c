// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/wizardheaderfit.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>
#include <QWizard>

using namespace Sextant;

namespace {
QLabel *subTitleLabel(const QWizard &wizard)
{
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (label->text() == wizard.currentPage()->subTitle()) {
            return label;
        }
    }
    return nullptr;
}
} // namespace

// A page header holds its whole subtitle, Chinese included (QWizard alone
// sized it for two Latin lines and cut the second Chinese line off).
class TestWizardHeaderFit final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void subtitle_twoChineseLines_fitTheHeader_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("modern") << int(QWizard::ModernStyle);
        QTest::newRow("classic") << int(QWizard::ClassicStyle);
    }

    void subtitle_twoChineseLines_fitTheHeader()
    {
        QFETCH(int, style);
        QWizard wizard;
        wizard.setWizardStyle(QWizard::WizardStyle(style));
        new Ui::WizardHeaderFit(&wizard);
        for (const QString &subTitle :
            { QStringLiteral("每条规则匹配一个主机（或所有主机），并把其路径转发到某个服务的端口。Prefix "
                             "匹配该路径及其下的一切，Exact 只匹配路径本身。默认后端接收没有规则匹配的请求。"),
                QStringLiteral("第二页：没有规则匹配的请求将转发到此服务。没有默认后端时，由 Ingress "
                               "控制器自行应答，通常返回 404 Not Found。这一段足够长，需要两行才能放下。") }) {
            auto *page = new QWizardPage;
            page->setTitle(QStringLiteral("路由规则"));
            page->setSubTitle(subTitle);
            (new QVBoxLayout(page))->addWidget(new QLabel(QStringLiteral("x")));
            wizard.addPage(page);
        }
        wizard.resize(860, 400);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int page = 0; page < 2; ++page) {
            QLabel *label = nullptr;
            QTRY_VERIFY((label = subTitleLabel(wizard)) != nullptr);
            QVERIFY(label->heightForWidth(label->width()) > label->fontMetrics().height()); // it wraps
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                qPrintable(QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
            QTRY_VERIFY(label->parentWidget()->rect().contains(label->geometry().bottomLeft()));
            wizard.next();
        }
    }
};

QTEST_MAIN(TestWizardHeaderFit)
#include "tst_wizardheaderfit.moc"
