"""The Vietnamese interface speaks Vietnamese: one walk in headless Chromium through the pages
citizens and officials meet (anonymous, citizen, official, site administrator), reading what each
page shows (the body's visible text, and the title, aria-label, placeholder and alt attributes and
button values), failing with the English words it finds.

A word counts as English when it is written in plain ASCII letters and cannot be a Vietnamese
syllable without its marks (``admin``, ``Remove``, ``Info``), or is one of the few English words
that could (``by``, ``the``). Codes and names are allowed: all-capital words (``PDF``, ``UBND``),
words with digits, addresses, and the short list ``ALLOWED`` below.
"""

from danang.portal import settings
from danang.portal.lookup import throttle
from danang.portal.lookup.settings import ILookupSettings
from danang.portal.lookup.settings import PREFIX as LOOKUP_PREFIX
from plone import api
from tests.fixtures import a11y as a11y_checks
from tests.fixtures.driving import drive
from tests.fixtures.forms import PDF
from tests.fixtures.payment_http import new_dossier
from tests.fixtures.payment_http import refreshed
from tests.fixtures.workflow_people import PASSWORD

import json
import pytest
import re
import transaction

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000  # ms: the machine may be busy

# Proper names and codes that stay as they are in a Vietnamese page: names of products and
# formats, the language selector's "English", the name of the Caps Lock key, and "portlet", the
# word Plone's own Vietnamese catalog (plone.app.locales) keeps for its blocks.
ALLOWED = {"plone", "vnpay", "vneid", "pdf", "qr", "csv", "url", "english", "caps", "lock", "portlet"}
# English words that could pass for Vietnamese syllables written without their marks.
ENGLISH_SHORT = {"by", "the", "on", "at", "it", "is", "be", "we", "my", "or", "up", "us", "of", "to"}

INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
VOWELS = "(?:[aeiouy]{1,3})"
FINAL = "(?:ng|nh|ch|[cmnptiyou])?"
VIETNAMESE_SYLLABLE = re.compile(f"^{INITIAL}{VOWELS}{FINAL}$")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

READ_PAGE = """() => {
  const texts = [document.title, document.body.innerText];
  for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
    for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  for (const element of document.querySelectorAll('input[type=submit], input[type=button], input[type=reset]')) {
    texts.push(element.value || '');
  }
  return texts.join('\\n');
}"""


def english_words(text, names=()):
    """The English-looking words of ``text``, in order of appearance, once each; ``names`` (user
    and group ids) are names, not words."""
    found = []
    # URLs, e-mail addresses and file names are not words of the interface.
    text = re.sub(r"\S+@\S+|https?://\S+|\S+\.(?:pdf|png|docx?|xlsx?|jpg|csv)\b", " ", text)
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", text, flags=re.IGNORECASE)
    for match in WORD.finditer(text):
        word = match.group(0)
        lower = word.lower()
        parts = re.split(r"['’-]", lower)
        if not word.isascii() or word.isupper() or len(word) < 2 or lower in ALLOWED:
            continue
        if lower in ENGLISH_SHORT or not all(VIETNAMESE_SYLLABLE.match(part) for part in parts):
            if word not in found:
                found.append(word)
    return found


def test_english_words_are_found():
    assert english_words("Info: Thông tin đã lưu by admin") == ["Info", "by", "admin"]
    assert english_words("Tải tệp PDF, mã T-SXD-260101-0001, thu@example.org, in phiếu") == []
    assert english_words("Nhóm UBND-492-desk: sxd-desk", names=["UBND-492-desk", "sxd-desk"]) == []


class Walk:
    """Visits pages and keeps what is wrong on each: the English words, and on the pages of the
    accessibility issue (``a11y``) axe-core's serious and critical violations at 1280 and 375 px,
    the phone layout's problems at 375 px and horizontal scrolling at 360 px
    (tests/fixtures/a11y.py). The page is loaded once and resized for the phone checks."""

    def __init__(self, base, shots, names):
        self.base = base
        self.shots = shots
        self.names = names
        self.found = {}
        self.inaccessible = {}
        self.counts = {}
        self.pages = 0

    def read(self, page, name, a11y=True):
        page.wait_for_load_state()
        words = english_words(page.evaluate(READ_PAGE), self.names)
        if words:
            self.found[f"{name} ({page.url})"] = words
        self.pages += 1
        page.screenshot(path=str(self.shots / f"{self.pages:02d}-{name}.png"), full_page=True)
        if not a11y:
            return
        desktop = a11y_checks.axe(page)
        (self.shots / f"{self.pages:02d}-{name}.json").write_text(json.dumps(desktop, indent=1, ensure_ascii=False))
        page.set_viewport_size(a11y_checks.PHONE)
        phone = a11y_checks.axe(page)
        layout = a11y_checks.phone_problems(page)
        if layout or a11y_checks.blocking(phone):
            # Only what fails is shown at 375 px: a full-page screenshot costs time on every page.
            page.screenshot(path=str(self.shots / f"{self.pages:02d}-{name}-375.png"), full_page=True)
        page.set_viewport_size(a11y_checks.NARROW_PHONE)
        narrow = a11y_checks.overflow_problems(page)
        page.set_viewport_size(a11y_checks.DESKTOP)
        self.counts[name] = (a11y_checks.count_blocking(desktop), a11y_checks.count_blocking(phone), len(layout))
        problems = [f"1280px {line}" for line in a11y_checks.blocking(desktop)]
        problems += [f"375px {line}" for line in a11y_checks.blocking(phone)] + [f"375px {line}" for line in layout]
        problems += [f"360px {line}" for line in narrow]
        if problems:
            self.inaccessible[f"{name} ({page.url})"] = problems

    def check(self, name, problems):
        """Keep ``problems`` (keyboard, error summary) found on the page ``name``."""
        if problems:
            self.inaccessible.setdefault(name, []).extend(problems)

    def visit(self, page, name, path, a11y=True):
        page.goto(path if path.startswith("http") else f"{self.base}/{path}")
        self.read(page, name, a11y)


