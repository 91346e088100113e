"""Persistence behind a small repository API (`TicketStore`); Peewee stays in here."""
