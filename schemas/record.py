"""The minutes record, schema version 1 (see README "The record").

Field names are a contract read by other tools: add fields freely, rename or drop none.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

TextOrigin = Literal["text", "pdf_text_layer", "legacy_bijoy", "ocr", "mixed"]
PageOrigin = Literal["text", "pdf_text_layer", "legacy_bijoy", "ocr"]
Role = Literal["chair", "issuer", "member", "member_secretary", "other"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Model):
    page: int = Field(ge=1, description="1-based page number")
    start: int = Field(ge=0, description="offset into the page's normalised text")
    end: int = Field(ge=0)


class Source(Model):
    path: str
    media_type: str
    pages: int = Field(ge=0)
    text_origin: TextOrigin
    ocr_confidence: float | None = Field(default=None, ge=0, le=1)
    page_origins: list[PageOrigin] = []


class DateValue(Model):
    iso: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    raw: str
    calendar: Literal["gregorian", "bangla"]


class TimeValue(Model):
    value: str = Field(pattern=r"^\d{2}:\d{2}$")
    raw: str


class BanglaDate(Model):
    day: int = Field(ge=1, le=31)
    month: int = Field(ge=1, le=12)
    month_name: str
    year: int
    raw: str
    gregorian: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class Person(Model):
    name: str
    titles: list[str] = []
    designation: str | None = None
    office: str | None = None
    role: Role | None = None
    raw: str


class MemoNumber(Model):
    raw: str
    normalized: str | None = None
    scheme: str | None = None
    parts: dict[str, str] | None = None


class Decision(Model):
    label: str | None = None
    text: str
    responsible: str | None = None
    deadline: DateValue | None = None


class AgendaItem(Model):
    number: str | None = None
    title: str | None = None
    discussion: str | None = None
    decisions: list[Decision] = []


class Recipient(Model):
    order: int
    text: str
    designation: str | None = None
    office: str | None = None
    note: str | None = None


class Meeting(Model):
    date: DateValue | None = None
    time: TimeValue | None = None
    venue: str | None = None
    attendance_ref: str | None = None


class Issued(Model):
    gregorian: DateValue | None = None
    bangla: BanglaDate | None = None
    consistent: bool | None = None


class Warning(Model):
    code: str
    field: str | None = None
    message: str


class Record(Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str
    source: Source
    title: str | None = None
    fiscal_year: str | None = Field(default=None, pattern=r"^\d{4}-\d{4}$")
    quarter: int | None = Field(default=None, ge=1, le=4)
    chair: Person | None = None
    meeting: Meeting = Meeting()
    attendees: list[Person] = []
    agenda: list[AgendaItem] = []
    memo: MemoNumber | None = None
    issued: Issued | None = None
    distribution: list[Recipient] = []
    distribution_note: str | None = None
    signatories: list[Person] = []
    warnings: list[Warning] = []
    evidence: dict[str, Span] = {}
