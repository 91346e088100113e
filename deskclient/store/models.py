"""Peewee models, built per database so that several stores can live in one process.

Two workstations in one test, or a store on SQLite beside one on PostgreSQL, each get
their own bound classes from `bind_models(db)`.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

import peewee as pw

from ..domain.clock import UTC


class UtcDateTimeField(pw.DateTimeField):
    """Aware UTC datetimes in Python, naive UTC in the database (same on both engines)."""

    def db_value(self, value):
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


def bind_models(db: pw.Database) -> SimpleNamespace:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class SchemaVersion(Base):
        version = pw.IntegerField()
        applied_at = UtcDateTimeField()

    class Counter(Base):
        """Per-year ticket sequence; the row lock serialises numbering across workstations."""
        name = pw.CharField(primary_key=True, max_length=40)
        value = pw.BigIntegerField(default=0)

    class Agent(Base):
        login = pw.CharField(unique=True, max_length=120)
        display_name = pw.CharField(max_length=200)
        role = pw.CharField(max_length=10, default="agent")
        active = pw.BooleanField(default=True)
        created_at = UtcDateTimeField()

    class Citizen(Base):
        account = pw.CharField(max_length=64)
        address = pw.BigIntegerField()
        name = pw.CharField(max_length=300, default="")
        # Set when a lead rectified the name (a data-subject request): Telegram's
        # display name no longer overwrites it.
        name_rectified = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")])
        # Schema v7: the name folded for searches (folded_names.py), written with it.
        search_name = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])
        username = pw.CharField(max_length=64, null=True)
        phone = pw.CharField(max_length=32, null=True)
        language = pw.CharField(max_length=8, null=True)
        created_at = UtcDateTimeField()
        # Schema v6: Telegram's access hash of this user for the service account, so
        # that any duty holder can address them (real Telegram refuses a wrong one).
        access_hash = pw.BigIntegerField(null=True)
        # Schema v7: Telegram's read receipt, the id up to which the citizen has read
        # what the account sent them (their messages up to it show "seen").
        seen_up_to = pw.BigIntegerField(null=True)
        # Schema v8: the network the citizen writes from (domain/channels.py). The same
        # person on two channels is two citizens. `address` holds the channel's
        # conversation address (a WhatsApp wa_id's digits), named for the first channel.
        channel = pw.CharField(max_length=16, default="telegram", constraints=[pw.SQL("DEFAULT 'telegram'")])
        # Schema v13: citizens a lead linked as one person share it (migration_v13.py).
        person_id = pw.BigIntegerField(null=True)

        class Meta:
            indexes = ((("account", "address"), True),)

    class Ticket(Base):
        number = pw.CharField(unique=True, max_length=40)
        citizen = pw.ForeignKeyField(Citizen, backref="tickets", on_delete="CASCADE")
        status = pw.CharField(max_length=10, default="open", index=True)
        # True while open or closing: the partial unique index on it is what keeps a
        # citizen to one active ticket, whichever workstation got the message first.
        active = pw.BooleanField(default=True)
        language = pw.CharField(max_length=8)
        category = pw.CharField(max_length=120, null=True)
        # Schema v7 (issue 14): "asked" while the opening message's category question waits
        # for the citizen's answer, "citizen" once they chose (an agent's change clears it).
        category_choice = pw.CharField(max_length=10, null=True)
        assignee = pw.ForeignKeyField(Agent, null=True, backref="tickets", on_delete="SET NULL")
        opened_at = UtcDateTimeField(index=True)
        first_response_due = UtcDateTimeField(index=True)
        first_response_at = UtcDateTimeField(null=True)
        closing_at = UtcDateTimeField(null=True)
        closed_at = UtcDateTimeField(null=True, index=True)
        last_message_at = UtcDateTimeField()
        last_preview = pw.CharField(max_length=200, default="")
        out_of_hours_notified = pw.BooleanField(default=False)
        citizen_wrote_while_closing = pw.BooleanField(default=False)
        unread = pw.IntegerField(default=0)
        # Legal hold (schema v2): a held ticket is exempt from the retention purge.
        hold_reason = pw.CharField(max_length=300, null=True)
        held_at = UtcDateTimeField(null=True)
        held_by = pw.IntegerField(null=True)  # agent id; plain, so Ticket joins Agent one way

    class Message(Base):
        ticket = pw.ForeignKeyField(Ticket, backref="messages", on_delete="CASCADE")
        citizen = pw.ForeignKeyField(Citizen, on_delete="CASCADE")
        kind = pw.CharField(max_length=8)  # in / out / system / note
        notice = pw.CharField(max_length=20, null=True)  # which automatic message
        author = pw.ForeignKeyField(Agent, null=True, on_delete="SET NULL")
        text = pw.TextField(default="")
        entities = pw.TextField(null=True)  # JSON of Telegram formatting entities
        channel_message_id = pw.BigIntegerField(null=True)
        created_at = UtcDateTimeField()
        reply_to_channel_message_id = pw.BigIntegerField(null=True)
        reply_quote = pw.TextField(null=True)
        forward_from = pw.CharField(max_length=300, null=True)
        forward_date = UtcDateTimeField(null=True)
        edited_at = UtcDateTimeField(null=True)
        deleted_at = UtcDateTimeField(null=True)
        delivery = pw.CharField(max_length=8, null=True)  # queued / sent / failed (outgoing)
        random_id = pw.BigIntegerField(null=True)  # Telegram's dedup key, fixed before sending
        sent_at = UtcDateTimeField(null=True)
        failure = pw.CharField(max_length=300, null=True)
        # Schema v6, the outbox: tries Telegram refused so far, and when to try again.
        attempts = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])
        next_try_at = UtcDateTimeField(null=True)
        # Schema v7: "edit" or "delete" of this sent message that the duty holder still has
        # to make on Telegram (asked for on a workstation without a session); the record
        # already shows it. `attempts`, `next_try_at` and `failure` then follow its tries.
        pending_change = pw.CharField(max_length=8, null=True)
        # Schema v8: the channel's own id when not an int (WhatsApp's wamid); then
        # `channel_message_id` is its hash (made by net/whatsapp), unique like Telegram's ids.
        external_id = pw.TextField(null=True)
        # Schema v10 (WhatsApp, whose sends are not idempotent): handed to the channel and
        # not yet answered (store/delivery_status.py); and "delivered"/"read" as the
        # channel reported it for this message.
        in_flight_since = UtcDateTimeField(null=True)
        receipt = pw.CharField(max_length=10, null=True)
        # Schema v16: "<name> (<language>)" of the approved template it was handed to
        # WhatsApp as (outside the 24-hour window); NULL when it went as written.
        sent_as_template = pw.CharField(max_length=600, null=True)

        class Meta:
            indexes = (
                # Telegram message ids are unique per account: a second delivery collides.
                (("citizen", "channel_message_id"), True),
                (("ticket", "created_at", "id"), False),  # a thread, in order, by window
            )

    class MessageEdit(Base):
        message = pw.ForeignKeyField(Message, backref="edits", on_delete="CASCADE")
        previous_text = pw.TextField()
        replaced_at = UtcDateTimeField()

    class Attachment(Base):
        message = pw.ForeignKeyField(Message, backref="attachments", on_delete="CASCADE")
        kind = pw.CharField(max_length=10)
        file_name = pw.CharField(max_length=255)
        mime = pw.CharField(max_length=100, default="")
        size = pw.BigIntegerField()
        sha256 = pw.CharField(max_length=64, null=True)
        stored_path = pw.CharField(max_length=500, null=True)  # relative to the files dir
        kept = pw.BooleanField()
        refusal = pw.CharField(max_length=300, null=True)
        # Schema v6: the message is filed before its file is fetched. "arriving" until
        # the bytes are kept (or refused), then "done"; "failed" if it could not be had.
        state = pw.CharField(max_length=10, default="done", constraints=[pw.SQL("DEFAULT 'done'")])
        # Schema v7: the bytes are in `file_chunk` (team mode), written in the transaction
        # that kept the file; False on SQLite (the files dir is the store) and for files
        # kept before v7 (only the workstation that fetched them has them).
        in_store = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")])
        # Schema v7: a voice note's or a video's length in seconds, from Telegram's
        # attribute, shown in its bubble before anything is played.
        duration = pw.IntegerField(null=True)
        # Schema v14: an arriving file's IncomingFile.ref, to fetch it again after a crash
        # (a WhatsApp media id is nowhere else); NULL on rows filed before v14.
        fetch_ref = pw.CharField(max_length=200, null=True)

    class FileChunk(Base):
        """Schema v7: a kept file's bytes in the shared store, 256 KiB a row in order, so
        no process ever holds a whole 20 MB value. They go with their attachment."""
        attachment = pw.ForeignKeyField(Attachment, on_delete="CASCADE", backref="+")
        seq = pw.IntegerField()
        data = pw.BlobField()

        class Meta:
            primary_key = pw.CompositeKey("attachment", "seq")

    class AuditEvent(Base):
        at = UtcDateTimeField(index=True)
        agent = pw.ForeignKeyField(Agent, null=True, on_delete="SET NULL")
        action = pw.CharField(max_length=40, index=True)
        ticket = pw.ForeignKeyField(Ticket, null=True, on_delete="SET NULL")
        detail = pw.TextField(default="")  # never message content

    class CannedResponse(Base):
        title = pw.CharField(max_length=120)
        language = pw.CharField(max_length=8)
        body = pw.TextField()
        # What an agent types after "/" in the composer; the same on every language's row
        # of a title (schema v7).
        shortcut = pw.CharField(max_length=40, default="")

        class Meta:
            indexes = ((("title", "language"), True),)

    class GroupLeft(Base):
        """Groups and channels the account was added to and left (PRODUCT.md rule 5)."""
        account = pw.CharField(max_length=64)
        chat_id = pw.BigIntegerField()
        title = pw.CharField(max_length=300, default="")
        left_at = UtcDateTimeField()

    class GroupLeave(Base):
        """A group the account must leave (schema v6): pending until Telegram confirms
        it; only then is a GroupLeft row written."""
        account = pw.CharField(max_length=64)
        chat_id = pw.BigIntegerField()
        title = pw.CharField(max_length=300, default="")
        added_at = UtcDateTimeField()
        attempts = pw.IntegerField(default=0)
        last_error = pw.CharField(max_length=200, null=True)
        next_try_at = UtcDateTimeField(null=True)

        class Meta:
            indexes = ((("account", "chat_id"), True),)

    class HistoryDelete(Base):
        """A chat whose history the service account must delete on Telegram (schema v7,
        issue 14): queued by the purge or an erasure, pending until Telegram confirms it
        (store/history_deletes.py). `max_id`: the newest message id of what was purged."""
        account = pw.CharField(max_length=64)
        address = pw.BigIntegerField()
        access_hash = pw.BigIntegerField(null=True)
        max_id = pw.BigIntegerField()
        reason = pw.CharField(max_length=10)  # purge / erasure
        queued_at = UtcDateTimeField()
        attempts = pw.IntegerField(default=0)
        last_error = pw.CharField(max_length=200, null=True)
        next_try_at = UtcDateTimeField(null=True)

        class Meta:
            indexes = ((("account", "address"), True),)

    class ServiceNode(Base):
        """One running desk process (schema v6), for `deskclient status`: who it is,
        whether it holds the duty, its Telegram connection, when it was last seen."""
        node = pw.CharField(primary_key=True, max_length=120)
        host = pw.CharField(max_length=120)
        pid = pw.IntegerField()
        mode = pw.CharField(max_length=10)  # serve / window / both
        started_at = UtcDateTimeField()
        seen_at = UtcDateTimeField()
        connection = pw.CharField(max_length=20, default="offline")
        duty = pw.BooleanField(default=False)
        # Schema v15: each channel's connection, "telegram:online,whatsapp:offline";
        # `connection` is the desk's combined state. NULL from a node older than v15.
        channels = pw.CharField(max_length=100, null=True)
        # Schema v19: {use: template name} of its [whatsapp.templates], JSON, for the
        # team's workstations (store/service_nodes.py). NULL: no WhatsApp on this node.
        templates = pw.TextField(null=True)

    class TicketStat(Base):
        """Anonymous figures of a ticket closed for good (schema v2). They outlive the
        purge: no citizen, no text, no ticket number; `ticket_id` is a plain number (no
        foreign key) that only makes writing it idempotent."""
        ticket_id = pw.BigIntegerField(unique=True)
        opened_on = pw.DateField(index=True)  # local day, in the service's time zone
        opened_at = UtcDateTimeField()
        closed_at = UtcDateTimeField(null=True)
        category = pw.CharField(max_length=120, null=True)
        agent = pw.ForeignKeyField(Agent, null=True, on_delete="SET NULL", backref="+")
        first_response_seconds = pw.BigIntegerField(null=True)  # wall clock
        first_response_service_seconds = pw.BigIntegerField(null=True)  # service hours only
        breached = pw.BooleanField()

    class ExportFile(Base):
        """A file the app wrote under `<data dir>/exports/` (schema v2): the purge deletes
        it with the tickets it holds, or once older than the retention window."""
        name = pw.CharField(max_length=255)  # relative to the exports dir
        kind = pw.CharField(max_length=20)
        workstation = pw.CharField(max_length=64)
        agent = pw.ForeignKeyField(Agent, null=True, on_delete="SET NULL", backref="+")
        created_at = UtcDateTimeField(index=True)

    class ExportTicket(Base):
        export = pw.ForeignKeyField(ExportFile, backref="tickets", on_delete="CASCADE")
        ticket_id = pw.BigIntegerField(index=True)  # plain: the purge reads it before deleting

    # -- broadcast lists (schema v7, issue 12): store/broadcasts.py --------------------

    class Subscriber(Base):
        """A citizen on the list, by their address only: no name, no ticket link (the
        purge of their tickets must not unsubscribe them). Deleted when they leave."""
        account = pw.CharField(max_length=64)
        address = pw.BigIntegerField()
        access_hash = pw.BigIntegerField(null=True)  # the account's, so any duty holder can send
        language = pw.CharField(max_length=8)  # the keyword's: broadcasts come in it
        topics = pw.CharField(max_length=500)  # "|Emergencies|Events|"
        # The consent: when, what they wrote, and the confirmation (privacy note) sent back.
        consented_at = UtcDateTimeField()
        consent_keyword = pw.CharField(max_length=200)
        consent_note = pw.TextField()

        class Meta:
            indexes = ((("account", "address"), True),)

    class Broadcast(Base):
        """One publication: kept for good (the administration's own), its recipients'
        rows only for the retention period."""
        created_at = UtcDateTimeField()
        created_by = pw.ForeignKeyField(Agent, null=True, on_delete="SET NULL", backref="+")
        topics = pw.CharField(max_length=500)  # "|Emergencies|"
        default_language = pw.CharField(max_length=8)  # its text for subscribers of other languages
        send_at = UtcDateTimeField(index=True)
        state = pw.CharField(max_length=10, index=True)  # scheduled/sending/done/cancelled
        account = pw.CharField(max_length=64, null=True)  # the account that sent it (on expansion)
        started_at = UtcDateTimeField(null=True)
        finished_at = UtcDateTimeField(null=True)
        recipients_purged = pw.BooleanField(default=False)
        summary = pw.TextField(null=True)  # JSON figures and failures, once its recipient rows are purged
        file_name = pw.CharField(max_length=255, null=True)
        file_kind = pw.CharField(max_length=10, null=True)
        file_size = pw.BigIntegerField(null=True)
        file_sha256 = pw.CharField(max_length=64, null=True)
        file_path = pw.CharField(max_length=500, null=True)  # relative to <data dir>/broadcasts
        file_in_store = pw.BooleanField(default=False)  # its bytes in broadcast_chunk (team mode)
        # Schema v18: channels whose subscribers are added once their account is known (store/broadcasts.py).
        waits_for = pw.CharField(max_length=40, null=True)

    class BroadcastText(Base):
        """A broadcast's text in one language (an emergency goes out in several at once)."""
        broadcast = pw.ForeignKeyField(Broadcast, on_delete="CASCADE", backref="texts")
        language = pw.CharField(max_length=8)
        text = pw.TextField()
        entities = pw.TextField(null=True)  # JSON of Telegram formatting entities

        class Meta:
            indexes = ((("broadcast", "language"), True),)

    class BroadcastChunk(Base):
        """A broadcast file's bytes in the shared store (team mode), as file_chunk."""
        broadcast = pw.ForeignKeyField(Broadcast, on_delete="CASCADE", backref="+")
        seq = pw.IntegerField()
        data = pw.BlobField()

        class Meta:
            primary_key = pw.CompositeKey("broadcast", "seq")

    class BroadcastRecipient(Base):
        """One subscriber's copy of a broadcast, its random_id fixed before any try: a
        resend after a crash or a takeover is Telegram's duplicate, never a second copy.
        A subscriber who leaves is anonymised here (no user id), their row kept for the
        figures until the retention purge."""
        broadcast = pw.ForeignKeyField(Broadcast, on_delete="CASCADE", backref="+")
        address = pw.BigIntegerField(null=True)
        access_hash = pw.BigIntegerField(null=True)
        language = pw.CharField(max_length=8)  # of the text they get
        random_id = pw.BigIntegerField()
        state = pw.CharField(max_length=10)  # queued/sent/failed/left/cancelled
        reason = pw.CharField(max_length=300, null=True)
        unsubscribed = pw.BooleanField(default=False)  # the failure took them off the list
        channel_message_id = pw.BigIntegerField(null=True)
        sent_at = UtcDateTimeField(null=True)
        attempts = pw.IntegerField(default=0)
        next_try_at = UtcDateTimeField(null=True)
        # Schema v12: the account it goes out on (NULL: the broadcast's), and in flight on
        # WhatsApp (store/list_statuses.py).
        account = pw.CharField(max_length=64, null=True)
        in_flight_since = UtcDateTimeField(null=True)

        class Meta:
            indexes = ((("broadcast", "address"), True),
                       (("broadcast", "state"), False))

    class ListNotice(Base):
        """A confirmation or a broadcast-only notice to one citizen, sent by the duty
        holder. `key` makes it once: per keyword message (two processes filing the same
        message), per citizen and day for the broadcast-only notice. Once sent, only the
        key is kept (a day), for that."""
        key = pw.CharField(max_length=64, unique=True)
        account = pw.CharField(max_length=64)
        address = pw.BigIntegerField(null=True)
        access_hash = pw.BigIntegerField(null=True)
        text = pw.TextField(default="")
        random_id = pw.BigIntegerField()
        state = pw.CharField(max_length=10)  # queued/sent/failed
        created_at = UtcDateTimeField()
        attempts = pw.IntegerField(default=0)
        next_try_at = UtcDateTimeField(null=True)
        in_flight_since = UtcDateTimeField(null=True)  # schema v12, as BroadcastRecipient's

    class ChannelPost(Base):
        """A broadcast posted to a Telegram channel (issue 12 item 6; store/channel_posts.py),
        by the duty holder: its random_id fixed first (a repeat finds the post made before),
        the channel's id and the account's access hash once resolved, and an edit or a
        deletion a lead asked for until it is made (`pending`). Kept with its broadcast."""
        broadcast = pw.ForeignKeyField(Broadcast, on_delete="CASCADE", backref="+", unique=True)
        username = pw.CharField(max_length=64)  # the channel's public name, without @
        channel_id = pw.BigIntegerField(null=True)
        access_hash = pw.BigIntegerField(null=True)
        language = pw.CharField(max_length=8)  # of the text posted
        text = pw.TextField()  # as posted (or to be posted); an edit replaces it once made
        entities = pw.TextField(null=True)  # JSON of Telegram formatting entities
        random_id = pw.BigIntegerField()
        state = pw.CharField(max_length=10)  # queued/posted/failed/deleted/cancelled
        post_id = pw.BigIntegerField(null=True)  # its id in the channel: https://t.me/<username>/<post_id>
        posted_at = UtcDateTimeField(null=True)
        pending = pw.CharField(max_length=8, null=True)  # "edit"/"delete" asked for, not made yet
        pending_text = pw.TextField(null=True)
        pending_entities = pw.TextField(null=True)
        edited_at = UtcDateTimeField(null=True)
        deleted_at = UtcDateTimeField(null=True)
        reason = pw.CharField(max_length=300, null=True)  # why the post, or the last change, was refused
        attempts = pw.IntegerField(default=0)
        next_try_at = UtcDateTimeField(null=True)

    tables = [SchemaVersion, Counter, Agent, Citizen, Ticket, Message, MessageEdit,
              Attachment, FileChunk, AuditEvent, CannedResponse, GroupLeft, GroupLeave, ServiceNode,
              TicketStat, ExportFile, ExportTicket, Subscriber, Broadcast, BroadcastText, BroadcastChunk,
              BroadcastRecipient, ListNotice,
              HistoryDelete, ChannelPost]
    return SimpleNamespace(db=db, tables=tables, **{t.__name__: t for t in tables})
