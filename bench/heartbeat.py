"""A heartbeat on the GUI thread: how long the event loop goes without running a 1 ms timer.

A precise ``QTimer`` of 1 ms ticks on the GUI thread; each tick notes the time. A *stall* is the
gap between two ticks less the interval: while it lasts the kiosk answers no touch and draws
nothing. Each tick also reads the GUI thread's scheduler figures (``/proc/self/task/<tid>/schedstat``:
nanoseconds on a CPU, nanoseconds waiting for one), so each stall splits into

* **on CPU**: the GUI thread itself was working (Python in a slot, or Qt's layout, style and paint);
* **waiting for a CPU**: it was ready, but both cores were busy (the backend, other threads, other
  programs on the machine);
* **blocked**: neither, so it slept: on the GIL held by another Python thread, a lock, or I/O.

Garbage collections are timed too (``gc.callbacks``), with the thread that ran them. For the longest
stalls, a :class:`Sampler` (a thread, on only when asked, as it costs a little itself) records what
the GUI thread was running while a tick was overdue, and which other threads ran meanwhile.
"""

import faulthandler
import gc
import os
import re
import threading
import time
from array import array
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Slot

#: The kiosk's own code, for naming frames; anything else (Qt, httpx, the standard library) is
#: named only when nothing of ours is on the stack.
ROOT = Path(__file__).resolve().parents[1]
GOAL_MS = 16.0


def _schedstat_path(native_id: int) -> str:
    return f"/proc/self/task/{native_id}/schedstat"


def read_schedstat(path: str) -> tuple[int, int]:
    """(ns on a CPU, ns waiting for one) of a thread; (0, 0) where Linux does not say."""
    try:
        with open(path, "rb") as stat:
            on_cpu, waiting, _ = stat.read().split(maxsplit=2)
        return int(on_cpu), int(waiting)
    except (OSError, ValueError):
        return 0, 0


class _SchedStat:
    """One thread's schedstat, read cheaply (an open descriptor, ``pread``) on every tick."""

    def __init__(self, native_id: int) -> None:
        try:
            self._fd: int | None = os.open(_schedstat_path(native_id), os.O_RDONLY)
        except OSError:
            self._fd = None

    def read(self) -> tuple[int, int]:
        if self._fd is None:
            return 0, 0
        fields = os.pread(self._fd, 128, 0).split()
        return int(fields[0]), int(fields[1])

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _comm(native_id: int) -> str:
    try:
        with open(f"/proc/self/task/{native_id}/comm") as comm:
            return comm.read().strip()
    except OSError:
        return f"thread {native_id}"


_FRAME = re.compile(r'^\s+File "(?P<file>.*)", line (?P<line>\d+) in (?P<name>.*)$')


def describe(frames: list[tuple[str, int, str]], depth: int = 4) -> str:
    """The innermost ``depth`` frames of the kiosk's own code (outermost last), or of anything if none.

    ``frames``: (file, line, function), innermost first.
    """
    ours: list[str] = []
    other: list[str] = []
    if frames and frames[0][2] == "wait" and Path(frames[0][0]) == ROOT / "bench" / "uikit.py":
        # The benchmark's driver waiting in QEventLoop.exec: no Python above it, so Qt itself is busy
        # (layout, style, paint, deleting widgets) or the thread waits for the GIL to call a slot.
        step = next((f"{line} {name}" for file, line, name in frames if file.endswith("ui_child.py")), "?")
        return f"Qt's event loop, no Python slot running (during bench/ui_child.py:{step})"
    for filename, line, name in frames:
        if len(ours) >= depth:
            break
        path = Path(filename)
        if path.is_relative_to(ROOT):
            ours.append(f"{path.relative_to(ROOT)}:{line} {name}")
        elif not ours and len(other) < 2:
            other.append(f"{path.name}:{line} {name}")
    return " < ".join(other + ours) if ours or other else "(no Python frame)"


def all_stacks(fd: int) -> dict[int, list[tuple[str, int, str]]]:
    """Every Python thread's stack by thread ident, innermost frame first, as ``faulthandler`` writes them.

    faulthandler reads the frames in C without making frame objects: looking at another thread's
    frames through ``sys._current_frames()`` from a sampling thread crashed the kiosk process now and then.
    """
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    faulthandler.dump_traceback(fd, all_threads=True)
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    stacks: dict[int, list[tuple[str, int, str]]] = {}
    current: list[tuple[str, int, str]] | None = None
    for line in b"".join(chunks).decode(errors="replace").splitlines():
        if line.startswith(("Thread 0x", "Current thread 0x")):
            current = stacks.setdefault(int(line.split("0x", 1)[1].split()[0], 16), [])
        elif current is not None and (found := _FRAME.match(line)):
            current.append((found["file"], int(found["line"]), found["name"]))
    return stacks


