"""The rules of the desk, free of Qt, Telethon and Peewee so they test in milliseconds."""
