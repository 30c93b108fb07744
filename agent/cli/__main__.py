"""python -m agent.cli: the same as mlb-agent."""

import sys

from agent.cli import main

sys.exit(main())
