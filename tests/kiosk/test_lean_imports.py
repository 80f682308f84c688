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
