#include "RecordTables.h"

#include "domain/Validation.h"

#include <QColor>
#include <QDate>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTableView>
#include <algorithm>

namespace wingmate::ui {

WordFilterProxy::WordFilterProxy(int searchRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_searchRole(searchRole)
{
}

void WordFilterProxy::setText(const QString& text)
{
    m_words = Validation::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool WordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(m_searchRole).toString();
    return std::all_of(
        m_words.cbegin(), m_words.cend(), [&key](const QString& word) { return key.contains(word); });
}

namespace RecordTables {

void configure(QTableView* view, const QString& accessibleName)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setSortingEnabled(true);
    view->setAccessibleName(accessibleName);
}

void showThrough(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* model, int sortRole,
    const QString& accessibleName)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    proxy->setDynamicSortFilter(true);
    view->setModel(proxy);
    configure(view, accessibleName);
}

void configureFilter(
    QLineEdit* filter, const QString& placeholder, const QString& accessibleName, QObject* keyWatcher)
{
    filter->setPlaceholderText(placeholder);
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(accessibleName);
    filter->installEventFilter(keyWatcher);
}

void fitColumns(QTableView* view, int maxWidth)
{
    // The rows on screen and a hundred more, not every row: measuring every
    // cell of a decade's two thousand sessions took longer than reading them.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    view->resizeColumnsToContents();
    const int columns = view->model() ? view->model()->columnCount() : 0;
    for (int column = 0; column < columns; ++column)
        view->setColumnWidth(column, std::min(view->columnWidth(column), maxWidth));
}

void addShortcuts(QWidget* page, QLineEdit* filter, const std::function<void()>& refresh)
{
    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, page);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(refreshShortcut, &QShortcut::activated, page, refresh);
    auto* findShortcut = new QShortcut(QKeySequence::Find, page);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(findShortcut, &QShortcut::activated, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
}

bool isPlainEnter(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && key->modifiers() == Qt::NoModifier;
}

bool moveIntoTable(const QKeyEvent* key, QTableView* view)
{
    if (key->key() != Qt::Key_Down && !isPlainEnter(key))
        return false;
    QAbstractItemModel* model = view->model();
    if (!model || model->rowCount() == 0)
        return false;
    view->setFocus(Qt::OtherFocusReason);
    if (!view->currentIndex().isValid())
        view->setCurrentIndex(model->index(0, 0));
    return true;
}

QBrush background(Urgency urgency)
{
    return urgency == Urgency::Urgent ? QBrush(QColor(0xff, 0xdd, 0xdd)) : QBrush(QColor(0xff, 0xef, 0xc2));
}

QBrush highlightText()
{
    return QBrush(QColor(0x20, 0x20, 0x20));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace RecordTables

} // namespace wingmate::ui
