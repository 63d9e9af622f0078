"""Every option a hint mentions exists on the command it is for.

The hints are read out of what a person reads: every command's help, the tables' footers and notes,
the messages a run prints (errors' "add --x", "next:" lines), the site's metadata and README.md.
Each option is held to the real options of its command (the Click command's parameters): an
option after `defectcli CMD` is CMD's; any other in a command's help or output is that command's
own. A message in the code that suggests an option must be one the runs below print, so that a new
hint cannot go unchecked. And the commands that print rows take the output options; those whose
rows rest on sources take --source.
"""

from __future__ import annotations

import ast
import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from defectcli.cli import app
from defectcli.output.environment import Environment
from defectcli.paths import bundled_facts
from defectcli.texts import pagedate

from .helpers import DATA, read_date

ROOT = Path(__file__).parent.parent
SRC = ROOT / "src" / "defectcli"
OPTION = re.compile(r"(?<![\w/.-])(--?[A-Za-z][\w-]*)")
# `defectcli CMD args`, up to the end of the command (a pipe, a redirection, `;`, `&&`, a closing
# backtick or bracket of the prose around it). `\|` is a `|` inside a Markdown table cell.
SPAN = re.compile(r"defectcli\s+((?:[a-z][a-z-]*|COMMAND|-[\w-]+))((?:(?!defectcli\s)(?:\\\||[^|;&>`)\n·]))*)")
WRONG = re.compile(r"No such option: --?[\w-]+")  # an option the user mistyped, quoted back
ROWS = ["person", "search", "show", "verify", "cite", "people", "stats", "quotes", "themes", "motivations", "sources",
        "timeline", "conflicts", "orgs"]
OUTPUT_OPTIONS = {"--format", "-f", "--limit", "-n", "--no-headers", "--fields"}


def _group() -> typer.core.TyperGroup:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    return group


GROUP = _group()
COMMANDS = GROUP.list_commands(typer.Context(GROUP))


# A group's commands by their whole name ("sources fetch").
SUBCOMMANDS = [f"{name} {sub}" for name in COMMANDS if isinstance(c := GROUP.commands[name], typer.core.TyperGroup)
               for sub in c.list_commands(typer.Context(c))]


def options_of(name: str) -> set[str]:
    """Every option name the command `name` (or "" for defectcli itself; "sources fetch" for a
    group's command) takes, -h and --help too."""
    top = typer.Context(GROUP, info_name="defectcli", **GROUP.context_settings)
    command: Any = GROUP  # a group, or a command of one (typer's vendored click types)
    ctx = top
    if name:
        for word in name.split():
            assert isinstance(command, typer.core.TyperGroup)
            command = command.commands[word]
            ctx = typer.Context(command, info_name=word, parent=ctx, **command.context_settings)
    return {o for p in command.get_params(ctx) for o in (*p.opts, *p.secondary_opts) if o.startswith("-")}


OPTIONS = {name: options_of(name) for name in ["", *COMMANDS, *SUBCOMMANDS]}


def others(text: str) -> str:
    """`text` without the code of other programs (`datasette facts.db -m ...`, `\\xeb`): each such span
    in backticks becomes a word; a span that starts with an option is kept."""
    return re.sub(r"`([^`]*)`", lambda m: m.group(0) if m.group(1).startswith("-") else "CODE", text)


def mentions(text: str, own: str | None) -> Iterator[tuple[str, str]]:
    """(command, option) of every option `text` mentions: in `defectcli CMD ...` the command's
    (COMMAND: every command's), elsewhere `own`'s (None: leave those out)."""
    text = WRONG.sub("", text)
    rest = text
    for m in SPAN.finditer(text):
        word, args = m.group(1), m.group(2)
        names = COMMANDS if word == "COMMAND" else [""] if word.startswith("-") else [word]
        sub = re.match(r"\s+([a-z][a-z-]*)", args)
        if sub and f"{word} {sub.group(1)}" in SUBCOMMANDS:  # "defectcli sources fetch --timeout 5"
            names, args = [f"{word} {sub.group(1)}"], args[sub.end():]
        if word.startswith("-"):
            args = word + args
        if names != [""] and names[0] not in OPTIONS:
            continue  # "defectcli is ...": not a command
        for option in OPTION.findall(args.replace("\\|", " ")):
            for name in names:
                yield name, option
        rest = rest.replace(m.group(0), " ", 1)
    if own is not None:
        for option in OPTION.findall(others(rest)):
            yield own, option


