#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class PrintRecordButton;

class WellbeingChart;

// One mentee's record: who they are, their episode's status, an ACCT banner
// when one is open, and their timeline (sessions, check-ins, concerns,
// reviews, status changes in date order). Opening it is a view of a mentee
// record and is audited by core. From here a worker logs a session or
// records a check-in for this mentee, allocates a mentor or closes the
// episode; a chart above the timeline shows wellbeing over time.
class MenteeRecordDialog : public QDialog {
    Q_OBJECT
public:
    MenteeRecordDialog(UserSession& session, qint64 episodeId, QWidget* parent = nullptr);

    // Reads the record again (after a session or check-in was recorded).
    void reload();
    QString headerText() const;
    int timelineCount() const;
    WellbeingChart* chart() const { return m_chart; }
    // The mentors allocated now, as the record shows them.
    QString mentorsText() const;

    // Open the allocation and closing dialogs (what the buttons do).
    void allocateMentor();
    void closeEpisode();
    void startSupport();
    // Opens the transfer dialog for this person (TransferOutDialog).
    void transferOut();

Q_SIGNALS:
    // Something was recorded from here; the caseload should refresh.
    void changed();

private:
    void logSession();
    void recordCheckIn();

    UserSession& m_session;
    qint64 m_episodeId;
    QString m_name;
    QLabel* m_header;
    QLabel* m_banner;
    QLabel* m_error;
    QLabel* m_mentors;
    WellbeingChart* m_chart;
    QListWidget* m_timeline;
    QPushButton* m_sessionButton;
    QPushButton* m_checkInButton;
    QPushButton* m_allocateButton;
    QPushButton* m_closeEpisodeButton;
    QPushButton* m_startButton;
    PrintRecordButton* m_printButton;
    QPushButton* m_transferButton;
    QString m_prisonNumber;
};

} // namespace wingmate::ui
