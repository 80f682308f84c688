"""The kiosk window's own figures: cold start, 1,000 customers, and event-loop stalls.

Every measurement runs the real window (``ui.main_window.MainWindow``, built as ``ui.app`` builds
it, offscreen) in a child process of its own (:mod:`bench.ui_child`), against a real backend on
SQLite over loopback with a real SMTP sink, as the end-to-end tests do.

* **Cold start**: from spawning the process to the first paint of an interactive welcome screen
  (plus one zero-timer, so the event loop has run), against a bare PySide6 window (QApplication and
  an empty QWidget, measured the same way) in the same run, alternating, median of ``repeats`` each
  after one unmeasured start of each. The kiosk is started as it is in a showroom (``ui.app.main``
  with a settings file and an enrolled kiosk's keyring) and runs until its core is loaded, so its
  peak memory, the child's ``ru_maxrss`` (``wait4``), is the working kiosk's.
* **Customer cycles**: sign in, form, invitation, QR code, the mailed code, completion (at the
  kiosk, or every tenth on the phone pages), sign out (the wipe); what is alive after a warm-up
  and every ``every`` cycles after it.
* **Stalls**: a 1 ms heartbeat on the GUI thread (:mod:`bench.heartbeat`) while the backend hangs
  and while the sync worker sends a backlog; if the goal is missed, a second pass with the sampler
  says where the longest stalls went.
"""

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backend.seed import DEMO_PIN, DEMO_SALESPERSON
from bench.backend import mail_sink
from bench.heartbeat import GOAL_MS
from bench.ui_child import READY_LINE, RESULT
from tests.servers import BackendProcess, start_backend

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024
START_GOAL = 2.0


class ChildFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class ChildRun:
    result: dict[str, Any]
    #: monotonic time just before the process was spawned
    spawned: float
    #: the child's peak resident set (ru_maxrss), bytes
    peak_rss: int


def run_child(section: str, *args: str, env: dict[str, str], log: Path, timeout_s: float = 3600) -> ChildRun:
    """``python -m bench.ui_child SECTION ARGS`` to its end; its RESULT, and its peak memory from ``wait4``."""
    command = [sys.executable, "-m", "bench.ui_child", section, *args]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1", **env}
    with log.open("ab") as errors:
        spawned = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=environment, cwd=ROOT)
    killer = threading.Timer(timeout_s, process.kill)
    killer.start()
    try:
        assert process.stdout is not None
        output = process.stdout.read().decode(errors="replace")
        process.stdout.close()
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        killer.cancel()
    lines = [line for line in output.splitlines() if line.startswith(RESULT)]
    if process.returncode != 0 or not lines:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
        raise ChildFailed(f"bench.ui_child {section} exited with {process.returncode}:\n{output[-2000:]}\n{tail}")
    return ChildRun(json.loads(lines[-1].removeprefix(RESULT)), spawned, usage.ru_maxrss * 1024)


@dataclass
class _Place:
    """A backend with a mail sink that writes each message to ``mail_dir``, and what a child needs to use it."""

    backend: BackendProcess
    mail_dir: Path
    folder: Path
    log: Path
    env: dict[str, str] = field(default_factory=dict)


