// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/yamldocument.h"

#include "core/kubeconfig/kubeconfigyaml_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cctype>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

Q_LOGGING_CATEGORY(lcYamlDocument, "sextant.core.yaml.document")

namespace Sextant::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

// Byte offsets where each line starts; line N (1-based) starts at starts[N-1].
std::vector<qsizetype> lineStarts(const QByteArray &data)
{
    std::vector<qsizetype> starts { 0 };
    const char *begin = data.constData();
    const char *p = begin;
    const char *end = begin + data.size();
    while ((p = static_cast<const char *>(memchr(p, '\n', end - p))) != nullptr) {
        ++p;
        starts.push_back(p - begin);
    }
    return starts;
}

// Characters (code points) in data[from, to).
int characters(const QByteArray &data, qsizetype from, qsizetype to)
{
    int count = 0;
    to = std::min(to, data.size());
    for (qsizetype i = from; i < to; ++i) {
        if ((static_cast<uchar>(data.at(i)) & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

struct Chunk {
    qsizetype begin = 0;
    qsizetype end = 0;
    int firstLine = 1; // 1-based
    int lastLine = 1;
};

bool isMarkerLine(const char *p, const char *end, char c)
{
    if (end - p < 3 || p[0] != c || p[1] != c || p[2] != c) {
        return false;
    }
    return end - p == 3 || p[3] == ' ' || p[3] == '\t' || p[3] == '\n' || p[3] == '\r';
}

// Splits at "---" (starts a document) and "..." (ends one) at column 0, the
// only places the spec allows them, even inside block or quoted scalars.
QList<Chunk> splitDocuments(const QByteArray &data, const std::vector<qsizetype> &starts)
{
    QList<Chunk> chunks;
    Chunk current;
    const char *base = data.constData();
    const char *end = base + data.size();
    for (size_t i = 0; i < starts.size(); ++i) {
        const qsizetype at = starts[i];
        const int line = int(i) + 1;
        if (isMarkerLine(base + at, end, '-') && at > current.begin) {
            current.end = at;
            current.lastLine = line - 1;
            chunks.append(current);
            current = Chunk { at, at, line, line };
        } else if (isMarkerLine(base + at, end, '.')) {
            const qsizetype next = i + 1 < starts.size() ? starts[i + 1] : data.size();
            current.end = next;
            current.lastLine = line;
            chunks.append(current);
            current = Chunk { next, next, line + 1, line + 1 };
        }
    }
    current.end = data.size();
    current.lastLine = int(starts.size());
    if (current.end > current.begin || chunks.isEmpty()) {
        chunks.append(current);
    }
    return chunks;
}

// True when a chunk holds nothing but blank lines, comments, markers and directives.
bool isBlank(const QByteArray &data, const Chunk &chunk)
{
    bool lineStart = true;
    for (qsizetype i = chunk.begin; i < chunk.end; ++i) {
        const char c = data.at(i);
        if (c == '\n') {
            lineStart = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            continue;
        }
        if (c == '#'
            || (lineStart
                && (c == '%' || isMarkerLine(data.constData() + i, data.constData() + chunk.end, '-')
                    || isMarkerLine(data.constData() + i, data.constData() + chunk.end, '.')))) {
            if (c != '#' && c != '%') {
                // "--- value" carries content after the marker
                qsizetype j = i + 3;
                while (j < chunk.end && (data.at(j) == ' ' || data.at(j) == '\t')) {
                    ++j;
                }
                if (j < chunk.end && data.at(j) != '\n' && data.at(j) != '\r' && data.at(j) != '#') {
                    return false;
                }
            }
            while (i < chunk.end && data.at(i) != '\n') {
                ++i;
            }
            lineStart = true;
            continue;
        }
        return false;
    }
    return true;
}

// Deepest flow nesting ('[' and '{' that open collections), found without
// yaml-cpp, whose recursion is what we protect. Returns the offset of the
// bracket that goes past maxDepth, or -1.
qsizetype flowTooDeep(const QByteArray &data, const Chunk &chunk, int maxDepth)
{
    int depth = 0;
    char quote = 0;
    char previous = '\n';
    for (qsizetype i = chunk.begin; i < chunk.end; ++i) {
        const char c = data.at(i);
        if (quote != 0) {
            if (c == '\\' && quote == '"') {
                ++i;
            } else if (c == quote) {
                quote = 0;
            }
            previous = c;
            continue;
        }
        const bool tokenStart = previous == '\n' || previous == ' ' || previous == '\t' || previous == '['
            || previous == '{' || previous == ',' || previous == ':' || previous == '-';
        if (c == '#' && (previous == ' ' || previous == '\t' || previous == '\n')) {
            while (i < chunk.end && data.at(i) != '\n') {
                ++i;
            }
            previous = '\n';
            continue;
        }
        if ((c == '"' || c == '\'') && tokenStart) {
            quote = c;
        } else if ((c == '[' || c == '{') && tokenStart) {
            if (++depth > maxDepth) {
                return i;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
        previous = c;
    }
    return -1;
}

// A node under construction.
struct Frame {
    bool isMap = false;
    QJsonObject object;
    QJsonArray array;
    QString path;
    YAML::anchor_t anchor = 0;
    qint64 nodes = 1;
    // Map state: a key was read and its value is awaited.
    bool haveKey = false;
    QString key;
    YamlPosition keyPosition;
    QHash<QString, int> keyLines; // for duplicate detection
};

struct Anchored {
    QJsonValue value;
    qint64 nodes = 0;
};

QJsonValue resolveScalar(const std::string &value, const std::string &tag)
{
    if (tag == "?") {
        const char first = value.empty() ? '\0' : value.front();
        const bool maybeTyped = value.empty() || (first >= '0' && first <= '9') || first == '-' || first == '+'
            || first == '.' || first == '~' || std::strchr("yYnNtTfFoO", first) != nullptr;
        if (!maybeTyped) {
            return QString::fromStdString(value);
        }
        // One resolver for the whole app: the kubeconfig layer's YAML 1.1 typing.
        YAML::Node node(value);
        node.SetTag("?");
        KubeconfigYaml::Budget budget;
        QJsonValue out;
        if (KubeconfigYaml::toJson(node, budget, 0, &out)) {
            return out;
        }
        return QString::fromStdString(value);
    }
    static const std::string core = "tag:yaml.org,2002:";
    if (tag.rfind(core, 0) == 0) {
        const std::string name = tag.substr(core.size());
        if (name == "int" || name == "float" || name == "bool" || name == "null") {
            return resolveScalar(value, "?");
        }
    }
    return QString::fromStdString(value);
}

class JsonBuilder final : public YAML::EventHandler {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Core::JsonBuilder)
public:
    JsonBuilder(const QByteArray &data, const std::vector<qsizetype> &starts, const Chunk &chunk,
        const YamlLimits &limits, YamlDocument *document, Diagnostics *diagnostics)
        : m_data(data)
        , m_starts(starts)
        , m_chunk(chunk)
        , m_limits(limits)
        , m_document(document)
        , m_diagnostics(diagnostics)
    {
    }

    bool aborted() const { return m_aborted; }
    int documentsSeen() const { return m_documents; }
    bool finished() const { return m_finished; }

    YamlPosition position(const YAML::Mark &mark) const
    {
        if (mark.line < 0 || mark.column < 0) {
            return YamlPosition { m_chunk.firstLine, 1 };
        }
        const size_t index = size_t(m_chunk.firstLine - 1 + mark.line);
        if (index >= m_starts.size()) {
            return YamlPosition { int(m_starts.size()), 1 };
        }
        const qsizetype lineStart = m_starts[index];
        return YamlPosition { int(index) + 1, characters(m_data, lineStart, lineStart + mark.column) + 1 };
    }

    void error(const YamlPosition &at, const QString &message, const QString &path = {})
    {
        Diagnostic d;
        d.line = at.line;
        d.column = at.column;
        d.severity = Diagnostic::Severity::Error;
        d.message = message;
        d.path = path;
        d.document = m_document->index;
        m_diagnostics->append(d);
    }

    void OnDocumentStart(const YAML::Mark &) override { ++m_documents; }
    void OnDocumentEnd() override { m_finished = true; }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        deliver(QJsonValue(QJsonValue::Null), "", position(mark), anchor, 1, true);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end()) {
            deliver(QJsonValue(QJsonValue::Null), "", position(mark), 0, 1, false);
            return;
        }
        m_aliasExpansion += found->second.nodes;
        if (m_aliasExpansion > m_limits.maxAliasExpansion && m_aliasExpansion > 10 * m_directNodes) {
            abort(position(mark), tr("document contains excessive aliasing"));
            return;
        }
        deliver(found->second.value, "", position(mark), 0, found->second.nodes, false);
    }

    void OnScalar(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        ++m_directNodes;
        deliver(resolveScalar(value, tag), value, position(mark), anchor, 1, false);
    }

    void OnSequenceStart(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        push(false, mark, anchor);
    }
    void OnSequenceEnd() override { pop(); }

    void OnMapStart(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        push(true, mark, anchor);
    }
    void OnMapEnd() override { pop(); }

    void abort(const YamlPosition &at, const QString &message)
    {
        if (!m_aborted) {
            error(at, message);
        }
        m_aborted = true;
        // yaml-cpp cannot be stopped from a handler: drop everything from here.
        m_stack.clear();
    }

    // Ends an aborted or failed parse with what was built so far.
    void finishPartial()
    {
        while (!m_stack.empty()) {
            pop();
        }
    }

private:
    QString childPath() const
    {
        if (m_stack.empty()) {
            return {};
        }
        const Frame &top = m_stack.back();
        return top.isMap ? appendPathKey(top.path, top.key) : appendPathIndex(top.path, top.array.size());
    }

    void push(bool isMap, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (m_aborted) {
            return;
        }
        ++m_directNodes;
        const YamlPosition at = position(mark);
        if (int(m_stack.size()) >= m_limits.maxDepth) {
            abort(at, tr("nesting is deeper than %1 levels").arg(m_limits.maxDepth));
            return;
        }
        Frame frame;
        frame.isMap = isMap;
        frame.anchor = anchor;
        if (!m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey) {
            // A collection used as a key: JSON cannot hold it.
            frame.path = m_stack.back().path;
            error(at, tr("complex (non-scalar) mapping keys are not supported"), frame.path);
        } else {
            frame.path = childPath();
            recordPosition(frame.path, at);
        }
        m_stack.push_back(std::move(frame));
    }

    void pop()
    {
        if (m_stack.empty()) {
            return;
        }
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        QJsonValue value = frame.isMap ? QJsonValue(frame.object) : QJsonValue(frame.array);
        if (frame.anchor != 0) {
            m_anchors[frame.anchor] = Anchored { value, frame.nodes };
        }
        if (m_stack.empty()) {
            m_document->value = value;
            return;
        }
        std::string raw;
        if (m_stack.back().isMap && !m_stack.back().haveKey) {
            // Only a complex key needs its text: the compact JSON names it.
            raw = QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact).toStdString();
        }
        attach(value, raw, YamlPosition {}, frame.nodes, false, true);
    }

    void deliver(const QJsonValue &value, const std::string &raw, const YamlPosition &at, YAML::anchor_t anchor,
        qint64 nodes, bool isNull)
    {
        if (m_aborted) {
            return;
        }
        if (anchor != 0) {
            m_anchors[anchor] = Anchored { value, nodes };
        }
        if (m_stack.empty()) {
            m_document->value = value;
            return;
        }
        attach(value, raw, at, nodes, isNull, false);
    }

    void attach(const QJsonValue &value, const std::string &raw, const YamlPosition &at, qint64 nodes, bool isNull,
        bool collection)
    {
        Frame &top = m_stack.back();
        top.nodes += nodes;
        if (top.isMap && !top.haveKey) {
            top.haveKey = true;
            // Keys are text in JSON: a plain `1` or `true` key is "1" or "true".
            top.key = value.isString() ? value.toString() : QString::fromStdString(raw);
            top.keyPosition = at;
            return;
        }
        YamlPosition valueAt = at;
        if (top.isMap) {
            const QString path = appendPathKey(top.path, top.key);
            // yaml-cpp marks an empty value oddly (column 0 of the key's line or earlier).
            if (isNull
                && (!valueAt.isValid() || valueAt.line < top.keyPosition.line
                    || (valueAt.line == top.keyPosition.line && valueAt.column < top.keyPosition.column))) {
                valueAt = top.keyPosition;
            }
            const auto previous = top.keyLines.constFind(top.key);
            if (previous != top.keyLines.constEnd() && top.keyPosition.isValid()) {
                Diagnostic d;
                d.line = top.keyPosition.line;
                d.column = top.keyPosition.column;
                d.length = int(top.key.size());
                d.message = tr("mapping key \"%1\" already defined at line %2").arg(top.key).arg(*previous);
                d.path = path;
                d.document = m_document->index;
                m_diagnostics->append(d);
            } else if (top.keyPosition.isValid()) {
                top.keyLines.insert(top.key, top.keyPosition.line);
            }
            top.object.insert(top.key, value);
            if (!collection) {
                m_document->positions.insert(path, YamlLocation { top.keyPosition, valueAt });
            } else {
                YamlLocation &location = m_document->positions[path];
                location.key = top.keyPosition;
                if (!location.value.isValid()) {
                    location.value = top.keyPosition;
                }
            }
            top.haveKey = false;
            return;
        }
        if (!collection) {
            m_document->positions.insert(appendPathIndex(top.path, top.array.size()), YamlLocation { {}, valueAt });
        }
        top.array.append(value);
    }

    void recordPosition(const QString &path, const YamlPosition &valueAt)
    {
        YamlLocation &location = m_document->positions[path];
        location.value = valueAt;
    }

    const QByteArray &m_data;
    const std::vector<qsizetype> &m_starts;
    const Chunk m_chunk;
    const YamlLimits m_limits;
    YamlDocument *m_document;
    Diagnostics *m_diagnostics;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    qint64 m_aliasExpansion = 0;
    qint64 m_directNodes = 0;
    int m_documents = 0;
    bool m_aborted = false;
    bool m_finished = false;
};

Diagnostic errorAt(const YamlPosition &at, const QString &message, int document = 0)
{
    Diagnostic d;
    d.line = at.line;
    d.column = at.column;
    d.message = message;
    d.document = document;
    return d;
}

// yaml-cpp reports unclosed collections at the end of input, often a blank
// line after the document: point at the end of its last line with content.
YamlPosition clampToContent(const QByteArray &data, const Chunk &chunk, const YamlPosition &at)
{
    qsizetype end = chunk.end;
    while (end > chunk.begin && std::isspace(static_cast<uchar>(data.at(end - 1)))) {
        --end;
    }
    const YamlPosition last = positionOfOffset(data, end);
    if (end > chunk.begin && (at.line > last.line || (at.line == last.line && at.column > last.column))) {
        return last;
    }
    return at;
}

void parseChunk(const QByteArray &data, const std::vector<qsizetype> &starts, const Chunk &chunk,
    const YamlLimits &limits, YamlDocument *document, Diagnostics *diagnostics)
{
    JsonBuilder builder(data, starts, chunk, limits, document, diagnostics);
    const qsizetype deep = flowTooDeep(data, chunk, limits.maxDepth);
    if (deep >= 0) {
        diagnostics->append(errorAt(positionOfOffset(data, deep),
            tr("nesting is deeper than %1 levels").arg(limits.maxDepth), document->index));
        return;
    }
    std::istringstream stream(std::string(data.constData() + chunk.begin, size_t(chunk.end - chunk.begin)));
    try {
        YAML::Parser parser(stream);
        // A chunk holds one document; a second one that starts where the
        // first did is yaml-cpp 0.7.0 looping on a stray token (the lone ','
        // LoadAll hang): stop and say where.
        int rounds = 0;
        while (parser.HandleNextDocument(builder)) {
            if (builder.aborted()) {
                break;
            }
            if (++rounds > 1) {
                diagnostics->append(errorAt(builder.position(YAML::Mark {}), {}, document->index));
                Diagnostic &d = diagnostics->last();
                d.message = tr("did not find expected node content");
                // Point at the first non-blank character of the chunk: the stray token.
                for (qsizetype i = chunk.begin; i < chunk.end; ++i) {
                    const char c = data.at(i);
                    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '-') {
                        const YamlPosition at = positionOfOffset(data, i);
                        d.line = at.line;
                        d.column = at.column;
                        break;
                    }
                }
                document->value = QJsonValue();
                return;
            }
        }
        document->parsed = !builder.aborted();
    } catch (const YAML::DeepRecursion &e) {
        builder.abort(builder.position(e.mark), tr("nesting is deeper than %1 levels").arg(limits.maxDepth));
    } catch (const YAML::Exception &e) {
        // e.msg is yaml-cpp's fixed wording; the mark gives the place. Never the content.
        builder.abort(clampToContent(data, chunk, builder.position(e.mark)), QString::fromStdString(e.msg));
    } catch (const std::exception &e) {
        qCWarning(lcYamlDocument) << "unexpected exception parsing YAML:" << e.what();
        builder.abort(YamlPosition { chunk.firstLine, 1 }, tr("could not be parsed"));
    }
    builder.finishPartial();
}

} // namespace

