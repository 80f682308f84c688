"""QR codes for the phone link, as a module matrix any renderer can draw.

The kiosk draws the matrix itself (sharp at every size, no image library in the GUI); the
matrix excludes the quiet zone, which the renderer must add (4 modules by the standard).
"""

QUIET_ZONE = 4
# The qrcode library (with Pillow, which it loads) is imported by the functions, at their first use:
# the kiosk's window needs it only once a QR code is asked for, and then on a worker thread.


def qr_matrix(data: str) -> list[list[bool]]:
    """Return the QR symbol for ``data`` as rows of dark (True) / light modules.

    Error correction M (15 %) is enough on a clean screen and keeps the symbol small enough for
    a phone camera at arm's length.
    """
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def warm_up() -> None:
    """Import the QR library (and Pillow) and make one code: ~200 ms the first time, ~10 after.

    For a worker at the kiosk's start, so the first customer who asks for a QR code does not wait
    for it, and the import (which holds the interpreter for long stretches) happens while nobody is
    touching the screen.
    """
    qr_matrix("https://kiosk.invalid/warm-up")


def qr_svg(data: str) -> bytes:
    """Return the QR symbol as an SVG document (for e-mails and printed material)."""
    import qrcode
    from qrcode.image.svg import SvgPathImage

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(data)
    code.make(fit=True)
    image = code.make_image(image_factory=SvgPathImage)
    return image.to_string()
