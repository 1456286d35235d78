#!/usr/bin/env python3
"""Reads an XLSX workbook back as tables, for the export tests (SPEC §13).

Usage: xlsxtable.py BOOK.xlsx  → JSON on stdout:
  {"sheets": [{"name": ..., "frozen_header": bool,
               "rows": [[{"type": "text|number|date|empty", "value": ..., "format": ...}]]}]}

Only the standard library: the workbook is a zip of XML parts (ECMA-376). A number cell
whose style has a date format (built-in 14–22 or a custom one with y/d/h) is a date; its
value is given as an ISO date and time (serial days since 1899-12-30).
"""
import datetime
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - 64)
    return index - 1


def text_of(element):
    return "".join(t.text or "" for t in element.iter("{%s}t" % NS["m"]))


def main(path):
    book = zipfile.ZipFile(path)
    names = set(book.namelist())
    shared = []
    if "xl/sharedStrings.xml" in names:
        root = ET.fromstring(book.read("xl/sharedStrings.xml"))
        shared = [text_of(si) for si in root.findall("m:si", NS)]
    formats = {}
    styles = []
    if "xl/styles.xml" in names:
        root = ET.fromstring(book.read("xl/styles.xml"))
        for fmt in root.findall("m:numFmts/m:numFmt", NS):
            formats[int(fmt.get("numFmtId"))] = fmt.get("formatCode")
        for xf in root.findall("m:cellXfs/m:xf", NS):
            styles.append(int(xf.get("numFmtId", "0")))
    rels = {}
    root = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    for rel in root.findall("rel:Relationship", NS):
        rels[rel.get("Id")] = rel.get("Target")
    sheets = []
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    for sheet in workbook.findall("m:sheets/m:sheet", NS):
        target = rels[sheet.get("{%s}id" % NS["r"])]
        part = ET.fromstring(book.read("xl/" + target.lstrip("/").replace("xl/", "", 1)))
        pane = part.find("m:sheetViews/m:sheetView/m:pane", NS)
        frozen = pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1"
        rows = []
        for row in part.findall("m:sheetData/m:row", NS):
            number = int(row.get("r"))
            while len(rows) < number:
                rows.append([])
            cells = rows[number - 1]
            for c in row.findall("m:c", NS):
                at = column_index(c.get("r"))
                while len(cells) <= at:
                    cells.append({"type": "empty", "value": None})
                kind = c.get("t", "n")
                v = c.find("m:v", NS)
                if kind == "s":
                    cell = {"type": "text", "value": shared[int(v.text)]}
                elif kind == "inlineStr":
                    cell = {"type": "text", "value": text_of(c.find("m:is", NS))}
                elif kind == "str":
                    cell = {"type": "text", "value": v.text or ""}
                elif v is None:
                    cell = {"type": "empty", "value": None}
                else:
                    style = styles[int(c.get("s", "0"))] if styles else 0
                    code = formats.get(style, "")
                    is_date = 14 <= style <= 22 or re.search(r"[ydh]", code or "")
                    value = float(v.text)
                    if is_date:
                        seconds = round(value * 86400)
                        moment = datetime.datetime(1899, 12, 30) + datetime.timedelta(seconds=seconds)
                        cell = {"type": "date", "value": moment.isoformat(), "format": code}
                    else:
                        cell = {"type": "number", "value": value, "format": code}
                cells[at] = cell
        width = max((len(r) for r in rows), default=0)
        for cells in rows:
            while len(cells) < width:
                cells.append({"type": "empty", "value": None})
        sheets.append({"name": sheet.get("name"), "frozen_header": frozen, "rows": rows})
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
