"""``python -m wushuang``: the ``wushuang`` command line."""

from wushuang._cli import main

if __name__ == "__main__":
    main()
