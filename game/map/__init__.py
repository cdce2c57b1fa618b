"""The scenario map: one layered layout (`layout`) for the in-game map and the exports (`svg`, and
`text` for Mermaid and DOT). Drawing it with pygame is the UI's (game/ui/mapdraw.py)."""