def missing(found: Iterator[tuple[str, str]], where: str) -> list[str]:
    return [f"{where}: `{('defectcli ' + name).strip()}` has no {option}" for name, option in found
            if option not in OPTIONS[name]]


def invoke(*args: str, width: int = 80, stdin: str | None = None) -> str:
    r = CliRunner().invoke(app, list(args), obj=Environment(stdout_tty=True, width=width), input=stdin,
                           catch_exceptions=False)
    return r.stdout + r.stderr


# ---------------------------------------------------------------- help


def help_text(name: str) -> str:
    r = CliRunner().invoke(app, [*name.split(), "-h"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.stderr
    return r.stdout


def help_mentions(name: str) -> Iterator[tuple[str, str]]:
    """The options a command's help mentions: an example line holds command lines only (the other
    programs of a pipeline have options of their own); `defectcli -h` describes each command on
    the lines it lists it."""
    block, own, para = "", name, list[str]()
    for line in [*help_text(name).splitlines(), ""]:
        if not line.strip() or (block == "Commands:" and re.match(r"  [a-z]", line)):
            yield from mentions(" ".join(para), own)
            para = []
        if not line.strip():
            block, own = "", name
        elif re.fullmatch(r" {0,2}[A-Z][A-Za-z ]{0,30}:", line):  # a heading ("Examples:"), not a row ending in ":"
            block = line.strip()
        elif block == "Examples:":
            yield from mentions(line, None)
        else:
            if block == "Commands:" and re.match(r"  [a-z]", line):
                own = line.split()[0]
            para.append(line.strip())


def test_every_option_a_help_text_mentions_exists() -> None:
    problems = [p for name in ["", *COMMANDS, *SUBCOMMANDS]
                for p in missing(help_mentions(name), f"{name or 'defectcli'} -h")]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- what runs print


def runs(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    """(command, what it printed) of runs that print every hint the code holds."""
    mine, mini = tmp / "mine", tmp / "mini"
    invoke("init", str(mine))
    shutil.copytree(DATA, mini)
    yield "init", invoke("init", str(tmp / "other"))
    articles = tmp / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("The harbour closed. Nobody knows why.\n", encoding="utf-8")
    (articles / "b.txt").write_text("The ferry stopped.\n", encoding="utf-8")
    yield "add-source", invoke("add-source", str(articles / "a.txt"), "--facts", str(mine))
    (mine / "s9.yaml").write_text("# mine\n", encoding="utf-8")
    yield "add-source", invoke("add-source", str(articles / "b.txt"), "--facts", str(mine), "--id", "s9")
    yield "add-source", invoke("add-source", str(articles / "b.txt"))
    yield "draft", invoke("draft", "s3", "--facts", str(mine))
    yield "draft", invoke("draft", "s1", "--facts", str(mine), "--sources", str(articles))
    for width in (40, 60, 80, 120):
        for name in ("people", "stats", "quotes", "themes", "motivations", "sources", "timeline", "conflicts", "orgs"):
            yield name, invoke(name, "--limit", "1", width=width)
            yield name, invoke(name, width=width)
        yield "person", invoke("person", "Lin Aung", width=width)
        yield "person", invoke("person", "Lin Aung", "--limit", "1", width=width)
        yield "show", invoke("show", "defection-totals", "--limit", "1", width=width)
    yield "search", invoke("search", "soldiers")
    yield "show", invoke("show", "s1")
    # An id two kinds share; an excerpt that is not in its text.
    (mini / "facts" / "twice.yaml").write_text(
        "events:\n  - id: aye-mya\n    name: Aye Mya leaves\n    kind: trend\n"
        "    date: {precision: unknown, basis: stated}\n"
        "    evidence:\n      - {source: h1, excerpt: \"said Aye Mya, a former clerk.\"}\n", encoding="utf-8")
    facts = mini / "facts" / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("the bridge was unsafe\"}", "the bridge was not safe\"}"),
                     encoding="utf-8")
    yield "show", invoke("show", "aye-mya", "--facts", str(mini / "facts"))
    yield "show", invoke("show", "leave-unsafe", "--facts", str(mini / "facts"), "--sources", str(mini / "sources"))
    yield "cite", invoke("cite", "aye-mya", "--facts", str(mini / "facts"))
    yield "cite", invoke("cite", "aye-mya", "--kind", "quote", "--facts", str(mini / "facts"))  # a person's id
    yield "check", invoke("check", "--coverage", "--facts", str(mini / "facts"))
    yield "check", invoke("check", "--source", "h1", "--facts", str(mini / "facts"))
    people = mini / "facts" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + '    note: "never closed\n', encoding="utf-8")
    yield "check", invoke("check", "--coverage", "--facts", str(mini / "facts"), "--sources", str(mini / "sources"))
    (tmp / "taken.json").write_text("{}", encoding="utf-8")
    yield "export", invoke("export", str(tmp / "taken.json"))
    yield "export", invoke("export", str(tmp / "facts.txt"))
    yield "export", invoke("export", "-", "--to", "csv")
    (tmp / "dir").mkdir()
    (tmp / "dir" / "notes.txt").write_text("mine", encoding="utf-8")
    yield "export", invoke("export", str(tmp / "dir"), "--to", "csv", "--force")
    (tmp / "kept.metadata.json").write_text("{}", encoding="utf-8")
    yield "export", invoke("export", str(tmp / "kept.db"))
    invoke("export", str(tmp / "facts.db"))
    yield "export", (tmp / "facts.metadata.json").read_text(encoding="utf-8")
    yield "person", invoke("person")  # a usage error says where to look
    yield "sources", invoke("sources", "-f", "json", "fetch")  # the list's options, given to the group
    yield "sources", invoke("sources", "--facts", str(mini / "facts"), "fetch")
    yield "verify", invoke("verify")
    yield "serve", invoke("serve", "--host", "0.0.0.0")  # every address, without --public
    from defectcli.site import serve as web

    site = web.app(tmp / "facts.db", json.loads((tmp / "facts.metadata.json").read_text(encoding="utf-8")),
                   hosts=frozenset({"127.0.0.1", "localhost"}))
    yield "serve", asyncio.run(site.client.get("/", headers={"Host": "evil.example"})).text  # another site's name
    # A page whose date does not exist; a date that is no date at all (what add-source says of each).
    page = (DATA.parent / "grow" / "page.html").read_text(encoding="utf-8")
    (articles / "page.html").write_text(page.replace("2021-05-14T08:00:00+00:00", "2024-02-30T08:00:00+00:00"),
                                        encoding="utf-8")
    yield "add-source", invoke("add-source", str(articles / "page.html"), "--facts", str(mine), "--is-article")
    yield "add-source", pagedate.as_given(page, "2024-13-45")[1] or ""
    yield "add-source", pagedate.as_given("2024 " * 2000, "2024-05-14")[1] or ""  # (a page writing its year so often)
    # A page whose only date is one htmldate passes over (years ahead): no date, said so.
    (articles / "later.html").write_text(page.replace("2021-05-14T08:00:00+00:00", "2031-01-01T08:00:00+00:00")
                                         .replace("harbour", "river"), encoding="utf-8")  # another text
    yield "add-source", invoke("add-source", str(articles / "later.html"), "--facts", str(mine), "--id", "s8",
                               "--is-article")
    (articles / "gate.html").write_text("<html><head><title>River News</title></head><body><p>Forgot your password? "
                                        "Sign in to continue reading every story of our newsroom, or create an "
                                        "account to comment on the stories and get our newsletter.</p></body></html>",
                                        encoding="utf-8")
    yield "add-source", invoke("add-source", str(articles / "gate.html"), "--facts", str(mine))
    # The sources' pages fetched: a sign-in page in their place (no publisher is asked).
    from defectcli.pages import download

    gate = (articles / "gate.html").read_bytes()
    monkeypatch.setattr(download, "fetch", lambda url, limits=None: download.Page(url, url, gate, "text/html"))
    fetched = tmp / "fetched"
    invoke("init", str(fetched), "--empty")
    invoke("add-source", str(articles / "page.html"), "--facts", str(fetched), "--is-article")
    read_date(fetched / "s1.yaml")
    yield "sources fetch", invoke("sources", "fetch", "--facts", str(fetched))
    yield "sources fetch", invoke("sources", "fetch", "--facts", str(fetched), "--is-article")
    (tmp / "draft.txt").write_text("Aye Mya left.\n", encoding="utf-8")
    yield "verify", invoke("verify", "Aye Mya left.", "--file", str(tmp / "draft.txt"))
    with monkeypatch.context() as mp:  # no home: where the bundled base's pages go is nowhere
        import pwd

        mp.delenv("XDG_DATA_HOME")
        mp.setenv("HOME", "home")
        mp.setattr(pwd, "getpwuid", lambda uid: {}[uid])
        yield "sources fetch", invoke("sources", "fetch")
    with monkeypatch.context() as mp:  # run from a zip archive: its own fact base is nowhere a path reaches
        from defectcli import paths

        mp.setattr(paths, "PACKAGE", tmp / "defectcli.pyz" / "defectcli")
        yield "init", invoke("init", str(tmp / "from-zip"))
        yield "person", invoke("person", "Lin Aung")
    # Refused before the app is built (cli/run.py), so run as a user runs it.
    yield "", subprocess.run([sys.executable, "-m", "defectcli", "--install-completion", "fish"], capture_output=True,
                             text=True, timeout=60).stderr
    yield "", subprocess.run(["sh", "-c", '"$0" -m defectcli --install-completion', sys.executable],
                             capture_output=True, text=True, timeout=60).stderr
    quoted_home = tmp / "o'brien"
    quoted_home.mkdir()
    yield "", subprocess.run([sys.executable, "-m", "defectcli", "--install-completion"], capture_output=True,
                             text=True, timeout=60, env={**os.environ, "HOME": str(quoted_home)}).stderr


def test_every_option_a_run_suggests_exists_and_every_hint_in_the_code_is_printed_by_some_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    printed = list(runs(tmp_path, monkeypatch))
    problems = [p for name, out in printed for p in missing(mentions(out, name), f"{name} prints")]
    assert not problems, "\n".join(problems)
    everything = " ".join(" ".join(out.split()) for _, out in printed)
    everything += " ".join(" ".join(help_text(name).split()) for name in ["", *COMMANDS, *SUBCOMMANDS])
    unprinted = [f"{where}: {fragment!r}" for where, fragment in hints_in_code() if fragment not in everything]
    assert not unprinted, "no run above prints these hints; add a run that does:\n" + "\n".join(unprinted)


def hints_in_code() -> Iterator[tuple[str, str]]:
    """(where, text) of every piece of a string in the code that suggests an option: not a docstring,
    not an option's own name, and not a message about an option the user gave ("--x: ...")."""
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docs:
                continue
            text = " ".join(node.value.replace("\b", " ").split())
            if re.fullmatch(r"--?[\w-]+", text) or not OPTION.search(text):
                continue
            about = re.match(r"(?:warning: )?--?[\w-]+(?: \S+)?:", text)  # "--table: ...", "--style apa: ..."
            if about and not OPTION.search(text[about.end():]):
                continue
            yield f"{path.relative_to(ROOT)}:{node.lineno}", text.strip()


# ---------------------------------------------------------------- README


def readme_units() -> Iterator[tuple[str, str, bool]]:
    """(section heading, text, in a code block) of each paragraph, list item, table row and code line."""
    section, code, para = "", False, list[str]()
    for line in [*(ROOT / "README.md").read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("```"):
            code = not code
            continue
        if code or line.startswith(("    ", "<!--")):
            yield section, line, True
            continue
        starts = line.startswith(("#", "|", "- ")) or not line.strip()
        if starts and para:
            yield section, " ".join(para), False
            para = []
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        elif line.startswith("|"):
            yield section, line, False
        elif line.strip():
            para.append(line.strip())


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.;])\s+(?=[A-Z`])", text)


def test_every_option_the_readme_mentions_exists_where_it_says() -> None:
    problems = []
    for section, text, code in readme_units():
        where = f"README ({section}): {text[:60]}"
        if code:  # only defectcli's own command lines; the others are other programs'
            problems += missing(mentions(text, None), where)
            continue
        # `cmd --x` in backticks is a command line too, written without its `defectcli`.
        text = re.sub(r"`(" + "|".join(map(re.escape, COMMANDS)) + r") ", r"`defectcli \1 ", WRONG.sub("", text))
        problems += missing(mentions(text, None), where)
        rest = " ".join(others(SPAN.sub(" ", text)).split())
        if section == "Development":
            continue  # pytest's and the tools' options
        named = [n for n in re.findall(r"\((?:from )?`?([a-z][a-z-]*)`?[ )]", rest) if n in COMMANDS]
        heading = [n for n in COMMANDS if section.lower() == n]
        for option in OPTION.findall(rest):
            ok = named or heading or ["", *COMMANDS, *SUBCOMMANDS]
            if not any(option in OPTIONS[n] for n in ok):
                problems.append(f"{where}: {option} is an option of none of {', '.join(ok)}")
        for sentence in sentences(text):
            said = [n for n in re.findall(r"`([a-z][a-z-]*)`", sentence) if n in COMMANDS]
            claimed = OPTION.findall(others(SPAN.sub(" ", sentence)))
            if re.search(r"^[^`]*\bcommands?\b[^.]*\btakes?\b", sentence) and claimed:
                assert said, f"{where}: say which commands take {claimed}: {sentence}"
                problems += [f"{where}: `{n}` does not take {o}" for n in said for o in claimed if o not in OPTIONS[n]]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- which commands take what


@pytest.mark.parametrize("name", ROWS)
def test_every_command_that_prints_rows_takes_the_output_options(name: str) -> None:
    assert OPTIONS[name] >= OUTPUT_OPTIONS


def test_exactly_the_commands_that_print_rows_are_those_listed() -> None:
    """A command with --format prints rows in csv and tsv: it belongs in ROWS."""
    assert sorted(n for n in COMMANDS if "--format" in OPTIONS[n]) == sorted(ROWS)


@pytest.mark.parametrize("name", ROWS)
def test_every_command_whose_rows_rest_on_sources_takes_source(name: str) -> None:
    args = {"person": ["Lin Aung"], "search": ["soldiers"], "show": ["defection-totals"],
            "cite": ["defection-totals"], "verify": ["Lin Aung joined the military in 2020."]}.get(name, [])
    r = CliRunner().invoke(app, [name, *args, "-f", "json"])
    data = json.loads(r.stdout)
    rows = data if isinstance(data, list) else [data]
    about_sources = any(row.get("source") or row.get("sources") for row in rows) and name not in ("show", "cite",
                                                                                                  "verify")
    # show and cite answer for one record, named by its id, and verify for the text it is given: they
    # have nothing to keep to a source.
    assert ("--source" in OPTIONS[name]) == about_sources, (name, sorted(OPTIONS[name]))


def test_the_bundled_base_is_what_the_runs_read() -> None:
    assert (bundled_facts() / "themes.yaml").is_file()
