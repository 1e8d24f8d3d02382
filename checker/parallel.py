"""A step run on a second core: a forked child works beside the parent, sharing its data.

The child inherits what the parent has built (copy-on-write: nothing is pickled on the way
in) and sends its result back pickled through a pipe. Where fork is not used (not Linux,
one core, a small input) or the child fails in any way, the parent runs the step itself: the
result is the same either way, only the time differs.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

#: Below this many claims a step is not worth a fork (a fork of a large process, and the
#: pickling back, cost tens of milliseconds; at 10^4 claims a whole check takes a few hundred).
FORK_MIN_ROWS = 200_000


def cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def worth_forking(size: int, minimum: int = FORK_MIN_ROWS) -> bool:
    """Whether a step over ``size`` claims (or bytes, with their ``minimum``) goes to a
    second core: on Linux (fork is safe for numpy and pandas there; macOS's system libraries
    are not), with two cores or more, for large inputs only."""
    return sys.platform.startswith("linux") and size >= minimum and cores() >= 2


class Beside(Generic[T]):
    """``function()``, running in a forked child from construction until ``result()``."""

    def __init__(self, function: Callable[[], T], fork: bool) -> None:
        self._function = function
        self._pid = 0
        self._pipe = -1
        if fork:
            self._start()

    def _start(self) -> None:
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no memory or too many processes: run it here
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: never returns
            os.close(read)
            _run_child(self._function, write)
        os.close(write)
        self._pid, self._pipe = pid, read

    def result(self) -> T:
        """The child's result, or ``function()`` run here if there is no child or it failed."""
        if not self._pid:
            return self._function()
        with os.fdopen(self._pipe, "rb") as pipe:
            self._pipe = -1
            payload = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if os.waitstatus_to_exitcode(status) == 0 and payload:
            try:
                return pickle.loads(payload)
            except Exception:  # noqa: BLE001, S110 - a result that does not load: run it here
                pass
        return self._function()

    def close(self) -> None:
        """Stop the child if it is still at work (its result is not wanted)."""
        if self._pipe >= 0:
            os.close(self._pipe)
            self._pipe = -1
        if self._pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0


@contextlib.contextmanager
def beside(function: Callable[[], T], fork: bool) -> Iterator[Beside[T]]:
    """``function()`` on a second core (when ``fork``) while the ``with`` body runs here;
    ``.result()`` gives its value. Leaving the body without asking stops the child."""
    step = Beside(function, fork)
    try:
        yield step
    finally:
        step.close()


def _run_child(function: Callable[[], object], pipe: int) -> None:
    """Run ``function``, write its pickled result to ``pipe`` and exit without cleaning up
    (the parent's buffers, atexit hooks and temporary files are the parent's)."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: the parent reports it
        payload = pickle.dumps(function(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(pipe, "wb") as out:
            out.write(payload)
        code = 0
    except BaseException:  # noqa: BLE001, S110 - the parent runs the step itself
        pass
    finally:
        os._exit(code)
