#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wingmate::Validation {

namespace {
// This file's strings, under the context lupdate also sees.
struct ValidationText {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};
} // namespace

QString textProblem(const QString& label, const QString& value, int maxLength, bool required, bool multiline)
{
    if (required && value.trimmed().isEmpty())
        return ValidationText::tr("%1 is needed.").arg(label);
    if (value.size() > maxLength)
        return ValidationText::tr("%1 is too long: %2 characters at most.").arg(label).arg(maxLength);
    for (QChar c : value) {
        const ushort u = c.unicode();
        const bool allowedControl = multiline && (u == '\n' || u == '\t' || u == '\r');
        if ((u < 0x20 && !allowedControl) || u == 0x7f)
            return ValidationText::tr("%1 contains a control character that cannot be stored; retype it.")
                .arg(label);
    }
    // Lone surrogates are not valid text.
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= value.size() || !value.at(i + 1).isLowSurrogate())
                return ValidationText::tr("%1 contains text that is not valid.").arg(label);
            ++i;
        } else if (c.isLowSurrogate()) {
            return ValidationText::tr("%1 contains text that is not valid.").arg(label);
        }
    }
    return {};
}

QString pastDateProblem(const QString& label, const QDate& date, const QDate& today)
{
    if (!date.isValid())
        return ValidationText::tr("%1 is not a valid date.").arg(label);
    if (date > today)
        return ValidationText::tr("%1 cannot be in the future.").arg(label);
    if (date.year() < 1900)
        return ValidationText::tr("%1 is too long ago to be right.").arg(label);
    return {};
}

QString orderProblem(const QString& fromLabel, const QDate& from, const QString& toLabel, const QDate& to)
{
    if (from.isValid() && to.isValid() && to < from)
        return ValidationText::tr("%1 cannot be before %2.").arg(toLabel, fromLabel.toLower());
    return {};
}

QString canonicalPrisonNumber(const QString& text)
{
    // Matched before upper-casing, so letters that change length or become
    // ASCII when upper-cased ("ß" -> "SS", dotless "ı" -> "I") are refused.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][0-9]{4}[A-Za-z]{2}$"));
    const QString trimmed = text.trimmed();
    return pattern.match(trimmed).hasMatch() ? trimmed.toUpper() : QString();
}

QString searchKey(const QString& text)
{
    // Canonical decomposition, then drop the combining accents of Latin,
    // Greek and Cyrillic letters ("Zoë" -> "zoe"). Marks in other scripts
    // are part of the letter (Devanagari vowel signs, Japanese voicing) and
    // stay.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    bool lastSpace = true;
    QChar::Script baseScript = QChar::Script_Common;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            if (baseScript == QChar::Script_Latin || baseScript == QChar::Script_Greek
                || baseScript == QChar::Script_Cyrillic)
                continue;
            key.append(c);
            continue;
        }
        if (c.isSpace()) {
            if (!lastSpace)
                key.append(QLatin1Char(' '));
            lastSpace = true;
            continue;
        }
        baseScript = c.script();
        key.append(c.toCaseFolded());
        lastSpace = false;
    }
    return key.trimmed();
}

} // namespace wingmate::Validation
