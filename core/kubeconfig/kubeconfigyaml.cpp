// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigyaml_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstring>
#include <string>
#include <yaml-cpp/depthguard.h>

Q_LOGGING_CATEGORY(lcKubeconfigYaml, "sextant.core.kubeconfig.yaml")

namespace Sextant::Core::KubeconfigYaml {

namespace {

QString fileErrorReason(const QFile &file)
{
    // Go-like wording ("no such file or directory"), the rest from the OS.
    QString reason = file.errorString();
    if (!reason.isEmpty()) {
        reason[0] = reason.at(0).toLower();
    }
    return reason;
}

// YAML 1.1 plain scalars as go-yaml v2 (and so kubectl) resolves them.
QJsonValue resolvePlainScalar(const std::string &raw)
{
    // Fast path: most scalars are names, URLs or base64 and start with a letter
    // that cannot begin a number, bool or null.
    const char first = raw.empty() ? '\0' : raw.front();
    const bool maybeTyped = raw.empty() || (first >= '0' && first <= '9') || first == '-' || first == '+'
        || first == '.' || first == '~' || std::strchr("yYnNtTfFoO", first) != nullptr;
    if (!maybeTyped || raw.size() > 64) {
        return QString::fromStdString(raw);
    }
    const QString s = QString::fromStdString(raw);
    static const QRegularExpression boolTrue(QStringLiteral("^(y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$"));
    static const QRegularExpression boolFalse(QStringLiteral("^(n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$"));
    static const QRegularExpression integer(QStringLiteral("^[-+]?(0|[1-9][0-9_]*)$"));
    static const QRegularExpression floating(
        QStringLiteral("^[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"));
    if (s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null") || s == QLatin1String("Null")
        || s == QLatin1String("NULL")) {
        return QJsonValue(QJsonValue::Null);
    }
    if (boolTrue.match(s).hasMatch()) {
        return true;
    }
    if (boolFalse.match(s).hasMatch()) {
        return false;
    }
    static const QRegularExpression prefixed(QStringLiteral("^[-+]?0(x[0-9a-fA-F_]+|b[01_]+|[0-7_]+)$"));
    if (prefixed.match(s).hasMatch()) {
        // YAML 1.1 hex, binary and octal integers, as go-yaml v2 reads them.
        QString digits = QString(s).remove(QLatin1Char('_'));
        const bool negative = digits.startsWith(QLatin1Char('-'));
        if (negative || digits.startsWith(QLatin1Char('+'))) {
            digits.remove(0, 1);
        }
        bool ok = false;
        qlonglong v = 0;
        if (digits.startsWith(QLatin1String("0x"))) {
            v = digits.mid(2).toLongLong(&ok, 16);
        } else if (digits.startsWith(QLatin1String("0b"))) {
            v = digits.mid(2).toLongLong(&ok, 2);
        } else {
            v = digits.toLongLong(&ok, 8);
        }
        if (ok) {
            return double(negative ? -v : v);
        }
    }
    if (integer.match(s).hasMatch() || floating.match(s).hasMatch()) {
        bool ok = false;
        const double d = QString(s).remove(QLatin1Char('_')).toDouble(&ok);
        if (ok) {
            return d;
        }
    }
    return s;
}

bool emitNode(YAML::Emitter &out, const YAML::Node &node, Budget &budget, int depth)
{
    if (!budget.visit(depth)) {
        return false;
    }
    const std::string &tag = node.Tag();
    if (!tag.empty() && tag != "?" && tag != "!") {
        static const std::string core = "tag:yaml.org,2002:";
        if (tag.rfind(core, 0) == 0) {
            out << YAML::SecondaryTag(tag.substr(core.size()));
        } else if (tag.size() > 1 && tag[0] == '!' && tag[1] != '!') {
            out << YAML::LocalTag(tag.substr(1));
        } else {
            out << YAML::VerbatimTag(tag);
        }
    }
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out << YAML::Null;
        return true;
    case YAML::NodeType::Scalar:
        if (tag == "!") {
            out << YAML::DoubleQuoted; // it was quoted: keep "0123", "true", "" strings
        }
        out << node.Scalar();
        return true;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow) {
            out << YAML::Flow;
        }
        out << YAML::BeginSeq;
        for (const YAML::Node &child : node) {
            if (!emitNode(out, child, budget, depth + 1)) {
                return false;
            }
        }
        out << YAML::EndSeq;
        return true;
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow) {
            out << YAML::Flow;
        }
        out << YAML::BeginMap;
        for (const auto &entry : node) {
            out << YAML::Key;
            if (!emitNode(out, entry.first, budget, depth + 1)) {
                return false;
            }
            out << YAML::Value;
            if (!emitNode(out, entry.second, budget, depth + 1)) {
                return false;
            }
        }
        out << YAML::EndMap;
        return true;
    }
    return true;
}

} // namespace

ApiError configurationError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.message = message;
    return error;
}

