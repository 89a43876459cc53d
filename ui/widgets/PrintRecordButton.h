#pragma once

#include "domain/Prisoner.h"
#include "storage/AtomicFile.h"

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
    // An existing file is replaced only with Replace: the save dialog has
    // asked (QFileDialog confirms an overwrite). Written owner-only, never
    // through a link (writeOutputFile).
    bool printTo(const QString& path, ExistingFile existing = ExistingFile::Refuse);

private:
    void chooseFile();
    void tell(const QString& title, const QString& text, bool failed);

    UserSession& m_session;
    Kind m_kind;
    QString m_purpose; // the tooltip when allowed
    QString m_prisonNumber;
};

} // namespace wingmate::ui
