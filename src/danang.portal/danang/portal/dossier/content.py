"""The dossier's content types: Dossier, its files (DossierFile) and its storage folders.

A Dossier is a folderish item holding one DossierFile per uploaded paper (and later the
supplements and the result). Files are child items rather than a list of blobs on the dossier
because Plone then does the work: each file has a URL and ``@@download``, inherits the dossier's
workflow permissions (no workflow of its own), and the dossier workflow can grant "Add Dossier
File" to the applicant only in the "supplement" state (docs/domain/statuses.md). Files are kept out of the catalog: there
can be millions, their text must not be searchable, and they are always reached through their
dossier.

Dossiers live in DossierFolder containers sharded by year and month (storage.py). A
DossierFolder is a BTree folder without ordering: adding an item touches a few BTree buckets
(whose concurrent inserts ZODB resolves) instead of rewriting an ever-growing order list.
"""

from danang.portal import _
from danang.portal.dossier import catalog_entry
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.schema import Email
from plone.supermodel import model
from plone.supermodel.directives import primary
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

FILE_KINDS = SimpleVocabulary(
    [
        SimpleTerm("submission", "submission", _("file_kind_submission", default="Giấy tờ nộp kèm hồ sơ")),
        SimpleTerm("supplement", "supplement", _("file_kind_supplement", default="Giấy tờ bổ sung")),
        SimpleTerm("result", "result", _("file_kind_result", default="Kết quả giải quyết")),
    ]
)


class IDossier(model.Schema):
    """A dossier (hồ sơ) submitted for a service, as received by one unit's one-stop desk."""

    dossier_code = schema.TextLine(
        title=_("label_dossier_code", default="Mã hồ sơ"),
        description=_("help_dossier_code", default="Dạng <mã đơn vị>-YYMMDD-XXXX."),
        required=True,
    )
    channel = schema.Choice(
        title=_("label_dossier_channel", default="Hình thức nộp"),
        vocabulary="danang.portal.Channels",
        required=True,
        default="online",
    )
    receiving_unit = schema.Choice(
        title=_("label_dossier_receiving_unit", default="Cơ quan tiếp nhận"),
        vocabulary="danang.portal.Agencies",
        required=True,
    )
    receiving_area = schema.Choice(
        title=_("label_dossier_receiving_area", default="Địa bàn của cơ quan tiếp nhận"),
        vocabulary="danang.portal.Units",
        required=False,
    )
    received = schema.Datetime(
        title=_("label_received", default="Thời điểm tiếp nhận"), required=True
    )
    due = schema.Datetime(
        title=_("label_due", default="Ngày hẹn trả kết quả"),
        description=_(
            "help_due",
            default="Tính theo ngày làm việc từ thời hạn giải quyết của thủ tục; lùi lại khi hồ sơ "
            "tạm dừng chờ công dân bổ sung hoặc thực hiện nghĩa vụ tài chính.",
        ),
        required=False,
    )
    original_due = schema.Datetime(
        title=_("label_original_due", default="Ngày hẹn trả ban đầu"),
        description=_(
            "help_original_due",
            default="Ngày hẹn ghi trên giấy tiếp nhận; giữ lại khi hẹn lại bằng thư xin lỗi.",
        ),
        required=False,
    )
    status_history = schema.List(
        title=_("label_status_history", default="Quá trình xử lý"),
        description=_(
            "help_status_history",
            default="Mỗi lần chuyển trạng thái: trạng thái, thời điểm, người thực hiện, đơn vị, ghi chú.",
        ),
        value_type=schema.Dict(key_type=schema.TextLine(), value_type=schema.Field()),
        required=False,
        readonly=True,
    )

    model.fieldset(
        "service",
        label=_("fieldset_dossier_service", default="Thủ tục"),
        fields=[
            "service_uid",
            "service_code",
            "service_title",
            "sector",
            "service_version",
            "service_modified",
            "processing_time",
            "processing_unit",
        ],
    )
    service_uid = schema.ASCIILine(title=_("label_service_uid", default="UID thủ tục"), required=True)
    service_code = schema.TextLine(title=_("label_service_code", default="Mã thủ tục"), required=True)
    service_title = schema.TextLine(title=_("label_service_title", default="Tên thủ tục"), required=True)
    sector = schema.TextLine(title=_("label_sector", default="Lĩnh vực"), required=False)
    service_version = schema.Int(
        title=_("label_service_version", default="Phiên bản thủ tục"),
        description=_(
            "help_service_version",
            default="Số phiên bản (lịch sử chỉnh sửa) của thủ tục khi tiếp nhận hồ sơ.",
        ),
        required=False,
    )
    service_modified = schema.Datetime(
        title=_("label_service_modified", default="Thủ tục cập nhật lúc"), required=False
    )
    processing_time = schema.Float(
        title=_("label_processing_time", default="Thời hạn giải quyết"), required=False
    )
    processing_unit = schema.Choice(
        title=_("label_processing_unit", default="Đơn vị thời hạn"),
        vocabulary="danang.portal.TimeUnits",
        required=False,
    )

    model.fieldset(
        "applicant",
        label=_("fieldset_dossier_applicant", default="Người nộp hồ sơ"),
        fields=[
            "applicant_name",
            "applicant_id_number",
            "applicant_birth_date",
            "applicant_address",
            "applicant_district",
            "applicant_ward",
            "applicant_phone",
            "applicant_email",
            "applicant_user",
            "agent",
        ],
    )
    applicant_name = schema.TextLine(title=_("label_dossier_applicant_name", default="Họ và tên"), required=True)
    applicant_id_number = schema.TextLine(
        title=_("label_dossier_applicant_id_number", default="Số định danh cá nhân (CCCD/CMND)"), required=False
    )
    applicant_birth_date = schema.Date(title=_("label_dossier_applicant_birth_date", default="Ngày sinh"), required=False)
    applicant_address = schema.TextLine(title=_("label_dossier_applicant_address", default="Địa chỉ"), required=False)
    applicant_district = schema.Choice(
        title=_("label_dossier_applicant_district", default="Quận, huyện"),
        vocabulary="danang.portal.Districts",
        required=False,
    )
    applicant_ward = schema.Choice(
        title=_("label_dossier_applicant_ward", default="Phường, xã"),
        vocabulary="danang.portal.Wards",
        required=False,
    )
    applicant_phone = schema.TextLine(title=_("label_dossier_applicant_phone", default="Số điện thoại"), required=False)
    applicant_email = Email(title=_("label_dossier_applicant_email", default="Thư điện tử"), required=False)
    applicant_user = schema.TextLine(
        title=_("label_dossier_applicant_user", default="Tài khoản người nộp"),
        description=_("help_applicant_user", default="Tài khoản đã đăng nhập khi nộp hồ sơ (nếu có)."),
        required=False,
    )
    agent = schema.TextLine(
        title=_("label_agent", default="Tài khoản người nộp thay"),
        description=_(
            "help_agent",
            default="Tài khoản của đại lý, tổ chức dịch vụ hoặc người được ủy quyền nộp hồ sơ (nếu có).",
        ),
        required=False,
    )

    model.fieldset(
        "answers",
        label=_("fieldset_dossier_answers", default="Nội dung kê khai"),
        fields=["answers"],
    )
    answers = schema.Dict(
        title=_("label_answers", default="Nội dung kê khai"),
        description=_("help_answers", default="Các trường riêng của biểu mẫu thủ tục."),
        key_type=schema.TextLine(),
        value_type=schema.Field(),
        required=False,
    )


