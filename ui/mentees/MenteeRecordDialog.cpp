#include "MenteeRecordDialog.h"

#include "AllocateMentorDialog.h"
#include "CloseEpisodeDialog.h"
#include "StartSupportDialog.h"
#include "WellbeingChart.h"
#include "services/CheckInService.h"
#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "services/TimelineQuery.h"
#include "services/UserSession.h"
#include "sessions/CheckInDialog.h"
#include "sessions/SessionDialog.h"
#include "shell/Appearance.h"
#include "transfer/TransferOutDialog.h"
#include "widgets/PrintRecordButton.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

MenteeRecordDialog::MenteeRecordDialog(UserSession& session, qint64 episodeId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_episodeId(episodeId)
    , m_header(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_error(new QLabel(this))
    , m_mentors(new QLabel(this))
    , m_chart(new WellbeingChart(this))
    , m_timeline(new QListWidget(this))
    , m_sessionButton(new QPushButton(tr("Log a &session…"), this))
    , m_checkInButton(new QPushButton(tr("Record a &check-in…"), this))
    , m_allocateButton(new QPushButton(tr("&Allocate a mentor…"), this))
    , m_closeEpisodeButton(new QPushButton(tr("Close the &episode…"), this))
    , m_startButton(new QPushButton(tr("Start s&upport…"), this))
    , m_printButton(new PrintRecordButton(session, PrintRecordButton::Kind::MenteeSummary, this))
    , m_transferButton(new QPushButton(tr("&Transfer out…"), this))
{
    setObjectName(QStringLiteral("menteeRecordDialog"));
    m_header->setObjectName(QStringLiteral("recordHeader"));
    m_banner->setObjectName(QStringLiteral("acctBanner"));
    m_timeline->setObjectName(QStringLiteral("timelineList"));
    m_sessionButton->setObjectName(QStringLiteral("logSessionButton"));
    m_checkInButton->setObjectName(QStringLiteral("recordCheckInButton"));
    m_allocateButton->setObjectName(QStringLiteral("allocateMentorButton"));
    m_closeEpisodeButton->setObjectName(QStringLiteral("closeEpisodeButton"));
    m_startButton->setObjectName(QStringLiteral("startSupportButton"));
    m_startButton->setToolTip(tr("Record the mentee's consent and the day support started"));
    m_transferButton->setObjectName(QStringLiteral("transferOutButton"));
    m_transferButton->setToolTip(tr("Send this person's records to the establishment they are moving to"));
    m_mentors->setObjectName(QStringLiteral("mentorsLabel"));
    m_mentors->setTextFormat(Qt::PlainText);
    m_mentors->setWordWrap(true);

    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { border: 3px solid #b00020; background: #fdecee; color: #7a0014; "
                       "font-weight: bold; padding: 6px; }"));
    m_error->setWordWrap(true);
    Appearance::setTextColour(m_error, Appearance::warningText(palette()));
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setAccessibleName(tr("Timeline"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_sessionButton);
    actions->addWidget(m_checkInButton);
    actions->addWidget(m_allocateButton);
    actions->addWidget(m_startButton);
    actions->addWidget(m_closeEpisodeButton);
    actions->addWidget(m_printButton);
    actions->addWidget(m_transferButton);
    actions->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    actions->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(m_mentors);
    layout->addWidget(new QLabel(tr("Wellbeing over time:"), this));
    layout->addWidget(m_chart);
    layout->addWidget(new QLabel(tr("Timeline, oldest first:"), this));
    layout->addWidget(m_timeline, 1);
    layout->addLayout(actions);

    m_sessionButton->setVisible(session.can(Operation::RecordSessions));
    m_checkInButton->setVisible(session.can(Operation::RecordCheckIns));
    connect(m_sessionButton, &QPushButton::clicked, this, &MenteeRecordDialog::logSession);
    connect(m_checkInButton, &QPushButton::clicked, this, &MenteeRecordDialog::recordCheckIn);
    // Only what the role may do is offered; core checks again.
    m_allocateButton->setVisible(session.can(Operation::ManageMentees));
    m_closeEpisodeButton->setVisible(session.can(Operation::ManageMentees));
    connect(m_allocateButton, &QPushButton::clicked, this, &MenteeRecordDialog::allocateMentor);
    connect(m_closeEpisodeButton, &QPushButton::clicked, this, &MenteeRecordDialog::closeEpisode);
    connect(m_startButton, &QPushButton::clicked, this, &MenteeRecordDialog::startSupport);
    connect(m_transferButton, &QPushButton::clicked, this, &MenteeRecordDialog::transferOut);
    m_transferButton->setVisible(session.can(Operation::TransferRecords));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(760, 680);
    reload();
}

void MenteeRecordDialog::reload()
{
    m_error->clear();
    m_error->hide();
    const Result<MenteeEpisode> episode = MenteeService(m_session).get(m_episodeId);
    const Result<Prisoner> prisoner
        = episode ? PrisonerService(m_session).get(episode->prisonerId) : Result<Prisoner>(episode.status());
    if (!prisoner) {
        m_error->setText(prisoner.status().message());
        m_error->show();
        m_sessionButton->setEnabled(false);
        m_checkInButton->setEnabled(false);
        m_allocateButton->setEnabled(false);
        m_closeEpisodeButton->setEnabled(false);
        m_startButton->hide();
        m_transferButton->setEnabled(false);
        m_mentors->clear();
        m_chart->clear();
        return;
    }
    m_name = prisoner->fullName;
    m_printButton->setPrisoner(*prisoner);
    // A package only for a prisoner recorded as transferred or released:
    // otherwise the button says why it is off (the core refuses it too).
    const Status transfer
        = PrisonerService(m_session).requireDisclosure(Operation::TransferRecords, *prisoner);
    m_transferButton->setEnabled(transfer.ok());
    m_transferButton->setToolTip(transfer
            ? tr("Send this person's records to the establishment they are moving to")
            : transfer.message());
    m_prisonNumber = prisoner->prisonNumber;
    setWindowTitle(tr("%1 — mentee record").arg(m_name));
    const QLocale locale;
    QString header
        = tr("%1 · %2 · %3")
              .arg(prisoner->fullName, prisoner->prisonNumber, MenteeEpisode::statusLabel(episode->status));
    if (episode->riskLevel)
        header += tr(" · risk %1").arg(MenteeEpisode::riskLabel(*episode->riskLevel).toLower());
    if (episode->nextReviewOn.isValid())
        header += tr(" · next review %1").arg(locale.toString(episode->nextReviewOn, QLocale::ShortFormat));
    m_header->setText(header);
    m_banner->setVisible(episode->acctOpen);
    if (episode->acctOpen) {
        m_banner->setText(
            tr("ACCT open%1. Follow the prison's ACCT plan; Wingmate does not replace it.")
                .arg(episode->acctReference.isEmpty() ? QString()
                                                      : QStringLiteral(" (%1)").arg(episode->acctReference)));
    }
    const bool open = episode->isOpen();
    m_sessionButton->setEnabled(open);
    m_checkInButton->setEnabled(open);
    m_allocateButton->setEnabled(open);
    m_closeEpisodeButton->setEnabled(open);
    // Only a referral waits to start, and only those who manage mentees start it.
    m_startButton->setVisible(
        episode->status == MenteeEpisode::Stage::Referred && m_session.can(Operation::ManageMentees));

    QStringList mentors;
    if (const Result<QList<MenteeService::Allocation>> allocations
        = MenteeService(m_session).allocations(m_episodeId);
        allocations) {
        for (const MenteeService::Allocation& a : *allocations) {
            if (!a.endedOn.isValid())
                mentors << a.mentorName;
        }
    }
    m_mentors->setText(mentors.isEmpty()
            ? tr("Mentor: none allocated")
            : tr("Mentor(s): %1", nullptr, int(mentors.size())).arg(mentors.join(QStringLiteral(", "))));
    if (const Result<QList<CheckIn>> checkIns = CheckInService(m_session).checkIns(m_episodeId); checkIns) {
        m_chart->setCheckIns(*checkIns);
    } else {
        m_chart->clear();
        m_error->setText(checkIns.status().message());
        m_error->show();
    }

    m_timeline->clear();
    // Core writes the audit event for viewing this record before answering.
    const Result<QList<TimelineQuery::Entry>> timeline = TimelineQuery(m_session).forEpisode(m_episodeId);
    if (!timeline) {
        m_error->setText(timeline.status().message());
        m_error->show();
        return;
    }
    for (const TimelineQuery::Entry& e : *timeline) {
        const QString when = e.time.isValid() ? tr("%1 %2").arg(locale.toString(e.date, QLocale::ShortFormat),
                                 e.time.toString(QStringLiteral("HH:mm")))
                                              : locale.toString(e.date, QLocale::ShortFormat);
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(when, e.summary), m_timeline);
        // Colour only for what still needs someone to act.
        if (e.needsAction)
            item->setForeground(Appearance::warningText(m_timeline->palette()));
    }
    m_timeline->scrollToBottom();
}

QString MenteeRecordDialog::headerText() const
{
    return m_header->text();
}

int MenteeRecordDialog::timelineCount() const
{
    return m_timeline->count();
}

QString MenteeRecordDialog::mentorsText() const
{
    return m_mentors->text();
}

void MenteeRecordDialog::allocateMentor()
{
    auto* dialog = new AllocateMentorDialog(m_session, m_episodeId, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AllocateMentorDialog::allocated, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void MenteeRecordDialog::startSupport()
{
    auto* dialog = new StartSupportDialog(m_session, m_episodeId, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StartSupportDialog::started, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void MenteeRecordDialog::closeEpisode()
{
    auto* dialog = new CloseEpisodeDialog(m_session, m_episodeId, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloseEpisodeDialog::closed, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void MenteeRecordDialog::transferOut()
{
    auto* dialog = new TransferOutDialog(m_session, m_prisonNumber, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MenteeRecordDialog::logSession()
{
    auto* dialog = new SessionDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMentee(m_episodeId);
    // The mentee's own mentor usually delivers the session: start with them.
    if (const Result<QList<MenteeService::Allocation>> allocations
        = MenteeService(m_session).allocations(m_episodeId);
        allocations) {
        QList<qint64> current;
        for (const MenteeService::Allocation& a : *allocations) {
            if (!a.endedOn.isValid())
                current << a.mentorId;
        }
        if (current.size() == 1)
            dialog->setMentor(current.first());
    }
    connect(dialog, &SessionDialog::recorded, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void MenteeRecordDialog::recordCheckIn()
{
    auto* dialog = new CheckInDialog(m_session, m_episodeId, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckInDialog::recorded, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

} // namespace wingmate::ui
