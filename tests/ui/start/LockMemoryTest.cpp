// Locked means nothing readable in memory. A real vault, made by another
// process, is unlocked through the unlock window; its sections and a mentee's
// record are opened, then Wingmate is locked. The test then reads its own
// memory (every readable mapping in /proc/self/maps, through /proc/self/mem)
// for ten mentees' names, their prison numbers and the password, in UTF-8 and
// UTF-16: before the lock it finds them (so the scan works), after it none.
//
// The texts looked for are made from a random seed, character by character,
// straight into a mapping the scan skips, just before each scan, and wiped
// after it: the test keeps no copy of its own that the scan could find.
#include "RecordsFixture.h"
#include "WidgetTests.h"
#include "domain/MenteeEpisode.h"
#include "domain/Prisoner.h"
#include "mentees/MenteeRecordDialog.h"
#include "platform/FreedMemory.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"
#include "services/PrisonerService.h"
#include "services/UserSession.h"
#include "shell/MainWindow.h"
#include "start/StartController.h"
#include "start/UnlockWindow.h"
#include "storage/SqlCipherDriver.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <catch2/catch_test_macros.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

using namespace wingmate;
using namespace wingmate::ui;
using namespace wingmate::test;

namespace {

constexpr int MenteeCount = 10;
const char* const FolderVariable = "WINGMATE_LOCK_SCAN_FOLDER";
const char* const SeedVariable = "WINGMATE_LOCK_SCAN_SEED";
const char* const MakerTestName = "A vault for the lock scan made in a process of its own";

QString adminName()
{
    return QStringLiteral("scanadmin");
}

// --- the texts looked for -------------------------------------------------

// PasswordTail: all of the password but its first character, which is what
// a field emptied with QLineEdit::clear() keeps in its buffer.
enum class Kind { Name, Number, Password, PasswordTail };

// splitmix64: the same texts from the same seed in both processes.
class Characters {
public:
    explicit Characters(quint64 seed)
        : m_state(seed)
    {
    }
    char upper() { return char('A' + next() % 26); }
    char lower() { return char('a' + next() % 26); }
    char digit() { return char('0' + next() % 10); }

private:
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    quint64 m_state;
};

constexpr int LongestText = 32;

// Writes the text of (kind, index) to out, returns its length: a name of two
// made-up words, a prison number (A1234BC), a password of made-up words.
int makeText(quint64 seed, Kind kind, int index, char* out)
{
    if (kind == Kind::PasswordTail) {
        const int length = makeText(seed, Kind::Password, index, out);
        std::memmove(out, out + 1, std::size_t(length - 1));
        out[length - 1] = 0;
        return length - 1;
    }
    Characters c(seed ^ (quint64(kind) << 56) ^ (quint64(index + 1) * 0xD1B54A32D192ED03ull));
    int n = 0;
    switch (kind) {
    case Kind::Name:
        out[n++] = c.upper();
        for (int i = 0; i < 7; ++i)
            out[n++] = c.lower();
        out[n++] = ' ';
        out[n++] = c.upper();
        for (int i = 0; i < 9; ++i)
            out[n++] = c.lower();
        break;
    case Kind::Number:
        out[n++] = c.upper();
        for (int i = 0; i < 4; ++i)
            out[n++] = c.digit();
        out[n++] = c.upper();
        out[n++] = c.upper();
        break;
    case Kind::PasswordTail:
    case Kind::Password:
        for (int word = 0; word < 4; ++word) {
            for (int i = 0; i < 5; ++i)
                out[n++] = c.lower();
            out[n++] = '-';
        }
        out[n++] = c.digit();
        out[n++] = c.digit();
        break;
    }
    return n;
}

// Zeroes a string this test made and alone holds, then empties it.
void forget(QString& text)
{
    REQUIRE(text.isDetached());
    std::memset(static_cast<void*>(text.data()), 0, std::size_t(text.capacity()) * sizeof(QChar));
    text = QString();
}

// For the process that makes the vault and for typing the password: the
// text as a QString (the caller forgets it).
QString textOf(quint64 seed, Kind kind, int index)
{
    std::array<char, LongestText> buffer {};
    const int length = makeText(seed, kind, index, buffer.data());
    QString text = QString::fromLatin1(buffer.data(), length);
    std::memset(buffer.data(), 0, buffer.size());
    return text;
}

// --- a mapping the scan skips: the texts and the scan's read buffer ------

class ScanArea {
public:
    static constexpr std::size_t NeedleBytes = 64 * 1024;
    static constexpr std::size_t ChunkBytes = 4 * 1024 * 1024;
    static constexpr std::size_t Size = NeedleBytes + ChunkBytes + LongestText * 2;

