#!/usr/bin/env python3
"""Checks the rooms of docs/ROOMS.md that the compiler alone cannot see.

    python3 scripts/rooms.py [ROOT]      check the tree (the suite's `rooms` test)
    python3 scripts/rooms.py --self-test check the checker on planted samples

Fails when
  - a string literal outside core/storage (in core/, ui/, app/; tests are free to read the
    database) holds an SQL statement: SELECT … FROM, INSERT INTO t, UPDATE t SET,
    DELETE FROM t, CREATE/DROP TABLE|INDEX|VIEW|TRIGGER, ALTER TABLE, PRAGMA x, WITH x AS (;
  - a file under ui/ includes a storage header;
  - a file under ui/ spells a colour (#rrggbb in a string, QColor(0x…, …), qRgb(…)) outside
    the palette, ui/widgets/palette.h (ui/reports/, printed documents, keeps its own);
  - anywhere in core/, ui/ or app/, an error is built without a message: Error(),
    Error(QString()), Error({}), Error(u""_s) and the like (core/common/result.h).
Keywords count only in capitals and followed by SQL-shaped tokens, so that prose ("Select
the orders from the list", "Delete from here") never trips it. Adjacent literals
(u"SELECT a " "FROM t") are read as one, as the compiler joins them.
"""

import os
import re
import sys

SQL_PATTERNS = [
    re.compile(r"\bSELECT\s+(DISTINCT\s+)?[\w.*(][\s\S]*?\bFROM\s+[A-Za-z_(]"),
    re.compile(r"^\s*SELECT\s+(DISTINCT\s+)?(\*|[A-Za-z_][\w.]*\s*(,|\(|$|\bAS\b))"),
    re.compile(r"\bINSERT\s+(OR\s+\w+\s+)?INTO\s+[A-Za-z_]"),
    re.compile(r"\bUPDATE\s+[A-Za-z_][\w.]*\s+SET\s+[A-Za-z_]"),
    re.compile(r"\bDELETE\s+FROM\s+[A-Za-z_]"),
    re.compile(
        r"\b(CREATE|DROP)\s+(TEMP(ORARY)?\s+)?(UNIQUE\s+)?(TABLE|INDEX|VIEW|TRIGGER)\b"),
    re.compile(r"\bALTER\s+TABLE\s+[A-Za-z_]"),
    re.compile(r"\bPRAGMA\s+[a-z_]+"),
    re.compile(r"\bWITH\s+(RECURSIVE\s+)?[A-Za-z_]\w*(\s*\([^)]*\))?\s+AS\s*\("),
]

# A C++ string literal with its prefix: u"…", u8"…", L"…", "…" (raw strings are read apart).
LITERAL = re.compile(r'(?:u8|u|U|L)?"((?:[^"\\\n]|\\.)*)"')
RAW_LITERAL = re.compile(r'(?:u8|u|U|L)?R"([^(\s]*)\(([\s\S]*?)\)\1"')
COMMENT = re.compile(r"//[^\n]*|/\*[\s\S]*?\*/")
STORAGE_INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]storage/', re.MULTILINE)
# A colour spelt out: #rrggbb(aa) or a short #rgb in a string, or numbers given to QColor.
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b|(?<=[:\s])#[0-9a-fA-F]{3}\b(?=[;'\"\s)])")
NUMERIC_COLOUR = re.compile(
    r"\bQColor\s*\(\s*(?:0x[0-9a-fA-F]+|\d+)\s*,|\bQColor::fromRgb\s*\(|\bqRgba?\s*\(")
PALETTE = "ui/widgets/palette.h"
# An Error (core/common/result.h) with nothing to say; `Error() = delete;` itself excepted.
EMPTY_ERROR = re.compile(
    r'\bError\s*(?:\(\s*(?:QString\s*(?:\(\s*\)|\{\s*\})|\{\s*\}|(?:u8|u|L)?""(?:_s)?'
    r'|QStringLiteral\(\s*""\s*\)|QLatin1String\(\s*""\s*\))?\s*\)|\{\s*\})(?!\s*=\s*delete)')
# The same hidden in one arm of a condition: Error(found ? QString() : found.error()).
CONDITIONAL_EMPTY_ERROR = re.compile(
    r'\bError\s*\([^;()]*(?:\([^;()]*\)[^;()]*)*[?:]\s*QString\s*(?:\(\s*\)|\{\s*\})')


