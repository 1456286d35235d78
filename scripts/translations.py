#!/usr/bin/env python3
"""Developer tool for FiberDesk's Qt Linguist files (translations/*.ts).

    python3 scripts/translations.py pending            # unfinished messages, as JSON
    python3 scripts/translations.py fill FILE.json     # fill them from a JSON list
    python3 scripts/translations.py harvest OTHER.ts…  # fill them from other .ts files

Run `cmake --build build --target update_translations` first so the .ts files hold every
string of the sources. `fill` takes a list of objects
    {"context": "fd::BoardModel", "source": "Overdue", "es": "Vencida", "zh_CN": "已逾期"}
where a plural message (tr with %n) gives "es" and "en" as ["singular", "plural"] and "zh_CN"
as one string (fiberdesk_en.ts holds plural messages only). `harvest` copies finished translations of the same context and source from other
.ts files (another branch's, when two branches both added strings). After filling, run
update_translations again: lupdate puts the files back in its own layout.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {"es": ROOT / "translations" / "fiberdesk_es.ts",
             "zh_CN": ROOT / "translations" / "fiberdesk_zh_CN.ts",
             # English holds the plural messages only ("en": ["1 entry", "%n entries"]).
             "en": ROOT / "translations" / "fiberdesk_en.ts"}


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("vanished", "obsolete"):
        return False
    if translation.get("type") == "unfinished":
        return True
    if message.get("numerus") == "yes":
        return not all((form.text or "").strip() for form in translation.findall("numerusform"))
    return not (translation.text or "").strip()


def set_translation(message, value, language):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        count = 1 if language == "zh_CN" else 2
        forms = (forms + [forms[-1]] * count)[:count]
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    path.write_text(text, encoding="utf-8")


def pending():
    seen = {}
    for language, path in LANGUAGES.items():
        for context, message in messages(ET.parse(path)):
            if is_unfinished(message):
                key = (context, message.findtext("source"))
                entry = seen.setdefault(key, {"context": key[0], "source": key[1], "plural": message.get("numerus") == "yes"})
                entry.setdefault("missing", []).append(language)
    json.dump(list(seen.values()), sys.stdout, ensure_ascii=False, indent=1)
    print()
    print(f"{len(seen)} messages unfinished", file=sys.stderr)


def fill_from(lookup):
    """lookup(language, context, source) -> translation or None"""
    left = 0
    for language, path in LANGUAGES.items():
        tree = ET.parse(path)
        for context, message in messages(tree):
            if not is_unfinished(message):
                continue
            value = lookup(language, context, message.findtext("source"))
            if value:
                set_translation(message, value, language)
            else:
                left += 1
                print(f"{path.name}: [{context}] {message.findtext('source')!r} still unfinished", file=sys.stderr)
        write(tree, path)
    return left


def fill(json_path):
    entries = json.loads(Path(json_path).read_text(encoding="utf-8"))
    table = {(e["context"], e["source"]): e for e in entries}
    return fill_from(lambda language, context, source: table.get((context, source), {}).get(language))


def harvest(paths):
    table = {}
    for path in paths:
        tree = ET.parse(path)
        # "es", "es_ES" and "zh_CN" alike: a file is matched to ours by its language.
        declared = tree.getroot().get("language") or ""
        language = "zh_CN" if declared.startswith("zh") else declared.split("_")[0]
        for context, message in messages(tree):
            if is_unfinished(message):
                continue
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                value = [form.text for form in translation.findall("numerusform")]
            else:
                value = translation.text
            table[(language, context, message.findtext("source"))] = value
    return fill_from(lambda language, context, source: table.get((language, context, source)))


def main(argv):
    if len(argv) >= 2 and argv[1] == "pending":
        pending()
        return 0
    if len(argv) == 3 and argv[1] == "fill":
        return 1 if fill(argv[2]) else 0
    if len(argv) >= 3 and argv[1] == "harvest":
        return 1 if harvest(argv[2:]) else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
