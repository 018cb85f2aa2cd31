"""Accepted files kept between two attempts of a form that was refused for another reason.

Browsers cannot re-fill a file input; the files that passed their checks wait in
plone.formwidget.namedfile's temporary upload storage (the one the e-form's upload widget uses,
forms/widgets.py): under a random id, expired after 30 minutes, no session needed. A refused file
is never kept.
"""

from persistent.mapping import PersistentMapping
from plone.formwidget.namedfile.interfaces import IFileUploadTemporaryStorage
from zope.component.hooks import getSite

import datetime
import uuid


def _storage():
    return IFileUploadTemporaryStorage(getSite())


def keep(upload):
    """Keep an accepted upload (a dict with filename, data); returns its id."""
    storage = _storage()
    storage.cleanup()
    key = uuid.uuid4().hex
    storage.upload_map[key] = PersistentMapping(
        filename=upload["filename"], data=upload["data"], dt=datetime.datetime.now()
    )
    return key


def peek(key):
    """``{"id", "filename", "size"}`` of a kept file, or None (unknown or expired)."""
    entry = _storage().upload_map.get(key) if isinstance(key, str) and key else None
    if entry is None:
        return None
    return {"id": key, "filename": entry.get("filename"), "size": len(entry.get("data") or b"")}


def take(keys):
    """The kept files named by ``keys`` as upload dicts (filename, data), removed from the
    storage; unknown or expired ids are skipped."""
    upload_map = _storage().upload_map
    uploads = []
    for key in keys or ():
        entry = upload_map.get(key) if isinstance(key, str) and key else None
        if entry is None:
            continue
        uploads.append({"filename": entry.get("filename"), "data": entry.get("data"),
                        "content_type": "application/octet-stream", "component": None})
        del upload_map[key]
    return uploads
