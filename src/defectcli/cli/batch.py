"""Many questions in one run: `person "A" "B"`, or `person -` with one question a line on stdin.

Each input gets its answer in input order, as soon as it is answered (`tail -f names | defectcli
person -` answers as lines arrive). In json and jsonl each answer carries the input it answers; an
input that finds nothing, matches several records or cannot be read becomes an error object in the
same stream (`{"input", "error", "candidates"}`) and the run goes on. The exit code says whether
every input was answered: 0 all, 1 some not.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import typer

from ..errors import DefectError, ExitStatus, FactBaseError, UsageError
from . import emit
from .options import Output
from .session import arg, read_stdin, stdin

MAX_LINE = 10_000  # characters: no name, id or claim is longer; a longer line is one error, not a crash


@dataclass(frozen=True)
class Unreadable:
    """A line of stdin that is not a question: its (shortened) text and why."""

    text: str
    why: str


def inputs(args: list[str]) -> list[str] | None:
    """The questions `args` ask when there are several or `-`; None when there is one (the usual run)."""
    if args == ["-"] or len(args) > 1:
        return args
    return None


def each(args: list[str]) -> Iterator[str | Unreadable]:
    """Every input: the arguments, or with `-` the lines of stdin (blank lines skipped), read as they
    come. A closed stdin is refused here, before anything is printed."""
    if args != ["-"]:
        return (arg(a) for a in args)
    source = stdin()
    return lines(lambda size: read_stdin(lambda: source.readline(size)))


def lines(readline: Callable[[int], bytes]) -> Iterator[str | Unreadable]:
    """The lines `readline(size)` reads (stdin's, or a file's: one definition of a line), stripped; a line
    that is no question as Unreadable, its error naming its line number."""
    first = True
    for number in itertools.count(1):
        line = readline(MAX_LINE * 4 + 1)  # UTF-8: at most 4 bytes a character
        if not line:
            return
        if first and line.startswith(codecs.BOM_UTF8):  # a list saved as "UTF-8 with BOM" (Excel, Notepad)
            line = line[len(codecs.BOM_UTF8):]
        first = False
        if not line.endswith(b"\n") and len(line) > MAX_LINE * 4:
            start = line[:240].decode("utf-8", "ignore")[:60]  # (its start, as a shorter line's)
            while line and not line.endswith(b"\n"):  # the rest of a line too long to be a question
                line = readline(1 << 16)
            yield Unreadable(start, f"line {number} is longer than {MAX_LINE} characters")
            continue
        raw = line.rstrip(b"\r\n")
        try:
            text = raw.decode("utf-8").removeprefix("\ufeff")  # a mark that starts any line: `cat` of such files
        except UnicodeDecodeError:
            yield Unreadable(raw[:60].decode("utf-8", "replace"), f"line {number} is not UTF-8 text")
            continue
        if len(text) > MAX_LINE:
            yield Unreadable(text[:60], f"line {number} is longer than {MAX_LINE} characters")
        elif text.strip():
            yield text.strip()


def answer_all(args: list[str], ask: Callable[[str], Any], output: Output, view: Callable[[Any, Output], str],
               rows: Callable[[Any], list[dict[str, Any]]], columns: list[Any],
               failed: Callable[[Any], bool] | None = None, empty: str | None = None,
               document: Callable[[list[Any]], tuple[str, bool]] | None = None, more: tuple[str, ...] = (),
               readline: Callable[[int], bytes] | None = None) -> int:
    """Ask each input, print each answer (or error) in order, then exit 1 if some input was not
    answered; returns how many answers `failed` says fell short (verify: a claim that does not match).

    json and jsonl carry `{"input": ..., **answer}` (an answer that is a list goes under "answer");
    a table shows `view(answer, output)` under each input; csv and tsv show `rows(answer)` under
    `columns`, each row led by its input (and an error row by its error), one header for the run.
    With --fields, every format shows `rows(answer)` in those columns (json under the answer's own key for them,
    or "answer"), which may be any of `columns`, `more` (the other fields rows have), "input" or "error". No input
    at all (an empty stdin, or blank lines only) is a UsageError (exit 2): `empty`, or a general one.
    With `document` and no -f or --fields, the answers make one document, printed at the end (`cite
    --style bibtex`: one .bib of every source), and errors go to stderr: (its text, whether it is JSON)."""
    from ..output import formats

    # (a closed stdin is refused before the first line is printed; `readline`: a file's lines instead of stdin's)
    questions = each(args) if readline is None else lines(readline)
    fmt = output.format if output.chosen or output.env.stdout_tty else "jsonl"
    if document is not None and not output.chosen and not output.fields:
        fmt = "document"
    if output.fields:  # (the input, and an error, lead every answer already)
        wanted = [f for f in output.fields if f not in ("input", "error")]
        columns = formats.pick(columns, wanted, [], [formats.Column(f, f.capitalize(), kind="text") for f in more])
        view = _fields_view(rows, columns)
    flat = [formats.Column("input", "input"), formats.Column("error", "error"), *columns]
    header = [fmt in ("csv", "tsv") and output.headers]  # printed with the first answer: none, when none comes
    missed = short = 0
    gathered: list[Any] = []

    def say(obj: dict[str, Any], answer: Any = None) -> None:
        if header[0]:
            emit.out(formats.flat([], flat, fmt), output.env.encoding)
            header[0] = False
        if fmt == "document" and "error" in obj:
            emit.err(f"{obj['input']}: {obj['error']}")
        elif fmt == "document":
            gathered.append(answer)
        elif fmt == "json":
            gathered.append(obj)
        elif fmt == "jsonl":
            emit.out(formats.to_jsonl([obj]), output.env.encoding, is_json=True)
        elif fmt == "table":
            if "error" in obj:
                emit.err(f"{obj['input']}: {obj['error']}")
            else:
                emit.out(view(answer, output), output.env.encoding, drawn=True)
        else:
            found = [{"input": obj["input"], **r} for r in rows(answer)] if "error" not in obj else [obj]
            emit.out(formats.flat(found, flat, fmt, headers=False), output.env.encoding)

    asked = 0
    for question in questions:
        asked += 1
        if isinstance(question, Unreadable):
            missed += 1
            say({"input": question.text, "error": question.why, "candidates": []})
            continue
        try:
            answer = ask(question)
        except FactBaseError:
            raise  # the fact base itself is unusable: no question can be answered
        except UsageError as exc:
            if exc.of_option:
                raise  # an option no argument can use: exit 2, once
            missed += 1
            say({"input": question, "error": str(exc), "candidates": candidates(str(exc))})
            continue
        except DefectError as exc:
            missed += 1
            say({"input": question, "error": str(exc), "candidates": candidates(str(exc))})
            continue
        short += bool(failed and failed(answer))
        if output.fields:  # under the key the answer keeps them ("results"), as without --fields
            key = next((k for k, v in answer.items() if v is rows(answer)), "answer") if isinstance(answer, dict) \
                else "answer"
            say({"input": question, key: formats.project(rows(answer), columns)}, answer)
        else:
            say({"input": question, **answer} if isinstance(answer, dict) else {"input": question, "answer": answer},
                answer)
    if not asked:  # no question at all is no answer, not an empty one (a script reads exit 0 as "all found")
        raise UsageError(empty or "-: standard input is empty; give one question a line")
    if fmt == "json":
        emit.out(formats.to_json(gathered), output.env.encoding, is_json=True)
    if fmt == "document" and document is not None:
        text, is_json = document(gathered)
        emit.out(text, output.env.encoding, is_json=is_json)
    if missed:
        raise typer.Exit(ExitStatus.NO_MATCH)
    return short


def _fields_view(rows: Callable[[Any], list[dict[str, Any]]], columns: list[Any]) -> Callable[[Any, Output], str]:
    """An answer drawn as a table of the --fields columns of its rows."""
    def view(answer: Any, output: Output) -> str:
        from ..output import formats

        env = output.env
        return formats.table(rows(answer), columns, total=env.width, style=env.colour, headers=output.headers,
                             hide_empty=False)
    return view


def candidates(message: str) -> list[str]:
    """The names or ids a message offers (`did you mean "X"?`, `matches more than one person: "A", "B"`)."""
    quoted = re.findall(r'"([^"]+)"', message) or re.findall(r"did you mean '([^']+)'", message)
    return quoted
