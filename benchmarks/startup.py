"""Start-up (PERFORMANCE.md: a usable main window in ≤ 1.0 s, p95): a fresh `crm-desktop`
process per sample, offscreen, signed in without the dialog as a demo user (the --screenshot
path: --user plus $CRM_PASSWORD), until the client list has painted its first page of clients
(`--measure-startup`, ui/startup_probe.py). Wall time runs from just before the process is
started until it reports; CPU time is the child's own (all its threads), which says what the
start costs when the shared machine is busy. Nothing is cached between runs but the OS's files.

    python benchmarks/startup.py                          # 10k clients, SQLite and PostgreSQL
    python benchmarks/startup.py --backend sqlite --repeats 20 --user admin
    python benchmarks/startup.py --importtime             # which imports cost most

Records (run.py): startup_main_window (wall ms), startup_main_window_cpu (CPU ms), and
startup_signed_in (wall ms when sign-in ended, which on SQLite includes one argon2 check).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from timing import Record, percentile, table  # noqa: E402

from crm_desktop.services.demo import DEMO_PASSWORD  # noqa: E402

PYCACHE = Path(__file__).resolve().parent / ".cache" / "pycache"
USER = "ivanova"  # a sales manager, as most users are
TIMEOUT_S = 120
IMPORT_APP = "import gc; gc.disable(); import crm_desktop.app"  # as crm_desktop/launch.py
HEAVY = ("reportlab", "openpyxl", "alembic", "num2words", "PySide6.QtCharts", "PySide6.QtPdf",
         "PySide6.QtPrintSupport", "psycopg", "phonenumbers", "stdnum")


def _env(home: str) -> dict[str, str]:
    """Offscreen, with the password, config/log folders of its own (no user's settings), and
    compiled bytecode kept between runs as the installed program has it (in the cache folder,
    even where the developer's environment says PYTHONDONTWRITEBYTECODE)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_PASSWORD=DEMO_PASSWORD,
               PYTHONPYCACHEPREFIX=str(PYCACHE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    folder = Path(home)
    env.update(CRM_CONFIG=str(folder / "config.json"), CRM_DATA_DIR=str(folder / "data"),
               CRM_MACHINE_CONFIG=str(folder / "machine.json"), CRM_LOG_DIR=str(folder / "logs"))
    for variable in ("CRM_DATABASE_URL", "CRM_REPORTS_URL"):
        env.pop(variable, None)
    return env


def start_once(url: str, user: str = USER) -> dict[str, float]:
    """One start-up: {"wall_ms", "cpu_ms", "signed_in_ms", ...the child's phases}."""
    command = [sys.executable, "-m", "crm_desktop", "--db", url, "--user", user,
               "--lang", "ru", "--measure-startup"]
    with tempfile.TemporaryDirectory(prefix="crm-startup-") as home:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 env=_env(home), text=True)
        try:
            line = child.stdout.readline() if child.stdout else ""
            wall = (time.perf_counter() - started) * 1000
            child.wait(TIMEOUT_S)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    try:
        report = json.loads(line)
    except json.JSONDecodeError:
        report = {}
    if "cpu_ms" not in report:
        raise RuntimeError(f"start-up failed (exit {child.returncode}): {line.strip()!r}")
    phases = report["phases"]
    return {"wall_ms": wall, "cpu_ms": report["cpu_ms"], "child_wall_ms": report["wall_ms"],
            "gui_cpu_ms": report.get("gui_thread_cpu_ms", 0.0),
            "signed_in_ms": phases.get("signed_in", 0.0), **{f"{k}_ms": v
                                                             for k, v in phases.items()}}


def startup_records(url: str, backend: str, size: int, repeats: int,
                    user: str = USER, verbose: bool = False) -> list[Record]:
    start_once(url, user)  # warm-up: the OS's file cache, .pyc files
    runs = []
    for _ in range(repeats):
        runs.append(start_once(url, user))
        if verbose:
            print("  " + "  ".join(f"{k} {v:.0f}" for k, v in runs[-1].items()), file=sys.stderr)

    def record(op: str, key: str) -> Record:
        samples = [run[key] for run in runs]
        return Record(op, backend, size, percentile(samples, 50), percentile(samples, 95), None)

    return [record("startup_main_window", "wall_ms"),
            record("startup_main_window_cpu", "cpu_ms"),
            record("startup_signed_in", "signed_in_ms")]


def importtime(runs: int = 3, top: int = 25) -> str:
    """`python -X importtime -c "import crm_desktop.app"`, `runs` times, with the cyclic
    collector paused as `python -m crm_desktop` has it; the fastest time of each module (the
    busy machine adds noise, never saves time). Cumulative and self, in ms."""
    best: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory(prefix="crm-startup-") as home:
        env = _env(home)
        subprocess.run([sys.executable, "-c", IMPORT_APP], env=env, check=True)
        outputs = [subprocess.run([sys.executable, "-X", "importtime", "-c",
                                   IMPORT_APP], capture_output=True, text=True,
                                  check=True, env=env).stderr for _ in range(runs)]
    for output in outputs:
        for line in output.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, cumulative, name = line.removeprefix("import time:").split("|")
            key = name.strip()
            old = best.get(key, (10**12, 10**12))
            best[key] = (min(old[0], int(cumulative)), min(old[1], int(own)))
    loaded = [m for m in HEAVY if m in best]
    rows = sorted(best.items(), key=lambda kv: -kv[1][0])[:top]
    by_self = sorted(best.items(), key=lambda kv: -kv[1][1])[:top]
    lines = [f"import crm_desktop.app: {best['crm_desktop.app'][0] / 1000:.0f} ms "
             f"(fastest of {runs}); heavy modules loaded: {', '.join(loaded) or 'none'}",
             "", f"{'cumulative ms':>13}  module"]
    lines += [f"{c / 1000:13.1f}  {name}" for name, (c, _s) in rows]
    lines += ["", f"{'self ms':>13}  module"]
    lines += [f"{s / 1000:13.1f}  {name}" for name, (_c, s) in by_self]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import databases  # noqa: PLC0415 - builds the cached demo databases

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", default="sqlite,postgresql",
                        help="sqlite,postgresql (default both)")
    parser.add_argument("--size", type=int, default=10_000, help="clients (default 10000)")
    parser.add_argument("--repeats", type=int, default=10, help="start-ups per backend")
    parser.add_argument("--user", default=USER, help=f"demo user signing in (default {USER})")
    parser.add_argument("--importtime", action="store_true",
                        help="only list the costliest imports of crm_desktop.app")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the records as JSON")
    args = parser.parse_args(argv)
    if args.importtime:
        print(importtime())
        return 0
    records: list[Record] = []
    for backend in args.backend.split(","):
        db = databases.ensure(backend.strip(), args.size)
        print(f"{db.backend}, {db.size:,} clients", file=sys.stderr)
        records += startup_records(db.url, db.backend, db.size, args.repeats, args.user,
                                   verbose=True)
    print(table(records))
    if args.json:
        args.json.write_text(json.dumps([r.as_json() for r in records], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