class Heartbeat(QObject):
    """Ticks every ``interval_ms`` on the thread that creates it (the GUI thread) while started."""

    def __init__(self, interval_ms: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.native_id = threading.get_native_id()
        self.ident = threading.get_ident()
        self._times = array("d")
        self._cpu = array("q")
        self._waiting = array("q")
        self._sched = _SchedStat(self.native_id)
        #: The time of the last tick (perf_counter), for the sampler.
        self.last = 0.0
        self.running = False
        #: (start, seconds, generation, native thread id) of each garbage collection meanwhile.
        self.collections: list[tuple[float, float, int, int]] = []
        self._gc_started: dict[int, float] = {}
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)
        self.running = True
        self._tick()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()
        self.running = False
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        self._sched.close()

    @Slot()
    def _tick(self) -> None:
        now = time.perf_counter()
        on_cpu, waiting = self._sched.read()
        self._times.append(now)
        self._cpu.append(on_cpu)
        self._waiting.append(waiting)
        self.last = now

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        thread = threading.get_native_id()
        if phase == "start":
            self._gc_started[thread] = time.perf_counter()
        elif thread in self._gc_started:
            started = self._gc_started.pop(thread)
            self.collections.append((started, time.perf_counter() - started, int(info["generation"]), thread))

    @property
    def ticks(self) -> int:
        return len(self._times)

    def stalls_ms(self) -> list[float]:
        times, interval = self._times, self.interval_ms / 1000
        return [max(0.0, times[i] - times[i - 1] - interval) * 1000 for i in range(1, len(times))]

    def summary(self, sampler: "Sampler | None" = None, top: int = 5) -> dict[str, Any]:
        """The figures as plain data (the child process prints them as JSON)."""
        stalls = self.stalls_ms()
        ordered = sorted(stalls)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0
        seconds = self._times[-1] - self._times[0] if len(self._times) > 1 else 0.0
        longest = sorted(range(len(stalls)), key=stalls.__getitem__, reverse=True)[:top]
        return {
            "interval_ms": self.interval_ms,
            "seconds": seconds,
            "ticks": len(self._times),
            "max_ms": ordered[-1] if ordered else 0.0,
            "p99_ms": p99,
            "over_goal": sum(1 for stall in stalls if stall > GOAL_MS),
            "gui_gc_ms": sum(s for _, s, _, t in self.collections if t == self.native_id) * 1000,
            "gui_on_cpu_s": (self._cpu[-1] - self._cpu[0]) / 1e9 if self._cpu else 0.0,
            "gui_waiting_for_cpu_s": (self._waiting[-1] - self._waiting[0]) / 1e9 if self._waiting else 0.0,
            "longest": [self._explain(i, sampler) for i in longest if stalls[i] > 0],
        }

    def _explain(self, index: int, sampler: "Sampler | None") -> dict[str, Any]:
        """Stall ``index`` (between ticks ``index`` and ``index + 1``): where its time went."""
        start, end = self._times[index], self._times[index + 1]
        gap_ns = (end - start) * 1e9
        on_cpu = self._cpu[index + 1] - self._cpu[index]
        waiting = self._waiting[index + 1] - self._waiting[index]
        gc_ms = sum(
            max(0.0, min(end, s + d) - max(start, s)) * 1000 for s, d, _, t in self.collections if t == self.native_id
        )
        # Another thread's collection holds the GIL throughout: the GUI thread cannot run Python meanwhile.
        others_gc_ms = sum(
            max(0.0, min(end, s + d) - max(start, s)) * 1000 for s, d, _, t in self.collections if t != self.native_id
        )
        found: dict[str, Any] = {
            "at_s": start - self._times[0],
            "stall_ms": max(0.0, end - start - self.interval_ms / 1000) * 1000,
            "on_cpu_ms": on_cpu / 1e6,
            "waiting_for_cpu_ms": waiting / 1e6,
            "blocked_ms": max(0.0, gap_ns - on_cpu - waiting) / 1e6,
            "gc_ms": gc_ms,
            "others_gc_ms": others_gc_ms,
        }
        if sampler is not None:
            found.update(sampler.within(start, end))
        return found


