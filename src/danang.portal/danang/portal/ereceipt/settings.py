"""Registry settings of electronic receipts (``danang.portal.ereceipt.*``).

A receipt's symbol (ký hiệu) is ``<series>-<YY>E``: the collecting unit's series, the last two
digits of the year and E for electronic. The series is configured per agency (its code) or, when
none is, derived from the agency code; a new year therefore starts a new symbol and numbering
restarts at 0000001.
"""

from danang.portal import _
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid

import re

PREFIX = "danang.portal.ereceipt"
SERIES = re.compile(r"^[A-Z0-9]{1,12}$")


def _valid_series(value):
    """Each series: 1-12 capital letters or digits; no two agencies share one (a shared symbol
    would make two units issue the same symbol and number)."""
    series = list((value or {}).values())
    for item in series:
        if not SERIES.match(item or ""):
            raise Invalid(
                _(
                    "error_ereceipt_series",
                    default="Ký hiệu \"${series}\" không hợp lệ: chỉ gồm 1 đến 12 chữ cái in hoa "
                    "không dấu hoặc chữ số.",
                    mapping={"series": item or ""},
                )
            )
    if len(set(series)) != len(series):
        raise Invalid(
            _("error_ereceipt_series_shared", default="Hai cơ quan không được dùng chung một ký hiệu biên lai.")
        )
    return True


class IEReceiptSettings(Interface):
    series = schema.Dict(
        title=_("label_ereceipt_series", default="Ký hiệu biên lai theo cơ quan"),
        description=_(
            "help_ereceipt_series",
            default="Mã cơ quan → phần chữ của ký hiệu biên lai (ví dụ SXD → XD). Ký hiệu in trên "
            "biên lai gồm phần chữ, dấu gạch, hai số cuối của năm và chữ E, ví dụ XD-25E. Cơ quan "
            "chưa khai báo dùng mã cơ quan (bỏ dấu gạch và dấu chấm).",
        ),
        key_type=schema.TextLine(title=_("label_ereceipt_agency_code", default="Mã cơ quan")),
        value_type=schema.TextLine(title=_("label_ereceipt_series_value", default="Ký hiệu")),
        constraint=_valid_series,
        default={},
        required=False,
    )
    tax_codes = schema.Dict(
        title=_("label_ereceipt_tax_codes", default="Mã số thuế của đơn vị thu phí, lệ phí"),
        description=_(
            "help_ereceipt_tax_codes",
            default="Mã cơ quan → mã số thuế in trên biên lai. Để trống nếu chưa có.",
        ),
        key_type=schema.TextLine(title=_("label_ereceipt_agency_code", default="Mã cơ quan")),
        value_type=schema.TextLine(title=_("label_ereceipt_tax_code", default="Mã số thuế")),
        default={},
        required=False,
    )
    form_code = schema.TextLine(
        title=_("label_ereceipt_form_code", default="Mẫu số biên lai"),
        description=_(
            "help_ereceipt_form_code",
            default="Ký hiệu mẫu biên lai đã đăng ký với cơ quan thuế, in ở góc trên biên lai. Để "
            "trống thì không in.",
        ),
        default="",
        required=False,
    )
