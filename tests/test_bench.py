"""The benchmark runs (so ``make bench`` cannot rot), and under its concurrent load nothing fails.

The figures themselves are not asserted: speed is judged from ``make bench``'s ratios, never by a
timed test. What is asserted is what a user would notice: 16 kiosks creating at once on SQLite or
on two processes over PostgreSQL all get their invitations. (The full-size benchmark found creates
failing with "database is locked" on SQLite while the mail sender hashed a code inside its write
transaction; this small run is too short to reproduce that, the benchmark itself is not.)
"""

from bench import backend, drain, ui


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


# The kiosk window's sections, tiny: each runs the real window in a child process against a real
# backend; what is asserted is that they run and report against their goals, never a timing.


def test_the_cold_start_benchmark_runs_both_windows() -> None:
    result = ui.measure_start(repeats=1)
    assert len(result.bare) == len(result.kiosk) == 1
    assert all(run.seconds > 0 and run.peak_rss > 0 for run in result.bare + result.kiosk)
    assert "kiosk" in result.imports and "ui" in result.imports
    assert "(goal <= 2.0" in ui.report_start(result)


def test_the_customer_cycle_benchmark_runs_customers_through_the_window() -> None:
    # Four customers: three finish at the kiosk, one on the phone pages; a census after each.
    result = ui.measure_cycles(cycles=4, warm_up=1, every=1, phone_every=4)
    assert [sample["cycle"] for sample in result.samples] == [0, 1, 2, 3, 4]
    assert all(sample["widgets"] > 0 and sample["qobjects"] > 0 for sample in result.samples)
    assert "(goal: no growth beyond noise" in ui.report_cycles(result)


def test_the_stall_benchmark_runs_while_the_backend_hangs() -> None:
    [row] = ui.measure_stalls(patience_s=0.5, profile=False, only="hang")
    assert row.summary["ticks"] > 100
    assert "(goal: max <= 16 ms" in ui.report_stalls([row])


def test_the_stall_benchmark_runs_while_a_backlog_is_sent() -> None:
    [row] = ui.measure_stalls(queued=100, profile=False, only="drain")
    assert row.summary["ticks"] > 100 and row.summary["drain_seconds"] > 0
    assert "(goal: max <= 16 ms" in ui.report_stalls([row])
