"""A workshop in a room: nothing revealed before the vote and "Revelar", nothing at all in a pre-test,
a workshop killed mid-vote (a real SIGKILL) resumes at that moment with its votes, and confirmations."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pygame

from game import paths
from game.records.workshops import Workshops
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.group_play import GroupPlayScene, VoteCard
from game.ui.scenes.title import TitleScene
from game.ui.scenes.workshop_hub import WorkshopHubScene
from game.workshop import start_run

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Busque que nombren la sala para niños."


def with_prompts(tmp_path):
    """A copy of a bundled scenario whose first moment has
    a question for the room and a facilitator's note."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    text = (paths.scenarios_dir() / "sala-de-espera.yaml").read_text(encoding="utf-8")
    head, tail = text.split("\n  llegada:\n", 1)
    prompt = (
        '    discussion: {es: "¿Dónde esperaría usted con Lucía?", en: "Where would you wait?"}\n'
        f'    trainer_note: {{es: "{NOTE}", en: "Draw out the child room."}}\n'
    )
    (folder / "sala-de-espera.yaml").write_text(head + "\n  llegada:\n" + prompt + tail, encoding="utf-8")
    return folder


def vote(pilot, counts):
    for card, count in zip(
        [w for w in pilot.scene.focus.widgets if isinstance(w, VoteCard)], counts, strict=False
    ):
        pilot.scene.focus.focus(card)
        for digit in str(count):
            pilot.press(pygame.K_0 + int(digit))


def room(start, tmp_path, kind="main", teams=("Cóndor", "Vicuña")):
    app, pilot = start(size=(1920, 1080), scenario_dirs=[with_prompts(tmp_path)])
    workshop = Workshops(app.store).create("Taller", None, 12, list(teams), False)
    app.push(WorkshopHubScene(app, workshop))
    app.flow.group(workshop, start_run(app.play, workshop, "sala-de-espera", kind, "es"))
    pilot.settle()
    return app, pilot, workshop


def shown_text(scene):
    return scene.speech() + " " + scene.moment.text


def test_the_note_and_scores_wait_for_the_vote_and_revelar(start, tmp_path):
    app, pilot, _ = room(start, tmp_path)
    pilot.press(pygame.K_d)  # the question for the room, never the facilitator's note
    assert pilot.scene.show_prompt and NOTE not in shown_text(pilot.scene)
    pilot.press(pygame.K_r)  # nobody voted yet: nothing is revealed
    assert isinstance(pilot.scene, GroupPlayScene) and pilot.scene.session.history == ()
    vote(pilot, [1, 7, 2])
    assert isinstance(pilot.scene, GroupPlayScene)  # typing votes reveals nothing
    ids, workshop = [o.id for o in pilot.scene.moment.choices], pilot.scene.workshop
    pilot.click_on("Revelar")
    assert isinstance(pilot.scene, FeedbackScene)
    assert NOTE in pilot.scene.extra and pilot.scene.show_scores
    [run] = Workshops(app.store).runs(workshop)
    assert dict(run.votes[0].counts) == {cid: ([1, 7, 2] + [0] * 9)[i] for i, cid in enumerate(ids)}


def test_a_pre_test_reveals_nothing(start, tmp_path):
    app, pilot, _ = room(start, tmp_path, kind="pre")
    pilot.press(pygame.K_d)
    assert not pilot.scene.show_prompt
    vote(pilot, [3, 1])
    pilot.press(pygame.K_r)
    assert isinstance(pilot.scene, GroupPlayScene) and len(pilot.scene.session.history) == 1
    assert not any(isinstance(s, FeedbackScene) for s in app.stack)


def test_ending_the_workshop_and_quitting_ask_first(start, tmp_path):
    app, pilot, _workshop = room(start, tmp_path)
    pilot.press(pygame.K_ESCAPE)  # leave the run: back to the hub
    assert isinstance(pilot.scene, WorkshopHubScene)
    pilot.click_on("Terminar el taller")
    assert isinstance(pilot.scene, ConfirmScene)
    pilot.press(pygame.K_ESCAPE)  # Esc is the safe answer
    assert isinstance(pilot.scene, WorkshopHubScene)
    pilot.click_on("Terminar el taller")
    pilot.click_on("Terminar")
    assert isinstance(pilot.scene, TitleScene)
    pilot.press(pygame.K_ESCAPE)
    assert isinstance(pilot.scene, ConfirmScene) and app.running
    pilot.click_on("Quedarme")
    assert isinstance(pilot.scene, TitleScene)
    pilot.press(pygame.K_ESCAPE)
    pilot.click_on("Salir")
    assert not app.running


KILLED = textwrap.dedent("""
    import sys, time
    import pygame
    from game.records.workshops import Workshops
    from game.ui.app import App
    from game.ui.pilot import Pilot
    from game.ui.scenes.group_play import VoteCard
    from game.ui.scenes.workshop_hub import WorkshopHubScene
    from game.workshop import start_run

    app = App(data_dir=sys.argv[1], size=(1280, 720))
    pilot = Pilot(app)
    workshop = Workshops(app.store).create("Taller Tingo María", None, 12, ["A", "B"], False)
    app.push(WorkshopHubScene(app, workshop))
    app.flow.group(workshop, start_run(app.play, workshop, "sala-de-espera", "main", "es"))
    def vote(counts):
        cards = [w for w in pilot.scene.focus.widgets if isinstance(w, VoteCard)]
        for card, count in zip(cards, counts, strict=False):
            pilot.scene.focus.focus(card)
            pilot.press(pygame.K_0 + count)
    vote([1, 5])
    pilot.press(pygame.K_r)
    pilot.press(pygame.K_RETURN)                  # "Continuar": the second decision
    vote([4, 0, 3])                               # entered, not revealed: then the power goes
    print("VOTING", pilot.scene.moment.state, flush=True)
    while True:
        app.step()
        time.sleep(0.05)
""")


def test_a_workshop_killed_mid_vote_resumes_there_with_its_votes(start, tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(data)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    try:
        line = proc.stdout.readline()
        assert line.startswith("VOTING"), line
        where = line.split()[1]
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    app, pilot = start(data=data)
    pilot.click_on("Taller (facilitador)")
    pilot.click_on("Continuar “Taller Tingo María”")
    play = pilot.scene
    assert isinstance(play, GroupPlayScene) and play.moment.state == where and play.moment.number == 2
    assert [c.votes for c in play.cards()][:3] == [4, 0, 3] and sum(c.votes for c in play.cards()) == 7
    assert play.run.team == "B"
    assert play.run.counts and sum(play.run.counts[0].values()) == 6
    pilot.press(pygame.K_r)
    assert isinstance(pilot.scene, FeedbackScene)
    [run] = Workshops(app.store).runs(play.workshop)
    assert [sum(v.counts.values()) for v in run.votes] == [6, 7] and run.attempt.decisions == 2
