"""The pages the footer links: the user guide, the personal data protection policy and the
accessibility statement, each in Vietnamese and in English.

They are ordinary Documents in the folder ``thong-tin``, created once by the set-up (and the
upgrade to 1003) from the texts in ``pages/``; editors change them like any page. A page deleted
by an editor is not recreated by a later upgrade run: ``install`` only adds what is missing.
"""

from pathlib import Path
from plone import api

FOLDER = "thong-tin"
FOLDER_TITLE = "Thông tin về cổng"
TEXTS = Path(__file__).resolve().parent / "pages"
# (key, {language: (id, title)}), in the footer's order.
PAGES = (
    ("guide", {"vi": ("huong-dan-su-dung", "Hướng dẫn sử dụng"), "en": ("user-guide", "User guide")}),
    ("privacy", {
        "vi": ("chinh-sach-bao-ve-du-lieu-ca-nhan", "Chính sách bảo vệ dữ liệu cá nhân"),
        "en": ("personal-data-protection-policy", "Personal data protection policy"),
    }),
    ("accessibility", {
        "vi": ("tuyen-bo-ho-tro-tiep-can", "Tuyên bố hỗ trợ tiếp cận"),
        "en": ("accessibility-statement", "Accessibility statement"),
    }),
)
DEFAULT_LANGUAGE = "vi"


def install(portal):
    """Create the folder and the pages that are missing, published, with their shipped text."""
    with api.env.adopt_roles(["Manager"]):
        folder = portal.get(FOLDER)
        if folder is None:
            folder = api.content.create(container=portal, type="Folder", id=FOLDER, title=FOLDER_TITLE)
            folder.exclude_from_nav = True
            folder.reindexObject()
            _publish(folder)
        for _key, versions in PAGES:
            for language, (page_id, title) in versions.items():
                if page_id in folder.objectIds():
                    continue
                page = api.content.create(
                    container=folder, type="Document", id=page_id, title=title, language=language,
                    text=_rich_text(TEXTS / f"{page_id}.html"),
                )
                _publish(page)


def _rich_text(path):
    from plone.app.textfield.value import RichTextValue

    return RichTextValue(path.read_text(encoding="utf-8"), "text/html", "text/x-html-safe")


def _publish(obj):
    # A site without a workflow for pages (the test fixture) shows them as they are.
    state = api.content.get_state(obj, default=None)
    if state is not None and state != "published":
        api.content.transition(obj=obj, to_state="published")


def page_links(portal, language):
    """[{"url", "title"}] of the footer's pages in ``language`` (else Vietnamese) that exist and
    the visitor may see."""
    folder = portal.get(FOLDER)
    if folder is None:
        return []
    links = []
    for _key, versions in PAGES:
        for choice in (language, DEFAULT_LANGUAGE):
            page_id, _title = versions.get(choice, versions[DEFAULT_LANGUAGE])
            page = folder.get(page_id)
            if page is not None and api.user.has_permission("View", obj=page):
                links.append({"url": page.absolute_url(), "title": page.Title()})
                break
    return links
