"""HTTP helpers of the security tests: logging in through the login form like a browser."""

import requests

TIMEOUT = 30


def form_login(url, login, password):
    """A requests session that posted the login form of the site at ``url``; (session, answer)."""
    session = requests.Session()
    page = session.get(f"{url}/login", timeout=TIMEOUT)
    assert page.status_code == 200
    return session, session.post(
        f"{url}/login",
        data={"__ac_name": login, "__ac_password": password, "buttons.login": "Đăng nhập", "came_from": ""},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
