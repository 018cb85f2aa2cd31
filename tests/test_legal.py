"""The one-stop rules by date (danang.portal.legal) and the documents that cite them: a receipt slip
of 2019 and one of August 2025, their PDFs, the tracking sheet; old addresses with their successor."""

from danang.portal import clock
from danang.portal import legal
from danang.portal.acknowledgement.pdf import render_pdf
from danang.portal.acknowledgement.slip import slip_for
from danang.portal.interfaces import IDanangPortalLayer
from datetime import date
from datetime import datetime
from datetime import UTC
from plone import api
from zope.i18n import translate
from zope.interface import alsoProvides

import io
import pypdf
import pytest

OCT_2019 = datetime(2019, 10, 2, 9, 30, tzinfo=clock.TIMEZONE)
AUG_2025 = datetime(2025, 8, 4, 9, 30, tzinfo=clock.TIMEZONE)


def vi(message):
    return translate(message, target_language="vi")


@pytest.mark.parametrize(
    ("moment", "version", "decree"),
    [
        (date(2019, 10, 2), "2018", "Nghị định 61/2018/NĐ-CP"),
        (date(2025, 6, 30), "2018", "Nghị định 61/2018/NĐ-CP"),
        (date(2025, 7, 1), "2025", "Nghị định 118/2025/NĐ-CP"),
        # 18:00 UTC on 30 June is 01:00 on 1 July in Da Nang: the new rules.
        (datetime(2025, 6, 30, 18, 0, tzinfo=UTC), "2025", "Nghị định 118/2025/NĐ-CP"),
    ],
)
def test_rules_by_date(moment, version, decree):
    rules = legal.rules_at(moment)
    assert (rules.version, rules.decree) == (version, decree)
    assert legal.texts_in_force(moment)[0].number == decree


def test_forms_are_versioned_and_numbers_only_where_sourced():
    old, new = date(2019, 10, 2), date(2025, 8, 4)
    assert [legal.form(kind, old).number for kind in legal.FORM_KINDS] == ["01", "02", "03", "04", None]
    assert vi(legal.form("apology", old).reference) == "Mẫu số 04 ban hành kèm theo Thông tư 01/2018/TT-VPCP"
    assert vi(legal.form("tracking", old).reference) == "Theo Thông tư 01/2018/TT-VPCP"
    for kind in legal.FORM_KINDS:
        assert legal.form(kind, new).number is None  # no number is invented for Decree 118/2025
        assert vi(legal.form(kind, new).reference) == "Theo Nghị định 118/2025/NĐ-CP"
    assert [t.number for t in legal.texts_in_force(new)] == ["Nghị định 118/2025/NĐ-CP", "Thông tư 03/2025/TT-VPCP"]
    with pytest.raises(KeyError):
        legal.form("receipt-slip", new)


def pdf_text(slip):
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render_pdf(slip))).pages)


def test_receipt_slips_of_2019_and_of_august_2025(portal, make_dossier):
    old = make_dossier(received=OCT_2019)
    new = make_dossier(received=AUG_2025)
    old_slip, new_slip = slip_for(old), slip_for(new)
    assert old_slip.desk == "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"
    assert old_slip.form_reference == "Mẫu số 01 ban hành kèm theo Thông tư 01/2018/TT-VPCP"
    assert new_slip.desk == "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    assert new_slip.form_reference == "Theo Nghị định 118/2025/NĐ-CP"
    assert "Mẫu số 01 ban hành kèm theo Thông tư 01/2018/TT-VPCP" in pdf_text(old_slip)
    new_pdf = pdf_text(new_slip)
    assert "Theo Nghị định 118/2025/NĐ-CP" in new_pdf and "01/2018" not in new_pdf
    # The tracking sheet starts at reception: its own date's rules.
    alsoProvides(portal.REQUEST, IDanangPortalLayer)
    view = api.content.get_view("tracking-sheet", old, portal.REQUEST)
    assert view.form_reference() == "Theo Thông tư 01/2018/TT-VPCP"
    view = api.content.get_view("tracking-sheet", new, portal.REQUEST)
    assert view.form_reference() == "Theo Nghị định 118/2025/NĐ-CP"


def test_an_old_address_is_kept_and_shown_with_its_successor(portal, make_dossier):
    dossier = make_dossier(received=OCT_2019)  # ward 20227 Thanh Bình, district 492 Hải Châu
    assert dossier.units_day == date(2019, 10, 2)  # the site is pinned to the seed's day
    assert slip_for(dossier).applicant_address == "12 Lê Lợi, Phường Thanh Bình, Quận Hải Châu"
    api.portal.set_registry_record("danang.portal.units.as_of", date(2025, 8, 4))
    assert (dossier.applicant_ward, dossier.applicant_district) == ("20227", "492")  # nothing rewritten
    assert slip_for(dossier).applicant_address == (
        "12 Lê Lợi, Phường Thanh Bình (nay là Phường Hải Châu), Quận Hải Châu (nay thuộc Phường Hải Châu, "
        "Phường Hòa Cường)"
    )


def test_statistics_cite_the_rules_of_the_period_end(portal):
    from danang.portal.statistics.period import parse_period
    from danang.portal.statistics.views import StatisticsView

    view = StatisticsView(portal, portal.REQUEST)
    now = datetime(2026, 1, 15, 9, 0, tzinfo=clock.TIMEZONE)
    view.period = parse_period({"period": "month", "year": "2019", "month": "10"}, now)
    assert view.legal_basis() == "Căn cứ: Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP."
    view.period = parse_period({"period": "month", "year": "2025", "month": "8"}, now)
    assert view.legal_basis() == "Căn cứ: Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP."
    # A period across 1 July 2025 reports by the rules of its end.
    view.period = parse_period({"period": "range", "from": "2025-05", "to": "2025-07"}, now)
    assert view.legal_basis().startswith("Căn cứ: Nghị định 118/2025/NĐ-CP")
