"""A keyring holding an enrolled kiosk's two secrets from the start, for benchmark children.

Named with ``PYTHON_KEYRING_BACKEND=bench.preset_keyring.PresetKeyring`` so that a child can start the
real kiosk (``ui.app.main``) as an enrolled one: the device token from ``BENCH_DEVICE_TOKEN``, the
local store's key (hex) from ``BENCH_STORE_KEY``. A :class:`~kiosk.credentials.MemoryKeyring`, so
the kiosk trusts it as it trusts any keyring named on purpose; what the machine's own keyring costs
at start (D-Bus, the Secret Service) is not part of the figure.
"""

import base64
import os

from kiosk.credentials import _DEVICE_TOKEN, _STORE_KEY, SERVICE, MemoryKeyring


class PresetKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.set_password(SERVICE, _DEVICE_TOKEN, os.environ["BENCH_DEVICE_TOKEN"])
        key = bytes.fromhex(os.environ["BENCH_STORE_KEY"])
        self.set_password(SERVICE, _STORE_KEY, base64.b64encode(key).decode())
