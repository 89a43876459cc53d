#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Sends one prisoner's records to another establishment: asks where to and
// which file, says plainly what will be disclosed, makes the package, then
// shows the one-time transfer code large, with Copy and Print, and warns that
// it is shown only this once.
class TransferOutDialog : public QDialog {
    Q_OBJECT
public:
    TransferOutDialog(
        UserSession& session, const QString& prisonNumber, const QString& name, QWidget* parent = nullptr);

    // What the Make package button does.
    void makePackage();
    QString code() const { return m_code; }

private:
    void updateSummary();
    void chooseFile();
    void copyCode();
    void printCode();

    UserSession& m_session;
    QString m_prisonNumber;
    QString m_name;
    QString m_code;
    QString m_destinationMade;
    QStackedWidget* m_pages;
    QLineEdit* m_destination;
    QLineEdit* m_file;
    QLabel* m_summary;
    QPushButton* m_makeButton;
    ErrorPanel* m_error;
    QLabel* m_codeLabel;
    QLabel* m_madeLabel;
};

} // namespace wingmate::ui