YamlLocation YamlDocument::location(const QString &path) const
{
    QString p = path;
    for (;;) {
        const auto found = positions.constFind(p);
        if (found != positions.constEnd()) {
            return *found;
        }
        if (p.isEmpty()) {
            return YamlLocation { {}, YamlPosition { firstLine, 1 } };
        }
        // Drop the last segment: ".key", "[key]" or "[0]".
        qsizetype cut = -1;
        if (p.endsWith(QLatin1Char(']'))) {
            cut = p.lastIndexOf(QLatin1Char('['));
        } else {
            cut = p.lastIndexOf(QLatin1Char('.'));
        }
        p = cut <= 0 ? QString() : p.left(cut);
    }
}

bool YamlParseResult::hasErrors() const
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error) {
            return true;
        }
    }
    return false;
}

QString appendPathKey(const QString &path, const QString &key)
{
    const bool plain = !key.isEmpty() && !key.contains(QLatin1Char('.')) && !key.contains(QLatin1Char('['))
        && !key.contains(QLatin1Char(']')) && !key.contains(QLatin1Char(' '));
    if (plain) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    return path + QLatin1Char('[') + key + QLatin1Char(']');
}

QString appendPathIndex(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

YamlPosition positionOfOffset(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    int line = 1;
    qsizetype lineStart = 0;
    const char *base = utf8.constData();
    const char *p = base;
    const char *end = base + offset;
    while ((p = static_cast<const char *>(memchr(p, '\n', end - p))) != nullptr) {
        ++p;
        ++line;
        lineStart = p - base;
    }
    return YamlPosition { line, characters(utf8, lineStart, offset) + 1 };
}

qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *s = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint minimum = 0;
        uint cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return -1;
}

