"""``python -m bench [--quick] [--out PATH]``."""

from bench.run import main

raise SystemExit(main())
