#!/usr/bin/env python3
"""Peak resident memory of `fiberdesk-cli import` for hostile file shapes (SPEC §16).

Usage: python3 scripts/import_memory.py [--cli build/app/fiberdesk-cli] [--mib 250]

Writes a demo database and, for each shape, a file of about --mib MiB into a temporary
folder, imports it, and prints the child's peak resident set size (wait4's ru_maxrss) and
how far it lies above the program's own: the peak of importing a small file of the same
kind. The figures go into docs/ROBUSTNESS.md. Not part of the test suite (it writes about
2.5 GB and takes minutes); tests/robustness/trustsafety_test.cpp checks the same shapes at
a few tens of MiB under an address-space limit.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

UNITS = b"code,name,contract_no,contract_start,status\n"
ORDERS = (b"number,kind,account,customer,phone,address,area_code,received_at,team_code,"
          b"technician_code,contacted_at,appointment_start,appointment_end,"
          b"customer_requested_later,arrived_at,completed_at,status,uniform,permit_shown,"
          b"location_consulted,tested,site_cleaned,signed_by,rx_power_dbm,exempt_reason\n")
COMPLAINTS = (b"order_number,unit_code,received_at,source,category,status,staff_caused,"
              b"verified_at,description\n")
CALLS = (b"order_number,attempted_at,outcome,on_time,appointment,uniform,standard_service,"
         b"tested,site_cleaned,satisfaction,commendation,comment\n")
ORDER_ROW = b"X-1,install,A1,Ana,,Calle 1,ZZ,2026-10-01T09:00:00Z,,,,,,no,,,new,,,,,,,,\n"


def write_shape(path, header, line, size, tail=b""):
    block = line * max(1, (1 << 20) // max(1, len(line)))
    with open(path, "wb") as out:
        out.write(header)
        written = len(header)
        while written < size:
            out.write(block)
            written += len(block)
        out.write(tail)
    return path


def run(cli, env, args):
    started = time.monotonic()
    child = subprocess.Popen([cli] + args, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return (child.returncode, usage.ru_maxrss // 1024, time.monotonic() - started,
            err.decode("utf-8", "replace").strip())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default="build/app/fiberdesk-cli")
    parser.add_argument("--mib", type=int, default=250)
    options = parser.parse_args()
    size = options.mib << 20
    folder = tempfile.mkdtemp(prefix="fd-import-memory-")
    env = dict(os.environ, FIBERDESK_LANG="en", HOME=folder, XDG_CONFIG_HOME=folder + "/config",
               XDG_DATA_HOME=folder + "/data", QT_QPA_PLATFORM="offscreen")
    env.pop("FIBERDESK_DB", None)
    db = os.path.join(folder, "operator.db")
    code, _, _, err = run(options.cli, env, ["--db", db, "demo", "--orders", "300"])
    if code != 0:
        sys.exit("demo failed: " + err)
    run(options.cli, env, ["--db", db, "backups", "--keep-days", "0"])  # measure the import alone

    small = {
        "units": write_shape(os.path.join(folder, "s-units.csv"), UNITS, b"Q1,Quinta,,,candidate\n", 0),
        "orders": write_shape(os.path.join(folder, "s-orders.csv"), ORDERS, ORDER_ROW, 0),
        "complaints": write_shape(os.path.join(folder, "s-complaints.csv"), COMPLAINTS,
                                  b"X-1,N1,2026-10-01T09:00:00Z,call,delay,open,,,Nunca vino\n", 0),
        "callbacks": write_shape(os.path.join(folder, "s-calls.csv"), CALLS,
                                 b"X-1,2026-10-02T10:00:00Z,no_answer,,,,,,,,,\n", 0),
    }
    base = {}
    for kind, path in small.items():
        base[kind] = max(run(options.cli, env, ["--db", db, "import", kind, path])[1] for _ in range(3))

    commas = b"," * 999 + b"\n"
    shapes = [
        ("20 MB-style empty fields: rows of 1,000 empty fields", "units", UNITS, commas, b""),
        ("rows of 1,000 empty fields, streamed kind", "orders", ORDERS, commas, b""),
        ("rows of empty fields, as many as the header's", "units", UNITS, b",,,,\n", b""),
        ("rows of empty fields, as many as the header's", "orders", ORDERS, b"," * 24 + b"\n", b""),
        ("one line of empty fields", "units", UNITS, b",,,,,,,,", b""),
        ("one line without a break", "units", b"", b"x" * 64, b""),
        ("a huge quoted field", "complaints", COMPLAINTS + b'X-1,N1,2026-10-01,"',
         b'text, ""quoted"" and\nmore lines\n', b""),
        ("millions of columns", "units", b"", b"code,", b"\n"),
        ("millions of rows, whole-file kind (units)", "units", UNITS,
         b"U0000001,Unidad de prueba,CT-000001,2024-01-01,active\n", b""),
        ("millions of rows, whole-file kind (complaints)", "complaints", COMPLAINTS,
         b"X-1,N1,2026-10-01T09:00:00Z,call,delay,open,,,The technician never came\n", b""),
        ("millions of bad order rows (streamed)", "orders", ORDERS, ORDER_ROW, b""),
        ("millions of call rows (streamed)", "callbacks", CALLS,
         b"X-1,2026-10-02T10:00:00Z,no_answer,,,,,,,,,\n", b""),
    ]
    print(f"| shape ({options.mib} MiB) | kind | exit | peak RSS MiB | above the program's own MiB | seconds | message |")
    print("|---|---|---|---|---|---|---|")
    for name, kind, header, line, tail in shapes:
        path = write_shape(os.path.join(folder, "shape.csv"), header, line, size, tail)
        code, peak, seconds, err = run(options.cli, env, ["--db", db, "import", kind, path])
        os.remove(path)
        message = err.splitlines()[0][:90] if err else ""
        print(f"| {name} | {kind} | {code} | {peak} | {peak - base[kind]} | {seconds:.1f} | {message} |",
              flush=True)
    print("program's own (small file):", ", ".join(f"{k} {v} MiB" for k, v in base.items()))


if __name__ == "__main__":
    main()
