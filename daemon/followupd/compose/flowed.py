"""Letter bodies as `format=flowed` text (RFC 3676): lines of at most 72 characters.

A paragraph longer than a line is cut at spaces; every line but its last ends with
a space (a soft break), so a client that knows format=flowed joins it again and
reflows it to its window, and one that does not still shows short lines. A line
that is a hard break never ends with a space (trailing spaces are dropped). A
quoted line (">", ">>", …) keeps its quote marks on every piece, written as marks,
one space, text; a line that starts with a space or "From " is space-stuffed
(RFC 3676 4.4). The signature separator "-- " is kept as it is. A single word
longer than the width stays whole on its line (cutting it would change it).

`unflow` reads such text back, as a reader that knows format=flowed does.
"""

from __future__ import annotations

WIDTH = 72
SIGNATURE = "-- "


def flow(text: str, width: int = WIDTH) -> str:
    """`text` (lines separated by \\n) as format=flowed lines separated by \\n."""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line == SIGNATURE:
            out.append(line)
            continue
        depth, content = _quote(line.rstrip(" "))
        out.extend(_pieces(">" * depth, content, width))
    return "\n".join(out)


def _quote(line: str) -> tuple[int, str]:
    """Quote depth and the text after the marks (one space after them is theirs)."""
    depth = len(line) - len(line.lstrip(">"))
    content = line[depth:]
    if depth and content.startswith(" "):
        content = content[1:]
    return depth, content


def _stuff(prefix: str, content: str) -> str:
    if prefix:
        return f"{prefix} {content}" if content else prefix
    if content.startswith((" ", "From ", ">")):
        return f" {content}"
    return content


def _pieces(prefix: str, content: str, width: int) -> list[str]:
    pieces: list[str] = []
    rest = content
    room = max(width - len(prefix) - 2, 1)  # the stuffing space and the soft-break space
    while len(_stuff(prefix, rest)) > width:
        cut = rest.rfind(" ", 1, room + 1)
        if cut <= 0:
            cut = rest.find(" ", room + 1)
            if cut <= 0:
                break  # one long word to the end: it stays whole
        # The piece keeps the space it was cut at: that space is the soft break.
        pieces.append(_stuff(prefix, rest[: cut + 1]))
        rest = rest[cut + 1 :]
    pieces.append(_stuff(prefix, rest))
    return pieces


def unflow(text: str) -> str:
    """format=flowed text (lines separated by \\n) back to its lines (RFC 3676 4.2).

    Quoted lines come back as marks, one space, text (">" alone when empty)."""
    out: list[str] = []
    joining: tuple[int, str] | None = None  # quote depth and text of a flowed paragraph
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        if joining is not None and joining[0] != depth:
            out.append(_line(*joining))  # a change of quote depth ends the paragraph
            joining = None
        so_far = (joining[1] if joining else "") + content
        if content.endswith(" ") and line != SIGNATURE:
            joining = (depth, so_far)
        else:
            out.append(_line(depth, so_far))
            joining = None
    if joining is not None:
        out.append(_line(*joining))
    return "\n".join(out)


def _line(depth: int, content: str) -> str:
    if not depth:
        return content
    return ">" * depth + (f" {content}" if content else "")
