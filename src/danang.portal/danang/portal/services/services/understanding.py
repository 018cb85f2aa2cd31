"""The ``understood`` and ``suggestion`` keys of ``@services``: how the text was searched.

``understood`` is null when the text was searched as typed; otherwise ``text`` is the query as
searched (synonyms and corrections applied), ``message`` the sentence the search page shows,
``replacements`` each change (``typed`` → ``searched``). ``ignored`` lists the stop words that
were not required, ``partial`` says that results matching only most of the words follow the
full matches. ``suggestion`` (only when nothing is found) is a query to try, with its URL.
"""

from danang.portal import _
from urllib.parse import urlencode


def understanding(results, url, form):
    interpretation = results.interpretation
    answer = {"understood": None, "ignored": [], "partial": results.partial, "suggestion": None}
    if interpretation is None:
        return answer
    answer["ignored"] = list(interpretation.ignored)
    if interpretation.shown:
        answer["understood"] = {
            "text": interpretation.shown,
            "message": _("search_understood_api", default="Kết quả cho: ${text}", mapping={"text": interpretation.shown}),
            "replacements": [{"typed": typed, "searched": searched} for typed, searched in interpretation.replacements],
        }
    if results.suggestion:
        params = [(key, value) for key, value in _pairs(form) if key not in ("q", "b_start")]
        params.append(("q", results.suggestion))
        answer["suggestion"] = {
            "text": results.suggestion,
            "message": _(
                "search_suggestion_api", default="Có phải bạn muốn tìm: ${text}", mapping={"text": results.suggestion}
            ),
            "@id": f"{url}?{urlencode(params)}",
        }
    return answer


def _pairs(form):
    for key, value in form.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            yield key, item
