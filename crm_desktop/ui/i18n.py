"""Loading translations: ours (compiled by `make translations`) and Qt's own (qtbase_*)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("ru", "en")
DEFAULT_LANGUAGE = "ru"
_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


def qm_dir() -> Path:
    """Where `make translations` puts crm_desktop_<lang>.qm (inside the package, for bundles)."""
    return Path(__file__).resolve().parent.parent / "resources" / "i18n"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language` and make its locale the default.

    English is the source language, so it needs no translation of our own. Returns the
    installed translators; keep them alive as long as the application (or pass them to
    remove_translators).
    """
    QLocale.setDefault(_LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE]))
    installed: list[QTranslator] = []
    ours = qm_dir() / f"crm_desktop_{language}.qm"
    if language != "en" or ours.exists():
        installed += _load(app, ours)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if language != "en":
        installed += _load(app, qt_dir / f"qtbase_{language}.qm", required=False)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def _load(app: QCoreApplication, path: Path, *, required: bool = True) -> list[QTranslator]:
    translator = QTranslator(app)
    if not translator.load(str(path)):
        if required:
            log.warning("translation %s not found; run `make translations`", path)
        return []
    app.installTranslator(translator)
    log.debug("loaded translation %s", path)
    return [translator]
