#pragma once

#include "Status.h"
#include "storage/Vault.h"

#include <QObject>
#include <QString>

class QThread;

namespace wingmate::ui {

// Makes a new vault away from the GUI thread, so the window stays alive
// while the key derivation is calibrated to this PC (a few seconds) and the
// key slots are sealed. The new vault is closed again in the worker thread,
// because a QSqlDatabase connection belongs to the thread that opened it;
// whoever continues opens it afresh with the administrator's password.
class VaultCreationJob : public QObject {
    Q_OBJECT
public:
    explicit VaultCreationJob(QObject* parent = nullptr);
    // Waits for a running job: the vault folder must not be left half-made.
    ~VaultCreationJob() override;

    // Starts making the vault. An invalid options.kdf means "calibrate for
    // this PC" (KdfParams::forNewSlots(), done in the worker).
    void start(const QString& folder, const Vault::CreateOptions& options);
    bool isRunning() const { return m_thread != nullptr; }

    // Valid once finished() has been emitted.
    const Status& status() const { return m_status; }
    const QString& recoveryCode() const { return m_recoveryCode; }
    // The folder as the vault names it (absolute, clean).
    const QString& folder() const { return m_folder; }

Q_SIGNALS:
    void finished();

private:
    QThread* m_thread = nullptr;
    // Written only by the worker while it runs, read only after it ends.
    Status m_status;
    QString m_recoveryCode;
    QString m_folder;
};

} // namespace wingmate::ui
