#include "SecretField.h"

#include "security/WipeSecret.h"

#include <QLineEdit>

namespace wingmate::ui {

QString takeSecret(QLineEdit* field)
{
    QString text = field->text();
    // Replacing the text drops the field's buffer and undo history; the
    // characters then live only in text, whose holder wipes them.
    field->setText(QString());
    return text;
}

void wipeField(QLineEdit* field)
{
    QString text = takeSecret(field);
    wipeSecret(text);
}

} // namespace wingmate::ui
