// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Unfinished {
    int total = 0;
    QStringList samples; // the first few source texts, for the failure message
};

// Counts messages whose translation is missing or marked unfinished.
Unfinished unfinishedIn(const QString &tsPath)
{
    Unfinished result;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.total = -1;
        return result;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                continue;
            }
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty()) {
                ++result.total;
                if (result.samples.size() < 10) {
                    result.samples.append(source);
                }
            }
        }
    }
    return result;
}
} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogue_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // Runs lupdate over today's sources into a copy of the catalogue, so a
    // new tr() string without a translation fails here, not in a user's hands.
    void catalogue()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString name = QStringLiteral("sextant_%1.ts").arg(language);
        const QString copy = dir.filePath(name);
        QVERIFY(QFile::copy(QStringLiteral(SEXTANT_TRANSLATIONS_DIR "/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess generate;
        generate.setProcessChannelMode(QProcess::MergedChannels);
        generate.start(QStringLiteral(SEXTANT_CMAKE),
            { QStringLiteral("-DIN_FILE=" SEXTANT_LUPDATE_PROJECT_IN), QStringLiteral("-DOUT_FILE=") + project,
                QStringLiteral("-P"), QStringLiteral(SEXTANT_LUPDATE_PROJECT_SCRIPT) });
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAll().constData());

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SEXTANT_LUPDATE),
            { QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const Unfinished unfinished = unfinishedIn(copy);
        QVERIFY(unfinished.total >= 0);
        QVERIFY2(unfinished.total == 0,
            qPrintable(QStringLiteral("%1 untranslated string(s) in %2 (run the update_translations target, then "
                                      "translate), e.g.:\n  %3")
                           .arg(unfinished.total)
                           .arg(name, unfinished.samples.join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
