"""Errors a user can act on. Anything else is a bug and goes to the crash handler."""


class UserFacingError(Exception):
    """Carries one plain sentence meant for the person at the keyboard."""


class ConfigError(UserFacingError):
    pass


class StoreUnavailable(UserFacingError):
    """The database cannot be reached or opened."""


class DatabasePasswordNeeded(StoreUnavailable):
    """The database server asks for a password (none given, or a wrong one): ask for it."""

    def __init__(self, sentence: str, user: str, wrong: bool) -> None:
        super().__init__(sentence)
        self.user = user
        self.wrong = wrong


class StoreCorrupt(UserFacingError):
    """The database file is damaged; it is left exactly as it was."""


class TicketConflict(UserFacingError):
    """Somebody else got there first (a claim, a close), or the ticket moved on."""


class TicketGone(TicketConflict):
    """The ticket is no longer in the records: purged or erased, maybe by another workstation."""


class NotAllowed(UserFacingError):
    """The agent's role does not allow this action."""


class AccessRevoked(NotAllowed):
    """The database refuses this login now: IT removed them from the team while working."""


class LoginError(UserFacingError):
    """A login step failed in a way the person can fix (wrong code, no network, …)."""


class PasswordNeeded(Exception):
    """The account has two-step verification: ask for its password next."""

    def __init__(self, hint: str | None = None) -> None:
        super().__init__("password needed")
        self.hint = hint
