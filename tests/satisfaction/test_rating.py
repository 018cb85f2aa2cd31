"""The rules of rating a dossier: who, when, once, what; the stored rating, the index, the event."""

from danang.portal.acknowledgement.access import make_token as receipt_token
from danang.portal.dossier.applicant_access import make_token
from danang.portal.satisfaction.access import make_rating_token
from danang.portal.satisfaction.install import install
from danang.portal.satisfaction.levels import LEVEL_IDS
from danang.portal.satisfaction.rating import AlreadyRated
from danang.portal.satisfaction.rating import COMMENT_MAX_LENGTH
from danang.portal.satisfaction.rating import may_rate
from danang.portal.satisfaction.rating import NotAllowed
from danang.portal.satisfaction.rating import NotRatable
from danang.portal.satisfaction.rating import rate
from danang.portal.satisfaction.rating import rating_of
from danang.portal.satisfaction.rating import RatingError
from plone import api
from plone.app.testing import logout
from plone.app.testing import setRoles
from Products.CMFCore.indexing import processQueue
from tests.fixtures.driving import at
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import as_user
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory

import pytest
import unicodedata


def rating_counts(**query):
    """{level id: number of rated dossiers} matching ``query``, from the ``satisfaction`` index."""
    catalog = api.portal.get_tool("portal_catalog")
    return {
        level: len(catalog.unrestrictedSearchResults(portal_type="Dossier", satisfaction=level, **query))
        for level in LEVEL_IDS
    }


def vi(message):
    return translate(message, target_language="vi")


@pytest.fixture
def request_(portal):
    """The test request with an empty form (the token, when any, goes in form["t"])."""
    request = portal.REQUEST
    request.form.clear()
    yield request
    request.form.clear()


@pytest.fixture
def returned(portal, make_dossier):
    """A dossier of "citizen" whose result has been returned."""
    return drive(portal, make_dossier(), "returned")


def indexed_levels(dossier):
    processQueue()
    catalog = api.portal.get_tool("portal_catalog")
    [brain] = catalog.unrestrictedSearchResults(UID=dossier.UID())
    return brain.satisfaction, {
        level: [b.UID for b in catalog.unrestrictedSearchResults(satisfaction=level)]
        for level in ("very_satisfied", "satisfied", "dissatisfied")
    }


def test_the_vocabulary_has_the_three_levels_best_first(portal):
    vocabulary = getUtility(IVocabularyFactory, "danang.portal.SatisfactionLevels")(portal)
    assert [term.value for term in vocabulary] == ["very_satisfied", "satisfied", "dissatisfied"]
    assert [vi(term.title) for term in vocabulary] == ["Rất hài lòng", "Hài lòng", "Không hài lòng"]


def test_the_applicant_rates_once_stored_indexed_and_announced(portal, returned, request_, frozen, rated_events):
    frozen(at(2025, 3, 20, 10, 15))
    as_user(portal, "citizen")
    assert may_rate(returned, request_) is None
    rating = rate(returned, request_, "satisfied", "  Cán bộ hướng dẫn tận tình.\r\nCảm ơn.  ")
    logout()

    expected = {
        "level": "satisfied",
        "comment": "Cán bộ hướng dẫn tận tình.\nCảm ơn.",
        "time": at(2025, 3, 20, 10, 15),
        "user": "citizen",
        "role": "applicant",
        "via": "web",
    }
    assert rating == expected
    assert rating_of(returned) == expected
    [event] = rated_events
    assert event.object is returned and event.level == "satisfied"
    metadata, by_level = indexed_levels(returned)
    assert metadata == "satisfied"
    assert by_level == {"very_satisfied": [], "satisfied": [returned.UID()], "dissatisfied": []}
    assert rating_counts(receiving_unit="SXD") == {"very_satisfied": 0, "satisfied": 1, "dissatisfied": 0}
    assert rating_counts(service_code="2.000575") == {"very_satisfied": 0, "satisfied": 0, "dissatisfied": 0}


