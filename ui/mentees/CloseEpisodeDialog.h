#pragma once

#include "services/MenteeService.h"
#include "widgets/EntryDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Closes a mentee's episode: the date, the reason and the outcomes the
// scheme reports (education or work, became a mentor, notes). Core refuses,
// for example, while a concern waits for a nurse's review; its message is
// shown and the input stays. Enter saves; Esc cancels.
class CloseEpisodeDialog : public EntryDialog {
    Q_OBJECT
public:
    CloseEpisodeDialog(
        UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent = nullptr);

    MenteeService::Closure closure() const;
    QString errorMessage() const;

    void accept() override;

Q_SIGNALS:
    void closed();

private:
    UserSession& m_session;
    qint64 m_episodeId;
    QDateEdit* m_closedOn;
    QComboBox* m_reason;
    QCheckBox* m_educationWork;
    QCheckBox* m_becameMentor;
    QLineEdit* m_notes;
    ErrorPanel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace wingmate::ui
