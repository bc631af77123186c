// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// JSON merge patches (RFC 7386) of metadata.labels and metadata.annotations
// that name only the keys the user changed: a removed key is null, an added or
// changed key has its new value, untouched keys are absent. Keys someone else
// changed meanwhile therefore survive the patch.
namespace Sextant::Core::MetadataPatches {

// metadata.labels / metadata.annotations as a map; non-string values are skipped.
QMap<QString, QString> labelsOf(const QJsonObject &object);
QMap<QString, QString> annotationsOf(const QJsonObject &object);

// What several objects' labels (or annotations) share, for editing them
// together: `same` holds the keys every object has with one value,
// `differing` the others with how many of the objects have them.
struct SharedEntries {
    QMap<QString, QString> same;
    QMap<QString, int> differing;
};
SharedEntries sharedEntries(const QList<QMap<QString, QString>> &each);

// {"key": "new value", "removed": null} for the keys that differ, and null
// for each of alsoRemoved (keys outside `before` to remove all the same).
QJsonObject changes(
    const QMap<QString, QString> &before, const QMap<QString, QString> &after, const QStringList &alsoRemoved = {});

// {"metadata":{"labels":{...changes...}}}, or empty when nothing changed.
QByteArray labelsPatch(
    const QMap<QString, QString> &before, const QMap<QString, QString> &after, const QStringList &alsoRemoved = {});
// {"metadata":{"annotations":{...changes...}}}, or empty when nothing changed.
QByteArray annotationsPatch(
    const QMap<QString, QString> &before, const QMap<QString, QString> &after, const QStringList &alsoRemoved = {});

} // namespace Sextant::Core::MetadataPatches
