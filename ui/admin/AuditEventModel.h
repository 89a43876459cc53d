#pragma once

#include "audit/AuditEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace wingmate::ui {

// Audit events as a table, from a list AuditLog handed over. Read-only.
class AuditEventModel : public QAbstractTableModel {
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

    void setEvents(QList<AuditEvent> events);
    const QList<AuditEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
};

} // namespace wingmate::ui