@contextmanager
def _place(folder: Path) -> Iterator[_Place]:
    """A fresh backend on SQLite (on CPU time nothing else wants) and a mail sink, in ``folder``; an enrolled
    kiosk's token and store key."""
    with ExitStack() as stack:
        mail_dir = folder / "mail"
        smtp_port = stack.enter_context(mail_sink(mail_dir))
        (folder / "backend").mkdir(parents=True)
        # In a showroom the backend is a server elsewhere; here it shares this machine's cores with the
        # kiosk, so it runs only on the CPU time the kiosk leaves.
        backend = start_backend(folder / "backend", smtp_port, background=True)
        stack.callback(backend.stop)
        env = {
            "BENCH_DEVICE_TOKEN": backend.device_token(),
            # The real kiosk's start (ui.app.main) reads its secrets from the keyring: one that holds them.
            "PYTHON_KEYRING_BACKEND": "bench.preset_keyring.PresetKeyring",
            "BENCH_STORE_KEY": os.urandom(32).hex(),
            "BENCH_STAFF_NAME": DEMO_SALESPERSON,
            "BENCH_STAFF_PIN": DEMO_PIN,
            # Children start from compiled bytecode, as an installed or frozen kiosk does: with
            # PYTHONDONTWRITEBYTECODE (set on some machines) every start would compile the kiosk's
            # own modules anew (measured: ~150 ms of the start). Written to the scratch folder by the
            # first, unmeasured start; the checkout is left as it was.
            "PYTHONDONTWRITEBYTECODE": "",
            "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
        }
        (folder / "kiosk").mkdir()
        yield _Place(backend, mail_dir, folder / "kiosk", folder / "children.log", env)


# -- cold start --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Start:
    seconds: float
    peak_rss: int
    #: seconds of each step: interpreter, imports, built, shown and painted, then the zero-timer
    phases: dict[str, float]


@dataclass(frozen=True)
class StartResult:
    bare: list[Start]
    kiosk: list[Start]
    #: the kiosk's theme, header and welcome screen alone: what no kiosk with this look starts faster than
    welcome: list[Start] = field(default_factory=list)
    #: seconds of import per top-level package (their own time, not their imports'), from ``-X importtime``
    imports: dict[str, float] = field(default_factory=dict)

    @staticmethod
    def median(runs: list[Start]) -> float:
        return statistics.median(run.seconds for run in runs)

    @staticmethod
    def paired(runs: list[Start], bare: list[Start]) -> float:
        """The median of each round's ratio to the bare window started just before it.

        Starts of one round follow each other within a second, so a round on a busy machine is slow for
        both; the ratio of the two medians would mix a quiet round's bare start with a busy one's kiosk.
        """
        return statistics.median(run.seconds / base.seconds for run, base in zip(runs, bare, strict=True))

    @property
    def ratio(self) -> float:
        return self.paired(self.kiosk, self.bare)

    @property
    def floor_ratio(self) -> float:
        return self.paired(self.welcome, self.bare)


def _start(run: ChildRun) -> Start:
    marks = run.result
    phases = {"interpreter": marks["started"] - run.spawned, "imports": marks["imported"] - marks["started"]}
    if "painted" in marks:
        phases |= {
            "application": marks["app"] - marks["imported"],
            "window built, shown and painted": marks["painted"] - marks["app"],
            "to the zero-timer": marks["ready"] - marks["painted"],
        }
    else:  # the kiosk, timed by its own log
        phases["main(): settings, application, window, first frame"] = marks["ready"] - marks["imported"]
    if "core" in marks:
        phases["then the core loaded (not part of the start)"] = marks["core"] - marks["ready"]
    return Start(marks["ready"] - run.spawned, run.peak_rss, phases)


def measure_start(repeats: int = 7) -> StartResult:
    bare: list[Start] = []
    welcome: list[Start] = []
    kiosk: list[Start] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-start-") as scratch, _place(Path(scratch)) as place:
        for number in range(repeats + 1):  # the first of each warms the disk cache; not counted
            for kind, runs in (("bare", bare), ("welcome", welcome), ("kiosk", kiosk)):
                run = run_child(
                    f"start-{kind}",
                    "--backend",
                    place.backend.url,
                    "--folder",
                    str(place.folder),
                    env=place.env,
                    log=place.log,
                    timeout_s=120,
                )
                if number > 0:
                    runs.append(_start(run))
        # Once more, not counted, with Python's import timer: which packages the imports' time goes to.
        timings = Path(scratch) / "importtime.log"
        run_child(
            "start-kiosk",
            "--backend",
            place.backend.url,
            "--folder",
            str(place.folder),
            env={**place.env, "PYTHONPROFILEIMPORTTIME": "1"},
            log=timings,
            timeout_s=120,
        )
        imports = _import_times(timings.read_text(errors="replace"))
    return StartResult(bare, kiosk, welcome=welcome, imports=imports)


