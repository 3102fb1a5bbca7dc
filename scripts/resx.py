#!/usr/bin/env python3
"""Keeps a resource's English (neutral) and Spanish files in step.

  scripts/resx.py set  src/CoopAlliance.Web/Resources/Pages/MyCoop/Dues  "My dues" "Mis cuotas" ["English text"]
  scripts/resx.py load src/CoopAlliance.Web/Resources/Pages/MyCoop/Dues  pairs.json   # [["key", "es"], ["key", "es", "en"], ...]
  scripts/resx.py show src/CoopAlliance.Web/Resources/Pages/MyCoop/Dues

The key is the English text (what the code passes to the localizer); the neutral file's value is the same English text
unless a third value is given (e.g. a plural form). Entries are kept sorted so that two people adding keys to
different places of one file merge cleanly. A third language: copy the .es.resx to .<code>.resx and translate
(docs/l10n/README.md).
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def read(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get("name"): (d.findtext("value") or "") for d in root.findall("data")}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write(path, entries):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(entries, key=lambda k: k.lower()):
            f.write(f'  <data name="{esc(key)}" xml:space="preserve"><value>{esc(entries[key])}</value></data>\n')
        f.write("</root>\n")


def load(base, pairs):
    en, es = read(base + ".resx"), read(base + ".es.resx")
    for p in pairs:
        key, spanish = p[0], p[1]
        clash = next((k for k in en if k.lower() == key.lower() and k != key), None)
        if clash:
            # Resource names are case-insensitive: the build would keep one and drop the other.
            sys.exit(f"{key!r} differs from {clash!r} only in case; give one a distinct key and a third (English) value")
        en[key] = p[2] if len(p) > 2 else en.get(key, key)
        es[key] = spanish
    write(base + ".resx", en)
    write(base + ".es.resx", es)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, base = argv[1], argv[2].removesuffix(".resx").removesuffix(".es")
    if cmd == "set":
        load(base, [argv[3:6]])
    elif cmd == "load":
        with open(argv[3], encoding="utf-8") as f:
            load(base, json.load(f))
    elif cmd == "show":
        en, es = read(base + ".resx"), read(base + ".es.resx")
        for k in sorted(set(en) | set(es)):
            print(f"{k!r}: {es.get(k, '<MISSING es>')!r}" + ("" if k in en else "  <MISSING en>"))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
