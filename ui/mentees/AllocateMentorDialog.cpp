#include "AllocateMentorDialog.h"

#include "services/MenteeService.h"
#include "services/MentorRecordQuery.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>

namespace wingmate::ui {

AllocateMentorDialog::AllocateMentorDialog(
    UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_episodeId(episodeId)
    , m_mentors(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_allocatedOn(new QDateEdit(this))
    , m_capacityNote(new QLabel(this))
    , m_reasonLabel(new QLabel(tr("&Reason for going over capacity:"), this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("allocateMentorDialog"));
    setWindowTitle(tr("Allocate a mentor — %1").arg(menteeName));
    m_mentors->setObjectName(QStringLiteral("mentorList"));
    m_empty->setObjectName(QStringLiteral("noMentors"));
    m_allocatedOn->setObjectName(QStringLiteral("allocatedOn"));
    m_capacityNote->setObjectName(QStringLiteral("capacityNote"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));

    const QDate today = m_session.clock().now().toLocalTime().date();
    m_allocatedOn->setCalendarPopup(true);
    m_allocatedOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_allocatedOn->setMaximumDate(today);
    m_allocatedOn->setDate(today);

    m_mentors->setAccessibleName(tr("Active mentors"));
    m_empty->setText(tr("No mentor is active at the moment. A mentor becomes active on the Mentors page once "
                        "cleared, shadowed and trained."));
    m_empty->setWordWrap(true);
    m_capacityNote->setWordWrap(true);
    m_capacityNote->setTextFormat(Qt::PlainText);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("Why this mentor, although their caseload is full"));

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Allocate"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Allocated &on:"), m_allocatedOn);
    form->addRow(m_reasonLabel, m_reason);

    auto* heading
        = new QLabel(tr("Active mentors, with their current mentees against their capacity:"), this);
    heading->setBuddy(m_mentors);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_mentors, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_capacityNote);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_mentors, &QListWidget::currentRowChanged, this, &AllocateMentorDialog::updateReason);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AllocateMentorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AllocateMentorDialog::reject);

    loadMentors();
    if (const Status allowed = m_session.require(Operation::ManageMentees); !allowed) {
        m_error->showStatus(allowed);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    updateReason();
    m_mentors->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(520);
    resize(560, 460);
}

void AllocateMentorDialog::loadMentors()
{
    m_mentors->clear();
    MenteeService mentees(m_session);
    const Result<MenteeEpisode> episode = mentees.get(m_episodeId);
    const Result<QList<MenteeService::Allocation>> current = mentees.allocations(m_episodeId);
    const Result<QList<MentorRecordQuery::ListEntry>> list = MentorRecordQuery(m_session).list();
    for (const Status& s : { episode.status(), current.status(), list.status() }) {
        if (!s.ok()) {
            m_error->showStatus(s);
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            return;
        }
    }
    if (episode->referredOn.isValid())
        m_allocatedOn->setMinimumDate(episode->referredOn);
    QSet<qint64> allocated;
    for (const MenteeService::Allocation& a : *current) {
        if (!a.endedOn.isValid())
            allocated.insert(a.mentorId);
    }
    for (const MentorRecordQuery::ListEntry& m : *list) {
        // Core refuses the others anyway; offering them would only invite it.
        if (m.status != MentorStatus::Active || m.prisonerId == episode->prisonerId
            || allocated.contains(m.mentorId))
            continue;
        const bool full = m.currentMentees >= m.capacity;
        const QString load = tr("%1 of %2 mentees").arg(m.currentMentees).arg(m.capacity);
        auto* item = new QListWidgetItem(full ? tr("%1 · %2 — %3, full").arg(m.fullName, m.prisonNumber, load)
                                              : tr("%1 · %2 — %3").arg(m.fullName, m.prisonNumber, load),
            m_mentors);
        item->setData(MentorIdRole, m.mentorId);
        item->setData(AtCapacityRole, full);
        if (full)
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
    }
    m_empty->setVisible(m_mentors->count() == 0);
    m_mentors->setVisible(m_mentors->count() > 0);
    if (m_mentors->count() > 0)
        m_mentors->setCurrentRow(0);
    else
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
}

qint64 AllocateMentorDialog::mentorId() const
{
    const QListWidgetItem* item = m_mentors->currentItem();
    return item ? item->data(MentorIdRole).toLongLong() : 0;
}

bool AllocateMentorDialog::chooseMentor(qint64 mentorId)
{
    for (int row = 0; row < m_mentors->count(); ++row) {
        if (m_mentors->item(row)->data(MentorIdRole).toLongLong() == mentorId) {
            m_mentors->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

int AllocateMentorDialog::mentorCount() const
{
    return m_mentors->count();
}

bool AllocateMentorDialog::reasonOffered() const
{
    return !m_reason->isHidden();
}

QString AllocateMentorDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->message();
}

void AllocateMentorDialog::updateReason()
{
    const QListWidgetItem* item = m_mentors->currentItem();
    const bool full = item && item->data(AtCapacityRole).toBool();
    const bool mayOverride = m_session.can(Operation::OverrideCapacity);
    m_reasonLabel->setVisible(full && mayOverride);
    m_reason->setVisible(full && mayOverride);
    m_capacityNote->setVisible(full);
    if (full) {
        m_capacityNote->setText(mayOverride
                ? tr("This mentor's caseload is full. Allocating them anyway needs a reason, which is kept "
                     "and audited.")
                : tr("This mentor's caseload is full. Only a nurse or an administrator may allocate beyond "
                     "capacity; choose another mentor or ask them."));
    }
}

void AllocateMentorDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    const qint64 mentor = mentorId();
    if (mentor == 0) {
        m_error->showMessage(tr("Choose a mentor."));
        return;
    }
    const QString reason = reasonOffered() ? m_reason->text().trimmed() : QString();
    const Result<qint64> saved
        = MenteeService(m_session).allocate(m_episodeId, mentor, m_allocatedOn->date(), reason);
    if (!saved) {
        m_error->showStatus(saved.status());
        if (reasonOffered() && reason.isEmpty())
            m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_error->clear();
    m_allocationId = *saved;
    Q_EMIT allocated(m_allocationId);
    QDialog::accept();
}

} // namespace wingmate::ui
