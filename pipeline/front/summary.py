"""One readable line per record, for people at a terminal."""
from bangla_minutes.schemas import Record


def brief_line(record: Record) -> str:
    meeting = record.meeting
    decisions = sum(len(item.decisions) for item in record.agenda)
    parts = [
        record.source.path.rsplit("/", 1)[-1],
        f"chair={record.chair.name if record.chair else '-'}",
        f"date={meeting.date.iso if meeting.date else '-'}",
        f"time={meeting.time.value if meeting.time else '-'}",
        f"memo={(record.memo.normalized or record.memo.raw) if record.memo else '-'}",
        f"agenda={len(record.agenda)} decisions={decisions}",
        f"distribution={len(record.distribution)} signatories={len(record.signatories)}",
        f"attendees={len(record.attendees)}",
    ]
    if record.warnings:
        parts.append("warnings=" + ",".join(w.code for w in record.warnings))
    return " | ".join(parts)
