#include "reports/CsvWriter.h"

namespace wingmate {

namespace {

bool startsLikeFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool needsQuotes(const QString& value)
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

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_bytes.append(',');
    m_rowStarted = true;
}

void CsvWriter::text(const QString& value)
{
    separate();
    if (value.isEmpty())
        return;
    // Most cells need neither quoting nor neutralising: skip the copy.
    if (!startsLikeFormula(value.front()) && !needsQuotes(value))
        m_bytes.append(value.toUtf8());
    else
        m_bytes.append(cell(value).toUtf8());
}

void CsvWriter::number(qint64 value)
{
    separate();
    m_bytes.append(QByteArray::number(value));
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