    ScanArea()
    {
        void* mapped = mmap(nullptr, Size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        REQUIRE(mapped != MAP_FAILED);
        m_base = static_cast<unsigned char*>(mapped);
    }
    ~ScanArea() { munmap(m_base, Size); }
    ScanArea(const ScanArea&) = delete;
    ScanArea& operator=(const ScanArea&) = delete;

    unsigned char* needles() { return m_base; }
    unsigned char* chunk() { return m_base + NeedleBytes; }
    std::uintptr_t start() const { return reinterpret_cast<std::uintptr_t>(m_base); }
    std::uintptr_t end() const { return start() + Size; }
    void wipeNeedles() { std::memset(m_base, 0, NeedleBytes); }

private:
    unsigned char* m_base = nullptr;
};

struct Needle {
    Kind kind;
    int index;
    bool utf16;
    std::size_t offset; // in the scan area
    std::size_t length;
    quint32 prefix;
};

const char* kindName(Kind kind)
{
    switch (kind) {
    case Kind::Name:
        return "name";
    case Kind::Number:
        return "prison number";
    case Kind::Password:
        return "password";
    case Kind::PasswordTail:
        return "password but its first character";
    }
    return "";
}

// Where one text was found, in words that do not repeat the text.
struct Found {
    int count = 0;
    std::string firstRegion;
};

quint32 load32(const unsigned char* p)
{
    quint32 value;
    std::memcpy(&value, p, sizeof value);
    return value;
}

quint32 bucket(quint32 prefix)
{
    return (prefix * 0x9E3779B1u) >> 12;
} // 20 bits

// Reads every readable mapping of this process and counts each needle.
std::vector<Found> scanOwnMemory(ScanArea& area, const std::vector<Needle>& needles)
{
    std::vector<Found> found(needles.size());
    std::vector<quint64> filter((1u << 20) / 64, 0);
    for (const Needle& n : needles) {
        const quint32 b = bucket(n.prefix);
        filter[b / 64] |= quint64(1) << (b % 64);
    }

    // The hardening makes the process undumpable, which makes /proc/self/mem
    // root's; readable by this process again just while it is opened.
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    const int memory = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    REQUIRE(memory >= 0);
    std::FILE* maps = std::fopen("/proc/self/maps", "re");
    REQUIRE(maps);

    std::vector<std::pair<std::pair<std::uintptr_t, std::uintptr_t>, std::string>> regions;
    char line[1024];
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long long start = 0, end = 0;
        char perms[8] = {};
        int pathAt = 0;
        if (std::sscanf(line, "%llx-%llx %7s %*s %*s %*s %n", &start, &end, perms, &pathAt) < 3
            || perms[0] != 'r')
            continue;
        std::string path = pathAt > 0 ? std::string(line + pathAt) : std::string();
        while (!path.empty() && (path.back() == '\n' || path.back() == ' '))
            path.pop_back();
        if (path == "[vvar]" || path == "[vsyscall]")
            continue;
        if (path.empty())
            path = "anonymous";
        // The kernel may have merged the scan area with a neighbouring
        // mapping: only the area itself is left out.
        const std::uintptr_t from = std::uintptr_t(start);
        const std::uintptr_t to = std::uintptr_t(end);
        if (from < area.end() && area.start() < to) {
            if (from < area.start())
                regions.push_back({ { from, area.start() }, path });
            if (area.end() < to)
                regions.push_back({ { area.end(), to }, path });
            continue;
        }
        regions.push_back({ { from, to }, path });
    }
    std::fclose(maps);

