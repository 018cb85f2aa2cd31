"""One profile per account: an account can act for one agent only, and suspending that agent
must take its rights away (membership.py)."""

from danang.portal import _
from danang.portal.agents.content import IAgentProfile
from danang.portal.agents.directory import user_taken
from z3c.form import validator
from zope.interface import Invalid


class UniqueAgentUser(validator.SimpleFieldValidator):
    def validate(self, value):
        super().validate(value)
        # On the add form the context is the folder; on the edit form, the profile itself.
        if value and user_taken(value.strip(), self.context):
            raise Invalid(
                _(
                    "error_agent_user_taken",
                    default="Tài khoản ${user} đã gắn với một đại lý khác; mỗi tài khoản chỉ gắn với "
                    "một đại lý.",
                    mapping={"user": value},
                )
            )


validator.WidgetValidatorDiscriminators(UniqueAgentUser, field=IAgentProfile["user_id"])
