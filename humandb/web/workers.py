"""Where a visitor's requests run: a thread of their own, off the event loop.

A humandb connection belongs to the thread that made it (threadsafety = 1), so each visitor's brain is
opened on a thread made for them, every request of theirs runs there in the order it came, and the
brain is closed there when they are let go. The event loop only hands work over and awaits it:
waiting (Dave's beats) stays asynchronous, and the sockets are served while any brain is busy. How
many threads work at once is decided before the work is handed over (humandb/web/turns.py); a
thread waiting for its next job costs nothing but its stack.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import queue
import threading
from collections.abc import Callable
from typing import TypeVar

from humandb.connection import Connection

__all__ = ["Gone", "Job", "Worker", "few_arenas", "give_memory_back"]

T = TypeVar("T")


class Gone(Exception):  # noqa: N818 - a state of the visitor, answered with a 503
    """The visitor's brain was let go before this request's turn came."""


# A job is handed a function that gives the visitor's brain (opening it, on this thread, the first time).
Job = Callable[[Callable[[], Connection]], None]


class Worker:
    """One visitor's thread: their jobs, one at a time, in the order they were handed over.

    The brain is opened by the first job that asks for it (inside that job, so opening a brain takes a
    turn like any other work) and closed on the thread when the visitor is let go.
    """

    def __init__(self, open_brain: Callable[[], Connection], name: str) -> None:
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._open_brain = open_brain
        self._connection: Connection | None = None
        self.closed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> None:
        """Hand `job` over: it runs after the jobs handed over before it. Gone if the visitor was let go.
        The job answers for its own failures: whatever it raises is lost."""
        if self.closed:
            raise Gone("the visitor's brain was let go")
        self._jobs.put(job)

    def call(self, work: Callable[[Connection], T]) -> T:
        """`work(brain)` run on the thread, waited for here (for callers that are not an event loop)."""
        done: concurrent.futures.Future[T] = concurrent.futures.Future()

        def job(brain: Callable[[], Connection]) -> None:
            try:
                done.set_result(work(brain()))
            except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
                done.set_exception(error)

        self.submit(job)
        return done.result()

    def _brain(self) -> Connection:
        if self._connection is None:
            self._connection = self._open_brain()
        return self._connection

    def close(self) -> None:
        """Let the brain go: it is closed on its thread after the jobs already handed over, then the thread ends."""
        if not self.closed:
            self.closed = True
            self._jobs.put(None)

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            with contextlib.suppress(Exception):  # a job answers for itself: nothing it raises may end the thread
                job(self._brain)
        if self._connection is not None and not self._connection.closed:
            with contextlib.suppress(Exception):  # an in-memory brain going away: nothing left to save
                self._connection.close()
            give_memory_back()


_TRIM_AFTER = 1.0  # seconds: trimming walks the whole heap, so a crowd leaving at once is trimmed for once
_trim_lock = threading.Lock()
_trim_pending = [False]


def give_memory_back() -> None:
    """Return the memory freed by brains let go to the operating system (glibc's malloc_trim), a second
    from now: every brain let go before then is returned by the same trim.

    A brain is thousands of small pages spread among malloc's arenas (one per few threads); freed,
    they stay the process's until trimmed, so the server's size would only ever grow back to its peak.
    Elsewhere (another libc, another system) this does nothing.
    """
    trim = _malloc_trim()
    if trim is None:
        return
    with _trim_lock:
        if _trim_pending[0]:
            return
        _trim_pending[0] = True

    def trim_now() -> None:
        with _trim_lock:
            _trim_pending[0] = False
        trim(0)

    timer = threading.Timer(_TRIM_AFTER, trim_now)
    timer.daemon = True
    timer.start()


def few_arenas(count: int = 2) -> None:
    """Let malloc keep at most `count` arenas (glibc's M_ARENA_MAX), however many threads there are.

    glibc gives threads arenas of their own, up to eight per core: with a thread per visitor, memory a
    brain freed in one arena is not there for the next brain made in another, and the server's size
    creeps up after every crowd. A few shared arenas cost little here: the threads spend their time in
    SQLite and Python, which allocate little at a time. Elsewhere this does nothing.
    """
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(-8, count)  # M_ARENA_MAX in malloc.h
    except (OSError, AttributeError, ImportError, TypeError):
        return


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # the C library the process already runs on
    except (OSError, AttributeError, ImportError, TypeError):
        return None
    return trim
