"""Facilitator mode, a scenario played by the room: at each decision the facilitator enters how many
officers chose each option, then reveals the room's choice, its feedback and the child's view."""

from __future__ import annotations

import pygame

from ...records.workshops import Workshops
from ...workshop import GroupRun, Tie
from .. import draw
from ..widgets import Button, ChoiceCard, focus_ring
from .confirm import ConfirmScene
from .feedback import FeedbackScene
from .play import PlayScene

DIGITS = {getattr(pygame, f"K_{i}"): i for i in range(10)}
DIGITS.update({getattr(pygame, f"K_KP{i}"): i for i in range(10)})


class VoteCard(ChoiceCard):
    """A choice with the number of officers who chose it, and - / + to change it."""

    def __init__(self, rect, number, text, on_activate=None):
        super().__init__(rect, number, text, on_activate)
        self.votes = 0
        side = min(self.rect.height - 16, max(40, self.rect.width // 10))
        self.plus = pygame.Rect(self.rect.right - side - 8, self.rect.centery - side // 2, side, side)
        self.minus = self.plus.move(-side * 2 - 16, 0)
        self.count_box = pygame.Rect(self.minus.right, self.plus.top, self.plus.left - self.minus.right, side)

    def activate(self):
        """A click on +/- changes the count (handled by the scene); only "Revelar" (or R) takes the vote."""

    def click(self, pos) -> bool:
        if self.plus.collidepoint(pos):
            self.votes += 1
            return True
        if self.minus.collidepoint(pos):
            self.votes = max(0, self.votes - 1)
            return True
        return False

    def draw(self, surface, app, focused):
        theme = app.theme
        if not self.rect.width:
            return
        self.draw_card(
            surface,
            app,
            False,
            pygame.Rect(
                self.rect.left, self.rect.top, self.minus.left - self.rect.left - 10, self.rect.height
            ),
        )
        for box, label in ((self.minus, "−"), (self.plus, "+")):
            draw.panel(surface, box, theme, fill=theme.panel_alt, radius=box.height // 2, shadow=False)
            mark = app.typo.render(label, theme.text, "large", bold=True)
            surface.blit(mark, mark.get_rect(center=box.center))
        pygame.draw.rect(surface, theme.panel, self.count_box.inflate(-4, 0), border_radius=10)
        count = app.typo.render(str(self.votes), theme.text, "title", bold=True)
        surface.blit(count, count.get_rect(center=self.count_box.center))
        if focused:
            focus_ring(surface, self.rect, app, radius=18)


class GroupPlayScene(PlayScene):
    """Like a player's scene, with vote counters, the team's turn and the trainer's prompts."""

    portrait_share = 0.24  # a smaller child, so the options read from the back of the room
    counter_share = 0.34  # the vote counters beside each option

    def __init__(self, app, workshop, run: GroupRun):
        super().__init__(app, run.attempt)
        self.workshop, self.run = workshop, run
        self.show_prompt = False

    def layout(self, size):
        before = {c.number: c.votes for c in self.cards()} if self.focus.widgets else self.saved_votes()
        super().layout(size)
        cards = [VoteCard(c.rect, c.number, c.label) for c in self.focus.widgets if isinstance(c, ChoiceCard)]
        for card in cards:
            card.votes = before.get(card.number, 0)
        pause = self.focus.widgets[-1]
        reveal = Button(
            pause.rect.move(-pause.rect.width - 16, 0),
            self.app.t("Reveal (R)"),
            self.reveal,
            primary=True,
            symbol="▶",
        )
        self.focus.set(cards + [reveal, pause], keep=False)
        self.focus.shortcuts = {pygame.K_r: reveal}  # digits count votes here; R reveals

    def saved_votes(self) -> dict[int, int]:
        """The votes entered at this moment before the game
        stopped (kept in the records as they are typed)."""
        if self.attempt.id is None or self.app.store is None:
            return {}
        draft = self.app.record(Workshops(self.app.store).draft, self.attempt.id, self.moment.number) or {}
        return {o.number: draft.get(o.id, 0) for o in self.moment.choices}

    def save_votes(self) -> None:
        """Keep the counts entered so far, so a restart finds them."""
        if self.attempt.id is not None and self.app.store is not None:
            counts = {o.id: c.votes for o, c in zip(self.moment.choices, self.cards(), strict=True)}
            self.app.record(Workshops(self.app.store).save_draft, self.attempt.id, self.moment.number, counts)

    def speech_footer(self) -> int:
        """Room for the "D: question for the room" hint when this moment has a prompt."""
        return self.app.typo.px("small") + 16 if self.prompt() else 0

    def prompt(self) -> str | None:
        """The question for the room, shown on D; none in a pre- or post-test, where nothing is revealed."""
        return self.moment.discussion if self.run.kind == "main" else None

    def cards(self) -> list[VoteCard]:
        return [w for w in self.focus.widgets if isinstance(w, VoteCard)]

    def handle(self, event):
        before = [c.votes for c in self.cards()]
        self._handle(event)
        if [c.votes for c in self.cards()] != before:
            self.save_votes()

    def _handle(self, event):
        card = self.focus.focused if isinstance(self.focus.focused, VoteCard) else None
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_d and self.prompt():
                self.show_prompt = not self.show_prompt
                return
            if card is not None and event.key in DIGITS:
                card.votes = min(999, card.votes * 10 + DIGITS[event.key])
                return
            if card is not None and event.key == pygame.K_BACKSPACE:
                card.votes //= 10
                return
            if card is not None and event.key in (
                pygame.K_PLUS,
                pygame.K_EQUALS,
                pygame.K_KP_PLUS,
                pygame.K_RIGHT,
            ):
                card.votes += 1
                return
            if card is not None and event.key in (pygame.K_MINUS, pygame.K_KP_MINUS, pygame.K_LEFT):
                card.votes = max(0, card.votes - 1)
                return
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            for each in self.cards():
                if each.click(event.pos):
                    self.focus.focus(each)
                    return
        super(PlayScene, self).handle(event)

    def reveal(self):
        """Take the most-voted option once the room has voted. In a scenario the feedback, the child's view,
        the better choice and the facilitator's note follow; in a pre- or post-test nothing is revealed."""
        _ = self.app.t
        votes = {c.number: c.votes for c in self.cards()}
        before, note = self.moment.figure, self.moment.trainer_note
        try:
            feedback, _counts, _team = self.run.decide(votes, self.app.now() - self.shown_at)
        except Tie as tie:
            self.app.push(
                ConfirmScene(
                    self.app,
                    _("A tie"),
                    _("Options {options} are tied: talk it over and vote again.").format(
                        options=", ".join(map(str, tie.options))
                    ),
                    [(_("Vote again"), None)],
                )
            )
            return
        except ValueError:
            self.app.notify(_("Enter the votes first: how many officers chose each option."))
            return
        if self.run.kind != "main":
            self.app.notify(_("Vote recorded."))
            self.next_moment()
            return
        review = self.attempt.debrief().reviews[-1]
        extra = [_("Better: {choice}").format(choice=review.better)] if review.better else []
        extra += [_("Facilitator's note: {note}").format(note=note)] if note else []
        self.app.push(
            FeedbackScene(self.app, feedback, before, not self.workshop.hide_scores, "\n".join(extra)),
            on_result=self.next_moment,
        )

    def next_moment(self, _result=None):
        self.show_prompt = False
        self.focus.set([])  # the new moment's counts start from what the records hold (none yet)
        super().next_moment()

    def back(self):
        self.app.dismiss("left")  # the run stays open in the records; the hub is below

    def draw(self, surface):
        super().draw(surface)
        node = self.moment
        if self.show_prompt:
            self._draw_prompt(surface, node)
        elif self.prompt():
            app, theme = self.app, self.app.theme
            hint = app.typo.render(app.t("D: question for the room"), theme.text, "small", bold=True)
            box = hint.get_rect(
                bottomright=(self.speech_rect.right - 12, self.speech_rect.bottom - 6)
            ).inflate(20, 6)
            pygame.draw.rect(surface, theme.hover, box, border_radius=box.height // 2)
            pygame.draw.rect(surface, theme.border, box, width=1, border_radius=box.height // 2)
            surface.blit(hint, hint.get_rect(center=box.center))

    def _draw_prompt(self, surface, node):
        """The question for the room, large, over the speech
        panel (the facilitator's note waits for the reveal)."""
        app, theme, typo = self.app, self.app.theme, self.app.typo
        width = self.speech_rect.width - 48
        parts = [
            typo.render(app.t("For the room"), theme.muted, "small", bold=True),
            typo.fit(node.discussion, theme.text, width, typo.px("large") * 6, "large", bold=True),
        ]
        box = pygame.Rect(
            self.speech_rect.left,
            self.speech_rect.top,
            self.speech_rect.width,
            sum(p.get_height() + 8 for p in parts) + 28,
        )
        draw.panel(surface, box, theme, fill=theme.hover)
        y = box.top + 14
        for part in parts:
            surface.blit(part, (box.left + 24, y))
            y += part.get_height() + 8

    def _draw_bar(self, surface):
        super()._draw_bar(surface)
        team = self.run.team
        if team:
            app, theme = self.app, self.app.theme
            label = app.typo.render(
                app.t("Turn: {team}").format(team=team), theme.accent_text, "body", bold=True
            )
            pause = self.focus.widgets[-1].rect
            box = label.get_rect(midright=(pause.left - 24, self.bar.centery)).inflate(24, 8)
            pygame.draw.rect(surface, theme.accent, box, border_radius=box.height // 2)
            surface.blit(label, label.get_rect(center=box.center))
