"""The benchmark runs (so ``make bench`` cannot rot), and under its concurrent load nothing fails.

The figures themselves are not asserted: speed is judged from ``make bench``'s ratios, never by a
timed test. What is asserted is what a user would notice: 16 kiosks creating at once on SQLite or
on two processes over PostgreSQL all get their invitations. (The full-size benchmark found creates
failing with "database is locked" on SQLite while the mail sender hashed a code inside its write
transaction; this small run is too short to reproduce that, the benchmark itself is not.)
"""

from bench import backend, drain


def test_the_backend_benchmark_runs_and_no_concurrent_create_fails() -> None:
    rows = backend.measure(count=150, warm_up=20)
    assert [row.name for row in rows] == [
        "bare FastAPI, 1 process",
        "backend on SQLite, 1 process",
        "bare FastAPI, 2 processes",
        "backend on PostgreSQL, 2 processes",
    ]
    assert [row.result.failures for row in rows] == [0, 0, 0, 0]
    assert all(row.result.requests == 150 for row in rows)
    assert "vs bare" in backend.report(rows)


def test_the_drain_benchmark_runs_and_every_queued_invitation_arrives() -> None:
    result = drain.measure(count=60, warm_up=10)  # raises unless all 60 were confirmed
    assert result.queued == 60 and result.drain_seconds > 0
    assert "goal >= 0.80" in drain.report(result)
