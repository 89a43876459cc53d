#pragma once

#include "storage/AtomicFile.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ActivityChart;
class ErrorPanel;

// The wing dashboard: the chosen month's figures (the monthly return), a
// chart of sessions and concerns over the last twelve months, the outcome
// report for a chosen period with the rule it follows, and exports to CSV
// for roles allowed them (names only for administrators, after saying it is
// a disclosure). Every figure shown and every file written is audited by
// the core's ReportService.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    enum class ExportKind { MonthlyReturn, Outcomes, Sessions, CheckIns };

    explicit ReportsPage(UserSession& session, QWidget* parent = nullptr);

    // Reads the month's figures, the chart and the outcome report again.
    void refresh();
    void showMonth();
    void showOutcomes();
    // Writes one export to path, as the dialogs would; false (with the reason
    // shown on the page) if it was refused or failed.
    // An existing file is replaced only with Replace: the save dialog has
    // asked (QFileDialog confirms an overwrite). Written owner-only, never
    // through a link (writeOutputFile).
    bool exportTo(ExportKind kind, const QString& path, ExistingFile existing = ExistingFile::Refuse);

private:
    void startExport(ExportKind kind);
    void chooseFile(ExportKind kind);
    bool identifiableChosen(ExportKind kind) const;
    QString suggestedName(ExportKind kind) const;

    UserSession& m_session;
    QDateEdit* m_month;
    QTableWidget* m_figures;
    ActivityChart* m_chart;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_showOutcomes;
    QTableWidget* m_outcomes;
    QLabel* m_rule;
    QGroupBox* m_exportBox = nullptr;
    QCheckBox* m_identifiable = nullptr;
    QLabel* m_exportStatus;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
