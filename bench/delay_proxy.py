"""A TCP proxy on 127.0.0.1 that delays every byte by a fixed time in each direction.

With `delay_ms=10` a request/response round trip through the proxy costs 20 ms more
than on loopback: a stand-in for a remote IMAP server such as Gmail. Delay is added
per chunk with its arrival time, so bandwidth is not throttled — only latency is
added, which is what makes one-round-trip-per-message clients slow.

As a module (runs its own event loop on a thread):

    with DelayProxy("127.0.0.1", 143, delay_ms=10) as proxy:
        IMAPClient("127.0.0.1", proxy.port, ssl=False)

As a script:

    python -m bench.delay_proxy --upstream 127.0.0.1:143 --delay-ms 10 [--listen-port 1143]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import threading
import time
from types import TracebackType
from typing import Self

LISTEN_HOST = "127.0.0.1"


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    """Copy reader → writer, each chunk released `delay` seconds after it arrived."""
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def receive() -> None:
        while True:
            data = await reader.read(65536)
            await queue.put((time.monotonic() + delay, data))
            if not data:
                return

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                with contextlib.suppress(OSError):
                    if writer.can_write_eof():
                        writer.write_eof()
                return
            writer.write(data)
            await writer.drain()

    receiving = asyncio.ensure_future(receive())
    try:
        await deliver()
    finally:
        receiving.cancel()
        with contextlib.suppress(asyncio.CancelledError, OSError):
            await receiving


async def _handle(
    client_reader: asyncio.StreamReader,
    client_writer: asyncio.StreamWriter,
    upstream: tuple[str, int],
    delay: float,
) -> None:
    try:
        up_reader, up_writer = await asyncio.open_connection(*upstream)
    except OSError:
        client_writer.close()
        return
    try:
        await asyncio.gather(
            _pipe(client_reader, up_writer, delay),
            _pipe(up_reader, client_writer, delay),
            return_exceptions=True,
        )
    finally:
        for w in (up_writer, client_writer):
            w.close()
            with contextlib.suppress(OSError):
                await w.wait_closed()


async def serve(
    upstream_host: str, upstream_port: int, delay_ms: float, listen_port: int = 0
) -> asyncio.Server:
    """Start the proxy in the running loop; the listening port is in server.sockets."""
    delay = delay_ms / 1000.0
    return await asyncio.start_server(
        lambda r, w: _handle(r, w, (upstream_host, upstream_port), delay),
        LISTEN_HOST,
        listen_port,
    )


class DelayProxy:
    """The proxy on its own thread and event loop; `port` is where to connect."""

    def __init__(
        self, upstream_host: str, upstream_port: int, *, delay_ms: float, listen_port: int = 0
    ) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.delay_ms = delay_ms
        self.listen_port = listen_port
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None

    def start(self) -> Self:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            serve(*self.upstream, self.delay_ms, self.listen_port), self._loop
        )
        self._server = future.result(timeout=10)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:

            async def close() -> None:
                server.close()
                for task in asyncio.all_tasks():
                    if task is not asyncio.current_task():
                        task.cancel()

            asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--upstream", required=True, help="HOST:PORT of the real server")
    parser.add_argument(
        "--delay-ms", type=float, default=10.0, help="one-way delay per direction (ms)"
    )
    parser.add_argument("--listen-port", type=int, default=0, help="0: any free port")
    args = parser.parse_args(argv)
    host, _, port = args.upstream.rpartition(":")

    async def run() -> None:
        server = await serve(host, int(port), args.delay_ms, args.listen_port)
        bound = server.sockets[0].getsockname()[1]
        rtt = 2 * args.delay_ms
        print(f"{LISTEN_HOST}:{bound} -> {args.upstream}, +{rtt:g} ms per round trip", flush=True)
        async with server:
            await server.serve_forever()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


if __name__ == "__main__":
    main()
