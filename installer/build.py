"""Build the one-folder bundle of crm-desktop and crm-admin for this OS (see docs/INSTALL.md).

    python installer/build.py [--dist DIR] [--no-archive]

Compiles the translations when they are missing, runs PyInstaller with installer/crm_desktop.spec,
adds the desktop entry and the licence files, and on Linux/macOS packs
crm-desktop-<version>-<os>-<arch>.tar.gz next to the folder. Prints the time it took.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "crm_desktop.spec"
BUNDLE_NAME = "crm-desktop"


def version() -> str:
    namespace: dict[str, str] = {}
    init = (ROOT / "crm_desktop" / "__init__.py").read_text(encoding="utf-8")
    exec(compile(init, "__init__.py", "exec"), namespace)  # noqa: S102 - our own file
    return namespace["__version__"]


def compile_translations() -> None:
    """The .qm files are build output (not in git): make them from resources/i18n/*.ts."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if lrelease is None:
        sys.exit("build: pyside6-lrelease not found; install the project first (make install)")
    target = ROOT / "crm_desktop" / "resources" / "i18n"
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
                       check=True)


def run_pyinstaller(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
                    str(SPEC)], check=True, cwd=ROOT)
    return dist / BUNDLE_NAME


def add_extras(bundle: Path) -> None:
    shutil.copy2(INSTALLER / "crm-desktop.desktop", bundle / "crm-desktop.desktop")
    shutil.copy2(ROOT / "crm_desktop" / "resources" / "icons" / "logo.svg",
                 bundle / "crm-desktop.svg")
    shutil.copy2(INSTALLER / "README.txt", bundle / "README.txt")


def archive(bundle: Path) -> Path:
    arch = platform.machine().lower() or "unknown"
    system = platform.system().lower()
    target = bundle.parent / f"{BUNDLE_NAME}-{version()}-{system}-{arch}.tar.gz"
    partial = target.with_suffix(".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{BUNDLE_NAME}-{version()}")
    os.replace(partial, target)
    return target


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller)")
    parser.add_argument("--no-archive", action="store_true", help="skip the tarball")
    args = parser.parse_args(argv)
    started = time.monotonic()
    compile_translations()
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve())
    add_extras(bundle)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    if not args.no_archive and platform.system() != "Windows":
        tarball = archive(bundle)
        print(f"archive: {tarball} ({tarball.stat().st_size / 1e6:.0f} MB)")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
