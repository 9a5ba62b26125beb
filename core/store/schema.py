"""The SQLite schema, as SQLAlchemy 2 typed ORM classes.

ORM rows never leave ``core.store``: the repository turns them into ``core.model`` dataclasses.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the stored text
    raw_sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the bytes read
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8))
    dct: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(32))
    created: Mapped[str] = mapped_column(String(32))

    regions: Mapped[list[RegionRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="RegionRow.start"
    )
    entities: Mapped[list[EntityRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="EntityRow.id"
    )
    dates: Mapped[list[DateRow]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        order_by="DateRow.start",
        foreign_keys="DateRow.document_id",
    )
    events: Mapped[list[EventRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="EventRow.id"
    )


class RegionRow(Base):
    __tablename__ = "regions"
    __table_args__ = (
        CheckConstraint("role IN ('title', 'body', 'boilerplate', 'duplicate')", name="role_ok"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))

    document: Mapped[DocumentRow] = relationship(back_populates="regions")


class EntityRow(Base):
    __tablename__ = "entities"
    __table_args__ = (CheckConstraint("kind IN ('PER', 'ORG', 'LOC', 'MISC')", name="kind_ok"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    # How many mentions, and where the first is: what the people across the library show of
    # each, read without counting 300,000 mentions each time (kept by ``core.store.repository``)
    mention_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    first_at: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[DocumentRow] = relationship(back_populates="entities")
    mentions: Mapped[list[MentionRow]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="MentionRow.start"
    )
    attributes: Mapped[list[AttributeRow]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="AttributeRow.id"
    )


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    entity: Mapped[EntityRow] = relationship(back_populates="mentions")


class AttributeRow(Base):
    """A key/value fact about an entity: ``age`` (one) or ``role`` (several)."""

    __tablename__ = "attributes"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)

    entity: Mapped[EntityRow] = relationship(back_populates="attributes")


class DateRow(Base):
    __tablename__ = "dates"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(String(64))
    mod: Mapped[str | None] = mapped_column(String(16))
    anchor: Mapped[str | None] = mapped_column(String(16))
    anchor_date_id: Mapped[int | None] = mapped_column(ForeignKey("dates.id", ondelete="SET NULL"))

    document: Mapped[DocumentRow] = relationship(back_populates="dates", foreign_keys=[document_id])


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    date_id: Mapped[int] = mapped_column(ForeignKey("dates.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(String(64))
    mod: Mapped[str | None] = mapped_column(String(16))
    precision: Mapped[str] = mapped_column(String(16))
    sort_key: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)

    document: Mapped[DocumentRow] = relationship(back_populates="events")
    participants: Mapped[list[ParticipantRow]] = relationship(
        cascade="all, delete-orphan", order_by="ParticipantRow.position"
    )


class ParticipantRow(Base):
    __tablename__ = "event_participants"
    __table_args__ = (UniqueConstraint("event_id", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class AnnotationRow(Base):
    """A user's highlight. It outlives its document: ``document_id`` is set to NULL on delete,
    and ``document_sha256`` + quote + context still identify where it belongs."""

    __tablename__ = "annotations"
    __table_args__ = (
        CheckConstraint(
            "color IN ('yellow', 'red', 'green', 'blue', 'purple', 'magenta', 'orange', 'grey')",
            name="color_ok",
        ),
        CheckConstraint(
            "anchor_state IN ('exact', 'approximate', 'unanchored')", name="anchor_state_ok"
        ),
        Index("ix_annotations_reading", "document_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(64), unique=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    document_sha256: Mapped[str] = mapped_column(String(64), index=True)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(16), default="yellow")
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(String(32))
    modified: Mapped[str] = mapped_column(String(32))
    anchor_state: Mapped[str] = mapped_column(String(16), default="exact")

    tags: Mapped[list[TagRow]] = relationship(
        secondary="annotation_tags", order_by="TagRow.name", lazy="selectin"
    )


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class AnnotationTagRow(Base):
    __tablename__ = "annotation_tags"

    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class CorrectionRow(Base):
    """A reader's correction of the extractor: a layer over its output, applied again after
    every extraction. It outlives its document as a highlight does (``document_id`` set to NULL
    on delete); a rule for every article has ``scope = 'everywhere'`` and no document.

    ``subject`` is what it is about: a name's surface form, or a date's quote (with ``prefix``,
    ``suffix`` and offsets, anchored as highlights are); ``payload`` is JSON (the new kind,
    value, name…)."""

    __tablename__ = "corrections"
    __table_args__ = (
        CheckConstraint("scope IN ('article', 'everywhere')", name="scope_ok"),
        CheckConstraint("scope = 'everywhere' OR document_sha256 IS NOT NULL", name="anchored_ok"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(16))
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text, default="{}")
    created: Mapped[str] = mapped_column(String(32))


class TrashRow(Base):
    """A document in the trash: hidden from the library, its people and its timelines, kept
    whole (text, extraction, highlights) until the trash is emptied."""

    __tablename__ = "trash"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    trashed: Mapped[str] = mapped_column(String(32))


Index("ix_mentions_span", MentionRow.entity_id, MentionRow.start)
Index("ix_entities_people", EntityRow.kind, EntityRow.document_id)
