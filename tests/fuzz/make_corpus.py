#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

    python3 tests/fuzz/make_corpus.py [path/to/fiberdesk-cli]

The CSV seeds fit the small operator every import target starts from (fuzzsupport.cpp):
units U1 and U2, areas A1 and A3, teams T1 and T2, technicians P1 and P2, orders T1-T7 of
October 2026. Each kind has a file that imports, one or two that are refused, and the
shapes the reader must handle (quotes, a byte-order mark, CRLF). The database seeds are
made with fiberdesk-cli (init) and shrunk to 512-byte pages, so that mutating them is quick:
a fresh database, one with a newer schema version, one of another program, and an empty
file. Re-run after the schema or the file formats change; the output is deterministic.
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

ORDERS_HEADER = ("number,kind,account,customer,phone,address,area_code,received_at,team_code,technician_code,"
                 "contacted_at,appointment_start,appointment_end,customer_requested_later,arrived_at,completed_at,"
                 "status,uniform,permit_shown,location_consulted,tested,site_cleaned,signed_by,rx_power_dbm,"
                 "exempt_reason\n")
CALLBACKS_HEADER = ("order_number,attempted_at,outcome,on_time,appointment,uniform,standard_service,tested,"
                    "site_cleaned,satisfaction,commendation,comment\n")
COMPLAINTS_HEADER = ("order_number,unit_code,received_at,source,category,status,staff_caused,verified_at,"
                     "description\n")

SEEDS = {
    "import_units": {
        "valid": "code,name,contract_no,contract_start,status\nU3,Tres,CT-3,2025-05-01,candidate\n",
        "update": "code,name,contract_no,contract_start,status\nU1,\"Uno, Redes \"\"Fibra\"\"\",CT-1,2024-01-01,active\n",
        "bom_crlf": "\ufeffCode,Name,Contract_No,Contract_Start,Status\r\nU4,华南光网,,,\r\n",
        "bad": "code,name,contract_no,contract_start,status\nU5,Cinco,,2025-13-01,asleep\n",
    },
    "import_areas": {
        "valid": "code,name,unit_code,subscribers\nA4,Surco,U1,5001\n",
        "bad": "code,name,unit_code,subscribers\nA5,Lince,U9,-3\n",
    },
    "import_teams": {
        "valid": "code,unit_code,name,area_codes\nT3,U1,Cuadrilla 3,A1\n",
        "bad": "code,unit_code,name,area_codes\nT4,U1,Cuadrilla 4,A1;A3\n",
    },
    "import_technicians": {
        "valid": "code,team_code,name,phone,permit_no,ftth_kit,active\nP3,T1,Luis,+51 999 000 111,WP-1,yes,yes\n",
        "bad": "code,team_code,name,phone,permit_no,ftth_kit,active\nP4,T9,Rosa,,,maybe,yes\n",
    },
    "import_equipment": {
        "valid": "unit_code,team_code,kind,quantity\nU1,,fusion_splicer,2\nU1,T1,ladder,1\n",
        "bad": "unit_code,team_code,kind,quantity\nU1,T2,drone,1\n",
    },
    "import_assessments": {
        "valid": "unit_code,kind,date,score,passed\nU2,qualification,2026-01-10,70,yes\n",
        "bad": "unit_code,kind,date,score,passed\nU1,retraining,2026-12-30,70,yes\n",
    },
    "import_orders": {
        "valid": ORDERS_HEADER
        + "N1,install,ACC-9,Cliente,,,A1,2026-11-02T09:00:00,T1,P1,,,,,2026-11-02T12:00:00,2026-11-02T13:00:00,"
          "completed,yes,yes,yes,yes,yes,Cliente,-20,\n"
        + "N2,repair,ACC-1,\"Pérez, Ana\",,\"Av. Larco 123\nDpto 4\",A3,2026-11-03 08:00,,,,,,,,,new,,,,,,,,\n",
        "update": ORDERS_HEADER + "T4,repair,ACC-2,Cliente,,,A1,2026-10-10T09:00:00,T1,P1,,,,,,,assigned,,,,,,,,\n",
        "bad": ORDERS_HEADER + "N3,install,ACC-3,Cliente,,,A1,2026-11-02T09:00:00,,,,,,,,,completed,,,,,,,,\n",
    },
    "import_callbacks": {
        "valid": CALLBACKS_HEADER + "T3,2026-10-09T10:00:00,reached,yes,yes,no,yes,yes,yes,8,no,Bien\n",
        "attempts": CALLBACKS_HEADER + "T7,2026-10-16T10:00:00,no_answer,,,,,,,,,\nT7,2026-10-16T15:00:00,busy,,,,,,,,,\n",
        "bad": CALLBACKS_HEADER + "T4,2026-10-11T10:00:00,reached,yes,yes,yes,yes,yes,yes,11,no,\n",
    },
    "import_complaints": {
        "valid": COMPLAINTS_HEADER + "T3,,2026-10-18T10:00:00,hotline,late,verified,yes,2026-10-20T10:00:00,Tarde\n",
        "bad": COMPLAINTS_HEADER + ",U9,2026-10-18T10:00:00,email,rude,open,,,\n",
    },
    "import_room_scores": {
        "valid": "unit_code,month,points,note\nU1,2026-10,12.5,racks\nU2,2026-10,15,\n",
        "bad": "unit_code,month,points,note\nU1,2026-10,16,too many\n",
    },
}
SEEDS["csv_reader"] = {name: text for name, text in SEEDS["import_orders"].items()}
SEEDS["csv_reader"]["quotes"] = "a,b\n\"x\"\"y\",\"line\r\nbreak\"\n,\n"


def write_csv_seeds():
    for target, files in SEEDS.items():
        folder = CORPUS / target
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name, text in files.items():
            (folder / (name + ".csv")).write_bytes(text.encode("utf-8"))


def shrink(path):
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA page_size = 512")
    connection.execute("VACUUM")
    connection.close()


def write_database_seeds(cli):
    folder = CORPUS / "open_database"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.db"
        subprocess.run([cli, "--db", str(fresh), "init"], check=True, stdout=subprocess.DEVNULL,
                       env=dict(os.environ, FIBERDESK_LANG="en", HOME=scratch))
        shrink(fresh)
        shutil.copy(fresh, folder / "fresh.db")
        newer = folder / "newer.db"
        shutil.copy(fresh, newer)
        connection = sqlite3.connect(newer)
        connection.execute("UPDATE fiberdesk_meta SET value = '99' WHERE key = 'schema_version'")
        connection.commit()
        connection.close()
        other = folder / "other.db"
        connection = sqlite3.connect(other)
        connection.execute("PRAGMA page_size = 512")
        connection.execute("CREATE TABLE songs (title TEXT)")
        connection.execute("INSERT INTO songs VALUES ('Ojalá')")
        connection.commit()
        connection.close()
    (folder / "empty.db").write_bytes(b"")
    (folder / "text.db").write_bytes(b"code,name\nU1,Uno\n")


if __name__ == "__main__":
    write_csv_seeds()
    cli = sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent.parent / "build" / "app" / "fiberdesk-cli")
    write_database_seeds(cli)
    print("seed corpora written to", CORPUS)
