# SPDX-License-Identifier: MIT
"""Where a corpus build's per-text work runs: in this process, in a pool of local processes
(``--jobs N``), or on a Dask cluster (``--scheduler``, edition.cluster).

A runner takes one function and its argument tuples and yields the results as they finish, in
any order; the corpus build puts them back in the order of its sources, so the output does not
depend on the runner. The function never raises (a text's failure is its result), so a runner
only has to survive its own failures (a worker process that dies).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol


class Runner(Protocol):
    description: str  # for the user: "2 processes", "Dask cluster tcp://…, 2 workers"
    dashboard: str | None  # a page showing the work as it runs, if the runner has one

    def run(self, func: Callable[..., Any], tasks: list[tuple], names: list[str],
            lost: Callable[[tuple, str], Any]) -> Iterator[Any]:
        """``func(*task)`` for every task (``names[i]`` names ``tasks[i]``, for logs and
        dashboards); a task that cannot be run at all (its worker kept dying) yields
        ``lost(task, reason)`` instead."""

    def close(self) -> None: ...


class InProcess:
    description = "in this process"
    dashboard = None

    def run(self, func, tasks, names, lost):
        for task in tasks:
            yield func(*task)

    def close(self) -> None:
        pass


class Processes:
    """``jobs`` local worker processes (``--jobs``). A worker that dies breaks Python's pool
    (every task in it fails): the tasks not finished then run again in a new pool, as Dask
    would; one that was in hand at ``RETRIES`` breaks is given up (``lost``)."""

    dashboard = None
    RETRIES = 3

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.description = f"{jobs} processes"

    def run(self, func, tasks, names, lost):
        if len(tasks) <= 1:
            yield from InProcess().run(func, tasks, names, lost)
            return
        pending = list(range(len(tasks)))  # indexes of tasks not finished
        breaks = [0] * len(tasks)  # pools broken while each task was unfinished
        while pending:
            broken = False
            with ProcessPoolExecutor(max_workers=self.jobs) as pool:
                futures = {pool.submit(func, *tasks[i]): i for i in pending}
                unfinished = set(pending)
                for future in as_completed(futures):
                    i = futures[future]
                    try:
                        result = future.result()
                    except BrokenProcessPool:  # a worker died: the pool is gone
                        broken = True
                        continue
                    unfinished.discard(i)
                    yield result
            pending = sorted(unfinished) if broken else []
            for i in list(pending):
                breaks[i] += 1
                if breaks[i] >= self.RETRIES:
                    pending.remove(i)
                    yield lost(tasks[i], f"its worker process died {breaks[i]} times")

    def close(self) -> None:
        pass


def make_runner(jobs: int | None = None, scheduler: str | None = None) -> Runner:
    """The runner asked for: a Dask cluster (``scheduler``), else ``jobs`` processes."""
    if scheduler:
        from edition.cluster import DaskRunner  # Dask is only imported when asked for

        return DaskRunner(scheduler)
    return Processes(jobs) if jobs and jobs > 1 else InProcess()

