"""``keyslots.json``: one password-wrapped copy of the database key per user.

The file names no user: slot ids are HMAC(vault salt, username). It is safe to copy off-site.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.vault import crypto
from contactweb.vault.atomic import write_json_atomic

FORMAT_VERSION = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


@dataclass
class KeySlot:
    kdf: crypto.KdfParams
    salt: bytes
    nonce: bytes = b""
    wrapped: bytes = b""
    must_change: bool = False
    # HMAC(KEK, constant): lets a disabled slot (whose wrapped key is gone) still recognise
    # the right password, so the person is told the account is disabled.
    verifier: str = ""
    disabled: bool = False

    def disable(self) -> None:
        self.nonce = self.wrapped = b""
        self.disabled = True

    def to_json(self) -> dict:
        return {"kdf": self.kdf.as_dict(), "salt": _b64(self.salt),
                "must_change": self.must_change, "verifier": self.verifier,
                "disabled": self.disabled, "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: dict) -> KeySlot:
        return cls(
            kdf=crypto.KdfParams.from_dict(data["kdf"]), salt=_unb64(data["salt"]),
            nonce=_unb64(data.get("nonce", "")), wrapped=_unb64(data.get("wrapped", "")),
            must_change=bool(data.get("must_change", False)),
            verifier=data.get("verifier", ""), disabled=bool(data.get("disabled", False)),
        )


@dataclass
class KeySlotFile:
    vault_id: str
    vault_salt: bytes
    slots: dict[str, KeySlot] = field(default_factory=dict)

    @classmethod
    def new(cls) -> KeySlotFile:
        return cls(vault_id=str(uuid.uuid4()), vault_salt=os.urandom(16))

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            data = json.loads(path.read_text("utf-8"))
            if data.get("format") != FORMAT_VERSION:
                raise BadInput(_("{name} has an unknown format {value!r}").format(
                    name=path.name, value=data.get('format')))
            return cls(
                vault_id=data["vault_id"], vault_salt=_unb64(data["vault_salt"]),
                slots={sid: KeySlot.from_json(s) for sid, s in data["slots"].items()},
            )
        except FileNotFoundError:
            raise BadInput(_("No vault at {parent} (missing {name})").format(
                parent=path.parent, name=path.name)) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise BadInput(_("{path} is damaged and cannot be read: {exc}").format(
                path=path, exc=exc)) from exc

    def save(self, path: Path) -> None:
        write_json_atomic(path, {
            "format": FORMAT_VERSION, "vault_id": self.vault_id,
            "vault_salt": _b64(self.vault_salt),
            "slots": {sid: slot.to_json() for sid, slot in sorted(self.slots.items())},
        })

    def slot_id(self, username: str) -> str:
        return crypto.slot_id(self.vault_salt, username)

    def associated_data(self, sid: str) -> bytes:
        return f"contactweb keyslot {self.vault_id} {sid}".encode()

    def make_slot(self, username: str, password: str, key: bytes, params: crypto.KdfParams,
                  must_change: bool = False) -> KeySlot:
        sid = self.slot_id(username)
        salt = os.urandom(16)
        kek = crypto.derive_kek(password, salt, params)
        nonce, wrapped = crypto.wrap_key(kek, key, self.associated_data(sid))
        slot = KeySlot(kdf=params, salt=salt, nonce=nonce, wrapped=wrapped,
                       must_change=must_change, verifier=crypto.password_verifier(kek))
        self.slots[sid] = slot
        return slot
