#pragma once

#include "domain/Concern.h"
#include "widgets/EntryDialog.h"

#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// The mental health nurse's review of a mentee: of a concern waiting for
// review (the oldest is chosen; others can be picked), or a scheduled review
// when none is open. Saves through ConcernService::review; a refusal is
// shown in plain words and the input stays. Needs ReviewConcerns.
class ReviewDialog : public EntryDialog {
    Q_OBJECT
public:
    ReviewDialog(
        UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent = nullptr);

    qint64 episodeId() const { return m_episodeId; }
    // The concern being reviewed; 0 for a scheduled review.
    qint64 concernId() const;
    // Chooses which waiting concern is reviewed; ignored if it is not waiting.
    void setConcern(qint64 concernId);
    qint64 reviewId() const { return m_reviewId; }

    void accept() override;

Q_SIGNALS:
    void reviewed(qint64 reviewId);

private:
    void updateFields();
    void showConcern();

    UserSession& m_session;
    qint64 m_episodeId;
    qint64 m_reviewId = 0;
    QList<Concern> m_openConcerns;
    QComboBox* m_concern;
    QLabel* m_concernText;
    QDateEdit* m_reviewedOn;
    QComboBox* m_outcome;
    QComboBox* m_risk;
    QDateEdit* m_nextReview;
    QLabel* m_acctLabel;
    QLineEdit* m_acctReference;
    QPlainTextEdit* m_notes;
    ErrorPanel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace wingmate::ui
