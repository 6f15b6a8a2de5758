"""Hand-written extras of a tag's generated resource: ``<tag>.py`` with ``SyncExtras`` and ``AsyncExtras``.

``scripts/regenerate`` makes the tag's resource inherit them. Only behaviour the
spec cannot say lives here (paging through every page, waiting for a task).
"""
