#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Turns a referral into active support: the day the mentee consented (asked
// only when consent is not yet recorded) and the day support started. Core
// checks the dates against the referral; a refusal is shown in its words and
// nothing is kept half-done.
class StartSupportDialog : public QDialog {
    Q_OBJECT
public:
    StartSupportDialog(
        UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void started(qint64 episodeId);

private:
    UserSession& m_session;
    qint64 m_episodeId;
    bool m_needsConsent = true;
    QDateEdit* m_consentOn;
    QDateEdit* m_startedOn;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