def _keep_creators(self, creator=None):
    """Creators are set once, by code: editing or reindexing must not add whoever did it (CMF's
    ``notifyModified`` calls ``addCreator``). A dossier's creator is its applicant's account, which
    "Hồ sơ của tôi" looks up; an official who enters or handles a dossier never becomes creator."""


@implementer(IDossier)
class Dossier(Container):
    """A dossier; its files are its DossierFile children."""

    addCreator = _keep_creators

    def indexObject(self):
        # Only into the indexes that dossier queries use (catalog_entry.py).
        catalog_entry.index_object(self)

    def reindexObject(self, idxs=(), update_metadata=1, uid=None):
        catalog_entry.reindex_object(self, idxs, update_metadata, uid)

    def files(self, kind=None):
        """The dossier's files in upload order (an ordered folder), optionally of one kind."""
        return [
            obj
            for obj in self.objectValues()
            if IDossierFile.providedBy(obj) and (kind is None or obj.kind == kind)
        ]

    def results(self):
        """The result files that stand: drafts a leader sent back to the specialist
        (``returned``, workflow "return_to_specialist") are kept but no longer count."""
        return [item for item in self.files("result") if not getattr(item, "returned", False)]


class IDossierFile(model.Schema):
    """A paper of a dossier: an upload for one component, a supplement, or the result."""

    primary("file")
    file = NamedBlobFile(title=_("label_dossier_file", default="Tệp"), required=True)
    component = schema.TextLine(
        title=_("label_dossier_file_component", default="Thành phần hồ sơ"), required=False
    )
    kind = schema.Choice(
        title=_("label_dossier_file_kind", default="Loại tệp"),
        vocabulary=FILE_KINDS,
        default="submission",
        required=True,
    )


@implementer(IDossierFile)
class DossierFile(Item):
    """A file of a dossier, never catalogued (always reached through its dossier)."""

    addCreator = _keep_creators

    def _getCatalogTool(self):
        # CMFCatalogAware skips indexing when there is no catalog.
        return None


class IDossierFolder(model.Schema):
    """A container of dossiers: the root "ho-so" and its year and month shards."""


@implementer(IDossierFolder)
class DossierFolder(Container):
    """An unordered BTree folder (plone.folder's "unordered" ordering adapter)."""

    _ordering = "unordered"
    addCreator = _keep_creators

    def notifyModified(self):
        # Adding a dossier fires ContainerModifiedEvent, whose reindex would stamp the folder's
        # modification date: every submission of the month would then write this one object and
        # conflict with every other. A shard's modification date means nothing; keep it fixed.
        pass

    def reindexObject(self, idxs=(), update_metadata=1, uid=None):
        # The same event would then re-catalogue the shard into every index (its title, path
        # and dates do not change when a dossier is added): only a named reindex goes through.
        if idxs:
            super().reindexObject(idxs=idxs, update_metadata=update_metadata, uid=uid)
