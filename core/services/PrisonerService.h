#pragma once

#include "Status.h"
#include "domain/Prisoner.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QList>

namespace wingmate {

// Prisoners: add, change, soft delete, find. Every rule is checked here,
// whatever front end asks: prison number format and uniqueness, dates not in
// the future, text that can be stored. Changes are audited field by field.
class PrisonerService {
    Q_DECLARE_TR_FUNCTIONS(PrisonerService)
public:
    explicit PrisonerService(UserSession& session);

    // Checks a prisoner's fields (not uniqueness); empty when acceptable.
    QString problem(const Prisoner& prisoner) const;

    Result<Prisoner> add(const Prisoner& prisoner);
    Status update(const Prisoner& prisoner);
    Status remove(qint64 id, const QString& reason);

    Result<Prisoner> get(qint64 id) const;
    Result<Prisoner> findByPrisonNumber(const QString& prisonNumber) const;
    // Partial name or prison number, ignoring case and accents.
    Result<QList<Prisoner>> search(const QString& text, int limit = 50) const;

    // Whether the prisoner is recorded as leaving the establishment: their
    // status is transferred or released, or their latest mentee episode was
    // closed, or their latest mentor record left, for a transfer or a
    // release. Needs ViewRecords.
    Result<bool> recordedAsLeaving(const Prisoner& prisoner) const;
    // Whether the signed-in user may write this prisoner's records to a
    // file with operation (PrintRecords, TransferRecords): see
    // Permissions::requireForPrisoner. ErrorCode::Forbidden says why not.
    Status requireDisclosure(Operation operation, const Prisoner& prisoner) const;

    // Within a WriteContext of another service (e.g. a referral that adds
    // its prisoner in the same transaction).
    Result<qint64> insert(WriteContext& ctx, const Prisoner& prisoner) const;

private:
    Result<QList<Prisoner>> select(const QString& where, const QVariantList& values, int limit = -1) const;
    QDate today() const;

    UserSession& m_session;
};

} // namespace wingmate
