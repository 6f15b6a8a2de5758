# GENERATED FILE — DO NOT EDIT.
# Produced by scripts/regenerate from spec/tencent-ads-v3.yaml with
# openapi-python-client 0.29.1 and ruff 0.17.6.
# Change the spec, spec/generator-config.yaml or the tencent_ads override layer, then regenerate.
"""What scripts/regenerate derives from the spec for the ``tencent_ads`` client — never edited by hand.

``spec_data``: every operation with its parameters, body and rules; ``resources``: the typed resources of
``Client``/``AsyncClient``, one module per tag; ``bodies``: the request bodies' TypedDicts; ``decoders``: one
decoder per response model. The hand-written package ``tencent_ads`` imports these; they import only its
leaf modules (``_descriptors``, ``_lenient``, ``_resource`` and a tag's ``_extras``).
"""
