"""The command line speaks the language of its environment (LANG=de_DE.UTF-8: German), with
the same exit codes as in English; CONTACTWEB_LANG comes before the usual variables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from contactweb import i18n
from contactweb.services.accounts import session
from tests.conftest import PASSWORD
from tools.i18n import catalogs

pytestmark = pytest.mark.usefixtures("compiled_catalogs")  # the catalogs as built from the sources

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    session.create_vault(tmp_path, "admin", PASSWORD).lock()
    return tmp_path


def run(vault: Path, lang: str, *args: str, password: str = PASSWORD, user: str = "admin"
        ) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in i18n.ENVIRONMENT}
    env.update(LANG=lang, CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS="1")
    done = subprocess.run(
        [sys.executable, "-m", "contactweb", "--vault", str(vault), "--user", user,
         "--password-stdin", *args],
        input=password + "\n", capture_output=True, text=True, cwd=REPO, env=env, timeout=60)
    return done.returncode, done.stdout, done.stderr


COMMANDS = {
    "unknown contact": (("contact", "show", "4711"), {}),
    "wrong password": (("contact", "list"), {"password": "Wrong-horse-9"}),
    "unknown user": (("contact", "list"), {"user": "nobody"}),
    "fine": (("contact", "list", "--json"), {}),
}
GERMAN = {
    "unknown contact": "contactweb: Kein Kontakt mit der ID 4711.\n",
    "wrong password": "contactweb: Falscher Benutzername oder falsches Passwort.\n",
    "unknown user": "contactweb: Falscher Benutzername oder falsches Passwort.\n",
    "fine": "",
}


@pytest.mark.parametrize("case", list(COMMANDS))
def test_german_messages_and_the_same_exit_codes(vault: Path, case: str) -> None:
    args, options = COMMANDS[case]
    english = run(vault, "C.UTF-8", *args, **options)
    german = run(vault, "de_DE.UTF-8", *args, **options)
    assert german[0] == english[0]
    assert german[1] == english[1]  # the data a script reads is the same
    assert german[2] == GERMAN[case]
    assert (english[2] == german[2]) == (case == "fine")


# One refusal from each command family whose messages are translated: backups, mailings,
# team vaults, IMAP replies and certificate trust; and one of argparse's own errors.
FAMILIES = {
    "backup": (("backup", "config", "--folder", "/tmp", "--bucket", "b"),
               "contactweb: Geben Sie entweder --folder oder die S3-Optionen an, nicht beides.\n"),
    "mailing": (("mailing", "process-replies"),
                "contactweb: Geben Sie einen Ordner mit .eml-Dateien, eine mbox-Datei oder "
                "--imap an.\n"),
    "imap": (("mailing", "process-replies", "--imap"),
             "contactweb: --imap braucht --imap-host (und --imap-user).\n"),
    "trust": (("mailing", "config", "--trust-ca", "ca.pem", "--forget-trust"),
              "contactweb: Geben Sie nur eines von --trust-ca, --pin-certificate und "
              "--forget-trust an.\n"),
    "team": (("team", "move", "--from", "/nonexistent", "--to", "shop"),
             "contactweb: In /nonexistent liegt kein Desktop-Tresor.\n"),
    "usage": (("backup", "frob"), None),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_each_command_family_speaks_german_with_the_same_exit_code(vault: Path,
                                                                   family: str) -> None:
    args, expected = FAMILIES[family]
    english = run(vault, "C.UTF-8", *args)
    german = run(vault, "de_DE.UTF-8", *args)
    assert german[0] == english[0] != 0
    assert german[1] == english[1] == ""
    if expected is not None:
        assert german[2] == expected
        assert english[2] != expected
    else:  # argparse's own words: usage, error and its message
        assert german[2].startswith("Aufruf: contactweb backup ")
        # The argument is named as the German help names it (AKTION), not by its English
        # metavar.
        assert "AKTION ..." in german[2].split("contactweb backup:")[0]  # in the usage
        assert "contactweb backup: Fehler: Argument AKTION: ungültige Wahl: 'frob'" in german[2]
        assert english[2].startswith("usage: contactweb backup ")
        assert german[0] == 2


def test_help_in_german_with_argparse_words_and_each_command(vault: Path) -> None:
    english = run(vault, "C.UTF-8", "backup", "--help")
    german = run(vault, "de_DE.UTF-8", "backup", "--help")
    assert german[0] == english[0] == 0
    page = german[1]
    assert page.startswith("Aufruf: contactweb backup")
    for heading in ("Positionsargumente:", "Optionen:"):
        assert f"\n{heading}\n" in page
    assert "jetzt sichern" in page and "die Verbindung zur Ablage testen" in page
    assert "diese Hilfe zeigen und beenden" in page
    assert "Standardeingabe, wenn mehrere Geheimnisse" in page  # the command's description
    assert "[--vault PFAD]" in page  # a metavar that is a word
    assert "back up now" in english[1] and "back up now" not in page
    top = run(vault, "de_DE.UTF-8", "--help")[1]
    assert "verschlüsselte externe Sicherungen" in top and "mit Kontakten arbeiten" in top
    options = run(vault, "de_DE.UTF-8", "backup", "config", "--help")[1]
    assert "Serverzertifikat (im Tresor gespeichert):" in options  # a group's title


def test_every_help_text_of_every_command_is_translated_under_the_pseudo_locale() -> None:
    """Each description, help= and group title of every command, and argparse's own words,
    come out of the catalogs: under x-pseudo each reads [!! ... !!]."""
    import argparse

    from contactweb.cli import build_parser
    from tools.i18n.pseudo import is_pseudo

    def parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
        found = [parser]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in dict.fromkeys(action.choices.values()):
                    found += parsers(sub)
        return found

    i18n.use_language(i18n.PSEUDO)
    try:
        everything = parsers(build_parser())
        assert len(everything) > 80  # every command and action, not only the stubs
        escaped = []
        for parser in everything:
            formatter = parser._get_formatter()
            texts = [formatter._get_help_string(a) for a in parser._actions
                     if a.help and a.help != argparse.SUPPRESS]
            texts += [i18n._(g.title) for g in parser._action_groups if g.title]
            texts += [i18n._(parser.description)] if parser.description else []
            escaped += [(parser.prog, t) for t in texts if not is_pseudo(t)]
            assert parser.format_usage().startswith("[!! ")  # "usage:"
        assert escaped == []
    finally:
        i18n.use_language("en")


def test_help_in_french_and_spanish(vault: Path) -> None:
    french = run(vault, "fr_CA.UTF-8", "--help")
    spanish = run(vault, "es_ES.UTF-8", "--help")
    assert french[0] == spanish[0] == 0
    assert "qui se connecte" in french[1]
    assert "quién inicia sesión" in spanish[1]


def test_the_language_follows_the_environment_in_order() -> None:
    assert i18n.language_from_environment({}) == "en"
    assert i18n.language_from_environment({"LANG": "C.UTF-8"}) == "en"
    assert i18n.language_from_environment({"LANG": "es_ES.UTF-8"}) == "es_ES"
    assert i18n.language_from_environment({"LANG": "es_ES.UTF-8", "LC_ALL": "fr_FR"}) == "fr_FR"
    assert i18n.language_from_environment({"LANGUAGE": "de:fr", "LC_ALL": "fr_FR"}) == "de"
    assert i18n.language_from_environment({"CONTACTWEB_LANG": "x-pseudo",
                                           "LANGUAGE": "de"}) == "x-pseudo"


def test_plurals_follow_each_language() -> None:
    def seconds(language: str, n: int) -> str:
        i18n.use_language(language)
        return i18n.ngettext("Wait {n} second before the next try.",
                             "Wait {n} seconds before the next try.", n).format(n=n)
    try:
        catalogs.build_mo()
        assert seconds("de", 1) == "Warten Sie 1 Sekunde bis zum nächsten Versuch."
        assert seconds("de", 0) == "Warten Sie 0 Sekunden bis zum nächsten Versuch."
        # French counts 0 and 1 as singular; Spanish does not.
        assert seconds("fr", 0) == "Attendez 0 seconde avant le prochain essai."
        assert seconds("es", 0) == "Espere 0 segundos antes del próximo intento."
        assert seconds("x-pseudo", 2).startswith("[!! ")
    finally:
        i18n.use_language("en")


def test_a_missing_argument_is_named_as_the_help_names_it(vault: Path) -> None:
    code, out, err = run(vault, "de_DE.UTF-8", "privacy", "receipt")
    assert code == 2 and out == ""
    assert "LÖSCH_ID" in err.split("contactweb privacy receipt:")[0]  # in the usage
    assert err.rstrip().endswith("Fehler: diese Argumente fehlen: LÖSCH_ID")
    code, _out, err = run(vault, "fr_FR.UTF-8", "privacy", "receipt")
    assert code == 2 and err.rstrip().endswith("ID_EFFACEMENT")
    assert "ERASURE_ID" not in err