def _import_times(log: str) -> dict[str, float]:
    """``-X importtime`` lines up to the first interactive frame, summed by top-level package, each
    module's own time only. (Imports on workers after that frame are not part of the start.)"""
    by_package: dict[str, float] = {}
    for line in log.splitlines():
        if line == READY_LINE:
            break
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line.removeprefix("import time:").split("|")
        package = name.strip().split(".")[0]
        # An import made on a worker thread meanwhile can show a negative time (the timer is per process).
        by_package[package] = by_package.get(package, 0.0) + max(0, int(own)) / 1e6
    return dict(sorted(by_package.items(), key=lambda item: item[1], reverse=True))


def report_start(result: StartResult) -> str:
    def line(name: str, runs: list[Start]) -> str:
        peak = statistics.median(run.peak_rss for run in runs) / MIB
        return f"{name:44} {StartResult.median(runs) * 1000:7.0f} {peak:9.1f}"

    phases = {name: statistics.median(run.phases[name] for run in result.kiosk) for name in result.kiosk[0].phases}
    lines = [
        f"{'cold start to an interactive first screen':44} {'ms':>7} {'peak MiB':>9}   vs bare",
        line("bare PySide6 window (QApplication, QWidget)", result.bare),
        *(
            [
                line("the welcome screen alone (theme, header)", result.welcome)
                + f"   {result.floor_ratio:5.2f}x  (the floor: the look, nothing of the kiosk behind it)"
            ]
            if result.welcome
            else []
        ),
        line("the kiosk (ui.app.main), its welcome screen", result.kiosk)
        + f"   {result.ratio:5.2f}x  (goal <= {START_GOAL:.1f}: {'met' if result.ratio <= START_GOAL else 'MISSED'})",
        "  kiosk, median ms of each step: " + ", ".join(f"{name} {s * 1000:.0f}" for name, s in phases.items()),
        f"  {len(result.kiosk)} rounds of one start of each, after one unmeasured round; ratios are the median of"
        " each round's own; the kiosk's peak memory is after its core is loaded",
    ]
    if result.imports:
        total = sum(result.imports.values())
        biggest = ", ".join(f"{name} {s * 1000:.0f}" for name, s in list(result.imports.items())[:8])
        lines.append(f"  kiosk imports by package (one -X importtime run, {total * 1000:.0f} ms in all): {biggest}")
    return "\n".join(lines)


# -- customer cycles ---------------------------------------------------------------------------

CENSUS_ROWS = {
    "rss": "resident memory (heap trimmed), MiB",
    "widgets": "widgets (QApplication.allWidgets)",
    "qobjects": "QObjects in the object trees",
    "wrappers": "Python wrappers of Qt objects (shiboken)",
    "python_objects": "Python objects tracked by gc",
}


@dataclass(frozen=True)
class CyclesResult:
    cycles: int
    warm_up: int
    seconds: float
    #: one census per sample: cycle number, and each of CENSUS_ROWS
    samples: list[dict[str, Any]]
    #: every this many-th customer finished on the phone, the others at the kiosk
    phone_every: int = 10

    def measured(self) -> list[dict[str, Any]]:
        return [sample for sample in self.samples if sample["cycle"] >= self.warm_up]

    def growth_per_100(self, key: str) -> float:
        """Least-squares slope over the samples from the warm-up on, per 100 cycles."""
        points = self.measured()
        if len(points) < 2:
            return 0.0
        xs = [p["cycle"] for p in points]
        ys = [float(p[key]) for p in points]
        return statistics.linear_regression(xs, ys).slope * 100

    def noise(self, key: str) -> float:
        """The spread of the samples around that line (standard deviation of the residuals)."""
        points = self.measured()
        if len(points) < 3:
            return 0.0
        xs = [p["cycle"] for p in points]
        ys = [float(p[key]) for p in points]
        fit = statistics.linear_regression(xs, ys)
        return statistics.pstdev(y - (fit.slope * x + fit.intercept) for x, y in zip(xs, ys, strict=True))

    def grows(self, key: str) -> bool:
        """Beyond noise: over the measured span the line climbs more than twice the spread around it
        (and, for memory, more than 1 MiB; for counts, by at least one object)."""
        points = self.measured()
        if len(points) < 2:
            return False
        span = (points[-1]["cycle"] - points[0]["cycle"]) / 100
        rise = self.growth_per_100(key) * span
        floor = MIB if key == "rss" else 1.0
        return rise > max(2 * self.noise(key), floor)


