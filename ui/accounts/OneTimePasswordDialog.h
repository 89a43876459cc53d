#pragma once

#include <QDialog>

class QLabel;

namespace wingmate::ui {

// Shows a one-time password once, to hand to its owner: large, selectable,
// with a Copy button. Nothing keeps it after the dialog closes; if the
// clipboard still holds it then, the clipboard is cleared.
class OneTimePasswordDialog : public QDialog {
    Q_OBJECT
public:
    OneTimePasswordDialog(const QString& username, const QString& displayName, const QString& password,
        QWidget* parent = nullptr);
    ~OneTimePasswordDialog() override;

    QString password() const;

private:
    void copy();

    QLabel* m_password;
};

} // namespace wingmate::ui