def url_of(base, obj):
    return "/".join([base, *obj.getPhysicalPath()[2:]])


def log_in(browser, walk, user_id, read_login=False):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(f"{walk.base}/login")
    if read_login:
        walk.read(page, "login")
    page.fill("input[name='__ac_name']", user_id)
    page.fill("input[name='__ac_password']", PASSWORD)
    page.click("button[name='buttons.login'], input[name='buttons.login']")
    page.wait_for_load_state()
    return page


@pytest.fixture
def published(live):
    """The live site's city service, its agency and sector published; a site administrator."""
    portal = live["portal"]
    with api.env.adopt_roles(["Manager"]):
        sector = api.content.create(container=portal["linh-vuc"], type="Sector", id="xay-dung",
                                    code="xay-dung", title="Xây dựng")
        for obj in (sector, portal["co-quan"]["sxd"], live["services"]["city"]):
            api.content.transition(obj=obj, to_state="published")
        api.user.create(email="quan-tri@example.org", username="quan-tri", password=PASSWORD,
                        properties={"fullname": "Quản trị cổng"})
        api.user.grant_roles(username="quan-tri", roles=["Site Administrator"])
    transaction.commit()
    return live


def test_vietnamese_pages_show_no_english(chromium, published, tmp_path):
    live = published
    throttle.BACKOFF.reset()
    portal = live["portal"]
    users = api.user.get_users()
    names = [name for user in users for name in (user.getId(), user.getUserName())]
    names += [group.getId() for group in api.group.get_groups()]
    walk = Walk(live["base"], tmp_path, names)
    service = live["services"]["city"]
    paid = new_dossier(live, user_id=None)
    own = new_dossier(live)

    # Anonymous: the catalogue, the e-form, the look-up, payment, e-receipt, rating, statistics.
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    walk.visit(page, "home", "")
    # Keyboard only: the skip link first, then a visible focus on each element reached.
    page.reload()
    walk.check("home keyboard", a11y_checks.keyboard_problems(page, presses=20))
    # The header's search box leads to the procedure search, which links Plone's own search.
    page.fill("#searchGadget", "giấy phép xây dựng")
    page.press("#searchGadget", "Enter")
    page.wait_for_url("**/thu-tuc?q=*")
    walk.read(page, "search")
    assert page.locator("#dn-search-q").input_value() == "giấy phép xây dựng"
    page.click(".dn-search-other a")
    page.wait_for_url("**/@@search*")
    walk.read(page, "generic-search", a11y=False)
    walk.visit(page, "service", url_of(walk.base, service))
    walk.visit(page, "agency", "co-quan/sxd")
    walk.visit(page, "sector", "linh-vuc/xay-dung")
    walk.visit(page, "e-form", url_of(walk.base, service) + "/nop-ho-so")
    page.click("[name='form.buttons.submit']")
    walk.read(page, "e-form-errors")
    walk.check("e-form-errors summary", a11y_checks.error_summary_problems(page))
    walk.check("e-form-errors keyboard", a11y_checks.keyboard_problems(page, presses=15))
    # A valid file with other errors: the form keeps it and offers to keep or replace it.
    page.locator("input[type=file]").first.set_input_files(
        {"name": "don.pdf", "mimeType": "application/pdf", "buffer": PDF})
    page.click("[name='form.buttons.submit']")
    walk.read(page, "e-form-kept-file")
    walk.visit(page, "statistics", "@@thong-ke")
    walk.visit(page, "registration", "@@register")
    page.click("[name='form.buttons.register']")
    walk.read(page, "registration-errors")
    walk.check("registration-errors summary", a11y_checks.error_summary_problems(page))


    walk.visit(page, "look-up", "tra-cuu-ho-so")
    page.get_by_label("Mã hồ sơ").fill("khong-dung-dang")
    page.get_by_label("Số điện thoại", exact=True).fill("12")
    page.get_by_role("button", name="Tra cứu").click()
    walk.read(page, "look-up-errors")
    walk.check("look-up-errors summary", a11y_checks.error_summary_problems(page))
    page.get_by_label("Mã hồ sơ").fill(paid.dossier_code)
    page.get_by_label("Số điện thoại", exact=True).fill(paid.applicant_phone)
    page.get_by_role("button", name="Tra cứu").click()
    walk.read(page, "look-up-result")
    page.get_by_role("link", name="Mở hồ sơ để nộp bổ sung, thanh toán, nhận kết quả, đánh giá").click()
    page.wait_for_url("**/@@ho-so-cong-dan?**")
    applicant_page = page.url
    walk.read(page, "applicant-page")
    page.get_by_role("button", name="Thanh toán trực tuyến").click()
    page.wait_for_url("**/@@cong-thanh-toan-thu-nghiem?**")
    walk.read(page, "payment-gateway")
    page.get_by_role("button", name="Thanh toán", exact=True).click()
    page.wait_for_url("**/@@ket-qua-thanh-toan/sandbox?**")
    walk.read(page, "payment-result")
    page.goto(applicant_page)
    page.locator(".dn-ereceipt-panel a.dn-ereceipt-html").first.click()
    page.wait_for_url("**/@@bien-lai?**")
    walk.read(page, "e-receipt")
    drive(portal, refreshed(live, paid), "returned")
    transaction.commit()
    page.goto(applicant_page)
    walk.read(page, "rating")
    # Two misses make the code wait (one free miss, a long first wait): the next look-up of it,
    # even with the right phone, meets the throttle's page.
    saved = settings.read_all(ILookupSettings, LOOKUP_PREFIX)
    settings.write(ILookupSettings, LOOKUP_PREFIX, "free_failures", 1)
    settings.write(ILookupSettings, LOOKUP_PREFIX, "first_wait", 600)
    transaction.commit()
    for phone in ("0900000000", "0900000001", paid.applicant_phone):
        page.goto(f"{walk.base}/tra-cuu-ho-so")
        page.get_by_label("Mã hồ sơ").fill(paid.dossier_code)
        page.get_by_label("Số điện thoại", exact=True).fill(phone)
        page.get_by_role("button", name="Tra cứu").click()
    walk.read(page, "look-up-throttled")
    for name in ("free_failures", "first_wait"):
        settings.write(ILookupSettings, LOOKUP_PREFIX, name, saved[name])
    transaction.commit()
    throttle.BACKOFF.reset()
    context.close()

    # The citizen: log-in form, my dossiers, the dossier and its receipt.
    page = log_in(chromium, walk, "citizen", read_login=True)
    own = refreshed(live, own)
    walk.visit(page, "home-citizen", "")
    walk.visit(page, "e-form-citizen", url_of(walk.base, service) + "/nop-ho-so")
    walk.visit(page, "my-dossiers", "@@ho-so-cua-toi")
    walk.visit(page, "dossier-citizen", url_of(walk.base, own))
    walk.visit(page, "receipt", f"@@receipt?code={own.dossier_code}")
    page.context.close()

    # The official: worklist, dossier page and its action forms.
    page = log_in(chromium, walk, "sxd-desk")
    walk.visit(page, "worklist", "@@ban-lam-viec")
    page.reload()
    walk.check("worklist keyboard", a11y_checks.keyboard_problems(page, presses=15))
    walk.visit(page, "dossier-official", url_of(walk.base, own))
    # The processing panel alone (a fragment of the dossier page, where it is checked for access).
    walk.visit(page, "dossier-actions", url_of(walk.base, own) + "/@@dossier-actions", a11y=False)
    walk.visit(page, "dossier-confirm", url_of(walk.base, own) + "/@@dossier-confirm?action=refuse")
    walk.visit(page, "home-official", "")
    walk.visit(page, "service-official", url_of(walk.base, service))
    page.context.close()

    # The site administrator: users and groups.
    page = log_in(chromium, walk, "quan-tri")
    for name, path in (
        ("users", "@@usergroup-userprefs"),
        ("groups", "@@usergroup-groupprefs"),
        ("user-information", "@@user-information?userid=sxd-desk"),
        ("user-membership", "@@usergroup-usermembership?userid=sxd-desk"),
        ("group-members", "@@usergroup-groupmembership?groupname=SXD-desk"),
        ("group-details", "@@usergroup-groupdetails?groupname=SXD-desk"),
        ("new-user", "@@new-user"),
    ):
        walk.visit(page, name, path, a11y=False)
    page.context.close()

    (tmp_path / "a11y-counts.json").write_text(json.dumps(walk.counts, indent=1))
    report = "\n".join(f"{name}: {', '.join(words)}" for name, words in walk.found.items())
    report += "\n" + "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in walk.inaccessible.items())
    assert not walk.found and not walk.inaccessible, f"English or accessibility problems:\n{report}"
