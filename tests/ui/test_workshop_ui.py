"""Facilitator mode at projector size: set up, the room
votes with teams, reveal, debrief, scoreboard, report."""

from __future__ import annotations

import pygame

from game.records.workshops import Workshops
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.group_debrief import GroupDebriefScene, ScoreboardScene
from game.ui.scenes.group_play import GroupPlayScene, VoteCard
from game.ui.scenes.workshop_hub import WorkshopHubScene


def test_a_workshop_run_by_keyboard_and_mouse(start):
    app, pilot = start(size=(1920, 1080))
    pilot.click_on("Taller (facilitador)")
    pilot.type("Taller Huánuco")
    pilot.press(pygame.K_TAB)
    pilot.type("Comisaría de Amarilis")
    pilot.press(pygame.K_TAB)
    pilot.type("18")
    pilot.press(pygame.K_TAB)
    pilot.type("Cóndor, Vicuña")
    pilot.click_on("Puntajes")  # hide scores until the debrief
    pilot.click_on("Empezar el taller")
    assert isinstance(pilot.scene, WorkshopHubScene)
    workshop = pilot.scene.workshop
    assert workshop.teams == ("Cóndor", "Vicuña") and workshop.hide_scores and workshop.participants == 18
    assert workshop.name == "Taller Huánuco" and workshop.place == "Comisaría de Amarilis"  # spaces typed

    pilot.click_on("Jugar un escenario")
    first = pilot.scene.focus.widgets[0]
    pilot.click(first.rect.center)
    assert isinstance(pilot.scene, GroupPlayScene)
    play = pilot.scene
    entered = []
    while isinstance(pilot.scene, GroupPlayScene):
        cards = [w for w in pilot.scene.focus.widgets if isinstance(w, VoteCard)]
        winner = len(entered) % len(cards)
        pilot.press(pygame.K_r)  # no votes yet: nothing happens
        assert isinstance(pilot.scene, GroupPlayScene)
        for i, card in enumerate(cards):
            pilot.scene.focus.focus(card)
            pilot.press(pygame.K_5 if i == winner else pygame.K_2)
        pilot.click(cards[winner].plus.center)  # one more by mouse: 6 against 2s
        entered.append({c.number: c.votes for c in cards})
        assert entered[-1][winner + 1] == 6
        pilot.press(pygame.K_RETURN)  # Enter on a vote card takes nothing: only "Revelar"
        assert isinstance(pilot.scene, GroupPlayScene)
        pilot.click_on("Revelar")
        assert isinstance(pilot.scene, FeedbackScene) and not pilot.scene.show_scores
        while isinstance(pilot.scene, FeedbackScene):  # "Siguiente" through a long feedback, then "Continuar"
            pilot.press(pygame.K_RETURN)
    assert isinstance(pilot.scene, GroupDebriefScene)
    assert len(play.run.counts) == len(entered)
    assert play.run.deciders[:2] == ["Cóndor", "Vicuña"]

    runs = Workshops(app.store).runs(workshop)
    assert len(runs) == 1 and runs[0].attempt.status == "finished"
    assert [sum(v.counts.values()) for v in runs[0].votes] == [sum(e.values()) for e in entered]
    pilot.click_on("Marcador")
    assert isinstance(pilot.scene, ScoreboardScene)
    tally = pilot.scene.tally
    assert set(tally) == {"Cóndor", "Vicuña"}
    assert sum(made for _, made in tally.values()) == len(entered)
    pilot.press(pygame.K_ESCAPE)
    pilot.click_on("Taller")
    assert isinstance(pilot.scene, WorkshopHubScene)
    pilot.click_on("Guardar el informe")
    report = app.store.path.parent / "reports" / f"taller-{workshop.id}.html"
    assert isinstance(pilot.scene, ConfirmScene) and str(report) in pilot.scene.body
    pilot.wait(30.0)
    assert isinstance(pilot.scene, ConfirmScene)  # the report's location stays until dismissed
    pilot.press(pygame.K_RETURN)
    assert isinstance(pilot.scene, WorkshopHubScene)
    assert report.is_file() and "Taller Huánuco" in report.read_text(encoding="utf-8")
    votes = report.with_suffix(".csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(votes) == 1 + sum(len(e) for e in entered)


def test_a_tie_asks_the_room_to_vote_again(start):
    app, pilot = start()
    pilot.click_on("Taller (facilitador)")
    pilot.type("Empate")
    pilot.press(pygame.K_TAB, pygame.K_TAB)
    pilot.type("4")
    pilot.click_on("Empezar el taller")
    pilot.click_on("Jugar un escenario")
    pilot.click(pilot.scene.focus.widgets[0].rect.center)
    cards = [w for w in pilot.scene.focus.widgets if isinstance(w, VoteCard)]
    for card in cards[:2]:
        pilot.scene.focus.focus(card)
        pilot.press(pygame.K_2)
    pilot.press(pygame.K_r)
    assert isinstance(pilot.scene, ConfirmScene) and "1, 2" in pilot.scene.body
    pilot.press(pygame.K_RETURN)
    assert isinstance(pilot.scene, GroupPlayScene) and pilot.scene.session.history == ()


def test_discussion_prompts_show_in_facilitator_mode_only(start, tmp_path):
    import shutil

    from game import paths
    from game.engine import Session
    from game.records.workshops import Workshops as Book
    from game.scenario import load_scenario
    from game.workshop import start_run

    folder = tmp_path / "scenarios"
    folder.mkdir()
    text = (paths.scenarios_dir() / "sala-de-espera.yaml").read_text(encoding="utf-8")
    start_state = load_scenario(paths.scenarios_dir() / "sala-de-espera.yaml").start
    marker = f"\n  {start_state}:\n"
    prompt = (
        '    discussion: {es: "¿Dónde esperaría usted con Lucía?", en: "Where would you wait with Lucía?"}\n'
        '    trainer_note: {es: "Busque que nombren la sala para niños.", en: "Draw out the child room."}\n'
    )
    head, tail = text.split(marker, 1)
    (folder / "sala-de-espera.yaml").write_text(head + marker + prompt + tail, encoding="utf-8")
    scenario = load_scenario(folder / "sala-de-espera.yaml")
    assert Session(scenario).node.discussion == "¿Dónde esperaría usted con Lucía?"

    app, pilot = start(size=(1920, 1080))
    workshop = Book(app.store).create("Prueba", None, 10, [], False)
    from game.play import PlayService
    from game.scenario import validate

    service = PlayService([validate(folder / "sala-de-espera.yaml", app.catalog)], app.store, app.catalog)
    run = start_run(service, workshop, scenario.id, "main", "es")
    app.flow.group(workshop, run)
    pilot.step()
    assert not pilot.scene.show_prompt
    pilot.press(pygame.K_d)
    assert pilot.scene.show_prompt
    app.screenshot(tmp_path / "prompt.png")
    pilot.press(pygame.K_d)
    assert not pilot.scene.show_prompt
    shutil.rmtree(folder)
