"""Translations: every message of the package in Vietnamese and English, and the tooling itself.

The first test is `make i18n`: it extracts the messages from the source as it is now, so a message
added anywhere without its translations fails here, listed with the file and line that uses it.
(`python -m danang.portal.locales.check --update` adds new messages to the catalogs.)
"""

from danang.portal.locales import catalog
from danang.portal.locales.check import LOCALES_DIR
from danang.portal.locales.check import problems
from danang.portal.locales.extract import extract
from zope.i18n import translate
from zope.i18nmessageid import Message

import pytest
import textwrap


def test_every_message_translated_into_vietnamese_and_english():
    found = problems(extract())
    assert found == [], "\n".join(found)


@pytest.fixture
def sample_package(tmp_path):
    (tmp_path / "views.py").write_text(
        textwrap.dedent(
            '''
            from danang.portal import _
            LABEL = _("label_x", default="Nhãn")
            PLAIN = _("msg_without_default")
            MAPPED = _("greeting", default="Chào ${name}", mapping={"name": "An"})
            '''
        ),
        encoding="utf-8",
    )
    (tmp_path / "other.py").write_text('from gettext import gettext as _\nX = _("not_ours")\n', encoding="utf-8")
    (tmp_path / "page.pt").write_text(
        textwrap.dedent(
            """
            <div xmlns:i18n="http://xml.zope.org/namespaces/i18n"
                 xmlns:tal="http://xml.zope.org/namespaces/tal" i18n:domain="danang.portal">
              <p i18n:translate="count_text">Có <b i18n:name="count" tal:content="view/n">3</b>
                 thủ&nbsp;tục</p>
              <input placeholder="Tìm" i18n:attributes="placeholder placeholder_find" />
              <span i18n:translate="" tal:content="view/dynamic">ignored</span>
              <p i18n:domain="plone" i18n:translate="other_domain">Khác</p>
            </div>
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "types.xml").write_text(
        '<object xmlns:i18n="http://xml.zope.org/namespaces/i18n" i18n:domain="danang.portal">'
        '<property name="title" i18n:translate="">Thủ tục</property>'
        '<action title="View" i18n:attributes="title" /></object>',
        encoding="utf-8",
    )
    (tmp_path / "configure.zcml").write_text(
        '<configure xmlns="http://namespaces.zope.org/zope" i18n_domain="danang.portal">'
        '<permission id="x.Add" title="x: Add" /></configure>',
        encoding="utf-8",
    )
    return tmp_path


class TestExtraction:
    def test_python(self, sample_package):
        messages = extract(sample_package)
        assert messages["label_x"].default == "Nhãn"
        assert messages["msg_without_default"].default is None
        assert messages["greeting"].default == "Chào ${name}"
        assert "not_ours" not in messages

    def test_template(self, sample_package):
        messages = extract(sample_package)
        # Whitespace, &nbsp; included, collapses to one space, as Chameleon does for msgids.
        assert messages["count_text"].default == "Có ${count} thủ tục"
        assert messages["placeholder_find"].default == "Tìm"
        assert "ignored" not in messages
        assert "other_domain" not in messages

    def test_genericsetup_and_zcml(self, sample_package):
        messages = extract(sample_package)
        assert "Thủ tục" in messages
        assert "View" in messages
        assert "x: Add" in messages

    def test_references(self, sample_package):
        assert extract(sample_package)["label_x"].references == {"views.py:3"}

    def test_conflicting_defaults(self, sample_package):
        (sample_package / "more.py").write_text(
            'from danang.portal import _\nY = _("label_x", default="Nhãn khác")\n', encoding="utf-8"
        )
        assert set(extract(sample_package).conflicts()) == {"label_x"}


def test_catalog_round_trip(tmp_path):
    path = tmp_path / "x.po"
    entries = {
        "a": catalog.Entry("a", 'Dòng "một"\nDòng hai', default="Mặc định", references=["f.py:1"]),
        "b": catalog.Entry("b", ""),
    }
    catalog.write(path, entries, catalog.header("danang.portal", "vi", "Tiếng Việt"))
    header, read = catalog.read(path)
    assert "Language-Code: vi" in header
    assert read["a"].msgstr == 'Dòng "một"\nDòng hai'
    assert read["a"].default == "Mặc định"
    assert read["a"].references == ["f.py:1"]
    assert read["b"].msgstr == ""


def test_other_domain_catalogs_present():
    names = {path.name for path in (LOCALES_DIR / "vi" / "LC_MESSAGES").glob("*.po")}
    assert {"danang.portal.po", "plone.po", "z3c.form.po", "zope.po"} <= names


class TestRuntime:
    """The catalogs are registered and compiled: Zope translates with them."""

    @pytest.mark.parametrize(
        "msgid,language,text",
        [
            ("label_sector", "vi", "Lĩnh vực"),
            ("label_sector", "en", "Sector"),
            ("button_submit_online", "en", "Submit online"),
            ("Thủ tục hành chính", "en", "Administrative procedure"),
        ],
    )
    def test_portal_messages(self, portal, msgid, language, text):
        assert translate(Message(msgid, domain="danang.portal"), target_language=language) == text

    @pytest.mark.parametrize(
        "domain,msgid,text",
        [
            ("plone", "Add ${name}", "Thêm ${name}"),
            ("plone", "Save", "Lưu"),
            ("z3c.form", "There were some errors.", "Có lỗi trong biểu mẫu; vui lòng xem thông báo ở từng mục."),
            ("zope", "Required input is missing.", "Vui lòng nhập thông tin này."),
        ],
    )
    def test_plone_messages_completed_in_vietnamese(self, portal, domain, msgid, text):
        assert translate(Message(msgid, domain=domain), target_language="vi") == text

    def test_plone_translations_still_win(self, portal):
        # Ours only fill gaps: a message plone.app.locales translates keeps its translation.
        assert translate(Message("Log in", domain="plone"), target_language="vi") == "Đăng nhập"
