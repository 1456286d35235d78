#include "importkind.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Units:
        return u"units"_s;
    case ImportKind::Areas:
        return u"areas"_s;
    case ImportKind::Teams:
        return u"teams"_s;
    case ImportKind::Technicians:
        return u"technicians"_s;
    case ImportKind::Equipment:
        return u"equipment"_s;
    case ImportKind::Assessments:
        return u"assessments"_s;
    case ImportKind::Orders:
        return u"orders"_s;
    case ImportKind::Callbacks:
        return u"callbacks"_s;
    case ImportKind::Complaints:
        return u"complaints"_s;
    case ImportKind::RoomScores:
        return u"room_scores"_s;
    case ImportKind::Holidays:
        return u"holidays"_s;
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(const QString& key)
{
    for (ImportKind kind : allImportKinds()) {
        if (importKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString importKindDisplayName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Units:
        return QCoreApplication::translate("fd::Import", "Units");
    case ImportKind::Areas:
        return QCoreApplication::translate("fd::Import", "Service areas");
    case ImportKind::Teams:
        return QCoreApplication::translate("fd::Import", "Teams");
    case ImportKind::Technicians:
        return QCoreApplication::translate("fd::Import", "Technicians");
    case ImportKind::Equipment:
        return QCoreApplication::translate("fd::Import", "Equipment");
    case ImportKind::Assessments:
        return QCoreApplication::translate("fd::Import", "Assessments");
    case ImportKind::Orders:
        return QCoreApplication::translate("fd::Import", "Work orders");
    case ImportKind::Callbacks:
        return QCoreApplication::translate("fd::Import", "Callback calls");
    case ImportKind::Complaints:
        return QCoreApplication::translate("fd::Import", "Complaints");
    case ImportKind::RoomScores:
        return QCoreApplication::translate("fd::Import", "Machine-room scores");
    case ImportKind::Holidays:
        return QCoreApplication::translate("fd::Import", "Holidays");
    }
    return {};
}

QList<ImportKind> allImportKinds()
{
    return { ImportKind::Units, ImportKind::Areas, ImportKind::Teams, ImportKind::Technicians,
        ImportKind::Equipment, ImportKind::Assessments, ImportKind::Orders, ImportKind::Callbacks,
        ImportKind::Complaints, ImportKind::RoomScores, ImportKind::Holidays };
}

QStringList importColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Units:
        return { u"code"_s, u"name"_s, u"contract_no"_s, u"contract_start"_s, u"status"_s };
    case ImportKind::Areas:
        return { u"code"_s, u"name"_s, u"unit_code"_s, u"subscribers"_s };
    case ImportKind::Teams:
        return { u"code"_s, u"unit_code"_s, u"name"_s, u"area_codes"_s };
    case ImportKind::Technicians:
        return { u"code"_s, u"team_code"_s, u"name"_s, u"phone"_s, u"permit_no"_s, u"ftth_kit"_s,
            u"active"_s };
    case ImportKind::Equipment:
        return { u"unit_code"_s, u"team_code"_s, u"kind"_s, u"quantity"_s };
    case ImportKind::Assessments:
        return { u"unit_code"_s, u"kind"_s, u"date"_s, u"score"_s, u"passed"_s };
    case ImportKind::Orders:
        return { u"number"_s, u"kind"_s, u"account"_s, u"customer"_s, u"phone"_s, u"address"_s,
            u"area_code"_s, u"received_at"_s, u"team_code"_s, u"technician_code"_s,
            u"contacted_at"_s, u"appointment_start"_s, u"appointment_end"_s,
            u"customer_requested_later"_s, u"arrived_at"_s, u"completed_at"_s, u"status"_s,
            u"uniform"_s, u"permit_shown"_s, u"location_consulted"_s, u"tested"_s,
            u"site_cleaned"_s, u"signed_by"_s, u"rx_power_dbm"_s, u"exempt_reason"_s };
    case ImportKind::Callbacks:
        return { u"order_number"_s, u"attempted_at"_s, u"outcome"_s, u"on_time"_s, u"appointment"_s,
            u"uniform"_s, u"standard_service"_s, u"tested"_s, u"site_cleaned"_s, u"satisfaction"_s,
            u"commendation"_s, u"comment"_s };
    case ImportKind::Complaints:
        return { u"order_number"_s, u"unit_code"_s, u"received_at"_s, u"source"_s, u"category"_s,
            u"status"_s, u"staff_caused"_s, u"verified_at"_s, u"description"_s };
    case ImportKind::RoomScores:
        return { u"unit_code"_s, u"month"_s, u"points"_s, u"note"_s };
    case ImportKind::Holidays:
        return { u"date"_s, u"name"_s };
    }
    return {};
}

QStringList optionalImportColumns(ImportKind kind)
{
    if (kind == ImportKind::Orders)
        return { u"ont_collected"_s };
    // SPEC §17: who made the call, as the call centre's system exports it; a file without
    // the column (or a row that leaves it empty) is the importing user's calls.
    if (kind == ImportKind::Callbacks)
        return { u"agent"_s };
    return {};
}

QStringList importRequiredColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Units:
    case ImportKind::Areas:
    case ImportKind::Teams:
    case ImportKind::Technicians:
        return { u"code"_s };
    default:
        return importColumns(kind);
    }
}

} // namespace fd
