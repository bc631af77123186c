// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/resourcewizard.h"

#include "core/cluster/clusterconnection.h"
#include "ui/wizards/reviewpage.h"
#include "ui/wizards/validatedfield.h"

namespace Sextant::Ui {

namespace {
QString bindingKey(int objectIndex, const QString &path)
{
    return QString::number(objectIndex) + QLatin1Char('|') + path;
}
} // namespace

ResourceWizard::ResourceWizard(Core::ClusterConnection *connection, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection)
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(760, 560);
}

void ResourceWizard::addReviewPage()
{
    m_review = new ReviewPage(this);
    addPage(m_review);
}

void ResourceWizard::bindField(int objectIndex, const QString &path, ValidatedField *field, int pageId)
{
    m_bindings.insert(bindingKey(objectIndex, path), { field, pageId });
}

int ResourceWizard::showServerErrors(int objectIndex, const Core::ApiError &error)
{
    int firstPage = -1;
    for (const Core::StatusCause &cause : error.causes) {
        const Binding binding = m_bindings.value(bindingKey(objectIndex, cause.field));
        if (!binding.field) {
            continue;
        }
        binding.field->setServerError(cause.message);
        if (firstPage < 0 || binding.pageId < firstPage) {
            firstPage = binding.pageId;
        }
    }
    return firstPage;
}

void ResourceWizard::returnToPage(int pageId)
{
    const QList<int> visited = visitedIds();
    if (!visited.contains(pageId)) {
        return;
    }
    while (currentId() != pageId && currentId() != visited.constFirst()) {
        back();
    }
}

} // namespace Sextant::Ui
