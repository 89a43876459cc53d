#include "AuditEventModel.h"

#include <QLocale>

namespace wingmate::ui {

AuditEventModel::AuditEventModel(QObject* parent)
    : RecordTableModel(parent)
{
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditEvent& event = record(index.row());
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

QStringList AuditEventModel::columnTitles() const
{
    return { tr("No."), tr("Time"), tr("Who"), tr("Action"), tr("Record"), tr("Details") };
}

} // namespace wingmate::ui
