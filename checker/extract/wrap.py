"""Hard-wrapped text: line breaks that only wrap a paragraph at a fixed width become spaces.

Plain-text wire copy, mail and archive dumps are often wrapped at 60 to 80 characters, so a
line break falls in the middle of a sentence ("Delegationen aus\\nIsrael und der Hamas").
Sentences end at every line break (headlines and bylines stand alone), so a wrapped article
would be read in fragments. An article is taken as wrapped when most lines inside its
paragraphs come close to one width and stop in mid-sentence, and next to no line runs beyond
it. A break is then a wrap when the next line's first word would not have fitted on the line
before it, the test every wrapping tool applies; a break after a short line (a headline, a
byline, a list item) stays a break.

The result has the same length as the text, so every offset still points into the article.
"""

from __future__ import annotations

from itertools import pairwise

#: widths that wrapping tools use; a "width" beyond this is paragraphs written as one line
_WIDEST = 100
_NARROWEST = 50
#: how many lines inside paragraphs an article needs before its width is estimated
_MIN_LINES = 8
#: share of those lines that must come within 25% of the width for the article to be wrapped
_FULL_SHARE = 0.6
#: share of them that must stop in mid-sentence: paragraphs written one to a line (a live
#: blog's short entries) end in a full stop
_OPEN_SHARE = 0.5
#: share of all lines that may run beyond the width (a long link, a table row)
_LONG_SHARE = 0.1
#: a line that starts with a list or quote mark starts an item, not a wrapped line's rest
_ITEM_MARKS = tuple("-–—•*·▪►+>|#")
_CLOSED = tuple(".!?:;\"'”’»)]")


def unwrap(text: str) -> str:
    """``text`` with its wrapping line breaks (and a carriage return before one) turned into
    spaces; unchanged when it is not hard-wrapped."""
    if text.count("\n") < _MIN_LINES:
        return text
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    inner = [w for w, after in pairwise(widths) if w and after]
    if len(inner) < _MIN_LINES:
        return text
    closed = sum(
        1
        for line, after in zip(lines[:-1], widths[1:], strict=True)
        if after and line.rstrip().endswith(_CLOSED)
    )
    if len(inner) - closed < _OPEN_SHARE * len(inner):
        return text
    # the width: near the longest of the lines a wrapping tool could have made (a line edited
    # after wrapping, or a long link, may run beyond it)
    fitting = sorted(w for w in inner if w <= _WIDEST)
    if len(fitting) < _MIN_LINES:
        return text
    width = fitting[(len(fitting) * 9) // 10 - 1 if len(fitting) >= 10 else -1]
    if width < _NARROWEST:
        return text
    if sum(1 for w in inner if w >= width * 0.75) < _FULL_SHARE * len(inner):
        return text
    written = [w for w in widths if w]  # a wrapped text has next to no line beyond its width
    if sum(1 for w in written if w > width * 1.25) > _LONG_SHARE * len(written):
        return text
    out = list(text)
    at = 0
    for line, w, after in zip(lines[:-1], widths[:-1], lines[1:], strict=True):
        at += len(line)  # the line break's offset
        nxt = after.lstrip()
        if (
            w
            and nxt
            and not nxt.startswith(_ITEM_MARKS)
            and w + 1 + len(nxt.split(maxsplit=1)[0]) > width
        ):
            out[at] = " "
            if at and text[at - 1] == "\r":
                out[at - 1] = " "
        at += 1
    return "".join(out)