def test_a_second_rating_is_refused_and_keeps_the_first(portal, returned, request_, rated_events):
    as_user(portal, "citizen")
    rate(returned, request_, "very_satisfied", "Rất tốt")
    with pytest.raises(AlreadyRated) as refused:
        rate(returned, request_, "dissatisfied", "Đổi ý")
    logout()
    assert refused.value.status == 409
    assert "đã được đánh giá lúc" in vi(refused.value.message)
    assert rating_of(returned)["level"] == "very_satisfied"
    assert rating_of(returned)["comment"] == "Rất tốt"
    assert len(rated_events) == 1
    assert indexed_levels(returned)[0] == "very_satisfied"


@pytest.mark.parametrize("state", ["new", "received", "processing", "supplement", "payment", "finished",
                                   "refused", "withdrawn", "stopped"])
def test_no_rating_before_the_result_is_returned(portal, make_dossier, request_, rated_events, state):
    dossier = drive(portal, make_dossier(), state)
    as_user(portal, "citizen")
    with pytest.raises(NotRatable) as refused:
        rate(dossier, request_, "satisfied")
    logout()
    assert refused.value.status == 409
    assert vi(refused.value.message).startswith("Hồ sơ chưa trả kết quả.")
    assert rating_of(dossier) is None
    assert rated_events == []


@pytest.mark.parametrize("official", ["sxd-desk", "sxd-specialist", "sxd-leader"])
def test_officials_of_the_dossier_cannot_rate(portal, returned, request_, official):
    as_user(portal, official)
    with pytest.raises(NotAllowed) as refused:
        rate(returned, request_, "very_satisfied")
    assert refused.value.status == 403
    assert "Cán bộ, công chức giải quyết hồ sơ không đánh giá" in vi(refused.value.message)
    # Not even with the applicant's link in hand.
    request_.form["t"] = make_token(returned)
    with pytest.raises(NotAllowed):
        rate(returned, request_, "very_satisfied")
    logout()
    assert rating_of(returned) is None


@pytest.mark.parametrize("role", ["Manager", "Site Administrator"])
def test_site_administrators_cannot_rate(portal, returned, request_, role):
    with api.env.adopt_roles(["Manager"]):
        api.user.create(email="admin@example.org", username="quan-tri", password="secret-pw-123")
    setRoles(portal, "quan-tri", [role])
    as_user(portal, "quan-tri")
    with pytest.raises(NotAllowed) as refused:
        rate(returned, request_, "very_satisfied")
    logout()
    assert "Cán bộ, công chức" in vi(refused.value.message)
    assert rating_of(returned) is None


@pytest.mark.parametrize("user", ["other-citizen", "hc-desk", None])
def test_someone_else_cannot_rate(portal, returned, request_, user):
    if user:
        as_user(portal, user)
    else:
        logout()
    with pytest.raises(NotAllowed) as refused:
        rate(returned, request_, "dissatisfied")
    logout()
    assert refused.value.status == 403
    assert vi(refused.value.message).startswith("Chỉ người nộp hồ sơ hoặc người được ủy quyền")
    assert rating_of(returned) is None


def test_the_agent_who_submitted_rates(portal, services, people, make_dossier, request_):
    with api.env.adopt_roles(["Manager"]):
        api.user.create(email="dai-ly@example.org", username="dai-ly", password="secret-pw-123")
    dossier = drive(portal, make_dossier(agent="dai-ly"), "returned")
    as_user(portal, "dai-ly")
    rating = rate(dossier, request_, "very_satisfied", via="api")
    logout()
    assert (rating["user"], rating["role"], rating["via"]) == ("dai-ly", "agent", "api")


@pytest.mark.parametrize("kind", ["applicant link", "rating link"])
def test_a_token_bearer_rates_without_an_account(portal, returned, request_, rated_events, kind):
    logout()
    request_.form["t"] = make_token(returned) if kind == "applicant link" else make_rating_token(returned)
    rating = rate(returned, request_, "dissatisfied", "Phải đi lại nhiều lần")
    assert (rating["user"], rating["role"]) == (None, "link")
    assert rating_of(returned)["comment"] == "Phải đi lại nhiều lần"
    assert [event.level for event in rated_events] == ["dissatisfied"]


