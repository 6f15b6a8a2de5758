"""Paging through ``async_tasks/get`` — the I/O-free bookkeeping shared by sync and async iteration.

A page is fetched through the client, so a transient failure is retried (and
re-signed) before the page is used; tasks are yielded only from pages that
arrived whole. :class:`PageWalker` then yields every task once: it remembers
the ids of the previous page, so a task that slides onto the next page while we
read (new tasks pushing old ones back) is not yielded twice — and memory stays
flat however many pages there are (a task pushed back by more than a whole page
during the walk could come twice; the API's pages hold up to 100); a task without a
``task_id`` cannot be recognised again and is always yielded. It stops after
the last page (``page_info.total_page``), an empty page, a short page — or a
full page that brings no task not seen before: a server that ignores ``page``
would otherwise be asked for page after page forever. That stop is logged as
a WARNING on the ``tencent_ads`` logger (the tasks yielded are all there were
to see, so the iteration ends normally rather than raising).
"""

from __future__ import annotations

import logging
from typing import Final

from tencent_ads_api.models.async_task import AsyncTask
from tencent_ads_api.models.async_tasks_get_data import AsyncTasksGetData
from tencent_ads_api.types import UNSET, Unset

MAX_PAGE: Final = 99999

logger: Final = logging.getLogger("tencent_ads")


class PageWalker:
    """Which page to ask for next, and which tasks of an answer are new."""

    __slots__ = ("done", "page", "page_size", "pages_read", "previous")

    def __init__(self, page_size: int, start_page: int = 1) -> None:
        self.page_size = page_size
        self.page = start_page
        self.pages_read = 0
        self.done = False
        #: The ids of the previous page (only those: memory stays flat over any number of pages).
        self.previous: set[object] = set()

    def accept(self, data: AsyncTasksGetData) -> list[AsyncTask]:
        """Take one page's answer; return the tasks not yielded before and move to the next page."""
        tasks = [] if isinstance(data.list_, Unset) else data.list_
        self.pages_read += 1
        ids: set[object] = {task.task_id for task in tasks}
        if len(ids) == len(tasks) and self.previous.isdisjoint(ids) and UNSET not in ids:
            fresh = list(tasks)  # the usual page: every id new and distinct (one C-level pass, not a loop)
        else:
            fresh = []
            seen: set[object] = set()
            for task in tasks:
                key = task.task_id
                if isinstance(key, Unset):
                    fresh.append(task)  # nothing to recognise it by: never dropped
                    continue
                if key in self.previous or key in seen:
                    continue
                seen.add(key)
                fresh.append(task)
            ids.discard(UNSET)
        self.previous = ids
        total_page = None
        info = data.page_info
        if not isinstance(info, Unset) and isinstance(info.total_page, int):
            total_page = info.total_page
        if tasks and not fresh:
            logger.warning(
                "paging stopped at page %d: it repeated only tasks already seen (does the server ignore 'page'?)",
                self.page,
            )
            self.done = True
        elif (
            not tasks
            or len(tasks) < self.page_size
            or (total_page is not None and self.page >= total_page)
            or self.page >= MAX_PAGE
        ):
            self.done = True
        else:
            self.page += 1
        return fresh
