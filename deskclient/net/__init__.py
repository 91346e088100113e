"""Everything Telegram. Only this package may import Telethon."""
