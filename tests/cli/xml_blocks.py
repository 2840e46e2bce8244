#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check jianbao-to-xml output against the jianbao-split stream of the same input.

Usage: xml_blocks.py XML STREAM        our vocabulary: every block and repair record
       xml_blocks.py --tei XML STREAM  TEI: the paragraphs

Our vocabulary must hold every block record of the stream (kind, line, text) in order, the
text of each element with its markup removed being the record's text exactly, and every
repair record as a <repair> milestone at its position. TEI must hold the paragraphs, in
order, with the same text. Prints the first difference and exits 1 when there is one.
"""
import sys
import xml.etree.ElementTree as ElementTree

TEI = "{http://www.tei-c.org/ns/1.0}"
ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def unescape(field):
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 1 < len(field) and field[i + 1] in ESCAPES:
            out.append(ESCAPES[field[i + 1]])
            i += 2
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def stream_records(path):
    """(kind, line, text) of each record but section; a bulletin-level heading or paragraph
    (a line between articles) is a "lead". Repairs follow their block in position order, as
    the XML places them in the text."""
    records = []
    with open(path, encoding="utf-8") as stream:
        next(stream)
        for row in stream:
            _, _, article, kind, line, text = row.rstrip("\n").split("\t")[:6]
            if kind in ("section", "encoding"):  # not blocks of text
                continue
            if kind in ("heading", "para") and article == "0":
                kind = "lead"
            records.append((kind, int(line), unescape(text)))
    ordered, repairs = [], []
    for record in records + [None]:
        if record is not None and record[0] == "repair":
            repairs.append(record)
            continue
        repairs.sort(key=lambda r: int(r[2].split(" at ")[1].split(":")[0]))
        ordered.extend(repairs)
        repairs = []
        if record is not None:
            ordered.append(record)
    return ordered


def text_and_repairs(element):
    """The element's text without markup, and its <repair> milestones as repair records."""
    parts, repairs = [], []

    def visit(node):
        parts.append(node.text or "")
        for child in node:
            if child.tag == "repair":
                position = len("".join(parts))
                text = f"{child.get('kind')} at {position}"
                if child.get("removed") is not None:
                    text += ": " + child.get("removed")
                repairs.append(("repair", int(child.get("line")), text))
            else:
                visit(child)
            parts.append(child.tail or "")

    visit(element)
    return "".join(parts), repairs


def xml_records(root):
    kinds = {"masthead/line": "masthead", "toc/section/label": "toc-section",
             "toc/section/item": "toc-item", "body/head": "lead", "body/article/title": "title",
             "body/article/head": "heading", "body/article/p": "para", "trailer/line": "masthead"}
    records = []

    def visit(node, path):
        for child in node:
            child_path = f"{path}/{child.tag}" if path else child.tag
            if child_path in kinds:
                text, repairs = text_and_repairs(child)
                records.append((kinds[child_path], int(child.get("line")), text))
                records.extend(repairs)
            elif child.tag not in ("listPerson", "listEvent"):
                visit(child, child_path)

    for bulletin in root.iter("bulletin"):
        visit(bulletin, "")
    return records


def tei_paragraphs(root):
    return ["".join(p.itertext()) for body in root.iter(TEI + "body") for p in body.iter(TEI + "p")]


def main(argv):
    tei = argv[1:2] == ["--tei"]
    xml_path, stream_path = argv[2:4] if tei else argv[1:3]
    root = ElementTree.parse(xml_path).getroot()
    want = stream_records(stream_path)
    if tei:
        want = [text for kind, _, text in want if kind == "para"]
        got = tei_paragraphs(root)
    else:
        got = xml_records(root)
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            print(f"{xml_path}: block {i + 1} differs from the stream:\n  xml:    {g}\n"
                  f"  stream: {w}", file=sys.stderr)
            return 1
    if len(got) != len(want):
        print(f"{xml_path}: {len(got)} blocks, the stream has {len(want)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
