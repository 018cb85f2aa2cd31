"""The portal's footer: who runs the portal and how to reach them (an editable footer portlet),
and the pages every public portal links there (guide, personal data policy, accessibility
statement), in Vietnamese and English."""
