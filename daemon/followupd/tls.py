"""The TLS client context every connection uses (IMAP, SMTP, an .ics address).

Verification is on unless the user's section says `verify_tls = false` (a self-signed
test server): then neither the certificate nor the host name is checked.
"""

from __future__ import annotations

import ssl


def client_context(*, verify: bool = True) -> ssl.SSLContext:
    """A client context with the system's trust store; `verify=False` checks nothing."""
    context = ssl.create_default_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
