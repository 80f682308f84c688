import zxingcpp
from PIL import Image

from kiosk.qr import QUIET_ZONE, qr_matrix, qr_svg


def _render(matrix: list[list[bool]], unit: int = 6) -> Image.Image:
    size = (len(matrix) + 2 * QUIET_ZONE) * unit
    image = Image.new("L", (size, size), 255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + QUIET_ZONE) * unit, (y + QUIET_ZONE) * unit
                image.paste(0, (left, top, left + unit, top + unit))
    return image


def test_matrix_decodes_back_to_the_link() -> None:
    link = "http://192.168.1.20:8765/r/Zq3xK2bQ9hV8mN4pT7wL1cR6yD0fJ5sA2eU8iO3uG4k"
    results = zxingcpp.read_barcodes(_render(qr_matrix(link)))
    assert [result.text for result in results] == [link]


def test_svg_is_a_document() -> None:
    assert qr_svg("https://example.com").lstrip().startswith(b"<svg")
