"""What the kiosk loads at start is what it uses: each unneeded library is time on every start."""

import subprocess
import sys


def test_the_api_client_leaves_httpx_command_line_tool_unloaded() -> None:
    """httpx would import click, rich and pygments (about 90 ms) whenever they are installed."""
    probe = "import sys, kiosk.api_client; print(sorted({'rich', 'click', 'pygments'} & set(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
    import httpx

    assert callable(httpx.Client), "httpx itself works as before"


def test_httpx_is_loaded_by_the_first_request_not_by_making_the_client() -> None:
    """The window makes its client on the GUI thread while the first frame waits; requests run on workers."""
    probe = (
        "import sys\n"
        "from kiosk.api_client import ApiClient, BackendUnreachable\n"
        "client = ApiClient('http://127.0.0.1:9', 'token')\n"
        "print('httpx' in sys.modules)\n"
        "try:\n"
        "    client.dealer()\n"
        "except BackendUnreachable:\n"
        "    print('unreachable', 'httpx' in sys.modules)\n"
    )
    answer = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert answer.stdout.split() == ["False", "unreachable", "True"]