class Sampler:
    """While a heartbeat tick is overdue, every ``every_s``: the GUI thread's stack and who else ran.

    A thread of its own; each look takes the GIL for some microseconds, so it runs only in a
    separate pass whose figures are used to explain, not to measure.
    """

    def __init__(self, heartbeat: Heartbeat, overdue_ms: float = 4.0, every_s: float = 0.001) -> None:
        self._heartbeat = heartbeat
        self._overdue = overdue_ms / 1000
        self._every = every_s
        #: (time, GUI stack, [(thread name, ns on CPU since the previous look, its stack)])
        self.samples: list[tuple[float, str, list[tuple[str, int, str]]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-sampler", daemon=True)
        self._last_cpu: dict[int, int] = {}

    def _run(self) -> None:
        own = threading.get_native_id()
        fd = os.memfd_create("bench-sampler")
        try:
            while not self._stop.wait(self._every):
                beat = self._heartbeat
                if not beat.running or time.perf_counter() - beat.last < self._overdue:
                    self._last_cpu.clear()
                    continue
                self._look(fd, own)
        finally:
            os.close(fd)

    def _look(self, fd: int, own: int) -> None:
        beat = self._heartbeat
        stacks = all_stacks(fd)
        gui = describe(stacks.get(beat.ident, []))
        python = {t.native_id: t for t in threading.enumerate() if t.native_id is not None}
        others = []
        for task in os.listdir("/proc/self/task"):
            native = int(task)
            if native in (own, beat.native_id):
                continue
            on_cpu = read_schedstat(_schedstat_path(native))[0]
            before = self._last_cpu.get(native)
            self._last_cpu[native] = on_cpu
            if before is None or on_cpu - before < 200_000:
                continue
            thread = python.get(native)
            if thread is not None and thread.ident is not None:
                name, stack = thread.name, describe(stacks.get(thread.ident, []), depth=3)
            else:  # a thread Python does not know by name (Qt's pool, the OS): its kernel name
                name, stack = _comm(native), "(not a Python thread, or none known)"
            others.append((name, on_cpu - before, stack))
        self.samples.append((time.perf_counter(), gui, others))

    def within(self, start: float, end: float) -> dict[str, Any]:
        """What the samples taken during (start, end) say, most frequent first."""
        taken = [sample for sample in self.samples if start < sample[0] <= end]
        gui = Counter(stack for _, stack, _ in taken)
        busy: Counter[str] = Counter()
        for _, _, others in taken:
            for name, on_cpu, stack in others:
                busy[f"{name.split('_')[0]}: {stack}"] += on_cpu
        return {
            "samples": len(taken),
            "gui_stacks": gui.most_common(3),
            "other_threads_ms": [(what, ns / 1e6) for what, ns in busy.most_common(3)],
        }

    def __enter__(self) -> "Sampler":
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _machine_ticks() -> tuple[int, int]:
    """(busy, all) clock ticks of every CPU since boot, from /proc/stat."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return sum(fields) - idle, sum(fields)


def _process_ticks(pid: int | str) -> int:
    """utime + stime of a process, in clock ticks (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


class CpuUse:
    """How many CPUs were busy meanwhile: the whole machine, this process, and the ``others`` named."""

    def __init__(self, **others: int) -> None:
        self._others = others
        self.busy: dict[str, float] = {}

    def __enter__(self) -> "CpuUse":
        self._start = time.monotonic(), _machine_ticks(), _process_ticks("self")
        self._start_others = {name: _process_ticks(pid) for name, pid in self._others.items()}
        return self

    def __exit__(self, *_exc: object) -> None:
        started, (busy, _), own = self._start
        tick = os.sysconf("SC_CLK_TCK")
        seconds = max(1e-9, time.monotonic() - started)
        busy_now, _ = _machine_ticks()
        self.busy = {
            "machine": (busy_now - busy) / tick / seconds,
            "kiosk": (_process_ticks("self") - own) / tick / seconds,
        }
        for name, pid in self._others.items():
            self.busy[name] = (_process_ticks(pid) - self._start_others[name]) / tick / seconds
        self.busy["cpus"] = float(os.cpu_count() or 1)


@contextmanager
def beating(interval_ms: int = 1, sample: bool = False) -> Iterator[tuple[Heartbeat, Sampler | None]]:
    """A started heartbeat (and sampler, if asked) for the ``with`` block; stopped after it."""
    heartbeat = Heartbeat(interval_ms)
    sampler = Sampler(heartbeat) if sample else None
    heartbeat.start()
    try:
        if sampler is None:
            yield heartbeat, None
        else:
            with sampler:
                yield heartbeat, sampler
    finally:
        heartbeat.stop()
