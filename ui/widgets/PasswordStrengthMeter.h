#pragma once

#include "security/PasswordPolicy.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace wingmate::ui {

// Live feedback while a new password is typed: a bar and a word for its
// strength, and the policy's own sentence when it cannot be used. Used
// wherever a password is chosen, so every window judges it the same way.
class PasswordStrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    void setPassword(const QString& password, const QString& username);

    // Empty when the password may be used.
    QString problem() const { return m_problemText; }
    PasswordPolicy::Strength strength() const { return m_strength; }

private:
    QProgressBar* m_bar;
    QLabel* m_strengthLabel;
    QLabel* m_problemLabel;
    QString m_problemText;
    PasswordPolicy::Strength m_strength = PasswordPolicy::Strength::TooWeak;
};

} // namespace wingmate::ui
