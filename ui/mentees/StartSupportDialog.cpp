#include "StartSupportDialog.h"

#include "services/MenteeService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

StartSupportDialog::StartSupportDialog(
    UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_episodeId(episodeId)
    , m_consentOn(new QDateEdit(this))
    , m_startedOn(new QDateEdit(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("startSupportDialog"));
    m_consentOn->setObjectName(QStringLiteral("consentOn"));
    m_startedOn->setObjectName(QStringLiteral("startedOn"));
    setWindowTitle(tr("Start support — %1").arg(menteeName));

    const QDate today = session.clock().now().toLocalTime().date();
    QString consentText;
    if (const Result<MenteeEpisode> episode = MenteeService(session).get(episodeId)) {
        m_needsConsent = !episode->consentOn.isValid();
        if (!m_needsConsent)
            consentText = QLocale().toString(episode->consentOn, QStringLiteral("d MMM yyyy"));
    }
    for (QDateEdit* edit : { m_consentOn, m_startedOn }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setMaximumDate(today);
        edit->setDate(today);
    }

    auto* intro
        = new QLabel(tr("Support starts once %1 has agreed to it. From then on the episode is active and "
                        "counts in the caseload's and the monthly return's figures.")
                         .arg(menteeName),
            this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    if (m_needsConsent) {
        form->addRow(tr("&Consent given on:"), m_consentOn);
    } else {
        m_consentOn->hide();
        form->addRow(tr("Consent given on:"), new QLabel(consentText, this));
    }
    form->addRow(tr("Support &started on:"), m_startedOn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("startSupportButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start support"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StartSupportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StartSupportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void StartSupportDialog::accept()
{
    MenteeService mentees(m_session);
    // Consent is a fact of its own: kept even if the start is refused, so
    // the worker only corrects the start date.
    if (m_needsConsent) {
        if (const Status status = mentees.recordConsent(m_episodeId, m_consentOn->date()); !status) {
            m_error->showStatus(status);
            return;
        }
        m_needsConsent = false;
        m_consentOn->setEnabled(false);
    }
    if (const Status status = mentees.activate(m_episodeId, m_startedOn->date()); !status) {
        m_error->showStatus(status);
        return;
    }
    Q_EMIT started(m_episodeId);
    QDialog::accept();
}

} // namespace wingmate::ui
