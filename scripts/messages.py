#!/usr/bin/env python3
"""Lists the constant messages people read when something is refused: the English text given to FluentValidation's
WithMessage, DomainRuleException (and its kinds), Require.Text, ValidationException(field, message) and the
formats given to Messages.Format and DomainRuleException.Format in
src/CoopAlliance.Domain and src/CoopAlliance.Application. Interpolated messages ($"…") are left out (and counted).

  scripts/messages.py                 # one message a line
  scripts/messages.py --json          # ["message", ...]
  scripts/messages.py --missing       # messages with no key in Application/Resources/Texts/Messages.es.resx
  scripts/messages.py --interpolated  # where the interpolated ones are
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ["src/CoopAlliance.Domain", "src/CoopAlliance.Application"]
# call → index of the message argument
CALLS = {"Messages.Format": 0, "DomainRuleException.Format": 0, "WithMessage": 0, "DomainRuleException": 0, "NoPlaceLeftException": 0, "Require.Text": 1, "ValidationException": 1}
CALL = re.compile(r"(?<![\w])(\.WithMessage|new (?:\w+\.)*(?:DomainRuleException|NoPlaceLeftException|ValidationException)|Require\.Text|Messages\.Format|DomainRuleException\.Format)\(")


def args_of(text, start):
    """The top-level arguments of the call whose '(' is at start-1, as source text."""
    depth, i, args, cur = 1, start, [], []
    while i < len(text):
        c = text[i]
        if c == '"' or (c in "$@" and i + 1 < len(text) and text[i + 1] in '"$@'):
            j = i
            while text[j] in "$@":
                j += 1
            verbatim = "@" in text[i:j]
            k = j + 1
            while k < len(text):
                if text[k] == "\\" and not verbatim:
                    k += 2
                    continue
                if text[k] == '"':
                    if verbatim and k + 1 < len(text) and text[k + 1] == '"':
                        k += 2
                        continue
                    break
                k += 1
            cur.append(text[i:k + 1])
            i = k + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append("".join(cur).strip())
                return args
        if c == "," and depth == 1:
            args.append("".join(cur).strip())
            cur = []
        else:
            cur.append(c)
        i += 1
    return args


LITERAL = re.compile(r'(\$?@?\$?)"((?:[^"\\]|\\.)*)"')


def unescape(s):
    return bytes(s, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in s else s


def messages():
    constant, interpolated, other = {}, [], []
    for source in SOURCES:
        for dirpath, _, files in os.walk(os.path.join(ROOT, source)):
            if "/obj" in dirpath or "/bin" in dirpath:
                continue
            for name in files:
                if not name.endswith(".cs"):
                    continue
                path = os.path.join(dirpath, name)
                text = open(path, encoding="utf-8").read()
                for m in CALL.finditer(text):
                    call = re.sub(r"^new (\w+\.)*", "", m.group(1)).lstrip(".")
                    args = args_of(text, m.end())
                    index = CALLS[call]
                    if call == "ValidationException" and len(args) != 2:
                        continue
                    if len(args) <= index:
                        continue
                    arg = args[index]
                    where = f"{os.path.relpath(path, ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
                    lits = list(LITERAL.finditer(arg))
                    if arg.startswith("$"):
                        interpolated.append((where, arg))
                        continue
                    const = re.search(r'const string ' + re.escape(arg) + r'\s*=\s*"((?:[^"\\]|\\.)*)";', text) if re.fullmatch(r"\w+", arg) else None
                    if const:
                        constant.setdefault(unescape(const.group(1)), where)
                        continue
                    if not lits:
                        other.append((where, arg))
                        continue
                    # "a" + "b" is one message; a ? "a" : "b" two.
                    if re.fullmatch(r'(\s*"(?:[^"\\]|\\.)*"\s*\+?)+', arg):
                        constant.setdefault(unescape("".join(l.group(2) for l in lits)), where)
                        continue
                    for l in lits:
                        if "$" in l.group(1):
                            interpolated.append((where, l.group(0)))
                        else:
                            constant.setdefault(unescape(l.group(2)), where)
    return constant, interpolated, other


def translated():
    path = os.path.join(ROOT, "src/CoopAlliance.Application/Resources/Texts/Messages.es.resx")
    return {d.get("name") for d in ET.parse(path).getroot().findall("data")}


if __name__ == "__main__":
    constant, interpolated, other = messages()
    if "--interpolated" in sys.argv:
        for where, lit in interpolated:
            print(where, lit)
        print("-- not literals:", file=sys.stderr)
        for where, arg in other:
            print(where, arg, file=sys.stderr)
    elif "--missing" in sys.argv:
        done = translated()
        missing = [m for m in constant if m not in done]
        print(json.dumps(sorted(missing), ensure_ascii=False, indent=0) if "--json" in sys.argv else "\n".join(sorted(missing)))
        print(f"{len(missing)} of {len(constant)} missing", file=sys.stderr)
    elif "--json" in sys.argv:
        print(json.dumps(sorted(constant), ensure_ascii=False, indent=0))
    else:
        for m, where in sorted(constant.items()):
            print(f"{where}\t{m}")
        print(f"{len(constant)} constant, {len(interpolated)} interpolated, {len(other)} not literals", file=sys.stderr)
