"""deskclient: the citizen-service desk on Telegram."""

__version__ = "0.1.0"
