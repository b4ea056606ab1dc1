"""The Jinja2 sandbox templates render in, with limits, and the loader that confines them.

Jinja's SandboxedEnvironment stops templates from running code; it does not stop
them from asking for a two-gigabyte string (`{{ 'a' * 2000000000 }}`), a number
with a billion digits, or a file outside the template folders through a symbolic
link. `LimitedSandbox` bounds every size a template can ask for (`MAX_SIZE`),
`ConfinedLoader` reads only regular files that really lie inside the folders and
are at most `MAX_TEMPLATE_BYTES` long, and valid UTF-8.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, TemplateError, TemplateNotFound
from jinja2.loaders import split_template_path
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

MAX_SIZE = 100_000  # characters of a string, items of a list, a width, a range
MAX_POWER_BITS = 4096  # the largest number `**` may make
MAX_TEMPLATE_BYTES = 64 * 1024  # a letter template is a few kilobytes
_PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[#0 +-]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")


class TemplateLimitError(TemplateError):
    """A template asked for more than the sandbox allows (a size, a file, a depth)."""


class LimitedSandbox(SandboxedEnvironment):
    """A sandbox in which no operation makes a value larger than `MAX_SIZE`."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = limited_range
        for name, function in list(self.filters.items()):
            self.filters[name] = _bounded_filter(name, function)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            check_printf(left)
        elif operator == "+" and _sized(left) and _sized(right):
            _check_size(len(left) + len(right), "a joined value")
        return super().call_binop(context, operator, left, right)

    def call(
        __self,  # Jinja's own signature: a template may pass `self` as a keyword
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        _check_arguments(args, kwargs)
        if getattr(__obj, "__name__", "") in ("format", "format_map"):
            # Jinja wraps str.format for its sandbox; the string is on the wrapped method.
            target = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
            if isinstance(target, str):
                check_format(target)
        return super().call(__context, __obj, *args, **kwargs)


def limited_range(*args: int) -> range:
    """`range` for templates: at most `MAX_SIZE` numbers."""
    _check_arguments(args, {})
    numbers = range(*args)
    _check_size(len(numbers), "a range")
    return numbers


def _sized(value: Any) -> bool:
    return isinstance(value, str | list | tuple)


def _check_size(size: int, what: str) -> None:
    if size > MAX_SIZE:
        raise TemplateLimitError(
            f"{what} of {size:,} would be made; templates may make at most {MAX_SIZE:,}"
        )


def _check_repeat(sequence: Any, times: Any) -> None:
    if _sized(sequence) and isinstance(times, int) and not isinstance(times, bool):
        _check_size(len(sequence) * max(times, 0), "a repeated value")


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and exponent > 0:
        bits = exponent * math.log2(abs(base))
        if bits > MAX_POWER_BITS:
            raise TemplateLimitError(f"{base} ** {exponent} is a number too large for a template")


def check_printf(text: str) -> None:
    """Refuse a `%` format whose width or precision is `*` or above `MAX_SIZE`."""
    for match in _PRINTF_SPEC.finditer(text):
        for part in match.groups():
            if part == "*" or (part and int(part) > MAX_SIZE):
                raise TemplateLimitError(
                    f"the format '{match.group(0)}' asks for a width above {MAX_SIZE:,}"
                )


def check_format(text: str) -> None:
    """Refuse a `str.format` field with a width or precision above `MAX_SIZE`."""
    for field in _FORMAT_FIELD.findall(text):
        for number in re.findall(r"\d+", field.partition(":")[2]):
            if int(number) > MAX_SIZE:
                raise TemplateLimitError(
                    f"the format '{field}' asks for a width above {MAX_SIZE:,}"
                )


def _check_arguments(args: Sequence[Any], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE:
            raise TemplateLimitError(
                f"the number {value:,} is too large for a template (at most {MAX_SIZE:,})"
            )


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """The filter with its number arguments bounded (`center(10**9)`, `indent`, …)."""

    @functools.wraps(function)  # keeps Jinja's pass_context/pass_environment marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args[1:], kwargs)
        if name == "format" and args and isinstance(args[0], str):
            check_printf(args[0])
        elif name == "format" and len(args) > 1 and isinstance(args[1], str):
            check_printf(args[1])  # pass_environment filters get the environment first
        return function(*args, **kwargs)

    return bounded


class ConfinedLoader(BaseLoader):
    """Templates from `folders` (first found wins), never through a link leaving them."""

    def __init__(self, folders: Sequence[Path], skip: frozenset[Path] = frozenset()) -> None:
        self.folders = list(folders)
        self.skip = skip  # files not to use (a user's unchanged copies of shipped ones)

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.folders:
            path = folder.joinpath(*pieces)
            if not path.is_file() or path in self.skip:
                continue
            source = read_template(path, folder, name=template)
            return (
                source,
                os.path.normpath(path),
                functools.partial(_unchanged, path, os.path.getmtime(path)),
            )
        raise TemplateNotFound(template)


def _unchanged(path: Path, mtime: float) -> bool:
    try:
        return os.path.getmtime(path) == mtime
    except OSError:
        return False


class TemplateFileError(TemplateLimitError):
    """A template file that may not or cannot be read; `line` and `col` place it."""

    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.col = col


def confined(path: Path, folder: Path) -> bool:
    """`path`, links followed, is inside `folder` (links followed too)."""
    return path.resolve().is_relative_to(folder.resolve())


def read_template(path: Path, folder: Path, *, name: str = "") -> str:
    """The text of a template file, or TemplateFileError saying why it may not be used."""
    name = name or path.name
    if not confined(path, folder):
        raise TemplateFileError(
            f"template '{name}' is a link to {path.resolve()}, outside the template folder"
            f" {folder}; templates are only read from inside their folders"
        )
    size = path.stat().st_size
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateFileError(
            f"template '{name}' is {size:,} bytes; a template may be at most {MAX_TEMPLATE_BYTES:,}"
        )
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise TemplateFileError(
            f"template '{name}' is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8",
            line,
            col,
        ) from None


__all__ = [
    "MAX_SIZE",
    "MAX_TEMPLATE_BYTES",
    "ConfinedLoader",
    "LimitedSandbox",
    "TemplateFileError",
    "TemplateLimitError",
    "confined",
    "limited_range",
    "read_template",
]
