"""The benchmark: wushuang against the official openai SDK, the low-level client and raw httpx.

``python -m bench`` (or ``nox -s bench``) measures every peer side by side in one run, on the same bytes, and
writes ``bench/results.json``. ``BENCHMARKS.md`` explains the method and the figures.
"""
