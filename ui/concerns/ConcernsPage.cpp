#include "ConcernsPage.h"

#include "ConcernListModel.h"
#include "ReviewDialog.h"
#include "services/UserSession.h"
#include "shell/RefreshWhenShown.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wingmate::ui {

ConcernsPage::ConcernsPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ConcernListModel(session, this))
    , m_proxy(new WordFilterProxy(ConcernListModel::SearchRole, this))
    , m_range(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_reviewButton(new QPushButton(tr("&Review…"), this))
    , m_openButton(new QPushButton(tr("&Open record"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_count(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("concernsPage"));
    m_range->setObjectName(QStringLiteral("concernsRange"));
    m_filter->setObjectName(QStringLiteral("concernsFilter"));
    m_view->setObjectName(QStringLiteral("concernsView"));
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_count->setObjectName(QStringLiteral("concernsCount"));
    m_advice->setObjectName(QStringLiteral("concernsAdvice"));

    m_range->addItem(tr("Waiting for review"), int(Range::Waiting));
    m_range->addItem(tr("Also reviewed, last 30 days"), int(Range::LastMonth));
    m_range->addItem(tr("Also reviewed, last 12 months"), int(Range::LastYear));
    m_range->setAccessibleName(tr("Which concerns to show"));
    auto* rangeLabel = new QLabel(tr("&Show"), this);
    rangeLabel->setBuddy(m_range);

    RecordTables::configureFilter(m_filter, tr("Find by mentee, prison number or what was said (Ctrl+F)"),
        tr("Filter the concerns"), this);
    // Shown, the page gives the keyboard to its filter.
    setFocusProxy(m_filter);

    RecordTables::showThrough(m_view, m_proxy, m_model, ConcernListModel::SortRole, tr("Concerns"));
    m_view->sortByColumn(ConcernListModel::State, Qt::AscendingOrder);
    m_view->installEventFilter(this);

    // The same reminder as wherever a concern is raised: Wingmate records,
    // the prison's own procedures act.
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setText(tr("A concern here is a record for the mental health team. If someone is at risk now, "
                         "follow the prison's emergency and ACCT procedures first."));

    m_reviewButton->setToolTip(tr("Record the mental health review of this concern (Enter)"));
    m_openButton->setToolTip(tr("Open this mentee's record"));
    m_refreshButton->setToolTip(tr("Read the concerns again (F5)"));
    m_reviewButton->setVisible(m_session.can(Operation::ReviewConcerns));

    auto* top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refreshButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_openButton);
    bottom->addWidget(m_reviewButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_advice);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    RecordTables::addShortcuts(this, m_filter, [this] { refresh(); });
    connect(m_range, &QComboBox::currentIndexChanged, this, &ConcernsPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateCount();
        updateActions();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &ConcernsPage::refresh);
    connect(m_reviewButton, &QPushButton::clicked, this, &ConcernsPage::reviewCurrent);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            Q_EMIT menteeRequested(index.data(ConcernListModel::EpisodeIdRole).toLongLong());
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT menteeRequested(index.data(ConcernListModel::EpisodeIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConcernsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConcernsPage::updateActions);

    RefreshWhenShown::install(this, [this] { refresh(); });
}

void ConcernsPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

qint64 ConcernsPage::currentConcernId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ConcernListModel::ConcernIdRole).toLongLong() : 0;
}

bool ConcernsPage::currentIsOpen() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && index.data(ConcernListModel::OpenRole).toBool();
}

void ConcernsPage::refresh()
{
    const qint64 current = currentConcernId();
    ConcernListQuery::Filter filter;
    const auto range = Range(m_range->currentData().toInt());
    const QDate today = m_session.clock().now().toLocalTime().date();
    if (range != Range::Waiting) {
        filter.openOnly = false;
        filter.raisedSince = range == Range::LastMonth ? today.addDays(-30) : today.addYears(-1);
    }
    if (const Status status = m_model->refresh(filter); !status)
        m_error->showStatus(status);
    else
        m_error->clear();
    RecordTables::fitColumns(m_view, 320);
    const int sourceRow = m_model->rowOf(current);
    if (sourceRow >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(sourceRow, 0)));
    else if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateCount();
    updateActions();
}

void ConcernsPage::clear()
{
    m_model->clear();
    m_filter->clear();
    updateCount();
    updateActions();
}

void ConcernsPage::updateActions()
{
    m_openButton->setEnabled(m_view->currentIndex().isValid());
    m_reviewButton->setEnabled(currentIsOpen() && m_session.can(Operation::ReviewConcerns));
}

void ConcernsPage::updateCount()
{
    const int open = m_model->openCount();
    QString text
        = open == 0 ? tr("No concern is waiting for review") : tr("%n waiting for review", nullptr, open);
    if (m_proxy->rowCount() != m_model->rowCount())
        text = tr("%1 — %2 of %3 shown").arg(text).arg(m_proxy->rowCount()).arg(m_model->rowCount());
    m_count->setText(text);
}

void ConcernsPage::reviewCurrent()
{
    if (!currentIsOpen() || !m_session.can(Operation::ReviewConcerns))
        return;
    const QModelIndex index = m_view->currentIndex();
    const ConcernListQuery::Row& row = m_model->record(m_proxy->mapToSource(index).row());
    auto* dialog = new ReviewDialog(m_session, row.episodeId, row.prisonerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConcern(row.concernId);
    const qint64 episodeId = row.episodeId;
    connect(dialog, &ReviewDialog::reviewed, this, [this, episodeId](qint64 reviewId) {
        refresh();
        Q_EMIT reviewed(episodeId, reviewId);
    });
    dialog->open();
}

bool ConcernsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_view && RecordTables::isPlainEnter(key)) {
            if (currentIsOpen() && m_session.can(Operation::ReviewConcerns))
                reviewCurrent();
            else if (m_view->currentIndex().isValid())
                Q_EMIT menteeRequested(
                    m_view->currentIndex().data(ConcernListModel::EpisodeIdRole).toLongLong());
            return true;
        }
        if (watched == m_filter && RecordTables::moveIntoTable(key, m_view))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wingmate::ui
