#pragma once

#include "Status.h"
#include "security/SecureBytes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>
#include <unordered_map>

namespace wingmate {

// The personal content of audit events, sealed per prisoner so that a
// retention purge can forget it (see 0008_personal_seal.sql).
//
// An event about a prisoner's records (their details, a mentor role and its
// training, an episode, a session, a check-in, a concern, a review, a record
// sent out of the vault) keeps readable what says what happened: entity ids
// (keys ending in _id or _ids whose values are ids), the fields that changed,
// which record a view opened, and a disclosure's what, subject and count
// (never its file, whose name may hold a prison number). Every other value
// is moved
// into
//   "sealed": { "fields": [names], "to": [{ "key": K, "wrap": W }, ...],
//               "box": B }
// where B is base64 of nonce (24) || XChaCha20-Poly1305 of the sealed values'
// compact JSON under a random key of the event's own, with associated data
// "wingmate-seal-v1" || vault id || the field names joined by ','; and each
// W is base64 of nonce || that event key encrypted under prisoner key row K,
// with associated data "wingmate-seal-key-v1" || vault id || K (u64 LE). A
// group session is sealed to every attendee, so its content goes when the
// last of them is purged, as the session itself does.
class PersonalSeal {
    Q_DECLARE_TR_FUNCTIONS(PersonalSeal)
public:
    PersonalSeal(QSqlDatabase db, QByteArray vaultId);
    // On whatever connection database gives at the time (a vault's, which a
    // key rotation or a restore reopens).
    PersonalSeal(std::function<QSqlDatabase()> database, QByteArray vaultId);

    // The prisoners an event describes: none for staff, settings and the
    // vault's own events, and none for an entity or prisoner whose row is
    // gone.
    Result<QList<qint64>> subjectsOf(
        const QString& entityType, const QString& entityId, const QJsonObject& details) const;

    // details with their personal values sealed to subjects (each given a
    // key if they have none, in the caller's transaction). Unchanged when
    // nothing in them is personal or there are no subjects.
    Result<QJsonObject> seal(const QJsonObject& details, const QList<qint64>& subjects);

    // The details as recorded (sealed content opened while any of its keys
    // exists), or the readable part and a note of when the content was
    // erased.
    struct Opened {
        QJsonObject details;
        QString erased; // "content erased by retention purge on DATE (fields)"
    };
    Result<Opened> open(const QJsonObject& stored) const;

    // An event's details sealed to the prisoners it describes (subjectsOf,
    // then seal). When it describes prisoners none of whom is still here,
    // ifNoOneIsHere says whether its content is left as it is or sealed to
    // no one (sealForNoOne).
    enum class IfNoOneIsHere { Leave, Erase };
    Result<QJsonObject> sealEvent(const QString& entityType, const QString& entityId,
        const QJsonObject& details, IfNoOneIsHere ifNoOneIsHere);

    // details sealed to no one: what they said about prisoners is gone at
    // once (an event carried over from before sealing whose records had
    // already been purged).
    QJsonObject sealForNoOne(const QJsonObject& details) const;
    // True when an event of this type (or with these details) is about a
    // prisoner's records, whether or not they are still in the vault.
    static bool describesPrisoner(const QString& entityType, const QJsonObject& details);

    static bool isSealed(const QJsonObject& details);
    // Splits details into what stays readable and what would be sealed.
    static std::pair<QJsonObject, QJsonObject> split(const QJsonObject& details);

    // Destroys the keys of prisoners (their content in the trail can never
    // be read again), in the caller's transaction. why: 'retention_purge'.
    Result<qint64> erase(const QList<qint64>& prisoners, const QDate& on, const QString& why);

    // What verify checks of the sealing, fed every event in order: every
    // key an event is sealed to is in the vault, and opens the event's own
    // key if it still exists; every key still kept belongs to someone still
    // in the vault; every destroyed key was destroyed by a retention purge
    // (the purges of that day count exactly as many keys) of someone no
    // longer in the vault (or whose id a newcomer has since been given, with
    // a key of their own); and content sealed to no one (carried over from
    // before sealing, its records already purged) describes records that are
    // really gone. A failure names the first event it concerns.
    class Check {
    public:
        explicit Check(const PersonalSeal& seal);
        Status load();
        // parsed: details already parsed by the caller, if it has them.
        Status add(qint64 seq, const QString& action, const QString& occurredAt, const QString& entityType,
            const QString& entityId, const QString& details, const QJsonObject* parsed = nullptr);
        Status finish();
        qint64 firstBad() const { return m_firstBad; }

    private:
        struct Key {
            qint64 prisoner = 0;
            QByteArray key; // empty once destroyed
            QString erasedOn;
            QString erasedWhy;
            qint64 firstSeq = 0; // the first event sealed to it
        };
        Status bad(qint64 seq, const QString& what);
        const PersonalSeal& m_seal;
        struct SealedToNoOne {
            qint64 seq = 0;
            QString entityType;
            QString entityId;
            QJsonObject details;
        };
        std::unordered_map<qint64, Key> m_keyRows;
        QSet<qint64> m_prisoners; // in the vault now
        QHash<qint64, qint64> m_createdUnder; // prisoner -> key row of their latest record's making
        QHash<QString, qint64> m_purged; // day -> keys its purges destroyed
        QList<SealedToNoOne> m_sealedToNoOne;
        qint64 m_lastSeq = 0;
        qint64 m_firstBad = 0;
    };

    // Forgets every key held in memory (the transaction that made some was
    // rolled back, or keys were erased).
    void forget();

private:
    // The personal part of details encrypted under a new event key.
    struct Boxed {
        QJsonObject readable;
        QJsonArray fields;
        SecureBytes eventKey;
        QByteArray box;
    };
    std::optional<Boxed> box(const QJsonObject& details) const;
    Result<qint64> currentKeyRow(qint64 prisoner, bool create);
    // The key of row K, or an empty key when it was erased (and why/when).
    struct KeyRow {
        bool erased = false;
        bool damaged = false; // not 32 bytes
        QString erasedOn;
        QString erasedWhy;
    };
    Result<KeyRow> loadKey(qint64 row) const;

    std::function<QSqlDatabase()> m_database;
    QByteArray m_vaultId;
    mutable std::unordered_map<qint64, SecureBytes> m_keys; // key row -> key
    mutable std::unordered_map<qint64, KeyRow> m_erased; // key row -> when
    std::unordered_map<qint64, qint64> m_current; // prisoner -> key row
};

} // namespace wingmate
