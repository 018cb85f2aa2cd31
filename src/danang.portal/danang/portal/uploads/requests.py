"""Files uploaded through the dossier's forms, as create_dossier's dicts."""

from danang.portal.uploads.filenames import safe_filename

UPLOAD_SLOTS = 5


def request_uploads(request, name):
    """Uploaded files of the input ``name`` and its slots ``name_1`` ... ``name_5`` (the forms
    offer several single inputs) as create_dossier's dicts."""
    values = []
    for key in [name] + [f"{name}_{n}" for n in range(1, UPLOAD_SLOTS + 1)]:
        value = request.form.get(key)
        if isinstance(value, (list, tuple)):
            values.extend(value)
        elif value is not None:
            values.append(value)
    uploads = []
    for value in values:
        filename = getattr(value, "filename", None)
        if not filename:
            continue
        value.seek(0)
        data = value.read()
        if not data:
            continue
        headers = getattr(value, "headers", None)
        uploads.append(
            {
                # CR/LF, control characters and paths leave the name here (filenames.py).
                "filename": safe_filename(filename),
                "data": data,
                "content_type": (headers.get("content-type") if headers else None)
                or "application/octet-stream",
                "component": (request.form.get(f"{name}_component") or "").strip() or None,
            }
        )
    return uploads
