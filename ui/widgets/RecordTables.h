#pragma once

#include <QBrush>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <functional>

class QDate;
class QKeyEvent;
class QLineEdit;
class QTableView;
class QWidget;

namespace wingmate::ui {

// Filters on every typed word: each must appear in the row's search key (a
// Validation::searchKey string the model gives under searchRole on column
// 0), so case and accents never matter.
class WordFilterProxy : public QSortFilterProxyModel {
public:
    WordFilterProxy(int searchRole, QObject* parent = nullptr);

    void setText(const QString& text);
    QStringList words() const { return m_words; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_searchRole;
    QStringList m_words;
};

namespace RecordTables {

// A read-only table of records: whole rows selected one at a time,
// alternating colours, sortable, the last column stretched.
void configure(QTableView* view, const QString& accessibleName);
// Shows model in view through proxy, sorted by sortRole and kept sorted as
// rows change, and configures the view as above.
void showThrough(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* model, int sortRole,
    const QString& accessibleName);
// A filter-as-you-type field: its hint, a clear button and its accessible
// name; its keys go to keyWatcher's event filter (Down and Enter move into
// the table, see moveIntoTable).
void configureFilter(
    QLineEdit* filter, const QString& placeholder, const QString& accessibleName, QObject* keyWatcher);
// Sizes columns to their contents (the rows on screen and a hundred more)
// but no wider than maxWidth, so a long list of names does not push the
// rest off screen.
void fitColumns(QTableView* view, int maxWidth = 260);
// F5 calls refresh; Ctrl+F puts the cursor in the filter with its text
// selected. Both work anywhere on the page.
void addShortcuts(QWidget* page, QLineEdit* filter, const std::function<void()>& refresh);
// For a filter field's event filter: Down or Enter moves into the table
// (onto its first row when none is current). True when the key was used.
bool moveIntoTable(const QKeyEvent* key, QTableView* view);
bool isPlainEnter(const QKeyEvent* key);

// How urgent a highlighted row is; the same colours on every list.
enum class Urgency { Urgent, Due };
QBrush background(Urgency urgency);
// Dark text that stays readable on the highlight in light and dark palettes.
QBrush highlightText();

// "3 Nov 2026" in the user's language; empty for an invalid date.
QString dateText(const QDate& date);

} // namespace RecordTables

} // namespace wingmate::ui
