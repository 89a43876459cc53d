#!/usr/bin/env python3
"""Fills the English plural forms of wingmate_en.ts after lupdate.

Source strings write plurals as "%n mentee(s)"; the English translation says
"1 mentee" and "2 mentees". New numerus messages get forms made by the rule
below (or the exceptions listed); forms already filled are left alone, so a
hand-corrected form survives. Read what it prints and check each new form.

    cmake --build build --target update_translations
    resources/translations/english-plurals.py
"""
import html
import pathlib
import re
import sys

TS = pathlib.Path(__file__).with_name("wingmate_en.ts")

# Where "(s)" alone does not make good English: source -> (one, many).
EXCEPTIONS = {
    "%1 — %n need(s) review": ("%1 — %n needs review", "%1 — %n need review"),
    "Shadowing must last at least %1 before it is signed off: %n day(s) remain, until %2.": (
        "Shadowing must last at least %1 before it is signed off: %n day remains, until %2.",
        "Shadowing must last at least %1 before it is signed off: %n days remain, until %2."),
    "The password must be at least %n characters long.": (
        "The password must be at least %n character long.",
        "The password must be at least %n characters long."),
    "There were %n failed attempts to unlock as you since your last sign-in.": (
        "There was %n failed attempt to unlock as you since your last sign-in.",
        "There were %n failed attempts to unlock as you since your last sign-in."),
    "None of the %n check-in(s) has a wellbeing rating or a scale total to draw.": (
        "The check-in has no wellbeing rating or scale total to draw.",
        "None of the %n check-ins has a wellbeing rating or a scale total to draw."),
}


def forms(source):
    if source in EXCEPTIONS:
        return EXCEPTIONS[source]
    return re.sub(r"(\w)\(s\)", r"\1", source), re.sub(r"(\w)\(s\)", r"\1s", source)


MESSAGE = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*<numerusform>\s*</numerusform>\s*<numerusform>\s*</numerusform>\s*</translation>',
    re.S)


def fill(match):
    source = html.unescape(match.group("source"))
    one, many = forms(source)
    print(f"{source}\n    1: {one}\n    n: {many}")
    return (match.group(1) + "<translation>\n"
            f"            <numerusform>{html.escape(one, quote=False)}</numerusform>\n"
            f"            <numerusform>{html.escape(many, quote=False)}</numerusform>\n"
            "        </translation>")


text = TS.read_text(encoding="utf-8")
filled, count = MESSAGE.subn(fill, text)
TS.write_text(filled, encoding="utf-8")
print(f"{count} plural message(s) filled in {TS.name}", file=sys.stderr)
