#pragma once

#include "domain/MenteeEpisode.h"
#include "domain/Prisoner.h"
#include "widgets/EntryDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// A new mentee referral: an existing prisoner (found by name or prison
// number) or a new one (prison number and name), the referral itself, the
// baseline, consent if already given, and the ACCT flag. Core checks every
// field; a refusal is shown in plain words and the input stays. Enter saves;
// Esc cancels.
class ReferralDialog : public EntryDialog {
    Q_OBJECT
public:
    explicit ReferralDialog(UserSession& session, QWidget* parent = nullptr);

    // The referral as the form stands (prisonerId 0 for a new prisoner).
    MenteeEpisode referral() const;
    // The new prisoner as the form stands.
    Prisoner newPrisoner() const;
    bool isNewPrisoner() const;
    // The episode recorded, once saved.
    qint64 episodeId() const { return m_episodeId; }
    QString errorMessage() const;

    void accept() override;

Q_SIGNALS:
    void referred(qint64 episodeId);

private:
    void findPrisoners();
    void updateWho();

    UserSession& m_session;
    qint64 m_episodeId = 0;
    QRadioButton* m_existing;
    QRadioButton* m_new;
    QStackedWidget* m_who;
    QLineEdit* m_find;
    QListWidget* m_prisoners;
    QLineEdit* m_prisonNumber;
    QLineEdit* m_fullName;
    QDateEdit* m_referredOn;
    QComboBox* m_source;
    QLineEdit* m_reason;
    QCheckBox* m_selfHarmEver;
    QCheckBox* m_selfHarmYear;
    QCheckBox* m_selfHarmCurrent;
    QComboBox* m_suicidal;
    QCheckBox* m_consent;
    QDateEdit* m_consentOn;
    QCheckBox* m_acct;
    QLineEdit* m_acctReference;
    ErrorPanel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace wingmate::ui
