"""Templates in a sandbox: no rule or template can run code or read files.

A template is a text file: a `Subject:` line, an empty line, then the body.
Jinja2's SandboxedEnvironment renders it with StrictUndefined, so a misspelt
variable is an error at load time (`followupd check`), not a blank in a letter.
Templates are looked up in the user's folders first, the shipped ones second; a
user's unchanged copy of a shipped template (an older `init` copied them all) is set
aside so that the shipped one, and its later improvements, are used. A letter in the
conversation's language (the context's `language`: de, fr, es) uses `LANG/NAME.txt`
where a folder has one; the first folder with either that or `NAME.txt` wins, so a
template of the user's own comes before the shipped translations.
The sandbox's limits and the confined loader are in `followupd.rules.sandbox`; every
problem with a template, at `check` and at rendering, is a TemplateError that names
the template and, for `check`, its line.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    meta,
)

from followupd.domain.errors import Problem
from followupd.rules.layers import (
    SetAside,
    fingerprint,
    same_files,
    shipped_versions,
    template_files,
    unchanged_copy,
)
from followupd.rules.sandbox import (
    ConfinedLoader,
    LimitedSandbox,
    TemplateFileError,
    TemplateLimitError,
    read_template,
)

TEMPLATE_SUFFIX = ".txt"
# The languages a letter can be written in besides English (templates/LANG/NAME.txt).
LANGUAGES = ("de", "fr", "es")

# The variables every template may use. Documented in rules/README.md.
VARIABLES: Mapping[str, str] = {
    "user": "you: name, first_name, email",
    "interview": "title, company, role, kind (phone_screen, technical, onsite, panel, final, "
    "hiring_manager, other), start, end (in your time zone), date, time, weekday, "
    "interviewers (each: name, first_name, email, title), join_url, location",
    "application": "company, role, stage, contact (name, first_name, email), contacts "
    "(people of the company you corresponded with), timeframe, timeframe_due, check_back, "
    "next_steps",
    "interviewer": "the person written to with for_each: interviewer (name, first_name, "
    "email, title: their job title when the invitation or a signature gives it)",
    "person": "the person of the fan-out, whichever it is (name, first_name, email, title)",
    "message": "the trigger's message: subject, sender (name, first_name, email), date, text, "
    "quoted (the text as a '> ' quote), evidence (the sentence that triggered the rule), "
    "offers_feedback (they offered to tell you why)",
    "debrief": "your notes after the interview: topics (for this person), general, timeframe",
    "now": "the moment of rendering, in your time zone",
    "language": "the conversation's language: en, de, fr or es (the trigger's message, else "
    "the company's latest); LANG/NAME.txt is used for it when there is one",
    "local": "dates in the conversation's language: weekday, date, time (the interview's), "
    "timeframe_due, check_back",
}

MAX_OUTPUT = 200_000  # characters of a rendered letter

# Python errors a template can cause at rendering (`1/0`, calling a string, a macro
# calling itself), each turned into a sentence for `check` and for the log.
_RENDER_ERRORS = (ArithmeticError, TypeError, ValueError, LookupError, AttributeError,
                  RecursionError, MemoryError)  # fmt: skip

_HEADER_UNSAFE = re.compile(r"[\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


@dataclass(frozen=True)
class TemplateOverride:
    """A template of the user's in front of the shipped one of the same name."""

    name: str  # relative to the folder: thank-you.txt, de/thank-you.txt
    yours: Path
    shipped: Path


