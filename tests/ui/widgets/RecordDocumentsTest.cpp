// Printable records (PDF): what the mentee's handover summary and the
// mentor's training record hold, that each file is audited and written whole
// or not at all, and the print buttons on the two record dialogs.
#include "documents/RecordDocuments.h"

#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "audit/PersonalSeal.h"
#include "mentees/MenteeRecordDialog.h"
#include "mentors/MentorRecordDialog.h"
#include "services/CheckInService.h"
#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "widgets/PrintRecordButton.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

// Al is a mentee with an ACCT open and one check-in; Ray an active mentor
// with every mandatory module; Pat a prisoner who is neither. All three are
// recorded as leaving (so a support worker may print their records); Colin,
// a mentee, is staying.
struct Records {
    TestSession ts;
    qint64 episode = 0;
    qint64 mentor = 0;

    Records()
    {
        ts.clock.set(QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC));
        ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
        ts.signInAs(AdminName);
        mentor = addMentor(*ts.session, QStringLiteral("R1000AA"), QStringLiteral("Ray Łukasiewicz"));
        episode = addEpisode(ts, QStringLiteral("A1234BC"), QStringLiteral("Al <b>Bold</b> Zieliński"));
        requireOk(MenteeService(*ts.session).setAcct(episode, true, QStringLiteral("ACCT-2026-0042")));
        REQUIRE(MenteeService(*ts.session).allocate(episode, mentor, QDate(2026, 3, 1)).ok());
        CheckIn c;
        c.episodeId = episode;
        c.checkedOn = QDate(2026, 3, 10);
        c.wellbeingRating = 4;
        c.selfHarm = CheckIn::SelfHarm::Thoughts;
        REQUIRE(CheckInService(*ts.session).record(c).ok());
        addPrisoner(*ts.session, QStringLiteral("P5555PP"), QStringLiteral("Pat Neither"));
        for (const QString& number :
            { QStringLiteral("A1234BC"), QStringLiteral("R1000AA"), QStringLiteral("P5555PP") })
            recordLeaving(*ts.session, number);
        staying = addEpisode(ts, QStringLiteral("C1000AA"), QStringLiteral("Colin Custody"));
        ts.signInAs(QStringLiteral("worker"));
    }

    qint64 staying = 0;

    static void recordLeaving(UserSession& s, const QString& number)
    {
        Result<Prisoner> prisoner = PrisonerService(s).findByPrisonNumber(number);
        requireOk(prisoner.status());
        prisoner->status = Prisoner::CustodyStatus::Released;
        prisoner->statusDate = QDate(2026, 3, 15);
        requireOk(PrisonerService(s).update(*prisoner));
    }
};

int exportEvents(UserSession& s, const QString& what)
{
    return scalar(s,
        QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND entity_type = 'record' "
                       "AND entity_id = '%1'")
            .arg(what));
}

} // namespace

TEST_CASE("A mentee's handover summary and a mentor's training record hold what the next team needs")
{
    prepareWidgetTest();
    Records r;
    RecordDocuments documents(*r.ts.session);
    const Result<QString> summary = documents.menteeSummaryHtml(QStringLiteral("a1234bc"));
    INFO(summary.status().message().toStdString());
    REQUIRE(summary.ok());
    // Names are escaped, never taken as markup.
    CHECK(summary->contains(QStringLiteral("Al &lt;b&gt;Bold&lt;/b&gt; Zieliński")));
    CHECK(summary->contains(QStringLiteral("ACCT-2026-0042")));
    CHECK(summary->contains(QStringLiteral("Thoughts")));
    CHECK(summary->contains(QStringLiteral("Ray Łukasiewicz")));
    CHECK(summary->contains(QStringLiteral("Confidential")));

    const Result<QString> training = documents.trainingRecordHtml(QStringLiteral("R1000AA"));
    REQUIRE(training.ok());
    for (const QString& module : r.ts.session->settings().list(Setting::MandatoryModules))
        CHECK(training->contains(module.toHtmlEscaped()));
    CHECK(training->contains(QStringLiteral("Security clearance")));
    CHECK(training->contains(QStringLiteral("Signed off")));

    checkRefused(documents.menteeSummaryHtml(QStringLiteral("P5555PP")).status(), ErrorCode::InvalidInput,
        QStringLiteral("never been referred"));
    checkRefused(documents.trainingRecordHtml(QStringLiteral("A1234BC")).status(), ErrorCode::InvalidInput,
        QStringLiteral("never applied"));
    CHECK_FALSE(documents.menteeSummaryHtml(QStringLiteral("Z9999ZZ")).ok());
}