Result<QByteArray> readLimited(const QString &fileName)
{
    const QFileInfo info(fileName);
    if (info.isDir()) {
        return makeUnexpected(configurationError(
            QCoreApplication::translate("Sextant::Core", "%1: read %1: is a directory").arg(fileName)));
    }
    if (info.size() > MaxDocumentBytes) {
        return makeUnexpected(
            configurationError(QCoreApplication::translate("Sextant::Core", "%1: file is larger than %2 MiB")
                                   .arg(fileName)
                                   .arg(MaxDocumentBytes / (1024 * 1024))));
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeUnexpected(configurationError(
            QCoreApplication::translate("Sextant::Core", "%1: open %1: %2").arg(fileName, fileErrorReason(file))));
    }
    // The file may grow between stat and read: read one byte past the limit to notice.
    QByteArray data = file.read(MaxDocumentBytes + 1);
    if (data.size() > MaxDocumentBytes) {
        return makeUnexpected(
            configurationError(QCoreApplication::translate("Sextant::Core", "%1: file is larger than %2 MiB")
                                   .arg(fileName)
                                   .arg(MaxDocumentBytes / (1024 * 1024))));
    }
    if (file.error() != QFileDevice::NoError) {
        return makeUnexpected(configurationError(
            QCoreApplication::translate("Sextant::Core", "%1: read %1: %2").arg(fileName, fileErrorReason(file))));
    }
    return data;
}

bool readReferencedFile(const QString &path, QByteArray *out, QString *reason)
{
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        *reason = QStringLiteral("read %1: is a directory").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = QStringLiteral("open %1: %2").arg(path, fileErrorReason(file));
        return false;
    }
    *out = file.read(MaxDocumentBytes + 1);
    if (out->size() > MaxDocumentBytes || file.error() != QFileDevice::NoError) {
        *reason
            = QStringLiteral("read %1: %2")
                  .arg(path, out->size() > MaxDocumentBytes ? QStringLiteral("file too large") : fileErrorReason(file));
        out->clear();
        return false;
    }
    return true;
}

Result<YAML::Node> load(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaxDocumentBytes) {
        return makeUnexpected(
            configurationError(QCoreApplication::translate("Sextant::Core", "%1: document is larger than %2 MiB")
                                   .arg(fileName)
                                   .arg(MaxDocumentBytes / (1024 * 1024))));
    }
    const bool utf16 = data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff");
    if (!utf16) {
        // yaml-cpp passes invalid UTF-8 through; go-yaml (kubectl) rejects it.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(data);
        Q_UNUSED(decoded);
        if (decoder.hasError()) {
            return makeUnexpected(
                configurationError(QCoreApplication::translate("Sextant::Core", "%1: invalid UTF-8").arg(fileName)));
        }
    }
    try {
        return YAML::Load(data.toStdString());
    } catch (const YAML::DeepRecursion &e) {
        return makeUnexpected(configurationError(
            QCoreApplication::translate("Sextant::Core", "%1: yaml: line %2, column %3: nested too deeply")
                .arg(fileName)
                .arg(e.mark.line + 1)
                .arg(e.mark.column + 1)));
    } catch (const YAML::Exception &e) {
        // e.msg is yaml-cpp's fixed wording; the mark gives the place. Never the content.
        return makeUnexpected(
            configurationError(QCoreApplication::translate("Sextant::Core", "%1: yaml: line %2, column %3: %4")
                                   .arg(fileName)
                                   .arg(e.mark.line + 1)
                                   .arg(e.mark.column + 1)
                                   .arg(QString::fromStdString(e.msg))));
    } catch (const std::exception &e) {
        qCWarning(lcKubeconfigYaml) << "unexpected exception parsing" << fileName;
        return makeUnexpected(configurationError(
            QCoreApplication::translate("Sextant::Core", "%1: yaml: could not be parsed").arg(fileName)));
    }
}

bool toJson(const YAML::Node &node, Budget &budget, int depth, QJsonValue *out)
{
    if (!budget.visit(depth)) {
        return false;
    }
    try {
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            *out = QJsonValue(QJsonValue::Null);
            return true;
        case YAML::NodeType::Scalar:
            if (node.Tag() == "?") {
                *out = resolvePlainScalar(node.Scalar());
            } else {
                *out = QString::fromStdString(node.Scalar());
            }
            return true;
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node &child : node) {
                QJsonValue value;
                if (!toJson(child, budget, depth + 1, &value)) {
                    return false;
                }
                array.append(value);
            }
            *out = array;
            return true;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto &entry : node) {
                QJsonValue value;
                if (!budget.visit(depth + 1) || !toJson(entry.second, budget, depth + 1, &value)) {
                    return false;
                }
                // Later duplicates win, as in go-yaml's non-strict decoding.
                object.insert(
                    QString::fromStdString(entry.first.IsScalar() ? entry.first.Scalar() : std::string()), value);
            }
            *out = object;
            return true;
        }
        }
    } catch (const YAML::Exception &) {
        return false;
    }
    return false;
}

Result<QByteArray> emit(const YAML::Node &root, const QString &fileName)
{
    try {
        YAML::Emitter out;
        Budget budget;
        if (!emitNode(out, root, budget, 0)) {
            return makeUnexpected(configurationError(
                QCoreApplication::translate("Sextant::Core", "%1: too deeply nested or too many aliases to rewrite")
                    .arg(fileName)));
        }
        if (!out.good()) {
            return makeUnexpected(
                configurationError(QCoreApplication::translate("Sextant::Core", "%1: could not serialise: %2")
                                       .arg(fileName, QString::fromStdString(out.GetLastError()))));
        }
        QByteArray bytes(out.c_str(), static_cast<qsizetype>(out.size()));
        bytes.append('\n');
        return bytes;
    } catch (const YAML::Exception &e) {
        return makeUnexpected(
            configurationError(QCoreApplication::translate("Sextant::Core", "%1: could not serialise: %2")
                                   .arg(fileName, QString::fromStdString(e.msg))));
    }
}

} // namespace Sextant::Core::KubeconfigYaml
