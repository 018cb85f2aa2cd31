"""The REST serialization of an e-form (GET of the form, ``@search?...&fullobjects=1``).

collective.easyform's serializer adds the form's saved submissions for those allowed to download
them, but asks plone.api about the permission by its ZCML id (``collective.easyform.
DownloadSavedInput``). Zope knows a permission by its title (``collective.easyform: Download
Saved Input``, the name collective.easyform's rolemap grants): for a user without the permission
plone.api then looked for the id among all permissions, did not find it and raised, so every GET
of an e-form by a visitor answered 500 (and the error listed every permission of the site). This
serializer asks about the permission by its title, and adds ``fields``: what the form asks, as
data (description.py), for apps that submit through ``POST @dossiers``; everything else is
collective.easyform's.
"""

from collective.easyform.interfaces import IEasyForm
from collective.easyform.serializer import SerializeToJson
from danang.portal.forms.description import describe
from danang.portal.interfaces import IDanangPortalLayer
from danang.portal.language import response_language
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson as ContentSerializer
from zope.component import adapter
from zope.interface import implementer

DOWNLOAD_SAVED_INPUT = "collective.easyform: Download Saved Input"


@implementer(ISerializeToJson)
@adapter(IEasyForm, IDanangPortalLayer)
class EasyFormSerializer(SerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = ContentSerializer.__call__(self, version, include_items)
        result["fields"] = describe(self.context, response_language(self.request))
        if api.user.has_permission(DOWNLOAD_SAVED_INPUT, obj=self.context):
            self.serializeSavedData(result)
        return result
