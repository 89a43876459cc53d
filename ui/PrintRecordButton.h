#pragma once

#include <QPushButton>

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// "Print … (PDF)…": asks where to save, then writes a mentee's handover
// summary or a mentor's training record through RecordDocuments (which
// checks PrintRecords and audits the file) and says what happened. Hidden
// for roles without PrintRecords. Used on the mentee and mentor records.
class PrintRecordButton : public QPushButton {
    Q_OBJECT
public:
    enum class Kind { MenteeSummary, TrainingRecord };

    PrintRecordButton(UserSession& session, Kind kind, QWidget* parent = nullptr);

    // Whose record; the button is disabled until one is set.
    void setPrisonNumber(const QString& prisonNumber);
    // Writes the PDF to path as the dialog would; false (and says why) if not.
    bool printTo(const QString& path);

private:
    void chooseFile();
    void tell(const QString& title, const QString& text, bool failed);

    UserSession& m_session;
    Kind m_kind;
    QString m_prisonNumber;
};

} // namespace wingmate::ui
