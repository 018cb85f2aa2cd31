"""The access log writes no look-up secret (security/access_log.py, instance/zope.ini.in)."""

from danang.portal.security.access_log import redact
from danang.portal.security.access_log import RedactingFileHandler
from pathlib import Path

import configparser
import logging

LINE = ('127.0.0.1 - - [04/Dec/2026:09:00:00 +0700] "GET /danang/tra-cuu-ho-so?code=H17.492-250303-0001'
        '&phone=0905123456&id_number=048190001234 HTTP/1.1" 200 9646 "-" "Mozilla/5.0"')


def test_the_secrets_of_a_logged_url_are_replaced():
    line = redact(LINE)
    assert "0905123456" not in line and "048190001234" not in line
    assert "code=H17.492-250303-0001&phone=***&id_number=***" in line
    assert redact("GET /danang/@@ho-so-cong-dan?code=X&t=abc.def HTTP/1.1") == (
        "GET /danang/@@ho-so-cong-dan?code=X&t=*** HTTP/1.1"
    )
    # Other parameters and paths are left alone.
    assert redact("GET /danang/thu-tuc?SearchableText=phone=1&type=t HTTP/1.1") == (
        "GET /danang/thu-tuc?SearchableText=phone=1&type=t HTTP/1.1"
    )


def test_the_handler_writes_redacted_lines(tmp_path):
    handler = RedactingFileHandler(tmp_path / "Z4.log")
    logger = logging.getLogger("test.access_log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning(LINE)
    finally:
        logger.removeHandler(handler)
        handler.close()
    written = (tmp_path / "Z4.log").read_text()
    assert "phone=***" in written and "0905123456" not in written


def test_the_instance_uses_it_for_the_access_log():
    config = configparser.ConfigParser(interpolation=None)
    config.read(Path(__file__).resolve().parents[2] / "instance" / "zope.ini.in")
    assert config["handler_accesslog"]["class"] == "danang.portal.security.access_log.RedactingFileHandler"