    const std::size_t overlap = LongestText * 2;
    unsigned char* chunk = area.chunk();
    const unsigned char* texts = area.needles();
    for (const auto& [range, path] : regions) {
        for (std::uintptr_t at = range.first; at < range.second; at += ScanArea::ChunkBytes) {
            const std::size_t wanted
                = std::min<std::size_t>(ScanArea::ChunkBytes + overlap, range.second - at);
            const ssize_t got = ::pread(memory, chunk, wanted, off_t(at));
            if (got <= 0)
                break;
            const std::size_t size = std::size_t(got);
            // A text starting in the overlap is counted with the next chunk.
            const std::size_t last = std::min(size, ScanArea::ChunkBytes);
            for (std::size_t i = 0; i + 4 <= size && i < last; ++i) {
                const quint32 prefix = load32(chunk + i);
                const quint32 b = bucket(prefix);
                if (!(filter[b / 64] >> (b % 64) & 1))
                    continue;
                for (std::size_t k = 0; k < needles.size(); ++k) {
                    const Needle& n = needles[k];
                    if (n.prefix == prefix && i + n.length <= size
                        && std::memcmp(chunk + i, texts + n.offset, n.length) == 0) {
                        if (found[k].count++ == 0)
                            found[k].firstRegion = path;
                    }
                }
            }
        }
    }
    std::memset(chunk, 0, ScanArea::ChunkBytes + overlap);
    ::close(memory);
    return found;
}

// Builds the texts into the scan area, scans, wipes them again.
struct ScanReport {
    int names = 0; // of the ten, how many were found (in either encoding)
    int numbers = 0;
    bool password = false;
    int hits = 0;
    std::string details;
};

ScanReport scan(ScanArea& area, quint64 seed)
{
    std::vector<Needle> needles;
    std::size_t offset = 0;
    const auto add = [&](Kind kind, int index) {
        char* text = reinterpret_cast<char*>(area.needles() + offset);
        const int length = makeText(seed, kind, index, text);
        needles.push_back(
            { kind, index, false, offset, std::size_t(length), load32(area.needles() + offset) });
        offset += std::size_t(length);
        unsigned char* wide = area.needles() + offset;
        for (int i = 0; i < length; ++i) {
            wide[2 * i] = static_cast<unsigned char>(text[i]);
            wide[2 * i + 1] = 0;
        }
        needles.push_back({ kind, index, true, offset, std::size_t(2 * length), load32(wide) });
        offset += std::size_t(2 * length);
    };
    for (int i = 0; i < MenteeCount; ++i) {
        add(Kind::Name, i);
        add(Kind::Number, i);
    }
    add(Kind::Password, 0);
    add(Kind::PasswordTail, 0);
    const std::vector<Found> found = scanOwnMemory(area, needles);
    area.wipeNeedles();

    ScanReport report;
    std::vector<bool> name(MenteeCount), number(MenteeCount);
    for (std::size_t k = 0; k < needles.size(); ++k) {
        if (found[k].count == 0)
            continue;
        const Needle& n = needles[k];
        report.hits += found[k].count;
        if (n.kind == Kind::Name)
            name[std::size_t(n.index)] = true;
        else if (n.kind == Kind::Number)
            number[std::size_t(n.index)] = true;
        else
            report.password = true;
        report.details += std::string(kindName(n.kind)) + ' ' + std::to_string(n.index)
            + (n.utf16 ? " UTF-16" : " UTF-8") + ": " + std::to_string(found[k].count) + "x, first in "
            + found[k].firstRegion + '\n';
    }
    for (int i = 0; i < MenteeCount; ++i) {
        report.names += name[std::size_t(i)] ? 1 : 0;
        report.numbers += number[std::size_t(i)] ? 1 : 0;
    }
    return report;
}

// --- what the C library keeps aside and the stack -------------------------

constexpr std::size_t TokenLength = 24;

// A random token, written into the scan area at offset; its needle.
Needle plantToken(ScanArea& area, std::size_t offset, quint64 seed)
{
    Characters c(seed);
    unsigned char* token = area.needles() + offset;
    for (std::size_t i = 0; i < TokenLength; ++i)
        token[i] = static_cast<unsigned char>(c.upper());
    return { Kind::Name, 0, false, offset, TokenLength, load32(token) };
}

// A size the scan does not allocate itself, so it does not take the block
// back out of the cache.
constexpr std::size_t CachedBlockSize = 1000;

// Frees a block holding text the way a model freeing a record's string does:
// small blocks go to the thread's cache, which glibc does not fill.
[[gnu::noinline]] void freeIntoThreadCache(const unsigned char* text)
{
    // Room in the cache for this size first: take out what it holds.
    std::array<void*, 8> others {};
    for (void*& other : others)
        other = std::malloc(CachedBlockSize);
    auto* block = static_cast<unsigned char*>(std::malloc(CachedBlockSize));
    if (!block)
        return;
    std::memcpy(block + 64, text, TokenLength);
    // The copy must happen although the block is freed at once.
    asm volatile("" : : "r"(block) : "memory");
    std::free(block);
    for (void* other : others)
        std::free(other);
}

// Leaves text on the stack, deeper than the scan's own calls reach, the way
// the text layout of a painted record does.
[[gnu::noinline]] void leaveOnStack(const unsigned char* text)
{
    volatile unsigned char frame[128 * 1024];
    for (std::size_t i = 0; i < sizeof frame; ++i)
        frame[i] = 0;
    for (std::size_t i = 0; i < TokenLength; ++i)
        frame[64 * 1024 + i] = text[i];
}

// --- the session ---------------------------------------------------------

// Types the password in, as the person at the PC does, and unlocks.
void unlockWithPassword(UnlockWindow* window, quint64 seed)
{
    typeInto(child<QLineEdit>(window, "usernameEdit"), adminName());
    auto* field = child<QLineEdit>(window, "passwordEdit");
    field->clear();
    QString password = textOf(seed, Kind::Password, 0);
    QTest::keyClicks(field, password);
    forget(password);
    QTest::keyClick(field, Qt::Key_Return);
}

// Shows every record section, then opens the first mentee's record.
MenteeRecordDialog* browseRecords(MainWindow& main)
{
    for (const QString& key :
        { PageKey::Caseload, PageKey::Mentors, PageKey::Sessions, PageKey::Concerns, PageKey::Mentees }) {
        main.showPage(key);
        QCoreApplication::processEvents();
    }
    QWidget* mentees = main.page(PageKey::Mentees);
    REQUIRE(mentees);
    auto* view = child<QTableView>(mentees, "menteesView");
    REQUIRE(waitUntil([&] { return view->model() && view->model()->rowCount() == MenteeCount; }));
    view->setCurrentIndex(view->model()->index(0, 0));
    auto* open = child<QPushButton>(mentees, "openMenteeButton");
    REQUIRE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    MenteeRecordDialog* record = nullptr;
    REQUIRE(waitUntil([&] {
        record = main.findChild<MenteeRecordDialog*>();
        return record && record->isVisible();
    }));
    return record;
}

// Locks as Ctrl+L does (the action it triggers; the record dialog has the
// keyboard), then lets the deferred deletes and the wiping after them run.
UnlockWindow* lockNow(StartController& controller, QPointer<MainWindow>& main)
{
    child<QAction>(main.data(), "lockAction")->trigger();
    REQUIRE(waitUntil([&] {
        flushDeletes();
        QCoreApplication::processEvents();
        return !main && qobject_cast<UnlockWindow*>(controller.currentWindow());
    }));
    for (int i = 0; i < 3; ++i) {
        flushDeletes();
        QCoreApplication::processEvents();
    }
    REQUIRE(controller.session()->isLocked());
    return qobject_cast<UnlockWindow*>(controller.currentWindow());
}

// With WINGMATE_TEST_SCREENSHOTS=<folder> and a real display (xcb under
// Xvfb), the whole screen is saved there as <name>.png, for a person to look
// at; otherwise nothing happens.
void screenshot(const char* name)
{
    const QString folder = qEnvironmentVariable("WINGMATE_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(500);
    QProcess::execute(QStringLiteral("import"),
        { QStringLiteral("-window"), QStringLiteral("root"),
            folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png") });
}

} // namespace

TEST_CASE(MakerTestName, "[.]")
{
    // Run by the test below, as a process of its own: the names are made
    // here, so the scanning process holds only what it read from the vault.
    prepareWidgetTest();
    const QString folder = qEnvironmentVariable(FolderVariable);
    const quint64 seed = qEnvironmentVariable(SeedVariable).toULongLong();
    REQUIRE(!folder.isEmpty());
    ManualClock clock;
    QString password = textOf(seed, Kind::Password, 0);
    Vault::CreateOptions options { adminName(), QStringLiteral("Scan Admin"), password,
        KdfParams::minimum() };
    Result<UserSession::Created> created = UserSession::createVault(folder, options, clock);
    options.password = QString();
    forget(password);
    REQUIRE(created.ok());
    UserSession& session = *created->session;
    const QDate today = clock.now().date();
    for (int i = 0; i < MenteeCount; ++i) {
        MenteeEpisode referral;
        referral.prisonerId
            = addPrisoner(session, textOf(seed, Kind::Number, i), textOf(seed, Kind::Name, i));
        referral.referredOn = today.addDays(-20);
        referral.referralSource = MenteeEpisode::ReferralSource::Self;
        startEpisode(session, referral, today.addDays(-19), today.addDays(-18));
    }
}

namespace {

// SQLCipher's own memory security (off in Wingmate: see README.md, "Locked
// means nothing readable"): wipes and locks every allocation SQLite makes.
// Process-wide, and once on it stays on, so only in a test case of its own.
void turnOnCipherMemorySecurity()
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("memory-security");
    {
        auto* driver = new SqlCipherDriver;
        const SecureBytes key = SecureBytes::random(32);
        driver->setRawKey(key.span());
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(dir.filePath(QStringLiteral("m.db")));
        REQUIRE(db.open());
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA cipher_memory_security = ON"));
        REQUIRE(query.exec(QStringLiteral("PRAGMA cipher_memory_security")));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toInt() == 1);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void lockAndScan()
{
    prepareWidgetTest();
    ScanArea area;
    const quint64 seed = QRandomGenerator::system()->generate64();

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("vault"));
    QProcess maker;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(FolderVariable), folder);
    environment.insert(QString::fromLatin1(SeedVariable), QString::number(seed));
    maker.setProcessEnvironment(environment);
    maker.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(MakerTestName) });
    REQUIRE(maker.waitForFinished(120000));
    INFO(maker.readAllStandardOutput().toStdString());
    REQUIRE(maker.exitStatus() == QProcess::NormalExit);
    REQUIRE(maker.exitCode() == 0);

