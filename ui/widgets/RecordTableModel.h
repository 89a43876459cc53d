#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <utility>

namespace wingmate::ui {

// The part every record list shares: a list of decrypted rows, replaced as a
// whole on refresh and dropped on lock, and a header from one list of
// titles. Subclasses answer data() from record(row).
template<typename Record> class RecordTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    const Record& record(int row) const { return m_records.at(row); }
    const QList<Record>& records() const { return m_records; }

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    // Drops every row (the vault was locked).
    void clear() { setRecords({}); }
    // The first row whose record matches, or -1.
    template<typename Matches> int rowWhere(Matches matches) const
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (matches(m_records.at(row)))
                return row;
        }
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        // Asked on every index(): counted once, the titles are fixed.
        if (m_columns < 0)
            m_columns = int(columnTitles().size());
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        // Row numbers and other roles as Qt gives them (screen readers read
        // the vertical header's numbers even when it is hidden).
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        const QStringList titles = columnTitles();
        return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
    }

protected:
    // One translated title per column, in column order.
    virtual QStringList columnTitles() const = 0;

private:
    QList<Record> m_records;
    mutable int m_columns = -1;
};

} // namespace wingmate::ui
