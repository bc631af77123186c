// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sextant::Core {

// A container image reference as the distribution project's grammar
// (github.com/distribution/reference, regexp.go) defines it:
//   reference := name [ ":" tag ] [ "@" digest ]
//   name      := [ domain "/" ] path-component [ "/" path-component ]*
// "nginx", "nginx:1.27", "ghcr.io/org/app@sha256:<64 hex>", "localhost:5000/a/b:v1".
struct ImageReference {
    QString domain; // "ghcr.io", "localhost:5000"; empty for Docker Hub short names
    QString path; // "org/app", "nginx"
    QString tag; // "1.27"; empty when absent
    QString digest; // "sha256:..."; empty when absent

    static constexpr int NameMaxLength = 255; // domain + "/" + path

    // std::nullopt when the text is not a reference; problems() says why.
    static std::optional<ImageReference> parse(const QString &text);
    // Why the text is not a valid reference (translated), or empty when it is.
    static QStringList problems(const QString &text);

    // The name with Docker Hub's defaults filled in: "docker.io/library/nginx".
    QString normalizedName() const;
    // The reference as written back: name[:tag][@digest].
    QString toString() const;
};

} // namespace Sextant::Core
