#include "reports/CsvWriter.h"

#include <charconv>
#include <iterator>

namespace wingmate {

namespace {

bool startsLikeFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool needsQuotes(QStringView value)
{
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter()
{
    m_bytes.reserve(1 << 16);
    m_bytes.append("\xEF\xBB\xBF");
}

bool CsvWriter::isPlainNumber(const QString& value)
{
    // -?digits(.digits)? : what a spreadsheet reads as a number, not a formula.
    qsizetype i = 0;
    const qsizetype n = value.size();
    if (i < n && value.at(i) == u'-')
        ++i;
    const qsizetype digitsStart = i;
    while (i < n && value.at(i).isDigit() && value.at(i).unicode() < 128)
        ++i;
    if (i == digitsStart)
        return false;
    if (i < n && value.at(i) == u'.') {
        const qsizetype fractionStart = ++i;
        while (i < n && value.at(i).isDigit() && value.at(i).unicode() < 128)
            ++i;
        if (i == fractionStart)
            return false;
    }
    return i == n;
}

QString CsvWriter::cell(const QString& value)
{
    QString out = value;
    if (!out.isEmpty() && startsLikeFormula(out.front()) && !isPlainNumber(out))
        out.prepend(u'\'');
    if (needsQuotes(out)) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = u'"' + out + u'"';
    }
    return out;
}

// True when the bytes can be written as they are: ASCII (so the same
// characters as the QString the other overload gets), no formula start, no
// character that needs quotes. Anything else takes the QString path.
bool CsvWriter::isPlainAscii(QByteArrayView utf8)
{
    if (!utf8.isEmpty() && startsLikeFormula(QChar(char16_t(uchar(utf8.front())))))
        return false;
    for (const char c : utf8) {
        if (uchar(c) >= 0x80 || c == ',' || c == '"' || c == '\r' || c == '\n')
            return false;
    }
    return true;
}

QByteArray CsvWriter::encode(QStringView value)
{
    // Most cells need neither quoting nor neutralising: skip the copy.
    if (value.isEmpty() || (!startsLikeFormula(value.front()) && !needsQuotes(value)))
        return value.toUtf8();
    return cell(value.toString()).toUtf8();
}

QByteArray CsvWriter::encode(QByteArrayView utf8)
{
    if (isPlainAscii(utf8))
        return utf8.toByteArray();
    return encode(QString::fromUtf8(utf8));
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_bytes.append(',');
    m_rowStarted = true;
}

void CsvWriter::text(const QString& value)
{
    separate();
    m_bytes.append(encode(value));
}

void CsvWriter::encoded(QByteArrayView cells)
{
    separate();
    m_bytes.append(cells);
}

void CsvWriter::number(qint64 value)
{
    separate();
    char digits[24];
    const std::to_chars_result end = std::to_chars(std::begin(digits), std::end(digits), value);
    m_bytes.append(digits, end.ptr - digits);
}

void CsvWriter::decimal(double value, int decimals)
{
    separate();
    m_bytes.append(QByteArray::number(value, 'f', decimals));
}

void CsvWriter::empty() { separate(); }

void CsvWriter::endRow()
{
    m_bytes.append("\r\n");
    m_rowStarted = false;
    ++m_rows;
}

void CsvWriter::row(const QStringList& cells)
{
    for (const QString& c : cells)
        text(c);
    endRow();
}

} // namespace wingmate
