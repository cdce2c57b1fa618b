"""The analysis' cost stays bounded: for the hostile shapes of the robustness audit (stuck scenarios of
1,000 and 3,000 states, 100 variables x 202 states, 1,500 variables, a 30,000-state cycle) print the time
and peak memory of `validate`, the errors it gives and the longest message's length. Each runs in its own
process, so the peak memory is its own."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

CASES = {
    "stuck, 1,000 states x 5 variables": dict(states=1000, variables=5, stuck_at=998),
    "stuck, 3,000 states x 1 variable": dict(states=3000, variables=1, stuck_at=2998),
    "100 variables x 202 states": dict(states=202, variables=100),
    "1,500 variables x 1,500 states": dict(states=1500, variables=1500),
    "a 30,000-state cycle": dict(states=30000, cycle=True),
}


def one(path: str) -> None:
    from game.scenario import validate

    began = time.perf_counter()
    report = validate(path)
    seconds = time.perf_counter() - began
    errors = [p.message for p in report.errors]
    print(
        json.dumps(
            {
                "seconds": seconds,
                "errors": len(errors),
                "longest": max(map(len, errors), default=0),
                "first": errors[0][:90] if errors else "",
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def main() -> None:
    from test_analysis_limits import chain, dump

    print(f"{'case':<36} {'s':>6} {'peak MB':>8} {'errors':>6} {'longest':>8}  first error")
    with tempfile.TemporaryDirectory() as tmp:
        for name, shape in CASES.items():
            path = Path(tmp) / "sintetico.yaml"
            path.write_text(dump(chain(**shape)), encoding="utf-8")
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(path)], capture_output=True, text=True, check=True
            ).stdout
            r = json.loads(out)
            print(
                f"{name:<36} {r['seconds']:>6.1f} {r['peak_mb']:>8.0f} "
                f"{r['errors']:>6} {r['longest']:>8}  {r['first']}"
            )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2])
    else:
        main()
