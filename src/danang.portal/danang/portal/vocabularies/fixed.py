"""Vocabularies whose terms are fixed by law or by the national procedure database.

Values are stable English tokens (stored on content, used in the catalog and the REST API);
titles are translated messages.
"""

from danang.portal import _
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def _vocabulary(pairs):
    return SimpleVocabulary([SimpleTerm(value, str(value), title) for value, title in pairs])


IMPLEMENTING_LEVELS = _vocabulary(
    [
        ("city", _("level_city", default="Cấp thành phố")),
        ("district", _("level_district", default="Cấp quận, huyện")),
        ("ward", _("level_ward", default="Cấp phường, xã")),
    ]
)

AUDIENCES = _vocabulary(
    [
        ("citizen", _("audience_citizen", default="Công dân Việt Nam")),
        ("foreigner", _("audience_foreigner", default="Người nước ngoài")),
        ("business", _("audience_business", default="Doanh nghiệp")),
        ("organisation", _("audience_organisation", default="Tổ chức")),
    ]
)

# Levels 2-4 of the 2018 criteria; Decree 42/2022 relabels them (online_mode(), docs/domain/catalogue.md):
# the Decree 42/2022 name comes first, the old level in brackets, wherever a level shows.
ONLINE_LEVELS = _vocabulary(
    [
        (2, _("online_level_2_mode", default="Một phần (mức 2)")),
        (3, _("online_level_3_mode", default="Một phần (mức 3)")),
        (4, _("online_level_4_mode", default="Toàn trình (mức 4)")),
    ]
)

ONLINE_MODES = _vocabulary(
    [
        ("full", _("online_mode_full", default="Toàn trình")),
        ("partial", _("online_mode_partial", default="Một phần")),
    ]
)

CHANNELS = _vocabulary(
    [
        ("in_person", _("channel_in_person", default="Trực tiếp")),
        ("online", _("channel_online", default="Trực tuyến")),
        ("post", _("channel_post", default="Dịch vụ bưu chính công ích")),
    ]
)

TIME_UNITS = _vocabulary(
    [
        ("working_days", _("unit_working_days", default="ngày làm việc")),
        ("days", _("unit_days", default="ngày")),
        ("hours", _("unit_hours", default="giờ làm việc")),
    ]
)

AGENCY_KINDS = _vocabulary(
    [
        ("department", _("kind_department", default="Sở, ban, ngành thành phố")),
        ("police", _("kind_police", default="Công an thành phố")),
        ("district_committee", _("kind_district_committee", default="UBND quận, huyện")),
        ("ward_committee", _("kind_ward_committee", default="UBND phường, xã")),
        ("other", _("kind_other", default="Cơ quan khác")),
    ]
)


def online_mode(level):
    """Decree 42/2022 label of an old online level: 4 is 'toàn trình', 2-3 'một phần'."""
    if level is None:
        return None
    return "full" if int(level) >= 4 else "partial"


def _factory(vocabulary):
    @provider(IVocabularyFactory)
    def factory(context=None):
        return vocabulary

    return factory


ImplementingLevelsFactory = _factory(IMPLEMENTING_LEVELS)
AudiencesFactory = _factory(AUDIENCES)
OnlineLevelsFactory = _factory(ONLINE_LEVELS)
OnlineModesFactory = _factory(ONLINE_MODES)
ChannelsFactory = _factory(CHANNELS)
TimeUnitsFactory = _factory(TIME_UNITS)
AgencyKindsFactory = _factory(AGENCY_KINDS)
