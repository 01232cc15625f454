"""Round 28: a picture's source line that names the page before its owner.

"Picture from the Twitter account of CBC Ottawa" (FNC-1 2246) sits under a picture's caption
as the line that says where the picture came from; it has no verb and was kept as a sentence
(round 28's fresh judges). Prose that opens on a picture has a verb and stays.
"""

from __future__ import annotations

import pytest

from annotate.corpus._clean import clean
from annotate.corpus._credits import is_picture_credit_line

_SOURCE = "Picture from the Twitter account of CBC Ottawa"


@pytest.mark.parametrize(
    "line",
    [
        _SOURCE,
        "Image from the Facebook page of the Ottawa Police",
        "Photo via Flickr.",
        "Photo is from the Sportex Italia Facebook page",
    ],
)
def test_a_picture_source_line_is_a_credit(line: str) -> None:
    assert is_picture_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "A picture from the scene showed the gunman running.",
        # FNC-1 653, 1438, 456: prose about pictures.
        "Pictures from the airport in the aftermath of the fighting showed severely damaged"
        " and totally destroyed aircraft.",
        "Pictures from before and after the speech similarly show no tell-tale white stain,"
        " according to The Independent.",
        "Images from the video are below, showing Foley before his execution and Sotloff"
        " being threatened:",
    ],
)
def test_prose_about_a_picture_is_no_credit(line: str) -> None:
    assert not is_picture_credit_line(line)


def test_the_source_line_is_dropped_from_the_story() -> None:
    text = (
        "Mr Vickers has been hailed as a hero after he dashed into his office to retrieve a"
        " hand gun before shooting Zehaf-Bibeau dead.\n\n"
        "Michael Zehaf-Bibeau shot dead Nathan Cirillo and stormed parliament before being"
        " killed.\n\n"
        f"{_SOURCE}\n\n"
        "Canadian Prime Minister Stephen Harper declared the act a “terror attack” as he said"
        " that Canadians would not be intimidated by such actions.\n"
    )
    cleaned = clean(text)
    assert "Twitter account" not in cleaned.text
    assert "Stephen Harper declared" in cleaned.text
