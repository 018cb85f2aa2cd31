"""The people of the agents' tests (invented sample data): a site administrator, two agents with
their accounts and profiles, a citizen with an account, and the Hải Châu desk officers."""

from danang.portal.agents.directory import FOLDER_ID
from danang.portal.agents.directory import PROFILE_TYPE
from plone import api
from plone.i18n.normalizer.interfaces import IIDNormalizer
from tests.fixtures import accounts as account_testing
from zope.component import getUtility

PASSWORD = "mat-khau-2025-dai-ly"
ADMIN = "quan-tri"
# Agent accounts carry their own name, phone and ID number: the e-form must not offer them as
# the applicant's.
AGENTS = {
    "buudien-hc": {
        "fullname": "Nhân viên Bưu điện Hải Châu",
        "phone": "0236382000",
        "id_number": "048090000111",
        "address": "155 Lê Duẩn",
        "district": "492",
        "ward": "20236",
        "profile": {
            "title": "Bưu điện quận Hải Châu",
            "kind": "post_office",
            "licence_number": "125/QĐ-UBND",
            "address": "155 Lê Duẩn",
            "district": "492",
            "ward": "20236",
            "phone": "0905111222",
            "email": "buudien-hc@example.com",
        },
    },
    "daily-tk": {
        "fullname": "Đại lý Thanh Khê",
        "phone": "0935222333",
        "id_number": "048090000222",
        "address": "20 Hà Huy Tập",
        "district": "491",
        "ward": "20209",
        "profile": {
            "title": "Công ty Dịch vụ hành chính Thanh Khê (mẫu)",
            "kind": "service_organisation",
            "licence_number": "88/QĐ-STTTT",
            "address": "20 Hà Huy Tập",
            "district": "491",
            "ward": "20209",
            "phone": "0935222333",
            "email": "daily-tk@example.com",
        },
    },
}
OFFICIALS = {"hc-desk": "UBND-492-desk", "hc-specialist": "UBND-492-specialist"}
# The applicant an agent submits for (no account).
APPLICANT = {
    "name": "Lê Thị Mai",
    "id_number": "048195005678",
    "birth_date": "1985-02-11",
    "address": "7 Trần Phú",
    "district": "492",
    "ward": "20233",
    "phone": "0914 555 666",
    "email": "mai.le@example.com",
}


def create_accounts():
    with api.env.adopt_roles(["Manager"]):
        api.user.create(email="quan-tri@example.com", username=ADMIN, password=PASSWORD,
                        properties={"fullname": "Quản trị cổng"})
        api.user.grant_roles(username=ADMIN, roles=["Site Administrator"])
        for user_id, data in AGENTS.items():
            properties = {key: value for key, value in data.items() if key != "profile"}
            api.user.create(email=data["profile"]["email"], username=user_id, password=PASSWORD,
                            properties=properties)
        for user_id, group in OFFICIALS.items():
            api.user.create(email=f"{user_id}@example.org", username=user_id, password=PASSWORD)
            api.group.add_user(groupname=group, username=user_id)
    account_testing.add_citizen()


def register(portal, user_id):
    """Register the agent's profile as a site administrator would (the add form has its test)."""
    profile = AGENTS[user_id]["profile"]
    # The id the add form would choose (plone.namefromtitle).
    profile_id = getUtility(IIDNormalizer).normalize(profile["title"], max_length=100)
    with api.env.adopt_user(username=ADMIN):
        return api.content.create(
            container=portal[FOLDER_ID], type=PROFILE_TYPE, id=profile_id, user_id=user_id, **profile
        )


def auth(user_id):
    citizen = account_testing.CITIZEN
    return (user_id, citizen["password"] if user_id == citizen["username"] else PASSWORD)


def change_status(portal, user_id, transition, comment=""):
    """Suspend or reactivate an agent as the site administrator (the pages have their test)."""
    from danang.portal.agents.directory import profile_of

    with api.env.adopt_user(username=ADMIN):
        api.content.transition(obj=profile_of(user_id), transition=transition, comment=comment)
