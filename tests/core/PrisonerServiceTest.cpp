#include "services/PrisonerService.h"

#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"

#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

// A prisoner on B wing.
Prisoner person(const QString& number, const QString& name)
{
    Prisoner p = prisonerRecord(number, name);
    p.location = QStringLiteral("B-2-14");
    return p;
}

} // namespace

TEST_CASE("Prisoners are added with checked fields and an audited create")
{
    TestSession ts;
    PrisonerService prisoners(*ts.session);
    Result<Prisoner> added
        = prisoners.add(person(QStringLiteral(" a1234bc "), QStringLiteral("Zoë Ångström")));
    REQUIRE(added.ok());
    CHECK(added->prisonNumber == QStringLiteral("A1234BC"));
    CHECK(added->createdAt == ts.clock.now());
    CHECK(ts.countEvents(AuditAction::Create) >= 2); // vault + prisoner

    SECTION("bad input is refused plainly and changes nothing")
    {
        const QList<std::pair<Prisoner, QString>> bad {
            { person(QStringLiteral("A123BC"), QStringLiteral("X")), QStringLiteral("like A1234BC") },
            { person(QStringLiteral("11234BC"), QStringLiteral("X")), QStringLiteral("like A1234BC") },
            { person(QStringLiteral("A1234B1"), QStringLiteral("X")), QStringLiteral("like A1234BC") },
            { person(QStringLiteral("A1234ß"), QStringLiteral("X")), QStringLiteral("like A1234BC") },
            { person(QStringLiteral("ı1234BC"), QStringLiteral("X")), QStringLiteral("like A1234BC") },
            { person(QStringLiteral("A1234BC"), QStringLiteral("Someone Else")),
                QStringLiteral("already recorded") },
            { person(QStringLiteral("B1234BC"), QStringLiteral("  ")), QStringLiteral("name is needed") },
            { person(QStringLiteral("B1234BC"), QString(201, QLatin1Char('x'))), QStringLiteral("too long") },
            { person(QStringLiteral("B1234BC"), QStringLiteral("Nul\u0000Byte")),
                QStringLiteral("control character") },
        };
        for (const auto& [p, expected] : bad) {
            const Result<Prisoner> refused = prisoners.add(p);
            INFO(refused.status().message().toStdString());
            CHECK(refused.status().code() == ErrorCode::InvalidInput);
            CHECK(refused.status().message().contains(expected));
        }
        Prisoner future = person(QStringLiteral("B1234BC"), QStringLiteral("Future Born"));
        future.dateOfBirth = ts.clock.now().date().addDays(2);
        CHECK(prisoners.add(future).status().message().contains(QStringLiteral("cannot be in the future")));
        Prisoner released = person(QStringLiteral("B1234BC"), QStringLiteral("No Date"));
        released.status = Prisoner::CustodyStatus::Released;
        CHECK(prisoners.add(released).status().code() == ErrorCode::InvalidInput);
        CHECK(prisoners.search({})->size() == 1);
    }
    SECTION("search ignores case and accents and matches partial names and numbers")
    {
        REQUIRE(prisoners.add(person(QStringLiteral("B2345CD"), QStringLiteral("Zoe Smith"))).ok());
        REQUIRE(prisoners.add(person(QStringLiteral("C3456DE"), QStringLiteral("Percy 100% Wright"))).ok());
        CHECK(prisoners.search(QStringLiteral("ZOE"))->size() == 2);
        CHECK(prisoners.search(QStringLiteral("angstr"))->size() == 1);
        CHECK(
            prisoners.search(QStringLiteral("b2345"))->constFirst().fullName == QStringLiteral("Zoe Smith"));
        CHECK(
            prisoners.search(QStringLiteral("2345cd"))->constFirst().fullName == QStringLiteral("Zoe Smith"));
        // Marks that are part of a letter in other scripts are kept.
        REQUIRE(prisoners.add(person(QStringLiteral("D4567EF"), QStringLiteral("किरण Kumar"))).ok());
        CHECK(prisoners.search(QStringLiteral("करण"))->isEmpty());
        CHECK(prisoners.search(QStringLiteral("किरण"))->size() == 1);
        CHECK(prisoners.search(QStringLiteral("ΖΩΉ"))->isEmpty());
        REQUIRE(prisoners.add(person(QStringLiteral("E5678FG"), QStringLiteral("Ζωή Παπαδοπούλου"))).ok());
        CHECK(prisoners.search(QStringLiteral("ζωη"))->size() == 1);
        CHECK(prisoners.search(QStringLiteral("παπαδοπουλου"))->size() == 1);
        CHECK(prisoners.search(QStringLiteral("100%"))->size() == 1);
        CHECK(prisoners.search(QStringLiteral("%"))->size() == 1);
        CHECK(prisoners.search(QStringLiteral("'; DROP TABLE prisoners; --"))->isEmpty());
        CHECK(prisoners.search(QString())->size() == 5);
    }
    SECTION("a change is audited field by field, before and after")
    {
        Prisoner moved = *added;
        moved.location = QStringLiteral("C-1-01");
        moved.expectedRelease = QDate(2027, 6, 30);
        ts.clock.advance(60);
        REQUIRE(prisoners.update(moved).ok());
        CHECK(lastDetails(*ts.session, AuditAction::Change, QStringLiteral("prisoner"), added->id)
            == QStringLiteral(
                R"({"expected_release":{"after":"2027-06-30","before":null},"location":{"after":"C-1-01","before":"B-2-14"}})"));
        CHECK(prisoners.get(added->id)->updatedAt == ts.clock.now());
    }
    SECTION("deletes are soft, need a reason and an administrator")
    {
        CHECK(prisoners.remove(added->id, QStringLiteral("  ")).code() == ErrorCode::InvalidInput);
        REQUIRE(prisoners.remove(added->id, QStringLiteral("Entered twice")).ok());
        CHECK(prisoners.get(added->id).status().code() == ErrorCode::InvalidInput);
        QSqlQuery q(ts.session->database());
        REQUIRE(q.exec(QStringLiteral("SELECT deleted_reason FROM prisoners WHERE id = %1").arg(added->id)));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("Entered twice"));
        // The number is free again for a new record.
        CHECK(prisoners.add(person(QStringLiteral("A1234BC"), QStringLiteral("Zoë Ångström"))).ok());
    }
}
