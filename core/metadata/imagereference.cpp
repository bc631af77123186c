// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/metadata/imagereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Sextant::Core {

namespace {
// The pieces of distribution/reference's regexp.go, anchored where used.
const QString kAlphaNumeric = QStringLiteral("[a-z0-9]+");
const QString kSeparator = QStringLiteral("(?:[._]|__|[-]+)");
const QString kPathComponent
    = kAlphaNumeric + QStringLiteral("(?:") + kSeparator + kAlphaNumeric + QStringLiteral(")*");
const QString kDomainComponent = QStringLiteral("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
const QString kDomainName = kDomainComponent + QStringLiteral("(?:\\.") + kDomainComponent + QStringLiteral(")*");
const QString kIpv6 = QStringLiteral("\\[(?:[a-fA-F0-9:]+)\\]");
const QString kDomain
    = QStringLiteral("(?:") + kDomainName + QStringLiteral("|") + kIpv6 + QStringLiteral(")(?::[0-9]+)?");

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"));
}

bool isPathComponent(const QString &text)
{
    static const QRegularExpression re = anchored(kPathComponent);
    return re.match(text).hasMatch();
}

bool isDomain(const QString &text)
{
    static const QRegularExpression re = anchored(kDomain);
    return re.match(text).hasMatch();
}

bool isTag(const QString &text)
{
    static const QRegularExpression re = anchored(QStringLiteral("[\\w][\\w.-]{0,127}"));
    return re.match(text).hasMatch();
}

bool isDigest(const QString &text)
{
    static const QRegularExpression re
        = anchored(QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}"));
    return re.match(text).hasMatch();
}

// Docker's rule for telling a registry from a path: the first component is a
// registry when it has a dot or a port, is "localhost", or has upper case.
bool looksLikeDomain(const QString &component)
{
    return component.contains(QLatin1Char('.')) || component.contains(QLatin1Char(':'))
        || component == QLatin1String("localhost") || component != component.toLower();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Core", text);
}

struct Split {
    ImageReference reference;
    QStringList problems;
};

Split split(const QString &text)
{
    Split result;
    ImageReference &ref = result.reference;
    if (text.isEmpty()) {
        result.problems.append(tr("an image is required, e.g. nginx:1.27"));
        return result;
    }
    if (text.trimmed() != text || text.contains(QLatin1Char(' '))) {
        result.problems.append(tr("must not contain spaces"));
        return result;
    }
    QString rest = text;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest.truncate(at);
        if (!isDigest(ref.digest)) {
            result.problems.append(tr("the digest after '@' must be algorithm:hex, e.g. sha256: and 64 hex digits"));
        } else if (ref.digest.startsWith(QLatin1String("sha256:")) && ref.digest.size() != 7 + 64) {
            result.problems.append(tr("a sha256 digest has exactly 64 hex digits"));
        }
    }
    // A tag follows the last ':' that comes after the last '/' (a port precedes a '/').
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        ref.tag = rest.mid(colon + 1);
        rest.truncate(colon);
        if (!isTag(ref.tag)) {
            result.problems.append(tr("the tag after ':' must be at most 128 letters, digits, '_', '.' or '-', "
                                      "not starting with '.' or '-'"));
        }
    }
    if (rest.isEmpty()) {
        result.problems.append(tr("the repository name is missing"));
        return result;
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0 && looksLikeDomain(rest.left(slash))) {
        ref.domain = rest.left(slash);
        ref.path = rest.mid(slash + 1);
        if (!isDomain(ref.domain)) {
            result.problems.append(tr("the registry \"%1\" is not a host name with an optional port").arg(ref.domain));
        }
    } else {
        ref.path = rest;
    }
    if (ref.path != ref.path.toLower()) {
        result.problems.append(tr("the repository name must be lower case"));
    } else {
        const QStringList components = ref.path.split(QLatin1Char('/'));
        for (const QString &component : components) {
            if (!isPathComponent(component)) {
                result.problems.append(tr("each part of the repository name is lower-case letters and digits, "
                                          "separated by '.', '_', '__' or '-'"));
                break;
            }
        }
    }
    const qsizetype nameLength = ref.domain.isEmpty() ? ref.path.size() : ref.domain.size() + 1 + ref.path.size();
    if (nameLength > ImageReference::NameMaxLength) {
        result.problems.append(tr("the repository name must not be longer than 255 characters"));
    }
    return result;
}
} // namespace

std::optional<ImageReference> ImageReference::parse(const QString &text)
{
    Split result = split(text);
    if (!result.problems.isEmpty()) {
        return std::nullopt;
    }
    return result.reference;
}

QStringList ImageReference::problems(const QString &text)
{
    return split(text).problems;
}

QString ImageReference::normalizedName() const
{
    if (domain.isEmpty() || domain == QLatin1String("index.docker.io")) {
        const QString repository = path.contains(QLatin1Char('/')) ? path : QStringLiteral("library/") + path;
        return QStringLiteral("docker.io/") + repository;
    }
    return domain + QLatin1Char('/') + path;
}

QString ImageReference::toString() const
{
    QString text = domain.isEmpty() ? path : domain + QLatin1Char('/') + path;
    if (!tag.isEmpty()) {
        text += QLatin1Char(':') + tag;
    }
    if (!digest.isEmpty()) {
        text += QLatin1Char('@') + digest;
    }
    return text;
}

} // namespace Sextant::Core
