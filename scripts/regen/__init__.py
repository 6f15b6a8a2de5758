"""The parts of ``scripts/regenerate``, one per stage and construct (the script itself is the entry point).

``common`` (pins, paths, the error, reading YAML), ``view`` (the generator's view, its run, its output's
post-processing), ``read`` (the spec's operations, parameters, bodies and answers as the client needs them),
``render`` (``spec_data``, ``bodies``, ``resources``), ``decoders`` (one decoder per response model).
"""
