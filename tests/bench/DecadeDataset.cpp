#include "DecadeDataset.h"

#include "BenchReport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace wingmate::bench {

namespace {

// Bump when the generator or the schema changes what is written, so caches
// are remade.
// 5: SQLCipher 4 vaults.
const QByteArray DatasetVersion = "decade-9";

} // namespace

QString DecadeDataset::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(QStringLiteral("wingmate-bench"));
}

QString DecadeDataset::vaultIn(const QString& folder, VaultStorage storage)
{
    return QDir(folder).filePath(storage == VaultStorage::Encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain"));
}

DecadeDataset DecadeDataset::ensure(const QString& folder, bool regenerate, const Clock& clock)
{
    DecadeDataset dataset;
    dataset.m_folder = QDir(folder).absolutePath();
    const QString infoPath = QDir(dataset.m_folder).filePath(QStringLiteral("dataset.txt"));
    QFile info(infoPath);
    if (!regenerate && info.open(QIODevice::ReadOnly)) {
        QHash<QByteArray, QByteArray> values;
        for (const QByteArray& row : info.readAll().split('\n')) {
            const qsizetype eq = row.indexOf('=');
            if (eq > 0)
                values.insert(row.left(eq), row.mid(eq + 1));
        }
        if (values.value("version") == DatasetVersion && Vault::exists(vaultIn(dataset.m_folder, VaultStorage::Encrypted))
            && Vault::exists(vaultIn(dataset.m_folder, VaultStorage::UnencryptedForBenchmark))) {
            dataset.m_encryptedMs = values.value("encrypted_ms").toDouble();
            dataset.m_plainMs = values.value("plain_ms").toDouble();
            dataset.m_generatedOn = QString::fromUtf8(values.value("generated_on"));
            return dataset;
        }
    }
    info.close();

    for (VaultStorage storage : { VaultStorage::Encrypted, VaultStorage::UnencryptedForBenchmark }) {
        const QString vault = vaultIn(dataset.m_folder, storage);
        if (!QDir(vault).removeRecursively())
            BenchReport::fail(QStringLiteral("could not remove the old dataset in %1").arg(vault));
        BenchReport::note(QStringLiteral("making the decade dataset in %1 ...").arg(vault));
        QElapsedTimer timer;
        timer.start();
        Result<DecadeGenerator::Made> made = DecadeGenerator::generate(vault, storage, clock);
        if (!made)
            BenchReport::fail(made.status().message() + QLatin1Char(' ') + made.status().details());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        (storage == VaultStorage::Encrypted ? dataset.m_encryptedMs : dataset.m_plainMs) = ms;
        BenchReport::note(QStringLiteral("made in %1 s: %2 prisoners, %3 episodes, %4 sessions (%5 attendance rows), %6 "
                                         "check-ins, %7 concerns, %8 reviews, %9 follow-up actions, %10 audit events")
                              .arg(ms / 1000, 0, 'f', 1)
                              .arg(made->prisoners)
                              .arg(made->episodes)
                              .arg(made->sessions)
                              .arg(made->attendance)
                              .arg(made->checkIns)
                              .arg(made->concerns)
                              .arg(made->reviews)
                              .arg(made->followUps)
                              .arg(made->auditEvents));
    }
    dataset.m_generatedOn = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    dataset.m_madeNow = true;
    QSaveFile out(infoPath);
    if (!out.open(QIODevice::WriteOnly))
        BenchReport::fail(QStringLiteral("could not write %1").arg(infoPath));
    out.write("version=" + DatasetVersion + "\nencrypted_ms=" + QByteArray::number(dataset.m_encryptedMs, 'f', 1)
        + "\nplain_ms=" + QByteArray::number(dataset.m_plainMs, 'f', 1) + "\ngenerated_on=" + dataset.m_generatedOn.toUtf8()
        + "\n");
    if (!out.commit())
        BenchReport::fail(QStringLiteral("could not write %1").arg(infoPath));
    return dataset;
}

void DecadeDataset::copyTo(const QString& scratch) const
{
    for (VaultStorage storage : { VaultStorage::Encrypted, VaultStorage::UnencryptedForBenchmark }) {
        const QDir from(vaultIn(m_folder, storage));
        const QString to = vaultIn(scratch, storage);
        if (!QDir().mkpath(to))
            BenchReport::fail(QStringLiteral("could not make %1").arg(to));
        const QString database = QString::fromLatin1(Vault::DatabaseFileName);
        for (const QString& file : { database, database + QStringLiteral("-wal"), QString::fromLatin1(Vault::KeyFileName) }) {
            if (file.endsWith(QLatin1String("-wal")) && !QFile::exists(from.filePath(file)))
                continue;
            if (!QFile::copy(from.filePath(file), QDir(to).filePath(file)))
                BenchReport::fail(QStringLiteral("could not copy %1 into %2").arg(from.filePath(file), to));
        }
    }
}

} // namespace wingmate::bench
