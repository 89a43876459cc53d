#include "MenteesPage.h"

#include "MenteeListModel.h"
#include "ReferralDialog.h"
#include "services/UserSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace wingmate::ui {

MenteesPage::MenteesPage(UserSession& session, QWidget* parent)
    : RecordListPage(session,
          { tr("Find by name or prison number (Ctrl+F)"), tr("Find mentees"), QStringLiteral("menteeSearch") },
          parent)
    , m_model(new MenteeListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("menteesPage"));
    countLabel()->setObjectName(QStringLiteral("menteesCount"));
    // Core answers newest referral first; keep that until a header is clicked.
    showTable({ m_model, m_proxy, MenteeListModel::EpisodeIdRole, MenteeListModel::SortRole,
        MenteeListModel::Referred, Qt::DescendingOrder, tr("Mentees"), QStringLiteral("menteesView") });

    // One search per pause in typing, not one per key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &MenteesPage::refresh);

    auto* refer = new QPushButton(tr("&New referral…"), this);
    refer->setObjectName(QStringLiteral("newReferralButton"));
    refer->setToolTip(tr("Record a referral for an existing or a new prisoner"));
    refer->setVisible(session.can(Operation::ManageMentees));
    addAfterFilter(refer);
    connect(refer, &QPushButton::clicked, this, &MenteesPage::newReferral);
    addOpenButton(tr("&Open record"), QStringLiteral("openMenteeButton"),
        tr("Open this mentee's record (Enter or double-click)"));
}

Status MenteesPage::readRecords()
{
    m_searchDelay->stop();
    return m_model->search(filterField()->text());
}

void MenteesPage::clearRecords()
{
    m_searchDelay->stop();
    m_model->clear();
}

void MenteesPage::filterChanged(const QString&)
{
    m_searchDelay->start();
}

void MenteesPage::applyFilterNow()
{
    // Enter searches at once instead of waiting for the pause.
    if (m_searchDelay->isActive())
        refresh();
}

QString MenteesPage::countText() const
{
    const int rows = m_model->rowCount();
    if (rows > 0)
        return tr("%n episode(s)", nullptr, rows);
    const QString text = filterField()->text().trimmed();
    return text.isEmpty() ? tr("No mentees recorded yet") : tr("No mentee matches “%1”").arg(text);
}

void MenteesPage::open(const QModelIndex& index)
{
    Q_EMIT menteeRequested(index.data(MenteeListModel::EpisodeIdRole).toLongLong());
}

void MenteesPage::newReferral()
{
    if (!session().can(Operation::ManageMentees))
        return;
    auto* dialog = new ReferralDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralDialog::referred, this, [this](qint64 episodeId) {
        refresh();
        select(episodeId);
        Q_EMIT referred(episodeId);
    });
    dialog->open();
}

} // namespace wingmate::ui
