"""The wheel carries the bundled fact base, so an installed defectcli answers from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    (built,) = out.glob("defectcli-*.whl")
    return built


def test_the_wheel_holds_the_package_the_fact_base_and_the_entry_point(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for fact_file in (ROOT / "facts").glob("*.yaml"):
        assert f"defectcli/facts/{fact_file.name}" in names
    assert "defectcli/cli/__init__.py" in names and "defectcli/store/cache/index.py" in names and "defectcli/__main__.py" in names
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    assert "defectcli = defectcli.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_installed_package_answers_from_an_empty_directory_with_an_empty_home(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # what pip installs, minus the script wrapper
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEFECTCLI_", "XDG_"))}
    env.update(HOME=str(home), PYTHONPATH=str(site))
    proc = subprocess.run([sys.executable, "-m", "defectcli", "person", "Lin Aung", "-f", "json"], cwd=elsewhere,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["name"] == "Lin Aung"
    where = subprocess.run([sys.executable, "-c", "import defectcli; print(defectcli.__file__)"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(site))  # the wheel's copy answered, not the checkout
    assert list((home / ".cache" / "defectcli").glob("facts-*.sqlite"))  # its cache went under the empty home


@pytest.mark.slow
def test_nothing_is_written_inside_the_installed_package_or_its_fact_base(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    article = tmp_path / "article.txt"
    article.write_text("The harbour board counted 1,310 departures since the flood.\n")
    facts, package = site / "defectcli" / "facts", site / "defectcli"

    def files() -> set[str]:
        return {str(p.relative_to(site)) for p in site.rglob("*") if "__pycache__" not in p.parts}

    before = files()
    env = {**os.environ, "PYTHONPATH": str(site)}
    for args, said in ((["export", "--to", "json", f"{facts}/zz.yaml"], f"PATH: '{facts}/zz.yaml' is in the bundled"),
                       (["init", f"{facts}/sub"], f"DIR: '{facts}/sub' is in the bundled fact base"),
                       (["init", f"{package}/sub"], f"DIR: '{package}/sub' is inside the installed defectcli package"),
                       (["add-source", str(article), "--facts", str(facts)], f"--facts: '{facts}' is in the bundled"),
                       (["add-source", str(article)], "the bundled fact base is read-only"),
                       (["export", "--to", "csv", f"{package}/tables"], f"PATH: '{package}/tables' is inside the")):
        proc = subprocess.run([sys.executable, "-m", "defectcli", *args], env=env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 2 and proc.stderr.startswith(f"defectcli: {said}"), (args, proc.stderr)
    assert files() == before
