"""A second look at the e-mail domain: "gmial.com" is almost certainly "gmail.com".

The ID *is* the address and cannot be changed later, and a mistyped one means the customer never
gets the invitation. So the form suggests (never forces) the likely address when the domain is
one edit or a swapped pair away from a mail provider customers use, or the top-level domain is a
known slip (".con"). Offline and deterministic, like the rest of validation.
"""

#: Providers common among the showrooms' customers (Sweden, the Netherlands, Germany, and worldwide).
KNOWN_DOMAINS = (
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.se",
    "hotmail.de",
    "hotmail.nl",
    "outlook.com",
    "outlook.de",
    "live.com",
    "live.se",
    "live.nl",
    "msn.com",
    "yahoo.com",
    "yahoo.se",
    "yahoo.de",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "protonmail.com",
    "proton.me",
    "gmx.de",
    "gmx.net",
    "web.de",
    "t-online.de",
    "freenet.de",
    "telia.com",
    "telia.se",
    "bredband.net",
    "spray.se",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "xs4all.nl",
    "home.nl",
    "online.nl",
)

#: Top-level domains typed wrong often enough to be worth a hint.
TLD_SLIPS = {
    "con": "com",
    "cmo": "com",
    "ocm": "com",
    "comm": "com",
    "cm": "com",
    "om": "com",
    "nt": "net",
    "ent": "net",
}


def _distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (edits and adjacent swaps), stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def suggest(email: str) -> str | None:
    """The address the customer probably meant, or None if it looks right (or is no address yet)."""
    local, at, domain = email.strip().rpartition("@")
    if not at or not local or "." not in domain:
        return None
    domain = domain.lower()
    if domain in KNOWN_DOMAINS:
        return None
    best = min(KNOWN_DOMAINS, key=lambda known: _distance(domain, known))
    # One slip in a short domain, two in a long one: "gmial.com" and "hotnail.con", not "gmx.net" for "gm.net".
    allowed = 1 if len(best) <= 7 else 2
    if _distance(domain, best) <= allowed:
        return f"{local}@{best}"
    name, _, tld = domain.rpartition(".")
    if tld in TLD_SLIPS:
        return f"{local}@{name}.{TLD_SLIPS[tld]}"
    return None