Diagnostics parseYamlDocuments(const QByteArray &utf8, const YamlDocumentSink &sink, const YamlLimits &limits)
{
    Diagnostics diagnostics;
    if (utf8.size() > limits.maxBytes) {
        diagnostics.append(errorAt(YamlPosition { 1, 1 },
            tr("the file is larger than %1 MiB; it is not parsed").arg(limits.maxBytes / (1024 * 1024))));
        return diagnostics;
    }
    const qsizetype invalid = firstInvalidUtf8(utf8);
    if (invalid >= 0) {
        // go-yaml (kubectl) refuses invalid UTF-8; yaml-cpp would pass it through.
        diagnostics.append(
            errorAt(positionOfOffset(utf8, invalid), tr("invalid UTF-8 at byte offset %1").arg(invalid)));
        return diagnostics;
    }
    if (utf8.contains('\0')) {
        diagnostics.append(
            errorAt(positionOfOffset(utf8, utf8.indexOf('\0')), tr("control character (NUL) is not allowed")));
        return diagnostics;
    }
    const std::vector<qsizetype> starts = lineStarts(utf8);
    const QList<Chunk> chunks = splitDocuments(utf8, starts);
    if (chunks.size() > limits.maxDocuments) {
        diagnostics.append(errorAt(
            YamlPosition { 1, 1 }, tr("more than %1 documents; the file is not parsed").arg(limits.maxDocuments)));
        return diagnostics;
    }
    int index = 0;
    for (const Chunk &chunk : chunks) {
        if (isBlank(utf8, chunk)) {
            continue;
        }
        YamlDocument document;
        document.index = index++;
        document.firstLine = chunk.firstLine;
        document.lastLine = std::max(chunk.firstLine, chunk.lastLine);
        parseChunk(utf8, starts, chunk, limits, &document, &diagnostics);
        sink(std::move(document));
    }
    return diagnostics;
}

YamlParseResult parseYaml(const QByteArray &utf8, const YamlLimits &limits)
{
    YamlParseResult result;
    result.diagnostics = parseYamlDocuments(
        utf8, [&result](YamlDocument &&document) { result.documents.append(std::move(document)); }, limits);
    return result;
}

} // namespace Sextant::Core
