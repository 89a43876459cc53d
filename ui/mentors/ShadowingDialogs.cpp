#include "ShadowingDialogs.h"

#include "services/MentorRecordQuery.h"
#include "services/MentorService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

QDateEdit* dateEdit(QWidget* parent, const char* name, const QDate& today)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setMaximumDate(today);
    edit->setDate(today);
    return edit;
}

QDialogButtonBox* okCancel(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

AddShadowingDialog::AddShadowingDialog(UserSession& session, qint64 mentorId, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_mentorId(mentorId)
    , m_startedOn(dateEdit(this, "shadowingStartedOn", session.clock().now().toLocalTime().date()))
    , m_experienced(new QComboBox(this))
    , m_observed(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("addShadowingDialog"));
    m_experienced->setObjectName(QStringLiteral("shadowingExperienced"));
    m_observed->setObjectName(QStringLiteral("shadowingObserved"));
    m_notes->setObjectName(QStringLiteral("shadowingNotes"));
    setWindowTitle(tr("Start shadowing"));

    // Only an active mentor can be shadowed.
    m_experienced->addItem(tr("Not recorded"), qint64(0));
    if (const Result<QList<MentorRecordQuery::ListEntry>> mentors = MentorRecordQuery(session).list()) {
        for (const MentorRecordQuery::ListEntry& entry : *mentors) {
            if (entry.status == MentorStatus::Active && entry.mentorId != mentorId)
                m_experienced->addItem(tr("%1 (%2)").arg(entry.fullName, entry.prisonNumber), entry.mentorId);
        }
    }
    m_experienced->setAccessibleName(tr("Experienced mentor shadowed"));
    m_observed->setRange(0, 10000);
    m_observed->setAccessibleName(tr("Sessions observed"));
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Started on:"), m_startedOn);
    form->addRow(tr("&Shadowing:"), m_experienced);
    form->addRow(tr("Sessions &observed:"), m_observed);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Start")));
}

void AddShadowingDialog::accept()
{
    ShadowingPeriod period;
    period.mentorId = m_mentorId;
    period.startedOn = m_startedOn->date();
    period.experiencedMentorId = m_experienced->currentData().toLongLong();
    period.sessionsObserved = m_observed->value();
    period.notes = m_notes->toPlainText();
    const Result<ShadowingPeriod> added = MentorService(m_session).addShadowing(period);
    if (!added) {
        m_error->showStatus(added.status());
        return;
    }
    Q_EMIT this->added(added->id);
    QDialog::accept();
}

SignOffShadowingDialog::SignOffShadowingDialog(UserSession& session, qint64 periodId, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_periodId(periodId)
    , m_signedOn(dateEdit(this, "signOffDate", session.clock().now().toLocalTime().date()))
    , m_signedBy(new QLineEdit(session.user().displayName, this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("signOffShadowingDialog"));
    m_signedBy->setObjectName(QStringLiteral("signOffBy"));
    m_signedBy->setAccessibleName(tr("Signed off by"));
    setWindowTitle(tr("Sign off shadowing"));

    auto* form = new QFormLayout;
    form->addRow(tr("Signed off &on:"), m_signedOn);
    form->addRow(tr("Signed off &by:"), m_signedBy);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Sign off")));
}

void SignOffShadowingDialog::accept()
{
    if (const Status status
        = MentorService(m_session).signOffShadowing(m_periodId, m_signedOn->date(), m_signedBy->text());
        !status) {
        m_error->showStatus(status);
        return;
    }
    Q_EMIT signedOff(m_periodId);
    QDialog::accept();
}

} // namespace wingmate::ui
