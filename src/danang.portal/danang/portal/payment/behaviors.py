"""Behavior ``danang.portal.fee_collection``: when a service collects its fees.

A fully online (level 4) service takes its fees with the submission: its applicant may never
come to the desk. The others take them before the result is handed over. The editor may choose
either, or leave "automatic", which follows the online level, so the 1,600 services already
loaded need no value written and follow a later level change.
"""

from danang.portal import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

AUTOMATIC = "automatic"
AT_SUBMISSION = "submission"
BEFORE_RESULT = "before_result"

COLLECTION_MOMENTS = SimpleVocabulary(
    [
        SimpleTerm(
            AUTOMATIC,
            AUTOMATIC,
            _(
                "fee_collection_automatic",
                default="Tự động: dịch vụ công mức độ 4 thu khi nộp hồ sơ, các mức khác thu trước "
                "khi trả kết quả",
            ),
        ),
        SimpleTerm(
            AT_SUBMISSION,
            AT_SUBMISSION,
            _("fee_collection_submission", default="Thu khi nộp hồ sơ"),
        ),
        SimpleTerm(
            BEFORE_RESULT,
            BEFORE_RESULT,
            _("fee_collection_before_result", default="Thu trước khi trả kết quả"),
        ),
    ]
)


@provider(IFormFieldProvider)
class IFeeCollection(model.Schema):
    """When the applicant pays the service's fees."""

    model.fieldset(
        "time_and_fees",
        label=_("fieldset_time_and_fees", default="Thời hạn, phí, lệ phí"),
        fields=["fee_collection"],
    )
    fee_collection = schema.Choice(
        title=_("label_fee_collection", default="Thời điểm thu phí, lệ phí"),
        description=_(
            "help_fee_collection",
            default="Hồ sơ chưa nộp đủ phí, lệ phí thì không trả kết quả được. Người nộp thanh toán "
            "trực tuyến hoặc nộp tiền mặt tại bộ phận một cửa.",
        ),
        vocabulary=COLLECTION_MOMENTS,
        default=AUTOMATIC,
        required=True,
    )


def collection_moment(service):
    """``"submission"`` or ``"before_result"`` for the service (None: no service)."""
    if service is None:
        return None
    chosen = getattr(service, "fee_collection", None) or AUTOMATIC
    if chosen in (AT_SUBMISSION, BEFORE_RESULT):
        return chosen
    return AT_SUBMISSION if (getattr(service, "online_level", None) or 0) >= 4 else BEFORE_RESULT
