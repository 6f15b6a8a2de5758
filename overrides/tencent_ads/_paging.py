"""Paging through any listing of the spec (``iterate``) — the I/O-free bookkeeping shared by sync and async.

Every operation whose answer is a page of a list (``page``/``page_size``
parameters, ``data.list`` and ``data.page_info``) gets ``iterate``. A page is
fetched through the client, so a transient failure is retried (and re-signed)
before the page is used; items are yielded only from pages that arrived whole.
:class:`PageWalker` then yields every item once where items have a key (the
spec's ``x-item-key``, ``task_id`` for tasks): it remembers the keys of the
previous page, so an item that slides onto the next page while we read (new
tasks pushing old ones back) is not yielded twice — and memory stays flat
however many pages there are (an item pushed back by more than a whole page
during the walk could come twice); an item without its key cannot be recognised
again and is always yielded. Rows without a key (reports) are yielded as the
pages bring them. It stops after the last page (``page_info.total_page``), an
empty page, a short page — or a full page that brings nothing new (for keyless
rows: a page equal to the previous one): a server that ignores ``page`` would
otherwise be asked for page after page forever. That stop is logged as a
WARNING on the ``tencent_ads`` logger (the items yielded are all there were to
see, so the iteration ends normally rather than raising).
"""

from __future__ import annotations

import logging
from typing import Any, Final

from tencent_ads_api.types import UNSET, Unset

MAX_PAGE: Final = 99999

logger: Final = logging.getLogger("tencent_ads")


class PageWalker:
    """Which page to ask for next, and which items of an answer are new."""

    __slots__ = ("done", "key", "last_page", "page", "page_size", "pages_read", "previous")

    def __init__(self, page_size: int, start_page: int = 1, key: str = "task_id") -> None:
        self.page_size = page_size
        self.page = start_page
        self.pages_read = 0
        self.done = False
        #: The member naming an item across pages ("": none, as report rows).
        self.key = key
        #: The keys of the previous page (only those: memory stays flat over any number of pages).
        self.previous: set[object] = set()
        #: Keyless rows: the previous page itself (one page), to notice a server that ignores ``page``.
        self.last_page: list[Any] | None = None

    def accept(self, data: Any) -> list[Any]:
        """Take one page's answer (``data.list_``, ``data.page_info``); return the items not yielded before and
        move to the next page."""
        items = getattr(data, "list_", UNSET)
        tasks: list[Any] = [] if not isinstance(items, list) else items
        self.pages_read += 1
        if not self.key:
            repeated = bool(tasks) and tasks == self.last_page
            self.last_page = tasks
            return self._advance(data, tasks, [] if repeated else tasks)
        key = self.key
        ids: set[object] = {getattr(task, key, UNSET) for task in tasks}
        if len(ids) == len(tasks) and self.previous.isdisjoint(ids) and UNSET not in ids:
            fresh = list(tasks)  # the usual page: every id new and distinct (one C-level pass, not a loop)
        else:
            fresh = []
            seen: set[object] = set()
            for task in tasks:
                value = getattr(task, key, UNSET)
                if isinstance(value, Unset):
                    fresh.append(task)  # nothing to recognise it by: never dropped
                    continue
                if value in self.previous or value in seen:
                    continue
                seen.add(value)
                fresh.append(task)
            ids.discard(UNSET)
        self.previous = ids
        return self._advance(data, tasks, fresh)

    def _advance(self, data: Any, tasks: list[Any], fresh: list[Any]) -> list[Any]:
        total_page = None
        info = getattr(data, "page_info", UNSET)
        if not isinstance(info, Unset) and isinstance(getattr(info, "total_page", None), int):
            total_page = info.total_page
        if tasks and not fresh:
            logger.warning(
                "paging stopped at page %d: it repeated only items already seen (does the server ignore 'page'?)",
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
