"""``python -m bench [--quick] [--only SECTION] [--out PATH]``."""

from bench.run import main

raise SystemExit(main())
