#pragma once

#include "widgets/EntryDialog.h"

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Allocates a mentor to a mentee's episode. Only active mentors are listed,
// each with their current load against their capacity. Choosing one at
// capacity asks for a reason, and only of roles that may override capacity;
// core refuses anyone else, and its message is shown. Enter saves; Esc
// cancels.
class AllocateMentorDialog : public EntryDialog {
    Q_OBJECT
public:
    enum Role {
        MentorIdRole = Qt::UserRole, // qint64
        AtCapacityRole, // bool
    };

    AllocateMentorDialog(
        UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent = nullptr);

    // The mentor chosen, or 0.
    qint64 mentorId() const;
    // Chooses a listed mentor; false if they are not listed.
    bool chooseMentor(qint64 mentorId);
    int mentorCount() const;
    bool reasonOffered() const;
    QString errorMessage() const;
    qint64 allocationId() const { return m_allocationId; }

    void accept() override;

Q_SIGNALS:
    void allocated(qint64 allocationId);

private:
    void loadMentors();
    void updateReason();

    UserSession& m_session;
    qint64 m_episodeId;
    qint64 m_allocationId = 0;
    QListWidget* m_mentors;
    QLabel* m_empty;
    QDateEdit* m_allocatedOn;
    QLabel* m_capacityNote;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    ErrorPanel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace wingmate::ui
