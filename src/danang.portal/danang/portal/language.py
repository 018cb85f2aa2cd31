"""The language of an answer to a request: titles, messages and the ``Content-Language`` header of
REST answers (services/base.py), the messages of the request checks (security/)."""

from zope.publisher.browser import BrowserLanguages

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def response_language(request):
    """The language of titles and messages: the visitor's explicit choice, else Accept-Language.

    An explicit choice is Plone's (``set_language`` or the language cookie); otherwise the first
    of Vietnamese or English in the Accept-Language header; Vietnamese by default::

        response_language(request)  # "en" for "Accept-Language: en-US,en;q=0.9"
    """
    if request.form.get("set_language") in LANGUAGES:
        return request.form["set_language"]
    if request.cookies.get("I18N_LANGUAGE") in LANGUAGES:
        return request.cookies["I18N_LANGUAGE"]
    if request.getHeader("Accept-Language"):
        # zope.publisher's own header parser: Plone's adapter would answer the site language.
        for language in BrowserLanguages(request).getPreferredLanguages():
            code = language.split("-")[0].lower()
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE
