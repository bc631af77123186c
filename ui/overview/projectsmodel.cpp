// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/overview/projectsmodel.h"

#include "core/kinds/kindrenderer.h"
#include "core/quantity/quantity.h"
#include "core/watch/objectstore.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace Sextant::Ui {

namespace {

constexpr int kRefreshDelayMs = 100;
constexpr int kAgeRefreshMs = 30000;

QList<QuotaUsage> quotaUsages(const QJsonObject &quota)
{
    const QJsonObject status = quota.value(QLatin1String("status")).toObject();
    const QJsonObject hard = status.value(QLatin1String("hard")).toObject();
    const QJsonObject used = status.value(QLatin1String("used")).toObject();
    QList<QuotaUsage> out;
    for (auto it = hard.begin(); it != hard.end(); ++it) {
        QuotaUsage usage;
        usage.quota = Core::objectName(quota);
        usage.resource = it.key();
        usage.hard = it.value().toString();
        usage.used = used.value(it.key()).toString();
        if (usage.used.isEmpty()) {
            usage.used = QStringLiteral("0");
        }
        const double h = Core::Quantity::parseOrZero(usage.hard).toDouble();
        const double u = Core::Quantity::parseOrZero(usage.used).toDouble();
        usage.fraction = h > 0 ? u / h : (u > 0 ? 2.0 : 0.0);
        out.append(usage);
    }
    return out;
}

QString percentText(double fraction)
{
    return QLocale().toString(qRound(fraction * 100)) + QLatin1Char('%');
}

} // namespace

bool ProjectsModel::Row::operator==(const Row &other) const
{
    const auto sameQuotas = [](const QList<QuotaUsage> &a, const QList<QuotaUsage> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const QuotaUsage &x, const QuotaUsage &y) {
            return x.quota == y.quota && x.resource == y.resource && x.used == y.used && x.hard == y.hard;
        });
    };
    return name == other.name && phase == other.phase && pods == other.pods && limitRange == other.limitRange
        && created == other.created && sameQuotas(quotas, other.quotas);
}

ProjectsModel::ProjectsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &ProjectsModel::refreshNow);
    m_ageTimer.setInterval(kAgeRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.empty()) {
            Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, Age), { Qt::DisplayRole });
        }
    });
    m_ageTimer.start();
}

ProjectsModel::~ProjectsModel() = default;

void ProjectsModel::follow(Core::ObjectStore *store)
{
    if (store) {
        connect(store, &Core::ObjectStore::changed, this, &ProjectsModel::scheduleRefresh);
    }
}

void ProjectsModel::setStores(Core::ObjectStore *namespaces, Core::ObjectStore *pods, Core::ObjectStore *resourceQuotas,
    Core::ObjectStore *limitRanges)
{
    for (Core::ObjectStore *old : { m_namespaces.data(), m_pods.data(), m_quotas.data(), m_limitRanges.data() }) {
        if (old) {
            disconnect(old, nullptr, this, nullptr);
        }
    }
    m_namespaces = namespaces;
    m_pods = pods;
    m_quotas = resourceQuotas;
    m_limitRanges = limitRanges;
    for (Core::ObjectStore *store : { namespaces, pods, resourceQuotas, limitRanges }) {
        follow(store);
    }
    refreshNow();
}

void ProjectsModel::setClock(std::function<QDateTime()> nowUtc)
{
    m_now = std::move(nowUtc);
}

void ProjectsModel::scheduleRefresh()
{
    if (!m_refresh.isActive()) {
        m_refresh.start();
    }
}