class TemplateSet:
    """The templates of the user's folders in front of the shipped ones."""

    def __init__(self, folders: Sequence[Path], shipped: Sequence[Path] = ()) -> None:
        self.folders = [f for f in folders if f.is_dir()]
        self.shipped = [f for f in shipped if f.is_dir()]
        self.overrides: list[TemplateOverride] = []
        self.set_aside: list[SetAside] = []
        skip = self._layer()
        self.env = LimitedSandbox(
            loader=_SubjectMarking(ConfinedLoader(self.folders, skip)),
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.skip = skip

    def _layer(self) -> frozenset[Path]:
        """Which of the user's templates replace shipped ones, and which are unchanged
        copies of them (returned: not to be used)."""
        mine = [f for f in self.folders if not any(same_files(f, s) for s in self.shipped)]
        versions = shipped_versions(s.parent for s in self.shipped)
        skip: set[Path] = set()
        for shipped in self.shipped:
            for name in template_files(shipped):
                for folder in mine:
                    yours = folder / name
                    if not yours.is_file():
                        continue
                    if unchanged_copy(yours, versions):
                        skip.add(yours)
                        today = fingerprint(_text(shipped / name))
                        self.set_aside.append(SetAside(str(yours), unchanged_copy_of(yours, today)))
                        continue
                    self.overrides.append(TemplateOverride(name, yours, shipped / name))
                    break
        return frozenset(skip)

    def path_of(self, name: str, language: str = "") -> Path | None:
        found = self._find(name, language)
        return found[0] if found else None

    def _find(self, name: str, language: str = "") -> tuple[Path, Path, str] | None:
        """The template file, the folder it is in, and its name relative to the folder."""
        names = [f"{name}{TEMPLATE_SUFFIX}"]
        if language in LANGUAGES:
            names.insert(0, f"{language}/{name}{TEMPLATE_SUFFIX}")
        for folder in self.folders:
            for rel in names:
                candidate = folder / rel
                if candidate.is_file() and candidate not in self.skip:
                    return candidate, folder, rel
        return None

    def check(self, name: str) -> list[Problem]:
        """Problems with a template and each of its translations: missing, does not
        compile, unknown variables, no subject."""
        found = self._find(name)
        if found is None:
            where = ", ".join(str(f) for f in self.folders) or "no template folder"
            # Line 0: the loader places this problem at the rule that names the template.
            return [
                Problem(
                    f"{name}{TEMPLATE_SUFFIX}", 0, 0, "", f"template '{name}' not found in {where}"
                )
            ]
        problems = self._check_file(name, found, "")
        for language in LANGUAGES:
            variant = self._find(name, language)
            if variant is not None and variant[0] != found[0]:
                problems += self._check_file(name, variant, language)
        return problems

    def _check_file(self, name: str, found: tuple[Path, Path, str], language: str) -> list[Problem]:
        path, folder, _rel = found
        try:
            source = read_template(path, folder)
        except TemplateFileError as exc:
            return [Problem(str(path), exc.line, exc.col, "", str(exc))]
        try:
            ast = self.env.parse(source)
            undeclared = meta.find_undeclared_variables(ast)
        except TemplateSyntaxError as exc:  # also an unknown filter, a block defined twice
            return [Problem(str(path), exc.lineno or 1, 1, "", f"template error: {exc.message}")]
        problems = []
        for var in sorted(undeclared - set(VARIABLES)):
            line = _line_of(source, var)
            problems.append(
                Problem(
                    str(path),
                    line,
                    1,
                    "",
                    f"unknown variable '{var}'; templates know {', '.join(VARIABLES)}",
                )
            )
        if not source.lstrip().lower().startswith("subject:"):
            problems.append(
                Problem(str(path), 1, 1, "", "a template starts with a 'Subject:' line")
            )
        if not problems:
            problems.extend(self._trial(name, path, language))
        return problems

    def _trial(self, name: str, path: Path, language: str) -> list[Problem]:
        """Render once with a sample of every variable: a misspelt attribute
        (`interviewer.frist_name`) or a forbidden operation fails now, not in a letter."""
        from followupd.rules.context import sample_context

        try:
            self.render(name, {**sample_context(), "language": language})
        except TemplateError as exc:
            line = _failing_line(exc.__cause__ or exc, path)
            return [Problem(str(path), line, 1, "", f"template error: {exc}")]
        return []

    def render(self, name: str, context: Mapping[str, Any]) -> Rendered:
        # A fresh, unguessable marker ends the Subject line: a value with a line break in it
        # (a message's subject) is folded into the subject, never spills into the body.
        marker = f"\x00{secrets.token_hex(8)}\x00"
        language = context.get("language", "")
        where = self._find(name, language if isinstance(language, str) else "")
        wanted = where[2] if where else f"{name}{TEMPLATE_SUFFIX}"
        try:
            template = self.env.get_template(wanted)
            text = _bounded_render(template.generate(**context, **{_SUBJECT_END: marker}))
        except TemplateNotFound as exc:
            # The template itself, or one it includes (only templates of the folders can be).
            missing = name if exc.name == wanted else exc.name
            raise TemplateError(f"template '{missing}' not found") from None
        except TemplateError:
            raise
        except _RENDER_ERRORS as exc:
            raise TemplateError(_sentence(exc)) from exc
        head, found, body = text.partition(marker)
        if not found:
            return split_subject(text)
        head = head.lstrip()
        subject = head.split(":", 1)[1] if head.lower().startswith("subject:") else ""
        return Rendered(subject=header_safe(subject), body=body.replace(marker, "").lstrip("\n"))


_SUBJECT_END = "_followupd_subject_end"


def _bounded_render(chunks: Iterator[str]) -> str:
    """Join a template's output, stopping once it is longer than any letter."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise TemplateLimitError(
                f"the template writes more than {MAX_OUTPUT:,} characters; a letter is shorter"
            )
        parts.append(chunk)
    return "".join(parts)


def _sentence(exc: BaseException) -> str:
    """A Python error during rendering, as a sentence about the template."""
    if isinstance(exc, RecursionError):
        return "a macro or include calls itself without end"
    if isinstance(exc, ZeroDivisionError):
        return "division by zero"
    if isinstance(exc, OverflowError):
        return f"a number too large ({exc})"
    if isinstance(exc, MemoryError):
        return "the template asks for more memory than there is"
    if isinstance(exc, TypeError) and "not callable" in str(exc):
        return f"{exc}: only functions and macros can be called"
    return f"{type(exc).__name__.removesuffix('Error').lower() or 'error'}: {exc}"


class _SubjectMarking(BaseLoader):
    """Loads templates with a marker variable at the end of their first (Subject) line."""

    def __init__(self, inner: BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment: Environment, template: str) -> tuple[str, str | None, Any]:
        source, filename, uptodate = self.inner.get_source(environment, template)
        start = len(source) - len(source.lstrip())
        end = source.find("\n", start)
        if end < 0:
            end = len(source)
        return source[:end] + "{{ " + _SUBJECT_END + " }}" + source[end:], filename, uptodate


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="surrogateescape")


def unchanged_copy_of(path: Path, today: str) -> bool:
    """The file is exactly the shipped template as it is today."""
    return fingerprint(_text(path)) == today


def split_subject(text: str) -> Rendered:
    """Split 'Subject: …' from the body; the subject can never carry a line break."""
    head, _, body = text.lstrip().partition("\n")
    subject = head.split(":", 1)[1] if head.lower().startswith("subject:") else ""
    return Rendered(subject=header_safe(subject), body=body.lstrip("\n"))


def header_safe(value: str) -> str:
    """Fold control characters (CR, LF, …) to a space: no header injection from templates."""
    return " ".join(_HEADER_UNSAFE.sub(" ", value).split())


def _failing_line(exc: BaseException, path: Path) -> int:
    """The template line a runtime error happened on (Jinja keeps it in the traceback)."""
    line = getattr(exc, "lineno", None) or 0
    tb = exc.__traceback__
    target = os.path.normpath(path)
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == target:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line or 1


def _line_of(source: str, word: str) -> int:
    for number, line in enumerate(source.splitlines(), 1):
        if re.search(rf"\b{re.escape(word)}\b", line):
            return number
    return 1
