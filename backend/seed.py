"""Demo data: one Porsche Center in Sweden and one salesperson, so a fresh install can be tried."""

from sqlalchemy.orm import Session

from backend.models import Dealer, Salesperson
from backend.security import hash_password

DEMO_DEALER_ID = "demo-stockholm"
#: The demo salesperson, who signs in at the kiosk with this PIN.
DEMO_PIN = "2468"
DEMO_SALESPERSON = "Erik Lind"


def seed_demo(session: Session) -> Dealer:
    """Create the demo dealer and salesperson if they are not there yet (safe to run again)."""
    dealer = session.get(Dealer, DEMO_DEALER_ID)
    if dealer is None:
        dealer = Dealer(
            id=DEMO_DEALER_ID,
            name="Porsche Center Stockholm (demo)",
            country="SE",
            languages="sv,en",
            self_registration=True,
        )
        session.add(dealer)
        session.add(Salesperson(dealer_id=DEMO_DEALER_ID, name=DEMO_SALESPERSON, pin_hash=hash_password(DEMO_PIN)))
        session.commit()
    return dealer