@pytest.mark.parametrize("case", ["expired", "other dossier", "receipt token", "forged"])
def test_a_bad_link_does_not_rate(portal, returned, make_dossier, request_, case):
    other = make_dossier()
    request_.form["t"] = {
        "expired": make_rating_token(returned, now=1_000_000, lifetime=3600),
        "other dossier": make_rating_token(other),
        "receipt token": receipt_token(returned.dossier_code),
        "forged": "9999999999.AAAA",
    }[case]
    logout()
    with pytest.raises(NotAllowed) as refused:
        rate(returned, request_, "satisfied")
    assert "Liên kết đánh giá đã hết hạn hoặc không hợp lệ" in vi(refused.value.message)
    assert rating_of(returned) is None


def test_the_rating_link_opens_nothing_else(portal, returned):
    from danang.portal.dossier.applicant_access import check_token

    assert not check_token(returned, make_rating_token(returned))


@pytest.mark.parametrize("level", [None, "", "very happy", "Hài lòng", 3, ["satisfied"]])
def test_an_invalid_level_is_refused(portal, returned, request_, rated_events, level):
    as_user(portal, "citizen")
    with pytest.raises(RatingError) as refused:
        rate(returned, request_, level, "Ý kiến")
    logout()
    assert refused.value.status == 400 and refused.value.field == "level"
    assert vi(refused.value.message) == (
        "Vui lòng chọn một mức đánh giá: Rất hài lòng, Hài lòng hoặc Không hài lòng."
    )
    assert rating_of(returned) is None and rated_events == []


def test_a_too_long_comment_is_refused(portal, returned, request_, rated_events):
    as_user(portal, "citizen")
    with pytest.raises(RatingError) as refused:
        rate(returned, request_, "satisfied", "a" * (COMMENT_MAX_LENGTH + 1))
    assert refused.value.status == 400 and refused.value.field == "comment"
    assert vi(refused.value.message) == "Ý kiến góp ý tối đa 1000 ký tự; nội dung đã nhập có 1001 ký tự."
    assert rating_of(returned) is None and rated_events == []
    # The limit counts letters: Vietnamese typed decomposed (NFD) is stored composed.
    comment = unicodedata.normalize("NFD", "ệ" * COMMENT_MAX_LENGTH)
    assert len(comment) > COMMENT_MAX_LENGTH
    rating = rate(returned, request_, "satisfied", comment)
    logout()
    assert rating["comment"] == "ệ" * COMMENT_MAX_LENGTH


def test_a_comment_must_be_text_and_loses_control_characters(portal, returned, request_):
    as_user(portal, "citizen")
    with pytest.raises(RatingError) as refused:
        rate(returned, request_, "satisfied", {"text": "x"})
    assert refused.value.field == "comment"
    rating = rate(returned, request_, "satisfied", "Tốt\x00\x07 lắm\tnhé")
    logout()
    assert rating["comment"] == "Tốt lắm\tnhé"


def test_no_comment_is_fine(portal, returned, request_):
    as_user(portal, "citizen")
    assert rate(returned, request_, "very_satisfied")["comment"] == ""
    logout()


def test_install_adds_the_index_and_indexes_earlier_ratings(portal, returned, request_):
    as_user(portal, "citizen")
    rate(returned, request_, "satisfied")
    logout()
    processQueue()
    catalog = api.portal.get_tool("portal_catalog")
    # A site of profile version 1000: no index, no column.
    catalog.delIndex("satisfaction")
    catalog.delColumn("satisfaction")
    assert install(portal) == 1
    assert [b.UID for b in catalog.unrestrictedSearchResults(satisfaction="satisfied")] == [returned.UID()]
    assert catalog.unrestrictedSearchResults(UID=returned.UID())[0].satisfaction == "satisfied"
    # Idempotent.
    assert install(portal) == 0
    assert api.portal.get_registry_record("danang.portal.satisfaction.link_lifetime") == 30 * 24 * 3600
