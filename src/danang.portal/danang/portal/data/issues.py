"""Problems found in data files: where (file, row, field) and what, in Vietnamese.

Issues are collected for every record before anything is written, so a data editor sees all
mistakes of a file at once (like the one-stop desk's "request to supplement", which lists every
missing paper at once).
"""

from danang.portal import _
from zope.i18n import translate
from zope.i18nmessageid import Message

LANGUAGE = "vi"


def in_language(message, language=LANGUAGE):
    """A message (or plain text) translated for the command line, where there is no request."""
    if message is None:
        return ""
    if isinstance(message, Message) and message.mapping:
        # Messages inside a mapping ("cần ${expected}") are translated first, not shown as msgids.
        mapping = {
            key: in_language(value, language) if isinstance(value, Message) else value
            for key, value in message.mapping.items()
        }
        message = Message(message, mapping=mapping)
    return translate(message, target_language=language)


def csv_line(line):
    return _("data_location_line", default="dòng ${line}", mapping={"line": line})


def json_record(index, code=None):
    if code:
        return _(
            "data_location_record_code",
            default="bản ghi [${index}] (mã ${code})",
            mapping={"index": index, "code": code},
        )
    return _("data_location_record", default="bản ghi [${index}]", mapping={"index": index})


class LoadIssue:
    """One problem: file, location (row), field name (English, as in the schema) and message."""

    def __init__(self, file, location, field, message, field_title=None):
        self.file = file
        self.location = location
        self.field = field
        self.field_title = field_title
        self.message = message

    def render(self, language=LANGUAGE):
        parts = [str(self.file)]
        if self.location is not None:
            parts.append(in_language(self.location, language))
        if self.field:
            title = in_language(self.field_title, language) if self.field_title else None
            if title:
                field = _(
                    "data_issue_field",
                    default="trường ${field} (${title})",
                    mapping={"field": self.field, "title": title},
                )
            else:
                field = _("data_issue_field_plain", default="trường ${field}", mapping={"field": self.field})
            parts.append(in_language(field, language))
        return ", ".join(parts) + ": " + in_language(self.message, language)

    __str__ = render

    def __repr__(self):
        return f"<LoadIssue {self.render()!r}>"


class LoadError(Exception):
    """The data files have problems; nothing was written. ``issues`` lists them all."""

    def __init__(self, issues):
        self.issues = list(issues)
        super().__init__(self.render())

    def render(self, language=LANGUAGE):
        header = in_language(
            _(
                "data_error_header",
                default="Dữ liệu có ${count} lỗi; chưa có gì được ghi vào cổng. Hãy sửa tệp rồi chạy lại:",
                mapping={"count": len(self.issues)},
            ),
            language,
        )
        return "\n".join([header] + [f"- {issue.render(language)}" for issue in self.issues])

    def __str__(self):
        return self.render()