def measure_cycles(cycles: int = 1000, warm_up: int = 100, every: int = 100, phone_every: int = 10) -> CyclesResult:
    warm_up = min(warm_up, cycles)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-cycles-") as scratch, _place(Path(scratch)) as place:
        run = run_child(
            "cycles",
            "--backend",
            place.backend.url,
            "--folder",
            str(place.folder),
            "--mail-dir",
            str(place.mail_dir),
            "--count",
            str(cycles),
            "--warm-up",
            str(warm_up),
            "--every",
            str(every),
            "--phone-every",
            str(phone_every),
            env=place.env,
            log=place.log,
        )
    return CyclesResult(cycles, warm_up, run.result["seconds"], run.result["samples"], phone_every)


def report_cycles(result: CyclesResult) -> str:
    first = result.measured()[0]
    last = result.samples[-1]
    start = result.samples[0]

    def shown(key: str, value: float) -> str:
        return f"{value / MIB:10.1f}" if key == "rss" else f"{value:10.0f}"

    after_first, after_last = f"after {first['cycle']}", f"after {last['cycle']}"
    header = f"{'alive, after customer N':44} {'at start':>10} {after_first:>10} {after_last:>10}"
    header += f" {'per 100':>9} {'noise':>7}"
    lines = [header]
    for key, name in CENSUS_ROWS.items():
        scale = MIB if key == "rss" else 1
        per_100, noise = result.growth_per_100(key) / scale, result.noise(key) / scale
        verdict = "GROWS" if result.grows(key) else "flat"
        lines.append(
            f"{name:44} {shown(key, start[key])} {shown(key, first[key])} {shown(key, last[key])}"
            f" {per_100:+9.2f} {noise:7.2f}  {verdict}"
        )
    verdict = "MISSED" if any(result.grows(key) for key in CENSUS_ROWS) else "met"
    lines.append(f"  (goal: no growth beyond noise: {verdict})")
    lines.append(
        f"  {result.cycles} customers in {result.seconds:.0f} s ({result.seconds / result.cycles * 1000:.0f} ms each),"
        f" census at the welcome screen after a full collection; {len(result.measured())} samples from"
        f" customer {first['cycle']} on; every {result.phone_every}th finished on the phone"
    )
    return "\n".join(lines)


# -- event-loop stalls -------------------------------------------------------------------------


@dataclass(frozen=True)
class StallRow:
    name: str
    summary: dict[str, Any]
    #: the sampled pass, if the measured one missed the goal
    profile: dict[str, Any] | None = None

    @property
    def max_ms(self) -> float:
        return float(self.summary["max_ms"])


def _stall_run(section: str, sample: bool, *args: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"kiosk-bench-{section}-") as scratch, _place(Path(scratch)) as place:
        backend = place.backend
        try:
            run = run_child(
                section,
                "--backend",
                backend.url,
                "--backend-pid",
                str(backend.process.pid),
                "--folder",
                str(place.folder),
                *(["--sample"] if sample else []),
                *args,
                env=place.env,
                log=place.log,
            )
        finally:
            backend.process.send_signal(signal.SIGCONT)  # should the child have died with the backend stopped
        return run.result


