"""Hostile templates: every problem is a FILE:LINE sentence at check, nothing hangs or leaks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from jinja2 import TemplateError

from followupd.rules.context import sample_context
from followupd.rules.sandbox import MAX_TEMPLATE_BYTES
from followupd.rules.templates import TemplateSet

CASES = {
    "unknown_filter": ('{{ "a" | nosuchfilter }}', "No filter named 'nosuchfilter'"),
    "block_twice": ("{% block a %}{% endblock %}{% block a %}{% endblock %}", "defined twice"),
    "call_string": ('{{ "abc"() }}', "not callable"),
    "division": ("{{ 1/0 }}", "division by zero"),
    "big_range": ("{% for i in range(10**8) %}{% endfor %}", "too large for a template"),
    "recursive_macro": ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "calls itself"),
    "self_include": ('{% include "self_include.txt" %}', "calls itself"),
    "multiply": ("{{ 'a' * 2000000000 }}", "at most 100,000"),
    "list_multiply": ("{{ [1, 2] * 100000 }}", "at most 100,000"),
    "power": ("{{ 10 ** 100000 }}", "too large"),
    "ljust": ('{{ "a".ljust(10**9) }}', "too large for a template"),
    "center": ('{{ "x" | center(1000000000) }}', "too large for a template"),
    "printf": ('{{ "%2000000000s" % "a" }}', "width above"),
    "format": ('{{ "{:>2000000000}".format(1) }}', "width above"),
}


def write(folder: Path, name: str, line3: str) -> None:
    (folder / f"{name}.txt").write_text(f"Subject: Hi\n\n{line3}\n", encoding="utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_places_every_hostile_template(tmp_path: Path, name: str) -> None:
    """Each campaign template gives one problem at its file and line 3, with a sentence."""
    write(tmp_path, name, CASES[name][0])
    problems = TemplateSet([tmp_path]).check(name)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.file, problem.line) == (str(tmp_path / f"{name}.txt"), 3), str(problem)
    assert CASES[name][1] in problem.message
    assert str(problem).startswith(f"{tmp_path / name}.txt:3:1: ")


def test_endless_output_is_refused(tmp_path: Path) -> None:
    """A template writing more than any letter stops, placed at the template as a whole."""
    write(tmp_path, "output", "{% for i in range(100000) %}{{ 'a' * 1000 }}{% endfor %}")
    [problem] = TemplateSet([tmp_path]).check("output")
    assert problem.file == str(tmp_path / "output.txt") and problem.line == 1
    assert "more than 200,000 characters" in problem.message


def test_non_utf8_template_is_placed_at_its_byte(tmp_path: Path) -> None:
    """A template that is not UTF-8 gives its line and column and says to save it as UTF-8."""
    (tmp_path / "latin.txt").write_bytes(b"Subject: Hi\n\nab\xff\n")
    [problem] = TemplateSet([tmp_path]).check("latin")
    assert (problem.line, problem.col) == (3, 3)
    assert "not UTF-8" in problem.message


def test_oversized_template_is_refused(tmp_path: Path) -> None:
    """A template file larger than MAX_TEMPLATE_BYTES is refused before it is parsed."""
    (tmp_path / "big.txt").write_text("Subject: Hi\n\n" + "a" * MAX_TEMPLATE_BYTES)
    [problem] = TemplateSet([tmp_path]).check("big")
    assert "may be at most" in problem.message


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    """`{% include 'x' %}` of a link to /etc/passwd is refused at check and at rendering."""
    folder = tmp_path / "templates"
    folder.mkdir()
    os.symlink("/etc/passwd", folder / "x")
    write(folder, "leak", "{% include 'x' %}")
    [problem] = TemplateSet([folder]).check("leak")
    assert problem.line == 3 and "outside the template folder" in problem.message
    with pytest.raises(TemplateError, match="outside the template folder"):
        TemplateSet([folder]).render("leak", sample_context())
    os.symlink("/etc/passwd", folder / "passwd.txt")
    [problem] = TemplateSet([folder]).check("passwd")
    assert "outside the template folder" in problem.message


def test_links_inside_the_folder_still_work(tmp_path: Path) -> None:
    """A link to another template of the same folder (or a linked folder) is fine."""
    real = tmp_path / "real"
    real.mkdir()
    write(real, "base", "Hello {{ user.name }}")
    os.symlink(real / "base.txt", real / "alias.txt")
    os.symlink(real, tmp_path / "linked")
    for folder, name in ((real, "alias"), (tmp_path / "linked", "base")):
        assert TemplateSet([folder]).check(name) == []
        assert "Hello" in TemplateSet([folder]).render(name, sample_context()).body


def test_runtime_errors_at_rendering_are_template_errors(tmp_path: Path) -> None:
    """At rendering (not only at check), `1/0` is a TemplateError, not a crash of the pass."""
    write(tmp_path, "division", "{{ 1/0 }}")
    with pytest.raises(TemplateError, match="division by zero"):
        TemplateSet([tmp_path]).render("division", sample_context())
