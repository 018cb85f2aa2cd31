"""Who may see a dossier's receipts, and the links to them.

A receipt carries the payer's name and address: it is shown to whoever may act as the dossier's
applicant (the applicant's or agent's account, or the bearer of a valid applicant link, see
dossier.applicant_access) and to whoever may view the dossier (the unit's officials). The public
verification page shows what the receipt certifies, never who paid.
"""

from danang.portal import public_url
from danang.portal.dossier.applicant_access import access_query
from danang.portal.dossier.applicant_access import may_act
from danang.portal.dossier.applicant_access import portal_view_url
from plone import api

HTML_VIEW = "bien-lai"
PDF_VIEW = "bien-lai.pdf"
VERIFY_VIEW = "xac-minh-bien-lai"


def may_see(dossier, request):
    if may_act(dossier, request):
        return True
    return bool(api.user.has_permission("View", obj=dossier))


def receipt_url(dossier, receipt, request=None, view=HTML_VIEW):
    """The portal-level page (or PDF) of a receipt, carrying the applicant token of ``request``
    when access came by it."""
    query = access_query(dossier, request) if request is not None else {"code": dossier.dossier_code}
    query = {"code": query["code"], "kh": receipt["symbol"], "so": receipt["number"], **query}
    return portal_view_url(view, query)


def verification_page_url():
    """The verification page without a query, printed for those who type the values in."""
    return public_url.for_mail(f"@@{VERIFY_VIEW}")


def verification_url(receipt):
    """The public verification link the QR code carries: symbol, number and verification code."""
    return public_url.for_mail(
        f"@@{VERIFY_VIEW}", {"kh": receipt["symbol"], "so": receipt["number"], "ma": receipt["verification_code"]}
    )
