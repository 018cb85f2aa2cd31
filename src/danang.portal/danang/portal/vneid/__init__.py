"""VNeID sign-in through the national SSO: OpenID Connect, authorization code flow with PKCE
(docs/vneid.md)."""
