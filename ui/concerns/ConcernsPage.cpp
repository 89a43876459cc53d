#include "ConcernsPage.h"

#include "ConcernListModel.h"
#include "ReviewDialog.h"
#include "services/UserSession.h"
#include "widgets/RecordTables.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace wingmate::ui {

ConcernsPage::ConcernsPage(UserSession& session, QWidget* parent)
    : RecordListPage(session,
          { tr("Find by mentee, prison number or what was said (Ctrl+F)"), tr("Filter the concerns"),
              QStringLiteral("concernsFilter") },
          parent)
    , m_model(new ConcernListModel(session, this))
    , m_proxy(new WordFilterProxy(ConcernListModel::SearchRole, this))
    , m_range(new QComboBox(this))
{
    setObjectName(QStringLiteral("concernsPage"));
    countLabel()->setObjectName(QStringLiteral("concernsCount"));
    setMaxColumnWidth(320);
    showTable({ m_model, m_proxy, ConcernListModel::ConcernIdRole, ConcernListModel::SortRole,
        ConcernListModel::State, Qt::AscendingOrder, tr("Concerns"), QStringLiteral("concernsView") });

    m_range->setObjectName(QStringLiteral("concernsRange"));
    m_range->addItem(tr("Waiting for review"), int(Range::Waiting));
    m_range->addItem(tr("Also reviewed, last 30 days"), int(Range::LastMonth));
    m_range->addItem(tr("Also reviewed, last 12 months"), int(Range::LastYear));
    m_range->setAccessibleName(tr("Which concerns to show"));
    auto* rangeLabel = new QLabel(tr("&Show"), this);
    rangeLabel->setBuddy(m_range);
    addBeforeFilter(rangeLabel);
    addBeforeFilter(m_range);
    addRefreshButton(tr("Read the concerns again (F5)"));

    // The same reminder as wherever a concern is raised: Wingmate records,
    // the prison's own procedures act.
    auto* advice = new QLabel(this);
    advice->setObjectName(QStringLiteral("concernsAdvice"));
    advice->setWordWrap(true);
    advice->setTextFormat(Qt::PlainText);
    advice->setText(tr("A concern here is a record for the mental health team. If someone is at risk now, "
                       "follow the prison's emergency and ACCT procedures first."));
    addNotice(advice);

    addOpenButton(tr("&Open record"), QStringLiteral("openButton"), tr("Open this mentee's record"));
    m_reviewButton = addButton(tr("&Review…"), QStringLiteral("reviewButton"),
        tr("Record the mental health review of this concern (Enter)"), session.can(Operation::ReviewConcerns));

    connect(m_range, &QComboBox::currentIndexChanged, this, &ConcernsPage::refresh);
    connect(m_reviewButton, &QPushButton::clicked, this, &ConcernsPage::reviewCurrent);
}

void ConcernsPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

bool ConcernsPage::canReviewCurrent() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() && index.data(ConcernListModel::OpenRole).toBool()
        && session().can(Operation::ReviewConcerns);
}

Status ConcernsPage::readRecords()
{
    ConcernListQuery::Filter filter;
    const auto range = Range(m_range->currentData().toInt());
    const QDate today = session().clock().now().toLocalTime().date();
    if (range != Range::Waiting) {
        filter.openOnly = false;
        filter.raisedSince = range == Range::LastMonth ? today.addDays(-30) : today.addYears(-1);
    }
    return m_model->refresh(filter);
}

void ConcernsPage::clearRecords()
{
    m_model->clear();
}

void ConcernsPage::updateRowActions()
{
    if (m_reviewButton)
        m_reviewButton->setEnabled(canReviewCurrent());
}

QString ConcernsPage::countText() const
{
    const int open = m_model->openCount();
    QString text
        = open == 0 ? tr("No concern is waiting for review") : tr("%n waiting for review", nullptr, open);
    if (m_proxy->rowCount() != m_model->rowCount())
        text = tr("%1 — %2 of %3 shown").arg(text).arg(m_proxy->rowCount()).arg(m_model->rowCount());
    return text;
}

void ConcernsPage::reviewCurrent()
{
    if (!canReviewCurrent())
        return;
    const QModelIndex index = currentIndex();
    const ConcernListQuery::Row& row = m_model->record(m_proxy->mapToSource(index).row());
    auto* dialog = new ReviewDialog(session(), row.episodeId, row.prisonerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConcern(row.concernId);
    const qint64 episodeId = row.episodeId;
    connect(dialog, &ReviewDialog::reviewed, this, [this, episodeId](qint64 reviewId) {
        refresh();
        Q_EMIT reviewed(episodeId, reviewId);
    });
    dialog->open();
}

void ConcernsPage::open(const QModelIndex& index)
{
    Q_EMIT menteeRequested(index.data(ConcernListModel::EpisodeIdRole).toLongLong());
}

void ConcernsPage::activate(const QModelIndex& index)
{
    if (canReviewCurrent())
        reviewCurrent();
    else
        open(index);
}

} // namespace wingmate::ui
