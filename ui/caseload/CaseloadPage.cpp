#include "CaseloadPage.h"

#include "CaseloadModel.h"
#include "concerns/ReviewDialog.h"
#include "services/UserSession.h"
#include "widgets/RecordTables.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace wingmate::ui {

namespace {

// Filters on every typed word (name, prison number or mentors) and, unless
// switched off, keeps the rows that need the nurse above the rest whichever
// way a column is sorted.
class CaseloadFilter : public WordFilterProxy {
public:
    explicit CaseloadFilter(QObject* parent)
        : WordFilterProxy(CaseloadModel::SearchRole, parent)
    {
    }

    void setAttentionFirst(bool on)
    {
        if (m_attentionFirst == on)
            return;
        m_attentionFirst = on;
        invalidate();
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        if (m_attentionFirst) {
            const int a = left.data(CaseloadModel::AttentionRole).toInt();
            const int b = right.data(CaseloadModel::AttentionRole).toInt();
            // Sorting descending reverses this answer; reverse it first so the
            // urgent rows stay on top.
            if (a != b)
                return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    bool m_attentionFirst = true;
};

} // namespace

CaseloadPage::CaseloadPage(UserSession& session, QWidget* parent)
    : RecordListPage(session,
          { tr("Find by name, prison number or mentor (Ctrl+F)"), tr("Filter the caseload"),
              QStringLiteral("caseloadFilter") },
          parent)
    , m_model(new CaseloadModel(session, this))
    , m_attentionFirst(new QCheckBox(tr("Concerns and overdue reviews fir&st"), this))
{
    setObjectName(QStringLiteral("caseloadPage"));
    countLabel()->setObjectName(QStringLiteral("caseloadCount"));
    auto* filter = new CaseloadFilter(this);
    showTable({ m_model, filter, CaseloadModel::EpisodeIdRole, CaseloadModel::SortRole, CaseloadModel::Name,
        Qt::AscendingOrder, tr("Caseload"), QStringLiteral("caseloadView") });

    m_attentionFirst->setObjectName(QStringLiteral("attentionFirst"));
    m_attentionFirst->setChecked(true);
    m_attentionFirst->setToolTip(tr("Keep mentees with a concern to review or an overdue review at the top, "
                                    "whichever column is sorted."));
    addAfterFilter(m_attentionFirst);
    addRefreshButton(tr("Read the caseload again (F5)"), QStringLiteral("refreshButton"));
    addOpenButton(tr("&Open record"), QStringLiteral("openButton"), tr("Open this mentee's record (double-click)"));
    // Only a nurse reviews concerns: the others are not offered it at all.
    m_reviewButton = addButton(tr("&Review…"), QStringLiteral("reviewButton"),
        tr("Record the mental health review of this mentee's concern (Enter)"),
        session.can(Operation::ReviewConcerns));

    connect(m_attentionFirst, &QCheckBox::toggled, this, [filter](bool on) { filter->setAttentionFirst(on); });
    connect(m_reviewButton, &QPushButton::clicked, this, &CaseloadPage::reviewCurrent);
}

Status CaseloadPage::readRecords()
{
    return m_model->refresh();
}

void CaseloadPage::clearRecords()
{
    m_model->clear();
}

int CaseloadPage::currentSourceRow() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? tableProxy()->mapToSource(index).row() : -1;
}

bool CaseloadPage::canReview(int sourceRow) const
{
    if (sourceRow < 0 || !session().can(Operation::ReviewConcerns))
        return false;
    const CaseloadQuery::Row& row = m_model->record(sourceRow);
    return row.openConcerns > 0 || row.reviewOverdue;
}

void CaseloadPage::updateRowActions()
{
    if (m_reviewButton)
        m_reviewButton->setEnabled(canReview(currentSourceRow()));
}

QString CaseloadPage::countText() const
{
    const QSortFilterProxyModel* proxy = tableProxy();
    int attention = 0;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(CaseloadModel::AttentionRole).toInt() != int(CaseloadModel::Attention::None))
            ++attention;
    }
    const QString shown = proxy->rowCount() == m_model->rowCount()
        ? tr("%n mentee(s)", nullptr, m_model->rowCount())
        : tr("%1 of %n mentee(s)", nullptr, m_model->rowCount()).arg(proxy->rowCount());
    return attention > 0 ? tr("%1 — %n need(s) review", nullptr, attention).arg(shown) : shown;
}

void CaseloadPage::reviewCurrent()
{
    const int sourceRow = currentSourceRow();
    if (!canReview(sourceRow))
        return;
    const CaseloadQuery::Row& row = m_model->record(sourceRow);
    auto* dialog = new ReviewDialog(session(), row.episodeId, row.prisonerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 episodeId = row.episodeId;
    connect(dialog, &ReviewDialog::reviewed, this, [this, episodeId](qint64 reviewId) {
        refresh();
        Q_EMIT reviewed(episodeId, reviewId);
    });
    dialog->open();
}

void CaseloadPage::open(const QModelIndex& index)
{
    Q_EMIT menteeRequested(index.data(CaseloadModel::EpisodeIdRole).toLongLong());
}

void CaseloadPage::activate(const QModelIndex& index)
{
    const int sourceRow = tableProxy()->mapToSource(index).row();
    if (canReview(sourceRow) && m_model->record(sourceRow).openConcerns > 0) {
        reviewCurrent();
        return;
    }
    open(index);
}

} // namespace wingmate::ui
