def test_debug(portal, dossiers):
    request = portal.REQUEST
    request.form.update({"state": "all"})
    view = portal.restrictedTraverse("@@ban-lam-viec")
    html = view()
    assert "T-DESK" in html
