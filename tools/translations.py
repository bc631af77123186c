#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
"""Translation helper for developers (not used by the build).

  tools/translations.py fill-en          English catalogue: translation = source text
  tools/translations.py todo [LANG]      list unfinished messages (default zh_CN)
  tools/translations.py apply LANG FILE  fill translations from a JSON file {"context|source": "text"}
                                         (for numerus messages the value may be a list of forms)

Run the update_translations build target first so the catalogues hold every tr() string.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"


def load(lang):
    path = ROOT / f"sextant_{lang}.ts"
    return path, ET.parse(path)


def save(path, tree):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message):
    t = message.find("translation")
    if t.get("type") in ("vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        return t.get("type") == "unfinished" or not all((f.text or "").strip() for f in t.iter("numerusform"))
    return t.get("type") == "unfinished" or not (t.text or "").strip()


def fill_en():
    path, tree = load("en")
    for _, message in messages(tree):
        t = message.find("translation")
        if not unfinished(message):
            continue
        source = message.findtext("source")
        if message.get("numerus") == "yes":
            for f in list(t):
                t.remove(f)
            singular = source.replace("(s)", "")
            plural = source.replace("(s)", "s")
            for text in (singular, plural):
                ET.SubElement(t, "numerusform").text = text
        else:
            t.text = source
        t.attrib.pop("type", None)
    save(path, tree)


def todo(lang):
    _, tree = load(lang)
    out = {}
    for context, message in messages(tree):
        if unfinished(message):
            out[f"{context}|{message.findtext('source')}"] = "" if message.get("numerus") != "yes" else [""]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(lang, file):
    path, tree = load(lang)
    table = json.loads(Path(file).read_text(encoding="utf-8"))
    missing = 0
    for context, message in messages(tree):
        key = f"{context}|{message.findtext('source')}"
        if key not in table or not table[key]:
            missing += unfinished(message)
            continue
        t = message.find("translation")
        value = table[key]
        if message.get("numerus") == "yes":
            for f in list(t):
                t.remove(f)
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = value
        t.attrib.pop("type", None)
    save(path, tree)
    print(f"{missing} message(s) still unfinished", file=sys.stderr)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "fill-en":
        fill_en()
    elif cmd == "todo":
        todo(sys.argv[2] if len(sys.argv) > 2 else "zh_CN")
    elif cmd == "apply" and len(sys.argv) == 4:
        apply(sys.argv[2], sys.argv[3])
    else:
        print(__doc__)
        sys.exit(2)