    // Nothing of the vault has been read yet.
    const ScanReport fresh = scan(area, seed);
    INFO("before unlocking:\n" << fresh.details);
    REQUIRE(fresh.hits == 0);

    ManualClock clock;
    StartController controller(clock);
    controller.start(folder);
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    unlockWithPassword(unlock, seed);
    QPointer<MainWindow> main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    showActive(main);
    browseRecords(*main);

    screenshot("unlocked");

    // The scan finds what is on screen: it works.
    const ScanReport open = scan(area, seed);
    CHECK(open.names == MenteeCount);
    CHECK(open.numbers == MenteeCount);

    unlock = lockNow(controller, main);
    REQUIRE(unlock);
    screenshot("locked");
    const ScanReport locked = scan(area, seed);
    INFO("after the lock:\n" << locked.details);
    CHECK(locked.hits == 0);

    // Unlocking again comes back to the same section, records and all; the
    // next lock leaves nothing either, the password typed twice included.
    unlockWithPassword(unlock, seed);
    main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    CHECK(main->currentPageKey() == PageKey::Mentees);
    showActive(main);
    browseRecords(*main);
    CHECK(scan(area, seed).names == MenteeCount);
    unlock = lockNow(controller, main);
    REQUIRE(unlock);
    const ScanReport again = scan(area, seed);
    INFO("after the second lock:\n" << again.details);
    CHECK(again.hits == 0);
}

} // namespace

