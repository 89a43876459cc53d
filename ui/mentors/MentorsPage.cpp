#include "MentorsPage.h"

#include "MentorApplicationDialog.h"
#include "MentorListModel.h"
#include "MentorRecordDialog.h"
#include "services/UserSession.h"
#include "widgets/RecordTables.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace wingmate::ui {

MentorsPage::MentorsPage(UserSession& session, QWidget* parent)
    : RecordListPage(session,
          { tr("Find by name or prison number (Ctrl+F)"), tr("Filter the mentors"),
              QStringLiteral("mentorFilter") },
          parent)
    , m_model(new MentorListModel(session, this))
    , m_proxy(new WordFilterProxy(MentorListModel::SearchRole, this))
    , m_showLeft(new QCheckBox(tr("Show those who have &left"), this))
{
    setObjectName(QStringLiteral("mentorsPage"));
    countLabel()->setObjectName(QStringLiteral("mentorCount"));
    m_showLeft->setObjectName(QStringLiteral("showLeft"));
    setMaxColumnWidth(280);
    showTable({ m_model, m_proxy, MentorListModel::MentorIdRole, MentorListModel::SortRole, MentorListModel::Name,
        Qt::AscendingOrder, tr("Mentors"), QStringLiteral("mentorsView") });

    addAfterFilter(m_showLeft);
    addRefreshButton(tr("Read the list again (F5)"), QStringLiteral("refreshMentorsButton"));
    QPushButton* apply = addButton(tr("&New application…"), QStringLiteral("newApplicationButton"),
        tr("Record a prisoner's application to become a mentor"), session.can(Operation::ManageMentors));
    addOpenButton(tr("&Open record"), QStringLiteral("openMentorButton"),
        tr("Open this mentor's record (Enter or double-click)"));

    connect(m_showLeft, &QCheckBox::toggled, this, &MentorsPage::refresh);
    connect(apply, &QPushButton::clicked, this, &MentorsPage::newApplication);
}

Status MentorsPage::readRecords()
{
    return m_model->refresh(m_showLeft->isChecked());
}

void MentorsPage::clearRecords()
{
    m_model->clear();
}

QString MentorsPage::countText() const
{
    const int all = m_model->rowCount();
    return m_proxy->rowCount() == all ? tr("%n mentor(s)", nullptr, all)
                                      : tr("%1 of %n mentor(s)", nullptr, all).arg(m_proxy->rowCount());
}

void MentorsPage::open(const QModelIndex& index)
{
    openMentor(index.data(MentorListModel::MentorIdRole).toLongLong());
}

MentorRecordDialog* MentorsPage::openCurrent()
{
    const qint64 id = currentMentorId();
    return id ? openMentor(id) : nullptr;
}

MentorRecordDialog* MentorsPage::openMentor(qint64 mentorId)
{
    auto* dialog = new MentorRecordDialog(session(), mentorId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MentorRecordDialog::changed, this, [this, mentorId] {
        refresh();
        Q_EMIT mentorChanged(mentorId);
    });
    dialog->open();
    return dialog;
}

void MentorsPage::newApplication()
{
    if (!session().can(Operation::ManageMentors))
        return;
    auto* dialog = new MentorApplicationDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MentorApplicationDialog::applied, this, [this](qint64 mentorId) {
        refresh();
        select(mentorId);
        Q_EMIT mentorChanged(mentorId);
    });
    dialog->open();
}

} // namespace wingmate::ui
