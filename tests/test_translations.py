"""Every user-visible string has a finished Russian translation, and the .qm works."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
RU_TS = ROOT / "resources" / "i18n" / "crm_desktop_ru.ts"
EN_TS = ROOT / "resources" / "i18n" / "crm_desktop_en.ts"


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found (it comes with PySide6)")
    return found


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context") for message in context.iter("message")
    }


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.findall("numerusform")]
        return bool(forms) and all(f.strip() for f in forms)
    return bool((translation.text or "").strip())


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """The messages pyside6-lupdate finds in today's sources (into a scratch .ts)."""
    scratch = tmp_path_factory.mktemp("lupdate") / "scan_ru.ts"
    sources = sorted(str(p) for p in (ROOT / "crm_desktop").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(scratch)], check=True, capture_output=True, cwd=ROOT)
    found = messages(scratch)
    assert len(found) > 50, "lupdate found suspiciously few strings"
    return found


def test_every_source_string_has_a_russian_translation(current_sources):
    translated = messages(RU_TS)
    missing = [
        f"[{context}] {source}" for (context, source) in current_sources
        if (context, source) not in translated or not finished(translated[(context, source)])
    ]
    assert not missing, (
        f"{len(missing)} string(s) lack a finished Russian translation in {RU_TS.name} "
        "(run `make lupdate`, then scripts/untranslated.py):\n" + "\n".join(missing)
    )


def test_plural_messages_have_all_forms(current_sources):
    plural = [key for key, message in current_sources.items() if message.get("numerus") == "yes"]
    assert plural, "expected at least one %n message"
    for path, forms in ((RU_TS, 3), (EN_TS, 2)):
        translated = messages(path)
        for key in plural:
            message = translated.get(key)
            assert message is not None and finished(message), f"{path.name}: {key}"
            assert len(message.findall("translation/numerusform")) == forms, key


def test_service_error_strings_are_picked_up(current_sources):
    """The services' own QT_TRANSLATE_NOOP (Qt-free) is recognised by lupdate."""
    assert ("Errors", "Wrong login or password.") in current_sources
    assert ("Errors", "manage users") in current_sources  # Permission values


@pytest.fixture(scope="module")
def ru_qm(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("qm") / "crm_desktop_ru.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(RU_TS), "-qm", str(target)],
                   check=True)
    return target


def test_compiled_russian_translation_loads(qapp, ru_qm):
    translator = QTranslator()
    assert translator.load(str(ru_qm))
    qapp.installTranslator(translator)
    try:
        tr = QCoreApplication.translate
        assert tr("Errors", "Wrong login or password.") == "Неверный логин или пароль."
        assert tr("Sections", "Clients") == "Клиенты"
        assert tr("Roles", "Read only") == "Только чтение"
        forms = [tr("MainWindow", "client(s) available to you", "", n) for n in (1, 3, 5, 21)]
        assert forms == ["клиент доступен вам", "клиента доступны вам",
                         "клиентов доступно вам", "клиент доступен вам"]
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Sections", "Clients") == "Clients"
