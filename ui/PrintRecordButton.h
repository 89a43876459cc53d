#pragma once

#include "domain/Prisoner.h"

#include <QPushButton>

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// "Print … (PDF)…": asks where to save, then writes a mentee's handover
// summary or a mentor's training record through RecordDocuments (which
// checks PrintRecords and the prisoner's status and audits the file as a
// disclosure) and says what happened. Hidden for roles without PrintRecords;
// disabled, saying why, for a prisoner the role may not print. Used on the mentee and mentor records.
class PrintRecordButton : public QPushButton {
    Q_OBJECT
public:
    enum class Kind { MenteeSummary, TrainingRecord };

    PrintRecordButton(UserSession& session, Kind kind, QWidget* parent = nullptr);

    // Whose record; the button is disabled until one is set, and while the
    // user may not print this prisoner's record (PrisonerService::
    // requireDisclosure), with a tooltip saying why.
    void setPrisoner(const Prisoner& prisoner);
    // Writes the PDF to path as the dialog would; false (and says why) if not.
    bool printTo(const QString& path);

private:
    void chooseFile();
    void tell(const QString& title, const QString& text, bool failed);

    UserSession& m_session;
    Kind m_kind;
    QString m_purpose; // the tooltip when allowed
    QString m_prisonNumber;
};

} // namespace wingmate::ui
