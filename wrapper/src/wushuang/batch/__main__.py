"""``python -m wushuang.batch run IN -o OUT``: the ``wushuang batch`` commands without the ``wushuang`` command."""

from wushuang.batch._cli import batch

batch(prog_name="python -m wushuang.batch")
