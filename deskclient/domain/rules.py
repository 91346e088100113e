"""The desk's rules in one object: what the store asks while it files a message."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .category_choice import CategoryQuestion
from .files import FilePolicy
from .language import detect_language, detect_languages
from .local_formats import format_alternatives, format_duration, format_megabytes, format_week
from .messages import SystemNotice
from .notices import NoticeTemplates, format_local_moment
from .service_hours import ServiceCalendar
from .tickets import ClosingPolicy, SlaState, format_ticket_number


@dataclass(frozen=True)
class DeskRules:
    calendar: ServiceCalendar
    closing: ClosingPolicy
    first_response: timedelta
    notices: NoticeTemplates
    languages: tuple[str, ...]
    files: FilePolicy
    service_name: str = "012"
    privacy_url: str = ""
    number_prefix: str = ""
    # Where citizens exercise their data rights in person (`service.privacy_office`).
    privacy_office: str = ""
    # Words a deployment asks citizens to type, per language (`languages.keywords`):
    # a first message holding one is in that language (domain/language.py).
    language_keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Set when the citizen chooses the category (`tickets.category_choice`): the opening
    # message lists the categories (domain/category_choice.py).
    category_question: CategoryQuestion | None = None

    def ticket_number(self, opened_at: datetime, sequence: int) -> str:
        year = opened_at.astimezone(self.calendar.tz).year
        return format_ticket_number(self.number_prefix, year, sequence)

    def numbering_year(self, moment: datetime) -> int:
        return moment.astimezone(self.calendar.tz).year

    def first_response_due(self, opened_at: datetime) -> datetime:
        return self.calendar.add_service_time(opened_at, self.first_response)

    def sla(self, due: datetime, responded_at: datetime | None, now: datetime) -> SlaState:
        left = self.calendar.service_time_between(responded_at or now, due)
        return SlaState(due=due, responded_at=responded_at, left=left)

    def citizen_language(self, telegram_language: str | None, text: str) -> str:
        return detect_language(text, self.languages, self.notices.default_language,
                               self.language_keywords, telegram_language).language

    def citizen_languages(self, messages: list[tuple[str | None, str]]) -> list[str]:
        """`citizen_language` of each (Telegram language code, text): the detector asked
        once for them all (a batch's new citizens)."""
        return [guess.language for guess in detect_languages(
            [(text, telegram_language) for telegram_language, text in messages], self.languages,
            self.notices.default_language, self.language_keywords)]

    def opening_notice(self, number: str, language: str) -> str:
        text = self._opening_text(number, language)
        if self.category_question is None:
            return text
        return f"{text}\n\n{self.category_question.text(self.notices.language_for(language))}"

    def _opening_text(self, number: str, language: str) -> str:
        return self.notices.render(SystemNotice.OPENING, language, number=number, **self.notice_values(language))

    def closing_notice(self, number: str, language: str) -> str:
        return self.notices.render(SystemNotice.CLOSING, language, number=number, **self.notice_values(language))

    def out_of_hours_notice(self, now: datetime, language: str) -> str | None:
        """The notice to send for a message at `now`, or None inside service hours."""
        if self.calendar.is_open(now):
            return None
        opening = self.calendar.next_opening(now).astimezone(self.calendar.tz)
        when = format_local_moment(opening, self.notices.language_for(language))
        return self.notices.render(SystemNotice.OUT_OF_HOURS, language, next_opening=when, opening=when,
                                   **self.notice_values(language))

    def notice_values(self, language: str | None) -> dict[str, str]:
        """What every template may say, from the config, in the language's way of writing
        it: {service} {hours} {grace} {deadline} {privacy_url} {privacy_office}
        {privacy_where} (the office or the page, or both)."""
        lang = self.notices.language_for(language)
        return {"service": self.service_name, "hours": format_week(self.calendar.hours, lang),
                "grace": format_duration(self.closing.grace, lang),
                "deadline": format_duration(self.first_response, lang),
                "privacy_url": self.privacy_url, "privacy_office": self.privacy_office,
                "privacy_where": format_alternatives([self.privacy_office, self.privacy_url], lang)}

    def refusal_notice(self, file_name: str, language: str) -> str:
        """Names the accepted formats and the size limit: a file is refused for either."""
        return self.notices.render(SystemNotice.FILE_REFUSED, language, file=file_name,
                                   formats=self.files.accepted_names(),
                                   max_size=format_megabytes(self.files.max_bytes, language),
                                   **self.notice_values(language))
