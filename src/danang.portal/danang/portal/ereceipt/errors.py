"""The error of receipt issuance, carrying a Vietnamese message for the official or applicant."""


class EReceiptError(ValueError):
    """A receipt cannot be issued as asked (bad payment data, unit without symbol, full series)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message
