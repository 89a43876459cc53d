#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace wingmate {
class Status;
}

namespace wingmate::ui {

// A failure said in plain words, inline where it happened, with the technical
// details one click away for whoever looks after the wing PC. Hidden while
// there is nothing to say.
class ErrorPanel : public QWidget {
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget* parent = nullptr);

    void showStatus(const Status& status);
    void showMessage(const QString& message, const QString& details = {});
    void clear();

    QString message() const;
    QString details() const;
    bool detailsShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setDetailsShown(bool shown);
    void updateColours();

    QLabel* m_icon;
    QLabel* m_message;
    QPushButton* m_detailsButton;
    QPlainTextEdit* m_details;
};

} // namespace wingmate::ui
