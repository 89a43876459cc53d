// The vault folder as found on disk. A real vault is made once; each input is
// a list of damage done to its database (4 bytes each: a 3-byte offset and a
// byte to XOR there; a single byte left over cuts the file to that many
// pages), so the fuzzer works on a database that decrypts, not on noise.
// The damaged folder is opened with the right password and, if it opens,
// checked page by page: any answer is fine, a crash or hang is not.
#include "FuzzTarget.h"
#include "storage/Vault.h"

#include <QFile>
#include <QTemporaryDir>

using namespace wingmate;

namespace {

const QString User = QStringLiteral("admin");
const QString Password = QStringLiteral("Wing-PC correct horse 7");

struct Pristine {
    QTemporaryDir dir;
    QString vault;
    QString db;
    QByteArray bytes;

    Pristine()
    {
        vault = dir.filePath(QStringLiteral("vault"));
        db = vault + QStringLiteral("/wingmate.db");
        Vault::CreateOptions options { User, QStringLiteral("Fuzz Admin"), Password, KdfParams::minimum() };
        Result<Vault::Created> created = Vault::create(vault, options);
        if (!created)
            abort();
        created->vault.reset();
        QFile file(db);
        if (!file.open(QIODevice::ReadOnly))
            abort();
        bytes = file.readAll();
    }
};

} // namespace

WINGMATE_FUZZ_TARGET(data)
{
    static Pristine pristine;
    QByteArray damaged = pristine.bytes;
    qsizetype i = 0;
    for (; i + 4 <= data.size(); i += 4) {
        const auto byte = [&](qsizetype k) { return quint32(quint8(data.at(i + k))); };
        const qsizetype offset = qsizetype((byte(0) | byte(1) << 8 | byte(2) << 16) % quint32(damaged.size()));
        damaged[offset] = char(quint8(damaged.at(offset)) ^ quint8(data.at(i + 3)));
    }
    if (i < data.size())
        damaged.truncate(qsizetype(quint8(data.at(i))) * 4096);

    QFile::remove(pristine.db + QStringLiteral("-wal"));
    QFile::remove(pristine.db + QStringLiteral("-shm"));
    QFile file(pristine.db);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(damaged) != damaged.size())
        abort();
    file.close();
    Result<std::unique_ptr<Vault>> opened = Vault::open(pristine.vault, User, Password);
    if (opened)
        (void)(*opened)->checkIntegrity();
}
