"""A TCP proxy for tests that breaks some connections between the kiosk and the backend.

A showroom's network does not only go down: it drops a connection, leaves a request hanging, or
loses the answer after the backend did the work. The last one is the hard case for an offline
queue, since the kiosk cannot tell "never arrived" from "done, but the answer was lost"; only the
idempotency key keeps its retry from creating a second invitation. This proxy does all three, on
purpose and reproducibly (a seeded ``random.Random``), so a test can show that nothing is lost
and nothing happens twice.

Each *connection* gets one behaviour, so the client must open one connection per request (an
HTTP client with keep-alive off); otherwise one lucky connection would carry every request.
Plain threads and blocking sockets, stdlib only: one thread accepts, one thread per connection.
"""

import random
import selectors
import socket
import threading
from collections.abc import Callable
from types import TracebackType

#: What the proxy does with a connection.
PASS = "pass"
#: Accept, then close at once: the request goes nowhere.
DROP = "drop"
#: Accept and read the request, never answer: the client waits until its time-out.
STALL = "stall"
#: Forward the request and wait for the whole answer (the backend has committed), then close
#: after sending none or only the first few bytes of it.
CUT_AFTER_COMMIT = "cut_after_commit"
FAULTS = (DROP, STALL, CUT_AFTER_COMMIT)

#: How often blocking calls wake up to see whether the proxy is stopping.
_TICK = 0.05


class FaultProxy:
    """Listens on a free loopback port and forwards to ``127.0.0.1:target_port``, with faults.

    ``fault_rate`` of the connections get a fault, the three equally often; the rest pass through.
    A fault never reaches the client as an answer: it sees a dropped connection or its own time-out.
    """

    def __init__(self, target_port: int, *, fault_rate: float = 0.3, seed: int = 0) -> None:
        self.target_port = target_port
        self.fault_rate = fault_rate
        #: How many connections got each behaviour.
        self.counts: dict[str, int] = {PASS: 0, DROP: 0, STALL: 0, CUT_AFTER_COMMIT: 0}
        #: Unexpected exceptions in the proxy's threads (a bug in the proxy, not a network fault).
        self.errors: list[BaseException] = []
        self._rng = random.Random(seed)
        self._stopping = threading.Event()
        #: One thread per connection, started (and pruned) only by the accepting thread.
        self._connections: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_TICK)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = self._thread(self._accept_loop)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def stop(self) -> None:
        """Stop accepting, end every connection (stalled ones too) and join every thread."""
        self._stopping.set()
        self._acceptor.join()  # no new connection threads after this
        for thread in self._connections:
            thread.join()
        self._listener.close()

    def __enter__(self) -> "FaultProxy":
        return self

    def __exit__(
        self, _type: type[BaseException] | None, _value: BaseException | None, _traceback: TracebackType | None
    ) -> None:
        self.stop()

    # -- threads --------------------------------------------------------------------------------

    def _thread(self, target: Callable[..., None], *args: object) -> threading.Thread:
        thread = threading.Thread(target=self._guarded, args=(target, *args), daemon=True)
        thread.start()
        return thread

    def _guarded(self, target: Callable[..., None], *args: object) -> None:
        """Run ``target``; a socket error is the network fault being played out, anything else a bug."""
        try:
            target(*args)
        except OSError:
            pass
        except BaseException as error:  # kept for the test to report, not lost in a thread
            self.errors.append(error)

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            # Everything random is drawn here, in the order connections arrive, so a seed gives the
            # same sequence (a connection thread drawing later could race the client's next request).
            behaviour = PASS if self._rng.random() >= self.fault_rate else self._rng.choice(FAULTS)
            cut_at = self._rng.randrange(16) if behaviour == CUT_AFTER_COMMIT else 0
            self.counts[behaviour] += 1
            self._connections = [known for known in self._connections if known.is_alive()]
            self._connections.append(self._thread(self._serve, client, behaviour, cut_at))

    def _serve(self, client: socket.socket, behaviour: str, cut_at: int) -> None:
        """Play out ``behaviour`` on one connection; ``cut_at``: how many bytes of the answer a cut lets through."""
        with client:
            if behaviour == DROP:
                return
            client.settimeout(_TICK)
            # Small writes go out at once: the proxy adds no delay of its own to what it passes on.
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if behaviour == STALL:
                self._read_message(client, request=True)
                self._hold(client)
                return
            with socket.create_connection(("127.0.0.1", self.target_port)) as server:
                server.settimeout(_TICK)
                server.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                if behaviour == PASS:
                    self._pipe(client, server)
                    return
                request = self._read_message(client, request=True)
                if request is None:
                    return
                server.sendall(request)
                answer = self._read_message(server, request=False)  # the whole answer: the backend is done
                if answer is not None:
                    client.sendall(answer[:cut_at])

    # -- socket helpers -------------------------------------------------------------------------

    def _recv(self, sock: socket.socket) -> bytes | None:
        """Bytes from ``sock`` (b"" when it closed), or None if the proxy is stopping."""
        while not self._stopping.is_set():
            try:
                return sock.recv(65536)
            except TimeoutError:
                continue
        return None

    def _read_message(self, sock: socket.socket, *, request: bool) -> bytes | None:
        """One HTTP/1.1 message: its head and ``Content-Length`` bytes of body.

        Without the header a request has no body and a response runs until the server closes.
        None if ``sock`` closed before the message was complete, or the proxy is stopping.
        """
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self._recv(sock)
            if not chunk:
                return None
            data += chunk
        head, _, _ = data.partition(b"\r\n\r\n")
        length = 0 if request else None
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while length is None or len(data) < len(head) + 4 + length:
            chunk = self._recv(sock)
            if chunk is None:
                return None
            if not chunk:
                return data if length is None else None
            data += chunk
        return data

    def _hold(self, client: socket.socket) -> None:
        """Keep a stalled connection open, saying nothing, until the client gives up or the proxy stops."""
        while self._recv(client):
            pass  # a client that gave up closes the connection (b""); stopping gives None

    def _pipe(self, client: socket.socket, server: socket.socket) -> None:
        """Pass bytes both ways until either side closes (keep-alive off: after one exchange)."""
        client.settimeout(None)  # the selector says when to read; a send may take its time
        server.settimeout(None)
        with selectors.DefaultSelector() as selector:
            selector.register(client, selectors.EVENT_READ, (client, server))
            selector.register(server, selectors.EVENT_READ, (server, client))
            while not self._stopping.is_set():
                for key, _events in selector.select(_TICK):
                    source, target = key.data
                    chunk = source.recv(65536)
                    if not chunk:
                        return
                    target.sendall(chunk)
