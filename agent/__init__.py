"""MLB betting data collection agent."""

__version__ = "0.3.0"
