"""Digital signatures (chữ ký số) of the documents the portal issues: the approved result, the
receipt slip and the e-receipts, signed as PAdES PDFs with each agency's signing identity, and
the public verification of a signed file (docs/signing.md)."""
