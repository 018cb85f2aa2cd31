"""Read data files (CSV for flat records, JSON for nested ones) or record lists into entries.

An entry keeps where a record came from (file, CSV line or JSON index) so that every problem can
name its row. CSV cells are text and are converted per field later; JSON values keep their types.
Keys or columns starting with ``_`` are notes for people (sources, placeholders) and are skipped.
"""

from danang.portal import _
from danang.portal.data.issues import csv_line
from danang.portal.data.issues import json_record
from danang.portal.data.issues import LoadIssue
from pathlib import Path

import csv
import json

PACKAGE_DATA = Path(__file__).parent
RECORDS_LABEL = "<records>"


class Entry:
    """One record of a data file, with its origin."""

    def __init__(self, file, location, values, from_text):
        self.file = file
        self.location = location
        self.values = values
        self.from_text = from_text

    @property
    def code(self):
        code = self.values.get("code")
        return code.strip() if isinstance(code, str) else code

    def issue(self, field, message, field_title=None):
        return LoadIssue(self.file, self.location, field, message, field_title)


def display_name(path):
    """Shipped files are named relative to the data package; others as given."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(PACKAGE_DATA.resolve()))
    except ValueError:
        return str(path)


def is_record_list(source):
    return isinstance(source, (list, tuple)) and all(isinstance(item, dict) for item in source)


def read(source, issues, label=RECORDS_LABEL):
    """Entries of a source: a path (.csv/.json), a list of paths, or a list of dicts (records)."""
    if source is None:
        return []
    if is_record_list(source):
        return _from_records(source, label, issues)
    if isinstance(source, (list, tuple)):
        entries = []
        for item in source:
            entries.extend(read(item, issues, label))
        return entries
    path = Path(source)
    name = display_name(path)
    if not path.is_file():
        message = _("data_error_no_file", default="Không tìm thấy tệp dữ liệu.")
        issues.append(LoadIssue(name, None, None, message))
        return []
    if path.suffix.lower() == ".csv":
        return _from_csv(path, name, issues)
    if path.suffix.lower() == ".json":
        return _from_json(path, name, issues)
    issues.append(
        LoadIssue(name, None, None, _("data_error_file_type", default="Chỉ đọc được tệp .csv hoặc .json."))
    )
    return []


def _notes_removed(values):
    return {key: value for key, value in values.items() if not str(key).startswith("_")}


def _from_csv(path, name, issues):
    entries = []
    with open(path, encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        try:
            header = next(reader)
        except StopIteration:
            return []
        header = [column.strip() for column in header]
        line = reader.line_num + 1
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            location = csv_line(start)
            if len(cells) > len(header):
                issues.append(
                    LoadIssue(
                        name,
                        location,
                        None,
                        _(
                            "data_error_extra_cells",
                            default="Dòng có ${cells} ô, nhiều hơn ${columns} cột của dòng tiêu đề.",
                            mapping={"cells": len(cells), "columns": len(header)},
                        ),
                    )
                )
                continue
            values = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            entries.append(Entry(name, location, _notes_removed(values), from_text=True))
    return entries


def _from_json(path, name, issues):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        issues.append(
            LoadIssue(
                name,
                csv_line(error.lineno),
                None,
                _(
                    "data_error_json",
                    default="Tệp JSON không hợp lệ (cột ${column}): ${detail}.",
                    mapping={"column": error.colno, "detail": error.msg},
                ),
            )
        )
        return []
    if not isinstance(data, list):
        message = _("data_error_json_list", default="Tệp JSON phải là một danh sách bản ghi.")
        issues.append(LoadIssue(name, None, None, message))
        return []
    return _from_records(data, name, issues)


def _from_records(records, name, issues):
    entries = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            issues.append(
                LoadIssue(
                    name,
                    json_record(index),
                    None,
                    _(
                        "data_error_json_object",
                        default="Bản ghi phải là một đối tượng JSON (khóa: giá trị).",
                    ),
                )
            )
            continue
        code = record.get("code") if isinstance(record.get("code"), str) else None
        entries.append(Entry(name, json_record(index, code), _notes_removed(record), from_text=False))
    return entries
