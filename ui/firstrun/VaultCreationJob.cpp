#include "VaultCreationJob.h"

#include "services/UserSession.h"

#include <QThread>

namespace wingmate::ui {

VaultCreationJob::VaultCreationJob(QObject* parent)
    : QObject(parent)
{
}

VaultCreationJob::~VaultCreationJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void VaultCreationJob::start(const QString& folder, const Vault::CreateOptions& options)
{
    Q_ASSERT(!isRunning());
    m_status = Status::success();
    m_recoveryCode.clear();
    m_folder.clear();

    m_thread = QThread::create([this, folder, options] {
        Vault::CreateOptions withKdf = options;
        if (!withKdf.kdf.isValid())
            withKdf.kdf = KdfParams::forNewSlots();
        // Through UserSession, so the new vault's first audit events (made,
        // first administrator) are written with it.
        Result<UserSession::Created> created = UserSession::createVault(folder, withKdf);
        if (!created) {
            m_status = created.status();
            return;
        }
        m_recoveryCode = created->recoveryCode;
        m_folder = created->session->directory();
        created->session.reset();
    });
    m_thread->setObjectName(QStringLiteral("VaultCreation"));
    // Queued to this object's thread: results are read only after the worker
    // has finished writing them.
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished();
    });
    m_thread->start();
}

} // namespace wingmate::ui
