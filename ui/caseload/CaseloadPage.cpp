#include "CaseloadPage.h"

#include "CaseloadModel.h"
#include "concerns/ReviewDialog.h"
#include "domain/Validation.h"
#include "services/UserSession.h"
#include "shell/RefreshWhenShown.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

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
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseloadModel(session, this))
    , m_proxy(new CaseloadFilter(this))
    , m_filter(new QLineEdit(this))
    , m_attentionFirst(new QCheckBox(tr("Concerns and overdue reviews fir&st"), this))
    , m_view(new QTableView(this))
    , m_reviewButton(new QPushButton(tr("&Review…"), this))
    , m_openButton(new QPushButton(tr("&Open record"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_count(new QLabel(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("caseloadPage"));
    m_filter->setObjectName(QStringLiteral("caseloadFilter"));
    m_attentionFirst->setObjectName(QStringLiteral("attentionFirst"));
    m_view->setObjectName(QStringLiteral("caseloadView"));
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_count->setObjectName(QStringLiteral("caseloadCount"));

    RecordTables::configureFilter(
        m_filter, tr("Find by name, prison number or mentor (Ctrl+F)"), tr("Filter the caseload"), this);
    // Shown, the page gives the keyboard to its filter.
    setFocusProxy(m_filter);
    m_attentionFirst->setChecked(true);
    m_attentionFirst->setToolTip(tr("Keep mentees with a concern to review or an overdue review at the top, "
                                    "whichever column is sorted."));

    RecordTables::showThrough(m_view, m_proxy, m_model, CaseloadModel::SortRole, tr("Caseload"));
    m_view->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    m_view->installEventFilter(this);

    m_reviewButton->setToolTip(tr("Record the mental health review of this mentee's concern (Enter)"));
    m_openButton->setToolTip(tr("Open this mentee's record (double-click)"));
    m_refreshButton->setToolTip(tr("Read the caseload again (F5)"));
    // Only a nurse reviews concerns: the others are not offered it at all.
    m_reviewButton->setVisible(m_session.can(Operation::ReviewConcerns));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_attentionFirst);
    top->addWidget(m_refreshButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_openButton);
    bottom->addWidget(m_reviewButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    RecordTables::addShortcuts(this, m_filter, [this] { refresh(); });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        static_cast<CaseloadFilter*>(m_proxy)->setText(text);
        updateCount();
        updateActions();
    });
    connect(m_attentionFirst, &QCheckBox::toggled, this,
        [this](bool on) { static_cast<CaseloadFilter*>(m_proxy)->setAttentionFirst(on); });
    connect(m_refreshButton, &QPushButton::clicked, this, &CaseloadPage::refresh);
    connect(m_reviewButton, &QPushButton::clicked, this, &CaseloadPage::reviewCurrent);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentEpisodeId())
            Q_EMIT menteeRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT menteeRequested(index.data(CaseloadModel::EpisodeIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CaseloadPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaseloadPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaseloadPage::updateActions);

    RefreshWhenShown::install(this, [this] { refresh(); });
}

void CaseloadPage::refresh()
{
    const qint64 current = currentEpisodeId();
    if (const Status status = m_model->refresh(); !status) {
        m_error->showStatus(status);
    } else {
        m_error->clear();
    }
    RecordTables::fitColumns(m_view);
    // Stay on the mentee the user was looking at.
    const int sourceRow = m_model->rowOf(current);
    if (sourceRow >= 0) {
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(sourceRow, CaseloadModel::Name)));
    } else if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, CaseloadModel::Name));
    }
    updateCount();
    updateActions();
}

void CaseloadPage::clear()
{
    m_model->clear();
    m_filter->clear();
    updateCount();
    updateActions();
}

qint64 CaseloadPage::currentEpisodeId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(CaseloadModel::EpisodeIdRole).toLongLong() : 0;
}

bool CaseloadPage::canReview(int sourceRow) const
{
    if (sourceRow < 0 || !m_session.can(Operation::ReviewConcerns))
        return false;
    const CaseloadQuery::Row& row = m_model->record(sourceRow);
    return row.openConcerns > 0 || row.reviewOverdue;
}

void CaseloadPage::updateActions()
{
    const QModelIndex index = m_view->currentIndex();
    const int sourceRow = index.isValid() ? m_proxy->mapToSource(index).row() : -1;
    m_reviewButton->setEnabled(canReview(sourceRow));
    m_openButton->setEnabled(sourceRow >= 0);
}

void CaseloadPage::updateCount()
{
    int attention = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(CaseloadModel::AttentionRole).toInt()
            != int(CaseloadModel::Attention::None))
            ++attention;
    }
    const QString shown = m_proxy->rowCount() == m_model->rowCount()
        ? tr("%n mentee(s)", nullptr, m_model->rowCount())
        : tr("%1 of %n mentee(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    m_count->setText(attention > 0 ? tr("%1 — %n need(s) review", nullptr, attention).arg(shown) : shown);
}

void CaseloadPage::reviewCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    const int sourceRow = index.isValid() ? m_proxy->mapToSource(index).row() : -1;
    if (!canReview(sourceRow))
        return;
    const CaseloadQuery::Row& row = m_model->record(sourceRow);
    auto* dialog = new ReviewDialog(m_session, row.episodeId, row.prisonerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 episodeId = row.episodeId;
    connect(dialog, &ReviewDialog::reviewed, this, [this, episodeId](qint64 reviewId) {
        refresh();
        Q_EMIT reviewed(episodeId, reviewId);
    });
    dialog->open();
}

void CaseloadPage::activate(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int sourceRow = m_proxy->mapToSource(proxyIndex).row();
    if (canReview(sourceRow) && m_model->record(sourceRow).openConcerns > 0) {
        reviewCurrent();
        return;
    }
    Q_EMIT menteeRequested(proxyIndex.data(CaseloadModel::EpisodeIdRole).toLongLong());
}

bool CaseloadPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_view && RecordTables::isPlainEnter(key)) {
            activate(m_view->currentIndex());
            return true;
        }
        // From the filter, Down or Enter moves into the table.
        if (watched == m_filter && RecordTables::moveIntoTable(key, m_view))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wingmate::ui
