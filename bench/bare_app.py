"""The baseline: a bare FastAPI endpoint that reads and validates the same invitation body and
answers it, served by uvicorn exactly as the backend is. What the backend adds on top of this is
its own work: authentication, storage, the mail outbox, the audit log."""

from fastapi import FastAPI

from kiosk.wire import InvitationCreate

app = FastAPI()


@app.post("/api/v1/invitations", status_code=201)
def create(body: InvitationCreate) -> dict[str, str]:
    return {"id": str(body.id), "status": "sent"}


@app.get("/healthz")
def health() -> dict[str, str]:
    return {"status": "ok"}