TEST_CASE("Printed records are PDFs, audited, and nothing is left when they cannot be written")
{
    prepareWidgetTest();
    Records r;
    QTemporaryDir dir;
    RecordDocuments documents(*r.ts.session);
    const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
    const Result<RecordDocuments::Written> written
        = documents.writeMenteeSummary(QStringLiteral("A1234BC"), summary);
    INFO(written.status().message().toStdString());
    REQUIRE(written.ok());
    CHECK(written->pages >= 1);
    CHECK(readFile(summary).startsWith("%PDF-"));
    CHECK(exportEvents(*r.ts.session, QStringLiteral("mentee_summary")) == 1);
    // A disclosure, naming whose record by id, never by number; the file it
    // went to is sealed with the prisoner's content (its name may hold the
    // number), and shown in the audit log.
    CHECK(scalar(*r.ts.session,
              QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' "
                             "AND json_extract(details, '$.sealed.fields') LIKE '%\"file\"%' "
                             "AND details LIKE '%\"disclosure\":true%' "
                             "AND details LIKE '%\"subject\":\"prisoner:%' AND details NOT LIKE '%A1234BC%'"))
        == 1);
    QSqlQuery exported(r.ts.session->database());
    REQUIRE(exported.exec(
        QStringLiteral("SELECT details FROM audit_events WHERE action = 'export' ORDER BY seq DESC")));
    REQUIRE(exported.next());
    const Result<PersonalSeal::Opened> opened
        = PersonalSeal(r.ts.session->database(), r.ts.session->vault().vaultId())
              .open(QJsonDocument::fromJson(exported.value(0).toString().toUtf8()).object());
    REQUIRE(opened.ok());
    CHECK(opened->details.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("summary.pdf")));

    const QString training = dir.filePath(QStringLiteral("training.pdf"));
    REQUIRE(documents.writeTrainingRecord(QStringLiteral("R1000AA"), training).ok());
    CHECK(readFile(training).startsWith("%PDF-"));
    CHECK(exportEvents(*r.ts.session, QStringLiteral("training_record")) == 1);

    const QString before = fingerprint(*r.ts.session);
    checkRefused(
        documents.writeMenteeSummary(QStringLiteral("A1234BC"), QStringLiteral("/dev/full")).status(),
        ErrorCode::Io, QStringLiteral("not an ordinary file"));
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/summary.pdf"));
    checkRefused(documents.writeTrainingRecord(QStringLiteral("R1000AA"), missing).status(), ErrorCode::Io,
        QStringLiteral("summary.pdf"));
    CHECK_FALSE(QFile::exists(missing));
    CHECK(fingerprint(*r.ts.session) == before);
}

TEST_CASE("The mentee and mentor records print through a file dialog")
{
    prepareWidgetTest();
    Records r;
    QTemporaryDir dir;
    {
        MenteeRecordDialog record(*r.ts.session, r.episode);
        showActive(&record);
        auto* print = child<PrintRecordButton>(&record, "printSummaryButton");
        REQUIRE(print->isVisible());
        REQUIRE(print->isEnabled());
        QTest::mouseClick(print, Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        REQUIRE(waitUntil([&] {
            for (auto* d : record.findChildren<QFileDialog*>(QStringLiteral("printRecordDialog")))
                dialog = d->isVisible() ? d : dialog;
            return dialog != nullptr;
        }));
        const QString path = dir.filePath(QStringLiteral("al.pdf"));
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept();
        CHECK(readFile(path).startsWith("%PDF-"));
        auto* box = child<QMessageBox>(&record, "printRecordResultBox");
        CHECK(box->text().contains(QStringLiteral("al.pdf")));
    }
    {
        MentorRecordDialog record(*r.ts.session, r.mentor);
        auto* print = child<PrintRecordButton>(&record, "printTrainingButton");
        CHECK(print->isEnabled());
        CHECK(print->printTo(dir.filePath(QStringLiteral("ray.pdf"))));
        CHECK(readFile(dir.filePath(QStringLiteral("ray.pdf"))).startsWith("%PDF-"));
        CHECK_FALSE(print->printTo(dir.filePath(QStringLiteral("gone/ray.pdf"))));
        const QList<QMessageBox*> boxes
            = record.findChildren<QMessageBox*>(QStringLiteral("printRecordResultBox"));
        REQUIRE(boxes.size() == 2);
        CHECK(boxes.constLast()->icon() == QMessageBox::Warning);
    }
}

TEST_CASE("A support worker may not print the record of a prisoner still in custody, and is not offered it")
{
    prepareWidgetTest();
    Records r;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("colin.pdf"));
    {
        RecordDocuments documents(*r.ts.session);
        checkRefused(documents.menteeSummaryHtml(QStringLiteral("C1000AA")).status(), ErrorCode::Forbidden,
            { QStringLiteral("support worker"), QStringLiteral("still in custody") });
        checkRefused(documents.writeMenteeSummary(QStringLiteral("C1000AA"), path).status(),
            ErrorCode::Forbidden, QStringLiteral("still in custody"));
        CHECK_FALSE(QFile::exists(path));
        CHECK(exportEvents(*r.ts.session, QStringLiteral("mentee_summary")) == 0);

        MenteeRecordDialog record(*r.ts.session, r.staying);
        showActive(&record);
        auto* print = child<PrintRecordButton>(&record, "printSummaryButton");
        CHECK(print->isVisible());
        CHECK_FALSE(print->isEnabled());
        CHECK(print->toolTip().contains(QStringLiteral("still in custody")));
        CHECK_FALSE(print->printTo(path));
        CHECK_FALSE(QFile::exists(path));
    }
    // An administrator may (PrintInCustody), and it is audited as a disclosure.
    r.ts.signInAs(AdminName);
    MenteeRecordDialog record(*r.ts.session, r.staying);
    showActive(&record);
    auto* print = child<PrintRecordButton>(&record, "printSummaryButton");
    CHECK(print->isEnabled());
    CHECK(print->printTo(path));
    CHECK(readFile(path).startsWith("%PDF-"));
    CHECK(scalar(*r.ts.session,
              QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND actor = 'admin' "
                             "AND json_extract(details, '$.sealed.fields') LIKE '%\"file\"%' "
                             "AND details LIKE '%\"disclosure\":true%'"))
        == 1);
}