def measure_stalls(
    queued: int = 5000, patience_s: float = 12.0, profile: bool = True, only: str | None = None
) -> list[StallRow]:
    """Both scenarios (or ``only`` "hang" or "drain"); ``profile``: when the goal is missed, run that
    scenario again with the sampler."""
    scenarios = [
        ("backend hangs: invite, QR, code, sign-in, sync", "stall-hang", ["--patience", str(patience_s)]),
        (f"sync worker sends {queued} queued invitations", "stall-drain", ["--count", str(queued)]),
    ]
    rows = []
    for name, section, args in scenarios:
        if only is not None and section != f"stall-{only}":
            continue
        summary = _stall_run(section, False, *args)
        sampled = _stall_run(section, True, *args) if profile and summary["max_ms"] > GOAL_MS else None
        rows.append(StallRow(name, summary, sampled))
    return rows


def _explained(stall: dict[str, Any]) -> list[str]:
    lines = [
        f"    {stall['stall_ms']:6.1f} ms at {stall['at_s']:5.1f} s: GUI thread on CPU {stall['on_cpu_ms']:.1f},"
        f" waiting for a CPU {stall['waiting_for_cpu_ms']:.1f}, blocked {stall['blocked_ms']:.1f}"
        f" (of which its garbage collection {stall['gc_ms']:.1f}, another thread's {stall['others_gc_ms']:.1f})"
    ]
    for stack, count in stall.get("gui_stacks", []):
        lines.append(f"        GUI thread ({count} samples): {stack}")
    for what, ms in stall.get("other_threads_ms", []):
        lines.append(f"        meanwhile on CPU {ms:5.1f} ms: {what}")
    return lines


def report_stalls(rows: list[StallRow]) -> str:
    lines = [f"{'event-loop stall, 1 ms heartbeat':48} {'ticks':>7} {'max ms':>7} {'p99 ms':>7} {'>16 ms':>7}"]
    for row in rows:
        s = row.summary
        lines.append(
            f"{row.name:48} {s['ticks']:7d} {s['max_ms']:7.1f} {s['p99_ms']:7.2f} {s['over_goal']:7d}"
            f"   (goal: max <= {GOAL_MS:.0f} ms: {'met' if row.max_ms <= GOAL_MS else 'MISSED'})"
        )
    for row in rows:
        s = row.summary
        extra = ""
        if "drain_seconds" in s:
            extra = f"; backlog sent in {s['drain_seconds']:.1f} s"
        if "seen" in s:
            extra = "; " + ", ".join(f"{what}: {'yes' if ok else 'no'}" for what, ok in s["seen"].items())
        gc_ms = s["gui_gc_ms"]
        lines.append(f"  {row.name}: {s['seconds']:.1f} s measured, GC on the GUI thread {gc_ms:.0f} ms{extra}")
        lines.append(
            f"    the GUI thread was on a CPU {s['gui_on_cpu_s']:.1f} s (heartbeat included) and ready but waiting"
            f" for one {s['gui_waiting_for_cpu_s']:.1f} s"
        )
        if "cpu" in s:
            cpu = s["cpu"]
            lines.append(
                f"    CPUs busy meanwhile, on average: the machine {cpu['machine']:.2f} of {cpu['cpus']:.0f},"
                f" the kiosk process {cpu['kiosk']:.2f}, the backend {cpu['backend']:.2f}"
                " (the rest: the mail sink and whatever else runs on this machine)"
            )
        lines.append("    longest stalls of the measured pass:")
        for stall in s["longest"][:3]:
            lines += _explained(stall)
        if row.profile is not None:
            p = row.profile
            lines.append(
                f"    with the sampler (a second pass, max {p['max_ms']:.1f} ms, p99 {p['p99_ms']:.2f} ms), where"
                " the longest went:"
            )
            for stall in p["longest"]:
                lines += _explained(stall)
    return "\n".join(lines)
