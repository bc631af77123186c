// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/yamlhighlighter.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using Sextant::Ui::YamlHighlighter;
using Role = YamlHighlighter::Role;

Q_DECLARE_METATYPE(YamlHighlighter::Role)

class TestYamlHighlighter : public QObject {
    Q_OBJECT

private:
    // The foreground the highlighter gave one character, or an invalid colour.
    static QColor colourAt(const QTextDocument &document, int line, int column)
    {
        const QTextBlock block = document.findBlockByNumber(line);
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            if (column >= range.start && column < range.start + range.length) {
                return range.format.foreground().color();
            }
        }
        return {};
    }

private Q_SLOTS:
    void highlight_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<Role>("role");

        QTest::newRow("top-level key") << "apiVersion: apps/v1" << 0 << 0 << Role::Key;
        QTest::newRow("nested key") << "spec:\n  replicas: 3" << 1 << 4 << Role::Key;
        QTest::newRow("key in list item") << "- name: web" << 0 << 3 << Role::Key;
        QTest::newRow("comment line") << "# a comment" << 0 << 4 << Role::Comment;
        QTest::newRow("trailing comment") << "a: b # note" << 0 << 8 << Role::Comment;
        QTest::newRow("double-quoted string") << "name: \"web\"" << 0 << 7 << Role::String;
        QTest::newRow("single-quoted string") << "name: 'it''s'" << 0 << 9 << Role::String;
        QTest::newRow("quoted key") << "\"app.kubernetes.io/name\": web" << 0 << 3 << Role::Key;
        QTest::newRow("integer") << "replicas: 3" << 0 << 10 << Role::Number;
        QTest::newRow("float") << "ratio: -1.5e3" << 0 << 8 << Role::Number;
        QTest::newRow("bool") << "paused: true" << 0 << 9 << Role::Keyword;
        QTest::newRow("yaml 1.1 bool") << "enabled: yes" << 0 << 10 << Role::Keyword;
        QTest::newRow("null") << "value: null" << 0 << 8 << Role::Keyword;
        QTest::newRow("anchor") << "base: &defaults" << 0 << 7 << Role::Anchor;
        QTest::newRow("alias") << "copy: *defaults" << 0 << 7 << Role::Anchor;
        QTest::newRow("tag") << "v: !!str 3" << 0 << 4 << Role::Tag;
        QTest::newRow("document start") << "a: 1\n---\nb: 2" << 1 << 1 << Role::DocumentMarker;
        QTest::newRow("document end") << "a: 1\n..." << 1 << 2 << Role::DocumentMarker;
        QTest::newRow("flow bracket") << "ports: [80, 443]" << 0 << 7 << Role::Punctuation;
        QTest::newRow("number in flow") << "ports: [80, 443]" << 0 << 13 << Role::Number;
        QTest::newRow("key in flow map") << "labels: {app: web}" << 0 << 10 << Role::Key;
        QTest::newRow("block indicator") << "script: |-\n  echo hi" << 0 << 8 << Role::BlockIndicator;
        QTest::newRow("block body") << "script: |\n  echo: hi\n\n  # not a comment" << 1 << 2 << Role::BlockBody;
        QTest::newRow("block body after blank line")
            << "script: >\n  a\n\n  # not a comment" << 3 << 2 << Role::BlockBody;
        QTest::newRow("key after block") << "script: |\n  echo hi\nnext: 1" << 2 << 0 << Role::Key;
        QTest::newRow("block in list item") << "- name: a\n  run: |\n    x: y\n  other: 1" << 3 << 2 << Role::Key;
        QTest::newRow("block body in list item")
            << "- name: a\n  run: |\n    x: y\n  other: 1" << 2 << 4 << Role::BlockBody;
    }

    void highlight()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(Role, role);

        QTextDocument document;
        auto *highlighter = new YamlHighlighter(QGuiApplication::palette(), &document);
        document.setPlainText(text);
        highlighter->rehighlight(); // it would on the next event loop turn

        const QColor expected = highlighter->format(role).foreground().color();
        QVERIFY(expected.isValid());
        QCOMPARE(colourAt(document, line, column), expected);
    }

    void plainValue_hasNoFormat()
    {
        QTextDocument document;
        auto *highlighter = new YamlHighlighter(QGuiApplication::palette(), &document);
        document.setPlainText(QStringLiteral("image: nginx:1.25"));
        highlighter->rehighlight();
        QVERIFY(colourAt(document, 0, 0).isValid()); // the key is coloured
        QVERIFY(!colourAt(document, 0, 9).isValid());
    }

    void darkPalette_changesColours()
    {
        QTextDocument document;
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, Qt::white);
        YamlHighlighter highlighter(light, &document);
        const QColor onLight = highlighter.format(Role::Key).foreground().color();
        highlighter.setPalette(dark);
        const QColor onDark = highlighter.format(Role::Key).foreground().color();
        QVERIFY(onLight != onDark);
        QVERIFY(onDark.lightness() > onLight.lightness());
    }
};

QTEST_MAIN(TestYamlHighlighter)
#include "tst_yamlhighlighter.moc"
