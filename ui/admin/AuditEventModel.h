#pragma once

#include "audit/AuditEvent.h"
#include "widgets/RecordTableModel.h"

#include <QList>

namespace wingmate::ui {

// Audit events as a table, from a list AuditLog handed over. Read-only.
class AuditEventModel : public RecordTableModel<AuditEvent> {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        DetailsColumn,
        ColumnCount
    };
    enum DataRole {
        SeqRole = Qt::UserRole, // the event's sequence number, in every column
    };

    explicit AuditEventModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;
};

} // namespace wingmate::ui
