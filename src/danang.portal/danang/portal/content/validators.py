"""Form validators that need the site: a code must be unique among items of its type."""

from danang.portal import _
from danang.portal.content.agency import IAgency
from danang.portal.content.codes import code_taken
from danang.portal.content.sector import ISector
from danang.portal.content.service import IService
from z3c.form import validator
from zope.interface import Invalid


class UniqueCodeValidator(validator.SimpleFieldValidator):
    portal_type = None

    def validate(self, value):
        super().validate(value)
        if value and code_taken(self.portal_type, value, self.context):
            raise Invalid(
                _(
                    "error_code_taken",
                    default="Mã ${code} đã được dùng cho một mục khác; mỗi mã chỉ dùng một lần.",
                    mapping={"code": value},
                )
            )


def _unique_code_validator(schema, portal_type):
    cls = type(f"Unique{portal_type}CodeValidator", (UniqueCodeValidator,), {"portal_type": portal_type})
    validator.WidgetValidatorDiscriminators(cls, field=schema["code"])
    return cls


UniqueServiceCode = _unique_code_validator(IService, "Service")
UniqueAgencyCode = _unique_code_validator(IAgency, "Agency")
UniqueSectorCode = _unique_code_validator(ISector, "Sector")
