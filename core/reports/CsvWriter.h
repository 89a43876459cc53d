#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wingmate {

// Builds a CSV file in memory the way spreadsheets expect it: RFC 4180
// (fields quoted when they hold a comma, quote, CR or LF; quotes doubled),
// CRLF line ends, UTF-8 with a byte-order mark so Excel reads the accents.
//
// Text cells that a spreadsheet would run as a formula (starting with
// = + - @ tab CR or LF) get a leading apostrophe. Numbers go through
// number(), so -3 stays a number; a text cell that is itself a plain number
// such as "-3" or "-0.5" is left alone too.
class CsvWriter {
public:
    CsvWriter();

    void text(const QString& value);
    void number(qint64 value);
    // Fixed decimals, '.' as the separator whatever the locale.
    void decimal(double value, int decimals);
    void empty();
    void endRow();
    void row(const QStringList& cells);
    // One or more cells made by encode() (several joined with ','), for
    // writers that repeat the same cells on many rows.
    void encoded(QByteArrayView cells);

    int rows() const { return m_rows; }
    const QByteArray& bytes() const { return m_bytes; }

    // The cell as it is written (neutralised, quoted if needed), without
    // separators; for tests and for other writers.
    static QString cell(const QString& value);
    static bool isPlainNumber(const QString& value);
    // True when UTF-8 text is its own cell: ASCII, not like a formula, nothing
    // to quote.
    static bool isPlainAscii(QByteArrayView utf8);
    // cell() as the UTF-8 bytes written to the file.
    static QByteArray encode(QStringView value);
    static QByteArray encode(QByteArrayView utf8);

private:
    void separate();

    QByteArray m_bytes;
    bool m_rowStarted = false;
    int m_rows = 0;
};

} // namespace wingmate