def strip_comments(text):
    """Blanks comments (keeping line breaks) without touching string literals."""
    out = []
    i = 0
    pattern = re.compile(r'(?:u8|u|U|L)?R"([^(\s]*)\([\s\S]*?\)\1"'
                         r'|(?:u8|u|U|L)?"(?:[^"\\\n]|\\.)*"'
                         r"|'(?:[^'\\\n]|\\.)*'"
                         r"|//[^\n]*|/\*[\s\S]*?\*/")
    for match in pattern.finditer(text):
        out.append(text[i:match.start()])
        token = match.group(0)
        if token.startswith("//") or token.startswith("/*"):
            out.append(re.sub(r"[^\n]", " ", token))
        else:
            out.append(token)
        i = match.end()
    out.append(text[i:])
    return "".join(out)


def literals(text):
    """(line, text) of each run of adjacent string literals, joined as the compiler does."""
    text = strip_comments(text)
    found = []
    for match in RAW_LITERAL.finditer(text):
        found.append((match.start(), match.end(), match.group(2)))
    raw_spans = [(start, end) for start, end, _ in found]
    for match in LITERAL.finditer(text):
        if any(start <= match.start() < end for start, end in raw_spans):
            continue
        found.append((match.start(), match.end(), match.group(1)))
    found.sort()
    runs = []
    for start, end, body in found:
        if runs and text[runs[-1][1]:start].strip() == "":
            runs[-1] = (runs[-1][0], end, runs[-1][2] + body)
        else:
            runs.append((start, end, body))
    return [(text.count("\n", 0, start) + 1, body) for start, _, body in runs]


def sql_in(body):
    return any(pattern.search(body) for pattern in SQL_PATTERNS)


def in_storage(path):
    rel = path.replace(os.sep, "/")
    return rel == "core/storage" or rel.startswith("core/storage/")


def check_text(path, text):
    problems = []
    if not in_storage(path):
        for line, body in literals(text):
            if sql_in(body):
                shown = body if len(body) <= 70 else body[:67] + "..."
                problems.append(f"{path}:{line}: SQL outside core/storage: \"{shown}\"")
    rel = path.replace(os.sep, "/")
    if rel.startswith("ui/") and not rel.startswith("ui/reports/") and rel != PALETTE:
        for line, body in literals(text):
            found = HEX_COLOUR.search(body)
            if found:
                problems.append(f"{path}:{line}: a colour outside the palette: {found.group(0)} "
                                f"(name a ColourRole of {PALETTE})")
        code = strip_comments(text)
        for match in NUMERIC_COLOUR.finditer(code):
            line = code.count("\n", 0, match.start()) + 1
            problems.append(f"{path}:{line}: a colour outside the palette: {match.group(0)} "
                            f"(name a ColourRole of {PALETTE})")
    code_without_comments = strip_comments(text)
    empties = list(EMPTY_ERROR.finditer(code_without_comments))
    empties += CONDITIONAL_EMPTY_ERROR.finditer(code_without_comments)
    for match in empties:
        line = text.count("\n", 0, match.start()) + 1
        problems.append(f"{path}:{line}: an error without a message: {match.group(0)}")
    if path.replace(os.sep, "/").startswith("ui/"):
        for match in STORAGE_INCLUDE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{path}:{line}: ui/ includes a storage header")
    return problems


def checked_files(root):
    for top in ("core", "ui", "app"):
        for folder, dirs, files in os.walk(os.path.join(root, top)):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    yield os.path.relpath(os.path.join(folder, name), root)


def check_tree(root):
    problems = []
    count = 0
    for path in checked_files(root):
        count += 1
        with open(os.path.join(root, path), encoding="utf-8") as handle:
            problems.extend(check_text(path, handle.read()))
    return count, problems


PLANTED = [
    'runSql(db, u"SELECT id FROM units"_s);',
    'QString q = u"SELECT o.unit_id, COUNT(*) "\n    "FROM orders o GROUP BY o.unit_id"_s;',
    'scalar(db, u"SELECT COUNT(*)"_s + u" FROM units"_s);',
    'const QString s = u"SELECT code, id"_s;',
    'execSql(db, u"INSERT INTO units (code) VALUES (?)"_s);',
    'execSql(db, u"UPDATE orders SET status = ?"_s);',
    'execSql(db, u"DELETE FROM callbacks WHERE id = ?"_s);',
    'execSql(db, u"CREATE TABLE t (id INTEGER)"_s);',
    'execSql(db, u"CREATE UNIQUE INDEX i ON t (id)"_s);',
    'execSql(db, u"DROP TABLE t"_s);',
    'execSql(db, u"ALTER TABLE t ADD COLUMN c"_s);',
    'execSql(db, u"PRAGMA foreign_keys = ON"_s);',
    'runSql(db, u"WITH due AS (SELECT 1) SELECT * FROM due"_s);',
    'runSql(db, R"(SELECT a\nFROM b)");',
]
PROSE = [
    'tr("Select the orders from the list to assign them.")',
    'tr("Delete from here the rows you do not want.")',
    'tr("Update the team set up for tomorrow.")',
    'tr("Create a table of the month.")',
    'tr("SELECT")',
    'tr("Press SELECT to choose, then INSERT a row.")',
    'u"select id from units"_s',
    '// SELECT id FROM units, a comment\nint x = 0;',
    '/* INSERT INTO units (code) */ int y = 0;',
    'tr("With the team as it stands (two technicians), …")',
    "char c = '\"'; QString s = u\"Drop the index card\"_s;",
]


