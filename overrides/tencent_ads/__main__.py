"""``python -m tencent_ads`` runs the ``tencent-ads`` command."""

from .cli import main

main()
