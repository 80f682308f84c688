"""A closed-loop HTTP load generator: N concurrent clients, each sending its next request when
the last one is answered, so the figures are what the server sustains, not a queue's growth."""

import asyncio
import statistics
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx

#: One request: path, headers, JSON body bytes.
Request = tuple[str, dict[str, str], bytes]


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    latencies: Sequence[float]
    failures: int

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[round(p) - 1]


async def _drive(base_urls: Sequence[str], requests: Sequence[Request], concurrency: int, expect: int) -> LoadResult:
    clients = [
        httpx.AsyncClient(base_url=url, limits=httpx.Limits(max_connections=concurrency), timeout=30)
        for url in base_urls
    ]
    latencies: list[float] = []
    failures = 0
    next_index = 0

    async def worker(number: int) -> None:
        nonlocal next_index, failures
        client = clients[number % len(clients)]  # each client sticks to one server, spread evenly
        while next_index < len(requests):
            path, headers, body = requests[next_index]
            next_index += 1
            started = time.perf_counter()
            response = await client.post(path, content=body, headers={"Content-Type": "application/json", **headers})
            latencies.append(time.perf_counter() - started)
            if response.status_code != expect:
                failures += 1

    try:
        started = time.perf_counter()
        await asyncio.gather(*(worker(number) for number in range(concurrency)))
        seconds = time.perf_counter() - started
    finally:
        for client in clients:
            await client.aclose()
    return LoadResult(len(latencies), seconds, latencies, failures)


def run_load(
    base_urls: Sequence[str],
    make_request: Callable[[int], Request],
    count: int,
    *,
    concurrency: int = 16,
    warm_up: int = 200,
    expect: int = 200,
) -> LoadResult:
    """Send ``warm_up`` requests (not counted), then ``count`` measured ones.

    The load runs on its own thread with its own event loop, so it works from any caller, even one
    whose thread already runs a loop (Playwright's sync API leaves one in a test session).
    """
    warm = [make_request(i) for i in range(warm_up)]
    measured = [make_request(warm_up + i) for i in range(count)]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="load") as pool:
        pool.submit(asyncio.run, _drive(base_urls, warm, concurrency, expect)).result()
        return pool.submit(asyncio.run, _drive(base_urls, measured, concurrency, expect)).result()
