#pragma once

#include "widgets/EntryDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Starts a period of shadowing for a trainee mentor: from when, alongside
// which active mentor (optional), sessions observed so far and notes. Core
// checks the dates and the mentor.
class AddShadowingDialog : public EntryDialog {
    Q_OBJECT
public:
    AddShadowingDialog(UserSession& session, qint64 mentorId, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void added(qint64 periodId);

private:
    UserSession& m_session;
    qint64 m_mentorId;
    QDateEdit* m_startedOn;
    QComboBox* m_experienced;
    QSpinBox* m_observed;
    QPlainTextEdit* m_notes;
    ErrorPanel* m_error;
};

// Signs a shadowing period off: on which day and by whom (the signed-in
// member of staff unless changed). Core refuses a period shorter than the
// wing's minimum and says until when it must run.
class SignOffShadowingDialog : public EntryDialog {
    Q_OBJECT
public:
    SignOffShadowingDialog(UserSession& session, qint64 periodId, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void signedOff(qint64 periodId);

private:
    UserSession& m_session;
    qint64 m_periodId;
    QDateEdit* m_signedOn;
    QLineEdit* m_signedBy;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
