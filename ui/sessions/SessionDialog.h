#pragma once

#include "domain/MenteeSession.h"
#include "widgets/EntryDialog.h"

#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QWidget;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Fast entry of a mentee session, made for the keyboard: the date and time
// default to now, the type to the last one used on this PC, and focus
// starts on the mentor. A 1:1 picks one mentee (the mentor's own mentees
// first); a group has a register with Attended and Concern ticks. Enter
// saves from anywhere (Ctrl+Enter in the notes). A refusal is shown in plain
// words and the dialog stays open with everything typed.
class SessionDialog : public EntryDialog {
    Q_OBJECT
public:
    explicit SessionDialog(UserSession& session, QWidget* parent = nullptr);

    // Preselects (e.g. when opened from a mentee's or a mentor's record).
    void setMentor(qint64 mentorId);
    void setMentee(qint64 episodeId);

    // The session as the form stands.
    MenteeSession menteeSession() const;
    qint64 sessionId() const { return m_sessionId; }
    bool isGroup() const;

    // The QSettings key of the last session type used (a per-PC preference).
    static QString lastTypeKey();

    void accept() override;

Q_SIGNALS:
    void recorded(qint64 sessionId);

private:
    struct Mentee {
        qint64 episodeId = 0;
        QString label;
    };

    void loadChoices();
    // The chosen mentor's current mentees (episode ids), read once each.
    QList<qint64> ownMentees(qint64 mentorId);
    void fillMenteeCombo(QComboBox* combo, const QList<qint64>& first, qint64 keep);
    void mentorChanged();
    void typeChanged();
    void matchTypeToGroup();
    void groupChanged();
    void addToRegister(qint64 episodeId, bool attended = true);
    void addChosenToRegister();
    QString menteeLabel(qint64 episodeId) const;
    void updateConcern();

    UserSession& m_session;
    qint64 m_sessionId = 0;
    QList<Mentee> m_mentees; // open episodes, by name
    QHash<qint64, QList<qint64>> m_ownMentees;
    bool m_registerEdited = false;

    QComboBox* m_type;
    QCheckBox* m_group;
    QDateTimeEdit* m_heldAt;
    QSpinBox* m_duration;
    QLineEdit* m_location;
    QComboBox* m_mentor;
    QComboBox* m_secondMentor;
    QLabel* m_menteeLabel;
    QComboBox* m_mentee;
    QWidget* m_registerBox;
    QTableWidget* m_register;
    QComboBox* m_addMentee;
    QPushButton* m_addButton;
    QPlainTextEdit* m_notes;
    QLineEdit* m_followUp;
    QDateEdit* m_followUpDue;
    QCheckBox* m_concern;
    QLineEdit* m_concernText;
    ErrorPanel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace wingmate::ui
