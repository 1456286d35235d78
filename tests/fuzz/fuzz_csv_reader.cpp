// libFuzzer target: the CSV reader and the typed field readers on arbitrary bytes, with the
// orders file's columns. Invariants: no crash, no hang, no sanitizer report; a reader that
// stops early says where and why.
#include "csv/csvreader.h"
#include "csv/csvrow.h"
#include "fuzzsupport.h"
#include "services/import/importkind.h"

#include <QBuffer>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fd::fuzz::initialiseApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    fd::CsvReader reader(&buffer);
    fd::CsvRecord record;
    fd::CsvColumns columns;
    bool header = true;
    bool columnsKnown = false;
    const QTimeZone lima("America/Lima");
    QList<fd::CsvProblem> problems;
    while (reader.next(record)) {
        if (record.line < 1)
            fd::fuzz::fail(u"a record without a line number"_s);
        if (header) {
            fd::CsvProblem problem;
            columnsKnown
                = columns.read(record.fields, fd::importColumns(fd::ImportKind::Orders), problem);
            header = false;
            continue;
        }
        if (!columnsKnown || !columns.fitsRecord(record, problems))
            continue;
        const fd::CsvRow row(record, columns, problems);
        (void)row.text(u"number"_s);
        (void)row.optionalYesNo(u"customer_requested_later"_s);
        (void)row.instant(u"received_at"_s, lima);
        (void)row.instant(u"arrived_at"_s, lima, true);
        (void)row.optionalDecimal(u"rx_power_dbm"_s);
        (void)row.date(u"appointment_start"_s, true);
        problems.clear();
    }
    if (reader.failed() && reader.problem().message.trimmed().isEmpty())
        fd::fuzz::fail(u"the reader stopped without a reason"_s);
    return 0;
}
