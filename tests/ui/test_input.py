"""Deliberate input, through real pygame events: a held key or a double click takes at most one decision,
a decision needs its moment on screen for a while, a click in a text field only focuses it."""

from __future__ import annotations

import pygame

from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.players import PlayersScene
from game.ui.widgets import TextField

REPEAT_DELAY, REPEAT_EVERY = 0.4, 0.04  # what an operating system's key repeat sends (and the old set_repeat)


def post(kind, **fields):
    pygame.event.post(pygame.event.Event(kind, **fields))


def hold(app, key, seconds):
    """A key held down: one press, the repeated presses a keyboard sends while held, one release."""
    post(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0, repeat=0)
    app.step()
    held = REPEAT_DELAY
    app.skew += REPEAT_DELAY
    while held < seconds:
        post(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0, repeat=1)
        app.step()
        app.skew += REPEAT_EVERY
        held += REPEAT_EVERY
    post(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0)
    app.step()


def double_click(app, pos, gap=0.08):
    """Two clicks at one point, `gap` seconds apart, as a person double-clicks."""
    for _ in range(2):
        post(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)
        post(pygame.MOUSEBUTTONUP, pos=pos, button=1)
        app.step()
        app.skew += gap


def playing(start, player="Rosa"):
    app, pilot = start()
    app.player = app.store.create_player(player)
    assert app.flow.start("sala-de-espera")
    assert isinstance(pilot.scene, PlayScene)
    return app, pilot


def decisions(app):
    return sum(a.decisions for a in app.store.history(app.player.id))


def test_holding_a_number_or_enter_takes_one_decision(start):
    app, pilot = playing(start)
    pilot.settle()
    hold(app, pygame.K_1, 1.5)
    assert decisions(app) == 1 and isinstance(pilot.scene, FeedbackScene)
    pilot.settle()
    hold(app, pygame.K_RETURN, 1.5)  # "Continuar", and Enter still down on the next moment
    assert isinstance(pilot.scene, PlayScene) and decisions(app) == 1
    pilot.settle()
    hold(app, pygame.K_RETURN, 1.5)  # Enter on the focused first choice
    assert decisions(app) == 2 and isinstance(pilot.scene, FeedbackScene)


def test_a_key_pressed_before_the_moment_is_read_takes_nothing(start):
    app, pilot = playing(start)
    pilot.press(pygame.K_1)  # the pilot waits for the dwell, as a reader does
    pilot.press(pygame.K_RETURN)
    assert isinstance(pilot.scene, PlayScene)
    post(pygame.KEYDOWN, key=pygame.K_1, mod=0, unicode="", scancode=0)
    post(pygame.KEYUP, key=pygame.K_1, mod=0, unicode="", scancode=0)
    app.step()  # at once: the text is still fading in
    assert decisions(app) == 1 and isinstance(pilot.scene, PlayScene)


def test_a_double_click_on_a_choice_takes_one_decision(start):
    app, pilot = playing(start)
    pilot.settle()
    double_click(app, pilot.scene.focus.widgets[0].rect.center)
    assert decisions(app) == 1 and isinstance(pilot.scene, FeedbackScene)


def test_a_double_click_on_continue_does_not_reach_the_next_moment(start):
    app, pilot = playing(start)
    pilot.press(pygame.K_1)
    pilot.settle()
    button = pilot.widget("Continuar").rect
    pilot.step()
    double_click(app, button.center)
    assert isinstance(pilot.scene, PlayScene) and decisions(app) == 1


def test_each_decision_records_its_reading_time(start):
    app, pilot = playing(start)
    pilot.settle()
    pilot.wait(7.0)
    pilot.press(pygame.K_2)
    [attempt] = app.store.history(app.player.id)
    [decision] = app.store.decisions(attempt.id)
    assert 7.0 <= decision.seconds < 9.0


def test_a_click_in_a_text_field_focuses_it_and_submits_nothing(start):
    app, pilot = start()
    pilot.click_on("Jugar")
    assert isinstance(pilot.scene, PlayersScene)
    field = next(w for w in pilot.scene.focus.widgets if isinstance(w, TextField))
    pilot.press(pygame.K_TAB)  # the focus elsewhere first
    pilot.click(field.rect.center)
    assert pilot.scene.focus.focused is field and not app._notices
    assert isinstance(pilot.scene, PlayersScene) and app.store.players() == []
    pilot.type("Rosa")
    post(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r", scancode=0)
    post(pygame.KEYUP, key=pygame.K_RETURN, mod=0, unicode="\r", scancode=0)
    app.step()  # Enter in the field submits the form
    assert [p.nickname for p in app.store.players()] == ["Rosa"]
