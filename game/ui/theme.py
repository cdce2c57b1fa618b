"""Named colours: a warm default theme and a high-contrast one for projectors and low vision, with
the colour pairs the screens draw (text on its background, indicators next to their surroundings)
so that their contrast can be checked against WCAG 2.1."""

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
    backdrop: Color  # behind everything (also the letterbox around backgrounds)
    panel: Color  # text panels and cards
    panel_alt: Color  # a second surface colour (chips, rows)
    border: Color  # outlines of panels and cards
    text: Color
    muted: Color  # secondary text
    accent: Color  # primary buttons, the number badges
    accent_text: Color  # text on accent
    focus: Color  # the focus ring
    hover: Color  # card under the mouse
    chip_text: Color  # text on the up/down chips
    up: Color  # a competency raised
    down: Color  # a competency lowered
    good: Color  # ending colours (banner and legend fills, outlined in `border`)
    mixed: Color
    poor: Color
    meter: Color  # the comfort meter fill
    shade_alpha: int  # how much a dialog darkens the scene behind it
    background_alpha: int  # how much of the background picture shows (255 = all)


WARM = Theme(
    name="warm",
    backdrop=hex_color("#FFF6E8"),
    panel=hex_color("#FFFBF4"),
    panel_alt=hex_color("#F6E9D6"),
    border=hex_color("#3B2B25"),
    text=hex_color("#3B2B25"),
    muted=hex_color("#735E51"),
    accent=hex_color("#F28C6B"),
    accent_text=hex_color("#2A1C16"),
    focus=hex_color("#35577D"),
    hover=hex_color("#FFE7C2"),
    chip_text=(255, 255, 255),
    up=hex_color("#2A7039"),
    down=hex_color("#B23A31"),
    good=hex_color("#8CC084"),
    mixed=hex_color("#FFC857"),
    poor=hex_color("#E86F8A"),
    meter=hex_color("#C0532F"),
    shade_alpha=150,
    background_alpha=255,
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    backdrop=(0, 0, 0),
    panel=(0, 0, 0),
    panel_alt=(30, 30, 30),
    border=(255, 255, 255),
    text=(255, 255, 255),
    muted=(230, 230, 230),
    accent=(255, 214, 0),
    accent_text=(0, 0, 0),
    focus=(160, 60, 255),
    hover=(50, 50, 50),
    chip_text=(0, 0, 0),
    up=(120, 255, 120),
    down=(255, 150, 150),
    good=(120, 255, 120),
    mixed=(255, 214, 0),
    poor=(255, 130, 130),
    meter=(255, 214, 0),
    shade_alpha=210,
    background_alpha=70,
)


def theme_for(high_contrast: bool) -> Theme:
    """The theme for the player's setting."""
    return HIGH_CONTRAST if high_contrast else WARM


# What the screens draw on what: (foreground role, background role).
TEXT_PAIRS = [
    *((fg, bg) for fg in ("text", "muted") for bg in ("backdrop", "panel", "panel_alt", "hover")),
    ("accent_text", "accent"),  # primary buttons, number badges
    ("accent_text", "good"),
    ("accent_text", "mixed"),
    ("accent_text", "poor"),  # ending banners
    ("chip_text", "up"),
    ("chip_text", "down"),  # competency chips
    ("down", "panel"),
    ("down", "panel_alt"),
    ("up", "panel"),
    ("up", "panel_alt"),  # problems, totals
]
INDICATOR_PAIRS = [
    ("meter", "panel_alt"),
    ("meter", "panel"),  # comfort meter: fill, track, card
    *(("focus", bg) for bg in ("backdrop", "panel", "panel_alt", "accent")),  # focus ring
    ("up", "panel"),
    ("down", "panel"),  # chips on the feedback panel
    ("border", "panel"),
    ("border", "panel_alt"),
    ("border", "backdrop"),  # outlines, radar rings
    ("muted", "panel_alt"),  # radar axes
]
# Fills drawn with a `border` outline (ending banners and swatches, badges, the radar area): the fill or
# its outline must stand out from the panel or backdrop around it.
OUTLINED_FILLS = ["good", "mixed", "poor", "accent"]
TEXT_MINIMUM = {"warm": 4.5, "high_contrast": 7.0}  # WCAG AA, and AAA where the player asked for contrast
INDICATOR_MINIMUM = 3.0  # WCAG 1.4.11, non-text contrast


def luminance(color: Color) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
