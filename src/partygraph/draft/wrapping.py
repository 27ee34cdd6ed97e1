"""Articles saved hard-wrapped (lines broken inside sentences, as e-mail and PDF copies are):
the rules read a line break as the end of a paragraph, so such a text is read with those
breaks as spaces. Articles saved one paragraph a line (as pages are copied) are read as
they are."""

from __future__ import annotations

import re

__all__ = ["unwrapped"]

# A line that ends a sentence or a quotation (a parenthesis or a colon may fall at a wrap).
_ENDS = re.compile(r"[.!?…\"”»]\s*$")
_SHORT = 100  # a wrapped line is shorter than this; a paragraph a line mostly longer
_WORD = 16  # longer than any word of the press: a wrapped line falls short of its width by less


def unwrapped(text: str) -> str | None:
    """``text`` with each line break inside a sentence made one space, when the text looks
    hard-wrapped: four lines or more after its header, four in five of them short, and half
    its breaks between two lines falling inside a sentence. None when it does not look so.
    (Quotes read from it are the stored text's but for white space, which the quote check
    does not compare.)"""
    lines = text.split("\n")
    body = [line for line in lines[1:] if line.strip()]
    if len(body) < 4 or sum(len(line) < _SHORT for line in body) < 0.8 * len(body):
        return None
    # A line broken inside a paragraph runs nearly to the width the text was wrapped at;
    # the last line of a paragraph (a caption, a heading without a full stop) stops short.
    width = sorted(len(line.rstrip()) for line in body)[int(0.9 * (len(body) - 1))]
    inside = [i for i in range(1, len(lines) - 1)
              if lines[i].strip() and lines[i + 1].strip() and not _ENDS.search(lines[i])
              and len(lines[i].rstrip()) >= width - _WORD]
    pairs = sum(1 for i in range(1, len(lines) - 1) if lines[i].strip() and lines[i + 1].strip())
    if pairs < 3 or len(inside) < 0.5 * pairs:
        return None
    joined = set(inside)
    out = lines[0]
    for i in range(1, len(lines)):
        out = out.rstrip() + " " + lines[i].lstrip() if i - 1 in joined else out + "\n" + lines[i]
    return out
