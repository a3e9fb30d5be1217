# SPDX-License-Identifier: MIT
"""Corpus builds on Dask distributed (``edition build DIR --scheduler ADDRESS``).

ADDRESS is a running scheduler (``tcp://host:8786``; its workers started with ``dask worker``),
or ``local:N``: a ``LocalCluster`` of N single-threaded worker processes on this machine, closed
with the build. Each text is one task, so Dask does the placing, the retrying and the bookkeeping:
a worker that dies has its tasks run again on another (up to Dask's
``distributed.scheduler.allowed-failures``, then the text is reported failed, never silently
lost). Tasks are submitted in batches, so a client does not hold 10^6 futures at once.

Workers read the sources and write OUT themselves: on several hosts both must be one shared
folder mounted at the same path everywhere (README, "Corpus builds on a Dask cluster"). Paths
are made absolute before they are sent.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from edition.errors import EditionError

LOCAL = re.compile(r"^local:(\d+)$")
BATCH = 2000  # tasks in flight at once: enough to keep any cluster busy, few enough to hold


class DaskRunner:
    def __init__(self, address: str):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EditionError("--scheduler needs Dask distributed: pip install "
                               "'dask[distributed]'") from None
        self.cluster = None
        self._futures: dict = {}
        local = LOCAL.match(address)
        try:
            if local:
                workers = int(local[1])
                if workers < 1:
                    raise EditionError(f"--scheduler {address}: at least one worker (local:1)")
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                            processes=True, dashboard_address=_dashboard(),
                                            silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            elif "://" in address or ":" in address:
                self.client = Client(address, timeout="10s")
            else:
                raise EditionError(f"--scheduler {address!r}: give a scheduler's address "
                                   "(tcp://host:8786) or local:N")
        except EditionError:
            raise
        except (OSError, TimeoutError, RuntimeError) as err:
            self.close()
            if local:
                raise EditionError(f"cannot start a local Dask cluster ({address}): {err}") from None
            raise EditionError(f"cannot reach the Dask scheduler at {address}: {err}") from None
        workers = len(self.client.scheduler_info().get("workers", {}))
        where = "a local Dask cluster" if local else f"the Dask scheduler {address}"
        self.description = f"with {where}, {workers} worker{'s' * (workers != 1)}"
        self.dashboard = self._dashboard_link()

    def _dashboard_link(self) -> str | None:
        try:
            return self.client.dashboard_link if self.client.scheduler_info().get(
                "services", {}).get("dashboard") else None
        except Exception:  # no dashboard service: nothing to show
            return None

    def run(self, func: Callable[..., Any], tasks: list[tuple], names: list[str],
            lost: Callable[[tuple, str], Any]) -> Iterator[Any]:
        from distributed import as_completed

        pending = iter(zip(tasks, names))
        futures = self._futures = {}

        def submit(count: int):
            for task, name in islice(pending, count):
                future = self.client.submit(func, *task, pure=False,
                                            key=f"edition-build-{name}-{uuid.uuid4().hex[:12]}")
                futures[future] = task
                yield future

        flowing = as_completed(list(submit(BATCH)))
        for future in flowing:
            task = futures.pop(future)
            if future.status == "finished":
                yield future.result()
            else:  # the task could not run: its workers kept dying (KilledWorker), say
                error = future.exception()
                yield lost(task, f"Dask could not run it: {type(error).__name__}: {error}")
            future.release()
            for more in submit(1):
                flowing.add(more)

    def stop(self) -> list[Any]:
        """The tasks finished but not yet taken; the others cancelled (a task a worker is
        running goes on to its end: Dask cannot stop it, and its result is dropped)."""
        finished, self._futures = self._futures, {}
        results = []
        for future in finished:
            try:
                if future.status == "finished":
                    results.append(future.result(timeout=5))
                else:
                    future.cancel()
            except Exception:  # the cluster is going away: nothing more to save
                pass
        return results

    def close(self) -> None:
        for thing in (getattr(self, "client", None), self.cluster):
            if thing is not None:
                try:
                    thing.close()
                except Exception:  # closing after a failure: nothing more to save
                    pass


def _dashboard() -> str | None:
    """A free port for the dashboard, when its dependency (bokeh) is installed."""
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return None
    return "127.0.0.1:0"
