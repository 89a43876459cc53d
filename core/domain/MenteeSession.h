#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace wingmate {

// A session delivered by one or more peer mentors: 1:1 (one mentee) or a
// group with a register of who attended.
struct MenteeSession {
    // A mentee the session was for (by their episode). In a group, attended
    // is the register; concernRaised asks for a concern about this mentee.
    struct Attendee {
        qint64 episodeId = 0;
        bool attended = true;
        bool concernRaised = false;
    };

    struct FollowUpAction {
        qint64 id = 0;
        QString description;
        QDate dueOn;
        QDate doneOn; // unset while still to do
    };

    qint64 id = 0;
    QDateTime heldAt; // the wing's wall-clock date and time, no time zone
    int durationMinutes = 60;
    QString sessionType; // one of the SessionTypes setting
    bool isGroup = false;
    QString location;
    QList<qint64> mentorIds;
    QList<Attendee> attendees;
    QString notes;
    QList<FollowUpAction> followUps;
    QString concernDescription; // what worried the mentor, for the raised concern(s)
    QString recordedBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool concernRaised() const;
    // The stored form of heldAt: "yyyy-MM-ddTHH:mm", sortable as text.
    static QString heldAtText(const QDateTime& heldAt);
    static QDateTime heldAtFromText(const QString& text);

    // The type of a session with one mentee ("1:1"); a group never has it.
    static QString oneToOneType();
    // Whether a type's name says it is a group ("Group", "CBT group").
    static bool isGroupType(const QString& type);
    // The type for a group among the wing's types: the first whose name says
    // group, else "Group".
    static QString groupTypeAmong(const QStringList& types);

    // The fields people edit, by column name, for audit before/after; the
    // mentors and the register as sorted lists.
    QVariantMap fields() const;
};

} // namespace wingmate
