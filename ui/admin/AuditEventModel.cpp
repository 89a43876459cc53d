#include "AuditEventModel.h"

#include <QLocale>

namespace wingmate::ui {

AuditEventModel::AuditEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditEventModel::setEvents(QList<AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent& event = m_events.at(index.row());
    if (role == SeqRole)
        return event.seq;
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case SeqColumn:
        return event.seq;
    case TimeColumn:
        return QLocale().toString(event.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return event.actor;
    case ActionColumn:
        return event.action;
    case EntityColumn:
        if (event.entityType.isEmpty())
            return QString();
        return event.entityId.isEmpty() ? event.entityType
                                        : event.entityType + QLatin1Char(':') + event.entityId;
    case DetailsColumn:
        return event.detailsText(role == Qt::ToolTipRole);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace wingmate::ui