std::vector<ProjectsModel::Row> ProjectsModel::buildRows() const
{
    std::vector<Row> rows;
    if (!m_namespaces) {
        return rows;
    }
    QHash<QString, int> podCounts;
    if (m_pods) {
        for (const QString &key : m_pods->keys()) {
            ++podCounts[key.section(QLatin1Char('/'), 0, 0)];
        }
    }
    QHash<QString, QList<QuotaUsage>> quotas;
    if (m_quotas) {
        for (const QString &key : m_quotas->keys()) {
            quotas[key.section(QLatin1Char('/'), 0, 0)] += quotaUsages(m_quotas->object(key));
        }
    }
    QSet<QString> limited;
    if (m_limitRanges) {
        for (const QString &key : m_limitRanges->keys()) {
            limited.insert(key.section(QLatin1Char('/'), 0, 0));
        }
    }
    for (const QString &key : m_namespaces->keys()) {
        const QJsonObject ns = m_namespaces->object(key);
        Row row;
        row.name = Core::objectName(ns);
        row.phase = ns.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
        row.pods = podCounts.value(row.name);
        row.quotas = quotas.value(row.name);
        std::stable_sort(row.quotas.begin(), row.quotas.end(),
            [](const QuotaUsage &a, const QuotaUsage &b) { return a.fraction > b.fraction; });
        row.limitRange = limited.contains(row.name);
        row.created = Core::creationTime(ns);
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.name < b.name; });
    return rows;
}

void ProjectsModel::refreshNow()
{
    m_refresh.stop();
    std::vector<Row> next = buildRows();
    // Merge the two name-sorted lists: removals, then updates and inserts in order.
    size_t i = 0; // index into m_rows (current)
    size_t j = 0; // index into next
    while (i < m_rows.size() || j < next.size()) {
        if (j >= next.size() || (i < m_rows.size() && m_rows[i].name < next[j].name)) {
            size_t end = i + 1;
            while (end < m_rows.size() && (j >= next.size() || m_rows[end].name < next[j].name)) {
                ++end;
            }
            beginRemoveRows({}, int(i), int(end) - 1);
            m_rows.erase(m_rows.begin() + qsizetype(i), m_rows.begin() + qsizetype(end));
            endRemoveRows();
        } else if (i >= m_rows.size() || next[j].name < m_rows[i].name) {
            size_t end = j + 1;
            while (end < next.size() && (i >= m_rows.size() || next[end].name < m_rows[i].name)) {
                ++end;
            }
            beginInsertRows({}, int(i), int(i + end - j) - 1);
            m_rows.insert(m_rows.begin() + qsizetype(i), next.begin() + qsizetype(j), next.begin() + qsizetype(end));
            endInsertRows();
            i += end - j;
            j = end;
        } else {
            if (!(m_rows[i] == next[j])) {
                m_rows[i] = next[j];
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
}

QString ProjectsModel::namespaceAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].name : QString();
}

QList<QuotaUsage> ProjectsModel::quotaUsage(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].quotas : QList<QuotaUsage>();
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[size_t(index.row())];
    const double top = row.quotas.isEmpty() ? -1 : row.quotas.front().fraction;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Status:
            return row.phase;
        case Pods:
            return row.pods;
        case Quota:
            return row.quotas.isEmpty()
                ? QStringLiteral("–")
                : tr("%1 %2").arg(row.quotas.front().resource, percentText(row.quotas.front().fraction));
        case LimitRange:
            return row.limitRange ? tr("Yes") : tr("No");
        case Age:
            return row.created.isValid() ? Core::humanDuration(row.created.secsTo(m_now()))
                                         : QStringLiteral("<unknown>");
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Pods:
            return row.pods;
        case Quota:
            return top;
        case Age:
            return row.created;
        default:
            return data(index, Qt::DisplayRole);
        }
    case QuotaFractionRole:
        return index.column() == Quota ? QVariant(top) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Quota && !row.quotas.isEmpty()) {
            QStringList lines;
            for (const QuotaUsage &q : row.quotas) {
                lines.append(tr("%1: %2 of %3 (%4, quota %5)")
                                 .arg(q.resource, q.used, q.hard, percentText(q.fraction), q.quota));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Pods) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Pods:
        return tr("Pods");
    case Quota:
        return tr("Quota usage");
    case LimitRange:
        return tr("Limit range");
    case Age:
        return tr("Age");
    }
    return {};
}

} // namespace Sextant::Ui
