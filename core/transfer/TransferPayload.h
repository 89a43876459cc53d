#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace wingmate {

// What a transfer package carries once decrypted: one prisoner, their mentee
// episodes (sessions as this person attended them, follow-up actions,
// check-ins, concerns, reviews) and their mentor records (status history,
// shadowing, training, supervision), as JSON.
//
// The column lists below are the one description of those rows: export reads
// them, parse() checks every field's type and range against them, and import
// writes them. Row references between records (a concern raised by a
// check-in) use "ref" numbers local to the package.
class TransferPayload {
    Q_DECLARE_TR_FUNCTIONS(TransferPayload)
public:
    static constexpr int FormatVersion = 1;

    enum class Kind { Text, Date, Stamp, Integer, Flag, Real, Choice };
    struct Column {
        const char* name;
        Kind kind;
        bool nullable = false;
        int maxLength = 0; // Text
        bool required = false; // Text: not empty
        double min = 0, max = 0; // Integer, Real
        QStringList choices; // Choice
    };
    struct Table {
        const char* sqlName;
        QList<Column> columns;
        QStringList extraKeys; // keys beside the columns (refs, nested arrays)
    };
    static const Table& prisoners();
    static const Table& episodes();
    static const Table& sessions();
    static const Table& followUps();
    static const Table& checkIns();
    static const Table& concerns();
    static const Table& reviews();
    static const Table& mentors();
    static const Table& statusHistory();
    static const Table& shadowing();
    static const Table& training();
    static const Table& supervisions();

    // "a, b, c" for a SELECT or INSERT, each prefixed with prefix.
    static QString columnList(const Table& table, const QString& prefix = {});
    // One row read by a SELECT of columnList() starting at column first.
    static QJsonObject rowToJson(const QSqlQuery& query, const Table& table, int first = 0);
    // The values to bind, in columnList() order, for a row that passed parse().
    static QVariantList rowValues(const QJsonObject& row, const Table& table);

    struct Counts {
        qint64 episodes = 0;
        qint64 sessions = 0;
        qint64 followUps = 0;
        qint64 checkIns = 0;
        qint64 concerns = 0;
        qint64 reviews = 0;
        qint64 mentors = 0;
        qint64 statusChanges = 0;
        qint64 shadowing = 0;
        qint64 training = 0;
        qint64 supervisions = 0;
        qint64 total() const;
        // (label for people, count) for each kind, in a fixed order.
        QList<std::pair<QString, qint64>> rows() const;
        QJsonObject toJson() const;
    };

    QString source;
    QString destination;
    QDateTime exportedAt;
    QString exportedBy;
    QJsonObject prisoner;
    QJsonArray episodeList;
    QJsonArray mentorList;

    Counts counts() const;
    QByteArray toJson() const;
    // Checks everything: the format marker and version, every key, type and
    // range, the refs, at most one open episode and one current mentor
    // role. ErrorCode::Damaged with the first problem in the details.
    static Result<TransferPayload> parse(const QByteArray& json);
};

} // namespace wingmate
