# SPDX-License-Identifier: MIT
"""Where a corpus build's per-text work runs: in this process, in local worker processes
(``--jobs N``), or on a Dask cluster (``--scheduler``, edition.cluster).

A runner takes one function and its argument tuples and yields the results as they finish, in
any order; the corpus build puts them back in the order of its sources, so the output does not
depend on the runner. The function never raises (a text's failure is its result), so a runner
only has to survive its own failures: a worker process that dies, a task past its time limit.
When the build is stopped (Ctrl-C, SIGTERM), ``stop()`` ends every worker at once and hands
back the results that were finished but not yet taken, so that none is lost.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import wait
from typing import Any, Protocol


class Runner(Protocol):
    description: str  # for the user, after "building N texts": "in 2 processes", …
    dashboard: str | None  # a page showing the work as it runs, if the runner has one

    def run(self, func: Callable[..., Any], tasks: list[tuple], names: list[str],
            lost: Callable[[tuple, str], Any]) -> Iterator[Any]:
        """``func(*task)`` for every task (``names[i]`` names ``tasks[i]``, for logs and
        dashboards); a task that cannot be run at all (its worker kept dying, or it ran past
        the time limit) yields ``lost(task, reason)`` instead."""

    def stop(self) -> list[Any]:
        """End every worker now; the results finished but not yet yielded."""

    def close(self) -> None: ...


class InProcess:
    description = "in this process"
    dashboard = None

    def run(self, func, tasks, names, lost):
        for task in tasks:
            yield func(*task)

    def stop(self) -> list:
        return []

    def close(self) -> None:
        pass


class Processes:
    """``jobs`` worker processes, each given one task at a time (``--jobs``). A worker that
    dies has its task run again by a new one; a task in hand at ``RETRIES`` deaths is given up
    (``lost``). A task running past ``timeout`` seconds is given up at once, its worker killed
    and replaced.

    Each worker is the leader of a process group of its own, so that killing it kills what it
    started (FOP processes) too, and a terminal's Ctrl-C reaches this process alone, which then
    stops the workers; a worker dies with this process even if this one is killed outright
    (``PR_SET_PDEATHSIG``, on Linux)."""

    dashboard = None
    RETRIES = 3

    def __init__(self, jobs: int, timeout: float | None = None):
        self.jobs = jobs
        self.timeout = timeout
        self.description = f"in {jobs} processes" if jobs > 1 else "in 1 worker process"
        self.started = 0  # worker processes started, for tests and reports
        self._workers: list[_Worker] = []
        self._unclaimed: list[Any] = []

    def run(self, func, tasks, names, lost):
        if len(tasks) <= 1 and self.timeout is None:  # not worth a process
            yield from InProcess().run(func, tasks, names, lost)
            return
        pending = list(range(len(tasks)))
        pending.reverse()  # popped from the end: in order
        deaths = [0] * len(tasks)
        try:
            while pending or any(w.task is not None for w in self._workers):
                for worker in self._workers:
                    if worker.task is None and pending:
                        worker.give(pending.pop(), tasks)
                while pending and len(self._workers) < self.jobs:
                    self._workers.append(self._start(func))
                    self._workers[-1].give(pending.pop(), tasks)
                busy = [w for w in self._workers if w.task is not None]
                wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                     self._wait_time(busy))
                for worker in busy:
                    index, ended = worker.task, False
                    if worker.conn.poll():
                        try:
                            result = worker.conn.recv()
                        except (EOFError, OSError):  # it died, maybe while sending it
                            ended = True
                        else:
                            worker.task = None
                            yield result
                            continue
                    if ended or not worker.process.is_alive():
                        self._retire(worker)
                        deaths[index] += 1
                        if deaths[index] >= self.RETRIES:
                            yield lost(tasks[index], f"its worker process died {deaths[index]} "
                                                     f"times ({worker.how_it_ended()})")
                        else:
                            pending.append(index)
                    elif worker.overdue():
                        self._retire(worker)
                        yield lost(tasks[index], f"stopped after {self.timeout:g} s (--timeout "
                                                 f"{self.timeout:g}); its worker was replaced")
        finally:
            self._shut_down()

    def _start(self, func) -> _Worker:
        worker = _Worker(func, self.timeout)
        self.started += 1
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        self._workers.remove(worker)

    def _wait_time(self, busy: list[_Worker]) -> float | None:
        if self.timeout is None:
            return None
        return max(0.0, min(w.deadline for w in busy) - time.monotonic())

    def _shut_down(self) -> None:
        """End every worker: those with a result ready first give it up (``stop``)."""
        for worker in self._workers:
            if worker.task is not None and worker.conn.poll():
                try:
                    self._unclaimed.append(worker.conn.recv())
                except (EOFError, OSError):
                    pass
            worker.kill()
        self._workers.clear()

    def stop(self) -> list:
        self._shut_down()
        taken, self._unclaimed = self._unclaimed, []
        return taken

    def close(self) -> None:
        self._shut_down()


class _Worker:
    """One worker process and the pipe its tasks and results go through."""

    def __init__(self, func, timeout: float | None):
        self.conn, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=_serve, args=(child, func, os.getpid()),
                                               daemon=True)
        self.process.start()
        child.close()
        try:  # also here, not only in the worker: a kill sent before it ran must reach it
            os.setpgid(self.process.pid, self.process.pid)
        except OSError:
            pass
        self.timeout = timeout
        self.task: int | None = None
        self.deadline = 0.0

    def give(self, index: int, tasks: list[tuple]) -> None:
        self.task = index
        self.deadline = time.monotonic() + (self.timeout or 0)
        self.conn.send(tasks[index])

    def overdue(self) -> bool:
        return self.timeout is not None and time.monotonic() >= self.deadline

    def how_it_ended(self) -> str:
        code = self.process.exitcode
        if code is not None and code < 0:
            return f"killed by {signal.Signals(-code).name}"
        return f"exit code {code}"

    def kill(self) -> None:
        """The worker and every process it started, at once."""
        for send in (lambda: os.killpg(self.process.pid, signal.SIGKILL),
                     lambda: os.kill(self.process.pid, signal.SIGKILL)):
            try:
                send()
                break
            except OSError:  # not a group leader yet, or already gone
                continue
        self.process.join()
        self.conn.close()


def _serve(conn, func, parent: int) -> None:
    """A worker: tasks in, results out, until the pipe closes."""
    os.setpgid(0, 0)
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process stops us
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(func(*task))


def _die_with(parent: int) -> None:
    """Be killed when the process that started us ends, however it ends (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the main process's clean-up must do
        return
    if os.getppid() != parent:  # it ended before we asked
        os._exit(1)


def make_runner(jobs: int | None = None, scheduler: str | None = None,
                timeout: float | None = None) -> Runner:
    """The runner asked for: a Dask cluster (``scheduler``), else ``jobs`` processes; a time
    limit per text (``timeout``) needs a worker process to kill, even for one job."""
    if scheduler:
        from edition.cluster import DaskRunner  # Dask is only imported when asked for

        return DaskRunner(scheduler)
    if timeout is not None or (jobs and jobs > 1):
        return Processes(jobs or 1, timeout)
    return InProcess()
