"""Payments as the payment area hands them to issue_receipt."""

from danang.portal.deadlines.working_calendar import TIMEZONE
from datetime import datetime

import itertools

_ids = itertools.count(1)


def make_payment(**overrides):
    """An online payment of 75.000 đồng in two lines, with a fresh id unless given."""
    payment = {
        "id": f"pay-{next(_ids)}",
        "method": "online",
        "provider": "VNPT Pay",
        "reference": "VNP-20250303-778899",
        "amount": 75000,
        "lines": [
            {"name": "Lệ phí cấp giấy phép xây dựng", "amount": 50000},
            {"name": "Phí thẩm định hồ sơ", "amount": 25000},
        ],
        "payer_name": "Nguyễn Văn Thử",
        "payer_address": None,
        "payer_email": None,
        "paid_at": datetime(2025, 3, 3, 9, 30, tzinfo=TIMEZONE),
        "recorded_by": "",
    }
    payment.update(overrides)
    return payment