EMPTY_ERRORS = [
    "return Error(QString());",
    "return Error();",
    "Result<User> saved = Error(QString());",
    "return Error({});",
    'return Error(u""_s);',
    'return fd::Error(QStringLiteral(""));',
    "return ::fd::Error(QString {});",
    "return Error {};",
    "return Error(saved.ok() ? QString() : saved.error());",
    "return Error(missing ? saved.error() : QString {});",
]
MESSAGES = [
    "Error() = delete;",
    "return Error(query.error());",
    'return Error(tr("The unit is retired."));',
    "return Error(describeSqlError(query.lastError()));",
    "const QString e = generalError();",
    "// return Error(QString()); in a comment\nint z = 0;",
    'return Error(found.ok() ? tr("It is gone.") : found.error());',
    "const QString why = ok ? QString() : reason; return Error(reason);",
]


COLOURS = [
    'label->setStyleSheet(u"color: #9b1c1c;"_s);',
    'return QBrush(QColor(0x9b, 0x1c, 0x1c));',
    'return QColor(155, 28, 28);',
    'tr("<span style=\'background:#f8d0d3\'>overdue</span>")',
    'u"QLabel { color: #abc; }"_s',
    'QColor c = QColor::fromRgb(0x9b1c1c);',
]
NOT_COLOURS = [
    'u"QPushButton#yes:checked { color: %1; }"_s.arg(colourName(ColourRole::SuccessText))',
    'u"QPushButton#add { border: none; }"_s',
    'return QBrush(colour(ColourRole::DangerText));',
    'tr("Order #1234567 is late.")',
]


def self_test():
    failures = []
    for sample in COLOURS:
        if not check_text("ui/pages/planted.cpp", sample):
            failures.append(f"colour not caught: {sample!r}")
        if check_text(PALETTE, sample) or check_text("ui/reports/pdfstyle.cpp", sample):
            failures.append(f"colour refused where it belongs: {sample!r}")
    for sample in NOT_COLOURS:
        problems = check_text("ui/pages/roles.cpp", sample)
        if problems:
            failures.append(f"false alarm: {sample!r}: {problems}")
    for sample in EMPTY_ERRORS:
        for path in ("core/storage/planted.cpp", "ui/dialogs/planted.cpp"):
            if not check_text(path, sample):
                failures.append(f"empty error not caught in {path}: {sample!r}")
    for sample in MESSAGES:
        problems = check_text("core/services/message.cpp", sample)
        if problems:
            failures.append(f"false alarm: {sample!r}: {problems}")
    for sample in PLANTED:
        if not check_text("core/services/planted.cpp", sample):
            failures.append(f"not caught: {sample!r}")
    for sample in PROSE:
        problems = check_text("core/services/prose.cpp", sample)
        if problems:
            failures.append(f"false alarm: {sample!r}: {problems}")
    if not check_text("ui/pages/planted.cpp", '#include "storage/database.h"\n'):
        failures.append("ui storage include not caught")
    if check_text("app/cli/main.cpp", '#include "storage/database.h"\n'):
        failures.append("app may include storage, but was refused")
    for failure in failures:
        print("rooms self-test: " + failure, file=sys.stderr)
    if failures:
        return 1
    print(f"rooms self-test: {len(PLANTED)} planted statements, {len(EMPTY_ERRORS)} empty "
          f"errors and {len(COLOURS)} colours caught, "
          f"{len(PROSE) + len(MESSAGES) + len(NOT_COLOURS)} other samples passed")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    count, problems = check_tree(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"rooms: {len(problems)} problem(s); SQL belongs in a repository under "
              "core/storage, colours in the palette, and every error says what went wrong "
              "(docs/ROOMS.md)",
              file=sys.stderr)
        return 1
    print(f"rooms: {count} files: no SQL outside core/storage, no colour outside the palette, no error without a message")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
