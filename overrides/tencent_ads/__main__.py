"""``python -m tencent_ads`` runs the ``tencent-ads`` command."""

from ._entry import main

main()
