"""Named colours: a warm default theme and a high-contrast one for projectors and low vision."""

from __future__ import annotations

from dataclasses import dataclass

Color = tuple[int, int, int]


def hex_color(value: str) -> Color:
    """(r, g, b) from '#RRGGBB'."""
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@dataclass(frozen=True)
class Theme:
    """Every colour the UI draws with, by role."""

    name: str
    backdrop: Color       # behind everything (also the letterbox around backgrounds)
    panel: Color          # text panels and cards
    panel_alt: Color      # a second surface colour (chips, rows)
    border: Color         # outlines of panels and cards
    text: Color
    muted: Color          # secondary text
    accent: Color         # primary buttons, the number badges
    accent_text: Color    # text on accent
    focus: Color          # the focus ring
    hover: Color          # card under the mouse
    up: Color             # a competency raised
    down: Color           # a competency lowered
    good: Color
    mixed: Color
    poor: Color
    meter: Color          # the comfort meter fill
    shade_alpha: int      # how much a dialog darkens the scene behind it
    background_alpha: int  # how much of the background picture shows (255 = all)


WARM = Theme(
    name="warm",
    backdrop=hex_color("#FFF6E8"), panel=hex_color("#FFFBF4"), panel_alt=hex_color("#F6E9D6"),
    border=hex_color("#3B2B25"), text=hex_color("#3B2B25"), muted=hex_color("#7A6558"),
    accent=hex_color("#F28C6B"), accent_text=hex_color("#2A1C16"), focus=hex_color("#35577D"),
    hover=hex_color("#FFE7C2"), up=hex_color("#3E8E4F"), down=hex_color("#C8453B"),
    good=hex_color("#8CC084"), mixed=hex_color("#FFC857"), poor=hex_color("#E86F8A"),
    meter=hex_color("#F28C6B"), shade_alpha=150, background_alpha=255,
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    backdrop=(0, 0, 0), panel=(0, 0, 0), panel_alt=(30, 30, 30),
    border=(255, 255, 255), text=(255, 255, 255), muted=(230, 230, 230),
    accent=(255, 214, 0), accent_text=(0, 0, 0), focus=(0, 200, 255),
    hover=(50, 50, 50), up=(120, 255, 120), down=(255, 130, 130),
    good=(120, 255, 120), mixed=(255, 214, 0), poor=(255, 130, 130),
    meter=(255, 214, 0), shade_alpha=210, background_alpha=70,
)


def theme_for(high_contrast: bool) -> Theme:
    """The theme for the player's setting."""
    return HIGH_CONTRAST if high_contrast else WARM