TEST_CASE("Locking leaves no name, prison number or password readable in the program's memory")
{
    lockAndScan();
}

// The measurement behind leaving SQLCipher's memory security off: with it on
// the scan finds exactly as little.
TEST_CASE("Locking leaves nothing readable with SQLCipher's memory security on as well")
{
    turnOnCipherMemorySecurity();
    lockAndScan();
}

TEST_CASE(
    "What freeing leaves in the per-thread cache and on the stack is wiped by the clean-up after a lock")
{
    prepareWidgetTest();
    ScanArea area;
    const quint64 seed = QRandomGenerator::system()->generate64();
    const std::vector<Needle> tokens { plantToken(area, 0, seed), plantToken(area, TokenLength, seed + 1) };
    freeIntoThreadCache(area.needles() + tokens[0].offset);
    leaveOnStack(area.needles() + tokens[1].offset);

    // Freed with the filling on, and still there: the filling alone is not
    // enough. (Were it enough one day, this test would say so.)
    std::vector<Found> found = scanOwnMemory(area, tokens);
    CHECK(found[0].count >= 1);
    CHECK(found[0].firstRegion == "[heap]");
    CHECK(found[1].count >= 1);
    CHECK(found[1].firstRegion == "[stack]");

    platform::wipeThreadLeftovers();
    found = scanOwnMemory(area, tokens);
    area.wipeNeedles();
    CHECK(found[0].count == 0);
    CHECK(found[1].count == 0);
}
