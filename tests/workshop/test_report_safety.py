"""The workshop's report opens safely whatever the facilitator typed: no formula runs in a spreadsheet,
no markup of the names takes effect in the page."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import pytest

from game import paths
from game.engine import Session
from game.records import Store
from game.records.cells import FORMULA_START
from game.records.config import Config
from game.records.model import Vote
from game.records.workshops import Workshops
from game.scenario import bundled_catalog, load_scenario
from game.workshop import GroupRun
from game.workshop.export import load_summary
from game.workshop.report import write_csv, write_html

HOSTILE = {
    "name": '=HYPERLINK("http://x.example","clic")',
    "place": "@SUM(1)",
    "teams": ["-Rojo", "+<b onclick=alert(1)>Azul</b>"],
}
PLAIN = {"name": "Taller", "place": "Lima", "teams": ["Rojo", "Azul"]}


def _report(tmp_path, typed) -> tuple[str, str]:
    scenario = load_scenario(paths.scenarios_dir() / "sala-de-espera.yaml")
    folder = tmp_path / typed["name"].replace("/", "")[:8]
    with Store.open(folder, Config(tmp_path / "none.toml", False)) as store:
        book = Workshops(store)
        workshop = book.create(typed["name"], typed["place"], 12, typed["teams"], hide_scores=False)
        run = GroupRun(Session(scenario), workshop.teams)
        attempt = book.start_run(workshop, run.session)
        while not run.session.finished:
            outcome, counts, team = run.decide({o.number: 3 - min(o.number, 2) for o in run.session.choices})
            store.record_decision(attempt, outcome, 10.0, run.session, Vote(counts, team))
        summary = load_summary(store, workshop.id)
    votes, page = io.StringIO(), io.StringIO()
    write_csv(summary, votes)
    write_html(summary, bundled_catalog().principles, page)
    return votes.getvalue(), page.getvalue()


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(name for name, _ in attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.skip(reason="to port: workshop runs now start through the play service (game/play)")
def test_the_votes_csv_runs_no_formula_and_the_page_no_markup(tmp_path):
    votes, page = _report(tmp_path, HOSTILE)
    rows = list(csv.reader(io.StringIO(votes)))
    assert all(not c.startswith(FORMULA_START) for row in rows for c in row)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["workshop"] == "'" + HOSTILE["name"] and first["place"] == "'@SUM(1)"
    assert {dict(zip(rows[0], r, strict=True))["team"] for r in rows[1:]} <= {
        "'-Rojo",
        "'+<b onclick=alert(1)>Azul</b>",
    }
    hostile, plain = _Tags(), _Tags()
    hostile.feed(page)
    plain.feed(_report(tmp_path, PLAIN)[1])
    assert sorted(set(hostile.tags)) == sorted(set(plain.tags))  # the names add no element nor attribute
    shown = "".join(hostile.text)
    assert HOSTILE["name"] in shown and "+<b onclick=alert(1)>Azul</b>" in shown
