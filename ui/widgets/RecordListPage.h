#pragma once

#include "Status.h"

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;
class WordFilterProxy;

// The frame every list section shares (caseload, mentees, mentors,
// sessions, concerns): a toolbar with the filter field (Ctrl+F; Down or
// Enter moves into the table) between the page's own controls; an error
// panel; the table of records behind a sort and filter proxy; and a row with
// the count on the left and the page's buttons on the right. F5 reads the
// records again and stays on the current one; Enter on a row calls
// activate(), double-click and Open call open(). The records are read when
// the page is first shown, not when it is built.
class RecordListPage : public QWidget {
    Q_OBJECT
public:
    QTableView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }

    // Reads the records again, staying on the current one.
    void refresh();
    // Forgets every row and the filter text, e.g. when the vault locks.
    void clear();

protected:
    // What the page lists and how.
    struct Table {
        QAbstractItemModel* model = nullptr;
        // Sorts and filters model; a WordFilterProxy is given the filter
        // text as it is typed (see filterChanged()).
        QSortFilterProxyModel* proxy = nullptr;
        int idRole = 0; // the record's qint64 id, on any column
        int sortRole = 0;
        int sortColumn = 0;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        QString accessibleName;
        QString objectName;
    };
    struct Filter {
        QString placeholder;
        QString accessibleName;
        QString objectName;
    };

    RecordListPage(UserSession& session, const Filter& filter, QWidget* parent);

    // Called once from the page's constructor, after its model and proxy.
    void showTable(const Table& table);

    // Reads the model again; on failure the model keeps its rows.
    virtual Status readRecords() = 0;
    // Drops the model's rows.
    virtual void clearRecords() = 0;
    // "12 mentees" and the like, for the label under the table.
    virtual QString countText() const = 0;
    // Double-click and Open: the record of the row at index (a proxy index).
    virtual void open(const QModelIndex& index) = 0;
    // Enter on a row: open() unless the page does something else first.
    virtual void activate(const QModelIndex& index);
    // The filter text changed: a WordFilterProxy filters on it at once.
    virtual void filterChanged(const QString& text);
    // Enter in the filter field, before the keyboard moves into the table.
    virtual void applyFilterNow() {}
    // Enables the page's own buttons for the current row.
    virtual void updateRowActions() {}

    UserSession& session() const { return m_session; }
    QSortFilterProxyModel* tableProxy() const { return m_proxy; }
    ErrorPanel* errorPanel() const { return m_error; }
    QLabel* countLabel() const { return m_count; }

    // The row the buttons, Enter and the page's actions act on: the current
    // row while it is highlighted (selected), else none.
    QModelIndex currentIndex() const;
    // The id (Table::idRole) of that row, or 0.
    qint64 currentId() const;
    // Makes the record with this id current; if it is not listed, the
    // first row.
    void select(qint64 id);
    void updateCount();
    void updateActions();
    // Widest a column is fitted to its contents on refresh.
    void setMaxColumnWidth(int width) { m_maxColumnWidth = width; }

    // The page's own controls, in the order they are added.
    void addBeforeFilter(QWidget* widget);
    void addAfterFilter(QWidget* widget);
    // A line above the table, under the toolbar.
    void addNotice(QWidget* widget);
    // A button in the row under the table; not shown when not offered (the
    // role may not do it).
    QPushButton* addButton(const QString& text, const QString& objectName, const QString& toolTip,
        bool offered = true);
    // The button that calls open() on the current row, enabled when there
    // is one.
    QPushButton* addOpenButton(const QString& text, const QString& objectName, const QString& toolTip);
    // Refresh at the end of the toolbar (F5 works without it).
    QPushButton* addRefreshButton(const QString& toolTip, const QString& objectName = {});

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    UserSession& m_session;
    QLineEdit* m_filter;
    QTableView* m_view;
    QLabel* m_count;
    ErrorPanel* m_error;
    QHBoxLayout* m_toolbar;
    QHBoxLayout* m_buttons;
    QVBoxLayout* m_layout;
    QSortFilterProxyModel* m_proxy = nullptr;
    WordFilterProxy* m_words = nullptr;
    QPushButton* m_openButton = nullptr;
    int m_idRole = 0;
    int m_maxColumnWidth = 260;
};

} // namespace wingmate::ui
