// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/yamltab.h"

#include "core/util/yamlwriter.h"

#include <QFontDatabase>
#include <QScrollBar>

namespace Sextant::Ui {

YamlTab::YamlTab(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setObjectName(QStringLiteral("yamlPlainTextEdit"));
}

void YamlTab::showSubject(const DetailSubject &subject)
{
    const bool secret = subject.resource.group.isEmpty() && subject.resource.resource == QLatin1String("secrets");
    const QString text = Core::toYaml(secret ? withoutSecretValues(subject.object) : subject.object);
    if (text == toPlainText()) {
        return;
    }
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    setPlainText(text);
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
}

QJsonObject YamlTab::withoutSecretValues(QJsonObject secret)
{
    for (const char *key : { "data", "stringData" }) {
        QJsonObject data = secret.value(QLatin1String(key)).toObject();
        if (data.isEmpty()) {
            continue;
        }
        const bool encoded = qstrcmp(key, "data") == 0;
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QByteArray raw = it.value().toString().toUtf8();
            const qsizetype size = encoded ? QByteArray::fromBase64(raw).size() : raw.size();
            it.value() = size == 1 ? tr("<hidden: 1 byte>") : tr("<hidden: %1 bytes>").arg(size);
        }
        secret.insert(QLatin1String(key), data);
    }
    // kubectl's last-applied annotation would repeat the values.
    const QLatin1String lastApplied("kubectl.kubernetes.io/last-applied-configuration");
    QJsonObject metadata = secret.value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    if (annotations.contains(lastApplied)) {
        annotations.remove(lastApplied);
        metadata.insert(QLatin1String("annotations"), annotations);
        secret.insert(QLatin1String("metadata"), metadata);
    }
    return secret;
}

} // namespace Sextant::Ui
