#!/usr/bin/env python3
"""List (and fill in) unfinished translations in resources/i18n/*.ts.

Workflow after adding user-visible strings:

    make lupdate                                   # re-scan the sources into the .ts files
    .venv/bin/python scripts/untranslated.py       # list what lacks a Russian translation
    .venv/bin/python scripts/untranslated.py --json todo.json   # dump them as a JSON skeleton
    # fill in todo.json: a string per message, a list of 3 forms for plural (%n) messages
    .venv/bin/python scripts/untranslated.py --apply todo.json  # write them into the .ts
    make translations                              # compile the .qm files

English is the source language, so in crm_desktop_en.ts only plural messages need forms.
Exit status 1 when something is unfinished (so it can run in CI).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TS = ROOT / "resources" / "i18n" / "crm_desktop_ru.ts"


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def is_finished(message: ET.Element, source_language: bool = False) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return source_language and message.get("numerus") != "yes"
    return all(form.strip() for form in _forms(message))


def unfinished(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, plural forms or 0) of every message lacking a finished translation."""
    root = ET.parse(path).getroot()
    source_language = (root.get("language") or "").startswith("en")
    result = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if not is_finished(message, source_language):
                plural = message.get("numerus") == "yes"
                result.append((name, message.findtext("source") or "",
                               len(message.findall("translation/numerusform")) if plural else 0))
    return result


def apply(path: Path, filled: dict[str, dict[str, str | list[str]]]) -> int:
    tree = ET.parse(path)
    applied = 0
    for context in tree.getroot().iter("context"):
        wanted = filled.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            value = wanted.get(message.findtext("source") or "")
            if not value:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                values = value if isinstance(value, list) else [value] * len(forms)
                if len(values) != len(forms) or not all(v.strip() for v in values):
                    print(f"skipped (needs {len(forms)} forms): {message.findtext('source')}")
                    translation.set("type", "unfinished")
                    continue
                for form, text in zip(forms, values, strict=True):
                    form.text = text
            else:
                translation.text = value if isinstance(value, str) else value[0]
            applied += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return applied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", nargs="*", type=Path, default=[DEFAULT_TS])
    parser.add_argument("--json", type=Path, help="write the unfinished messages as JSON")
    parser.add_argument("--apply", type=Path, help="fill translations in from this JSON")
    args = parser.parse_args(argv)
    if args.apply:
        filled = json.loads(args.apply.read_text(encoding="utf-8"))
        for path in args.ts:
            print(f"{path.name}: {apply(path, filled)} translation(s) written")
    missing_total = 0
    skeleton: dict[str, dict[str, str | list[str]]] = {}
    for path in args.ts:
        missing = unfinished(path)
        missing_total += len(missing)
        for context, source, plural in missing:
            print(f"{path.name}\t{context}\t{'[plural] ' if plural else ''}{source}")
            skeleton.setdefault(context, {})[source] = [""] * plural if plural else ""
        print(f"{path.name}: {len(missing)} unfinished", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(skeleton, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
    return 1 if missing_total else 0


if __name__ == "__main__":
    sys.exit(main())
