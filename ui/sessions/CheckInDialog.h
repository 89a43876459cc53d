#pragma once

#include "domain/CheckIn.h"
#include "widgets/EntryDialog.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// A wellbeing and self-harm check-in with one mentee. As soon as the answers
// show risk (a self-harm act, or suicidal plans or an attempt) a large
// red-bordered banner tells the worker to follow the prison's emergency and
// ACCT procedures now; after saving such a check-in the dialog stays open to
// confirm that a concern was raised for the mental health team. Enter saves
// (Ctrl+Enter in the notes); Esc cancels. A refusal is shown in plain words
// and the input stays.
class CheckInDialog : public EntryDialog {
    Q_OBJECT
public:
    CheckInDialog(
        UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent = nullptr);

    // The check-in as the form stands.
    CheckIn checkIn() const;
    bool riskShown() const;
    QString bannerText() const;
    bool isSaved() const { return m_checkInId != 0; }
    qint64 checkInId() const { return m_checkInId; }
    // 0 unless saving raised a concern.
    qint64 concernId() const { return m_concernId; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // concernId is 0 when the check-in raised no concern.
    void recorded(qint64 checkInId, qint64 concernId);

private:
    void updateBanner();
    void updateScale();
    void showSaved();
    void growToFit();

    UserSession& m_session;
    qint64 m_episodeId;
    qint64 m_checkInId = 0;
    qint64 m_concernId = 0;
    QLabel* m_heading;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QWidget* m_form;
    QDateEdit* m_checkedOn;
    QSpinBox* m_wellbeing;
    QComboBox* m_selfHarm;
    QComboBox* m_suicidal;
    QLineEdit* m_coping;
    QLineEdit* m_protective;
    QComboBox* m_scale;
    QSpinBox* m_scaleTotal;
    QPlainTextEdit* m_notes;
    ErrorPanel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace wingmate::ui
