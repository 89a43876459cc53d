#include "RecordListPage.h"

#include "ErrorPanel.h"
#include "RecordTables.h"
#include "shell/RefreshWhenShown.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace wingmate::ui {

RecordListPage::RecordListPage(UserSession& session, const Filter& filter, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_error(new ErrorPanel(this))
    , m_toolbar(new QHBoxLayout)
    , m_buttons(new QHBoxLayout)
    , m_layout(new QVBoxLayout(this))
{
    m_filter->setObjectName(filter.objectName);
    RecordTables::configureFilter(m_filter, filter.placeholder, filter.accessibleName, this);
    // Shown, the page gives the keyboard to its filter.
    setFocusProxy(m_filter);

    m_toolbar->addWidget(m_filter, 1);
    m_buttons->addWidget(m_count, 1);
    m_layout->addLayout(m_toolbar);
    m_layout->addWidget(m_error);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(m_buttons);

    RecordTables::addShortcuts(this, m_filter, [this] { refresh(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) { filterChanged(text); });
    RefreshWhenShown::install(this, [this] { refresh(); });
}

void RecordListPage::showTable(const Table& table)
{
    Q_ASSERT(!m_proxy && table.model && table.proxy);
    m_proxy = table.proxy;
    m_words = dynamic_cast<WordFilterProxy*>(table.proxy);
    m_idRole = table.idRole;
    m_view->setObjectName(table.objectName);
    RecordTables::showThrough(m_view, m_proxy, table.model, table.sortRole, table.accessibleName);
    m_view->sortByColumn(table.sortColumn, table.sortOrder);
    m_view->installEventFilter(this);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            open(index);
    });
    // A click makes a row current before it selects it: the buttons follow
    // both.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RecordListPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordListPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        // Sorting moves the current row: keep it in sight, so what the
        // buttons act on is what the user sees highlighted.
        if (m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
        updateActions();
    });
}

void RecordListPage::refresh()
{
    const qint64 current = currentId();
    if (const Status status = readRecords(); !status)
        m_error->showStatus(status);
    else
        m_error->clear();
    RecordTables::fitColumns(m_view, m_maxColumnWidth);
    select(current);
    updateCount();
    updateActions();
}

void RecordListPage::clear()
{
    clearRecords();
    {
        // Emptying the field is not a new search.
        const QSignalBlocker quiet(m_filter);
        m_filter->clear();
    }
    if (m_words)
        m_words->setText({});
    updateCount();
    updateActions();
}

QModelIndex RecordListPage::currentIndex() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        return {};
    return index;
}

qint64 RecordListPage::currentId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(m_idRole).toLongLong() : 0;
}

void RecordListPage::select(qint64 id)
{
    QModelIndex found;
    if (id != 0) {
        // Column 0 of every row carries the id; the rows are a wing's, so a
        // scan is cheap.
        QAbstractItemModel* model = m_proxy->sourceModel();
        for (int row = 0; row < model->rowCount() && !found.isValid(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(m_idRole).toLongLong() == id)
                found = m_proxy->mapFromSource(index);
        }
    }
    if (!found.isValid() && m_proxy->rowCount() > 0)
        found = m_proxy->index(0, 0);
    if (found.isValid())
        m_view->setCurrentIndex(found);
}

void RecordListPage::updateCount()
{
    m_count->setText(countText());
}

void RecordListPage::updateActions()
{
    if (m_openButton)
        m_openButton->setEnabled(currentIndex().isValid());
    updateRowActions();
}

void RecordListPage::activate(const QModelIndex& index)
{
    open(index);
}

void RecordListPage::filterChanged(const QString& text)
{
    if (m_words)
        m_words->setText(text);
    // Keep a row current while there are rows, so Enter and the buttons act
    // on one the user can see.
    if (!currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateCount();
    updateActions();
}

void RecordListPage::addBeforeFilter(QWidget* widget)
{
    // The page's controls in the order added, then a gap, then the filter.
    const int filterAt = m_toolbar->indexOf(m_filter);
    if (filterAt == 0) {
        m_toolbar->insertWidget(0, widget);
        m_toolbar->insertSpacing(1, 12);
    } else {
        m_toolbar->insertWidget(filterAt - 1, widget);
    }
}

void RecordListPage::addAfterFilter(QWidget* widget)
{
    m_toolbar->addWidget(widget);
}

void RecordListPage::addNotice(QWidget* widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_error), widget);
}

QPushButton* RecordListPage::addButton(
    const QString& text, const QString& objectName, const QString& toolTip, bool offered)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setVisible(offered);
    m_buttons->addWidget(button);
    return button;
}

QPushButton* RecordListPage::addOpenButton(const QString& text, const QString& objectName, const QString& toolTip)
{
    Q_ASSERT(!m_openButton);
    m_openButton = addButton(text, objectName, toolTip);
    m_openButton->setEnabled(false);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (currentIndex().isValid())
            open(currentIndex());
    });
    return m_openButton;
}

QPushButton* RecordListPage::addRefreshButton(const QString& toolTip, const QString& objectName)
{
    auto* button = new QPushButton(tr("Refresh"), this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    m_toolbar->addWidget(button);
    connect(button, &QPushButton::clicked, this, &RecordListPage::refresh);
    return button;
}

bool RecordListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_view && RecordTables::isPlainEnter(key)) {
            if (currentIndex().isValid())
                activate(currentIndex());
            return true;
        }
        if (watched == m_filter) {
            if (RecordTables::isPlainEnter(key))
                applyFilterNow();
            if (RecordTables::moveIntoTable(key, m_view))
                return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wingmate::ui
