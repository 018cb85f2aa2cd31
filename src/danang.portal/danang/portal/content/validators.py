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


class CityServiceAgencyValidator(validator.SimpleFieldValidator):
    """In forms, the schema invariant "a city-level service names its agency" never runs: levels
    and agency sit in different fieldsets, and z3c.form checks invariants per fieldset. This
    validator checks it on the agency field, so the message shows next to that field.
    """

    def validate(self, value):
        super().validate(value)
        if not value and "city" in self._levels():
            raise Invalid(
                _(
                    "error_city_service_needs_agency",
                    default="Thủ tục cấp thành phố phải có cơ quan thực hiện.",
                )
            )

    def _levels(self):
        form = getattr(self.view, "parentForm", None) or self.view
        widgets = getattr(form, "widgets", None) or {}
        if "levels" in widgets:
            # Raw widget value: vocabulary tokens, which are the values themselves.
            return list(widgets["levels"].value or [])
        return list(getattr(self.context, "levels", None) or []) if IService.providedBy(self.context) else []


validator.WidgetValidatorDiscriminators(CityServiceAgencyValidator, field=IService["agency"])
