"""Annotator accounts on the Label Studio server: add, list, remove.

Label Studio (open source, 1.23) has no API that sets a password for another user: an
account made with ``POST /api/users/`` can never log in. What it does offer is the
organisation's invite link, whose sign-up form creates an account with a password and adds
it to the organisation. So ``annotators_add`` signs the annotator up through that form
with a random password and hands the password back once; nothing of it is written to any
file or log of the toolkit.

Removing deactivates rather than deletes: the organisation membership is soft-deleted (the
server's own "remove member"), so the person can no longer reach the projects, while the
user row, and with it every annotation they made, stays. The server then masks their name
and e-mail (``Deleted``), so every command here records each account's pseudonym by user id
first (``_pseudonym.remember``): pulls name a removed annotator by that record, with the
pseudonym they had before.
"""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from annotate.errors import StudioError
from annotate.studio._client import Client
from annotate.studio._local import connect, home_dir
from annotate.studio._pseudonym import (
    is_real_email,
    load_key,
    pseudonym,
    remember,
    remembered,
)

__all__ = [
    "Annotator",
    "AnnotatorError",
    "NewAnnotator",
    "annotators_add",
    "annotators_list",
    "annotators_remove",
]

# Where an account made without --email logs in; ".local" names no real mail domain.
DEFAULT_DOMAIN = "annotate.local"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# The sign-up page lists form errors in elements of this class (Label Studio 1.23 templates).
_FORM_ERROR = re.compile(r'class="[^"]*(?:error|field_errors)[^"]*"[^>]*>(.*?)</', re.S)


class AnnotatorError(StudioError, ValueError):
    """An annotator cannot be added or removed as asked."""


@dataclass(frozen=True)
class Annotator:
    """One account of the server's organisation.

    Parameters
    ----------
    id : int
        Label Studio's user id.
    name : str
        The display name (Label Studio's first name).
    email : str
        The login; shown to the lead on the terminal, never written to a table or release.
        Empty for a removed annotator: the server no longer shows it.
    pseudonym : str
        The id this person has in pulled tables and releases (``annotator-<10 hex>``).
    active : bool
        False once removed: the account and its annotations stay, access to projects goes.
    you : bool
        The account whose API token the toolkit uses (the lead).
    """

    id: int
    name: str
    email: str
    pseudonym: str
    active: bool
    you: bool = False


@dataclass(frozen=True)
class NewAnnotator:
    """A new account and the one-time password to hand to the annotator.

    The password is in no ``repr``, so it cannot reach a log or a traceback by accident.
    """

    annotator: Annotator
    login_url: str
    password: str = field(repr=False)


def annotators_add(
    name: str,
    *,
    email: str | None = None,
    client: Client | None = None,
    home: Path | None = None,
) -> NewAnnotator:
    """Create a Label Studio account for an annotator, with a random password.

    Parameters
    ----------
    name : str
        The annotator's display name.
    email : str, optional
        Their login; default ``<name>@annotate.local``.
    client : Client, optional
        Default: the configured server (``LABEL_STUDIO_URL``, else the local one).
    home : Path, optional
        The toolkit's state folder, whose pseudonym key names the annotator as pulls do.

    Returns
    -------
    NewAnnotator
        The account, the login URL and the password, which is shown once and kept nowhere.

    Raises
    ------
    AnnotatorError
        The name is empty, the e-mail is not one, or the server already has that e-mail
        (also when that account was removed: the server cannot restore a membership).
    """
    name = name.strip()
    if not name:
        raise AnnotatorError(
            "the annotator's name is empty", hint="give a name: annotate annotators add NAME"
        )
    email = (email or f"{_slug(name)}@{DEFAULT_DOMAIN}").strip().lower()
    if not _EMAIL.fullmatch(email):
        raise AnnotatorError(
            f"{email!r} is not an e-mail address",
            hint="give one with --email, e.g. --email ana@example.org",
        )
    client = client or connect(home)
    for user in _users(client):
        if (user.email or "").lower() == email:
            raise AnnotatorError(
                f"Label Studio already has an account for {email} (user {user.id})",
                hint="pick another --email; a removed annotator's account cannot be "
                "re-activated through the API (re-add them in Label Studio's Organization page)",
            )
    # token_urlsafe(15) is 20 characters: past Django's length and "common password" checks.
    password = secrets.token_urlsafe(15)
    _sign_up(client, email, password)
    user = next((u for u in _users(client) if (u.email or "").lower() == email), None)
    if user is None:
        raise AnnotatorError(
            f"Label Studio accepted the sign-up of {email} but does not list the account",
            hint="check the organisation's members in Label Studio",
        )
    client.call("name the annotator", client.sdk.users.update, id=int(user.id), first_name=name)
    home = home or home_dir()
    annotator = _annotator(user, name=name, key=load_key(home), org=_org(client), me=-1, known={})
    remember(home, client.connection.url, {annotator.id: annotator.pseudonym})
    return NewAnnotator(annotator, f"{client.connection.url}/user/login/", password)


def annotators_list(*, client: Client | None = None, home: Path | None = None) -> list[Annotator]:
    """Every account of the organisation, removed ones included (``active=False``).

    Parameters
    ----------
    client : Client, optional
        Default: the configured server.
    home : Path, optional
        The toolkit's state folder, for the pseudonym key.

    Returns
    -------
    list of Annotator
        In the order the server created them.
    """
    client = client or connect(home)
    home = home or home_dir()
    me = client.call("check the API token", client.sdk.users.whoami)
    key = load_key(home)
    org = int(me.active_organization or 0)
    url = client.connection.url
    known = remembered(home, url)
    users = sorted(_users(client), key=lambda u: int(u.id))
    found = [_annotator(u, key=key, org=org, me=int(me.id), known=known) for u in users]
    remember(home, url, {a.id: a.pseudonym for a in found if a.email})
    return found


def annotators_remove(
    who: str, *, client: Client | None = None, home: Path | None = None
) -> Annotator:
    """Deactivate an annotator: no more access to the projects, every annotation kept.

    Parameters
    ----------
    who : str
        Their e-mail, name or pseudonym (as ``annotators_list`` shows them).
    client : Client, optional
        Default: the configured server.
    home : Path, optional
        The toolkit's state folder, for the pseudonym key.

    Returns
    -------
    Annotator
        The account, now with ``active=False``. Removing a removed annotator changes nothing.

    Raises
    ------
    AnnotatorError
        No account, or several, match ``who``; or ``who`` is the lead's own account.
    """
    client = client or connect(home)
    everyone = annotators_list(client=client, home=home)
    wanted = who.strip().lower()
    live = [a for a in everyone if a.email]
    matches = [a for a in live if wanted in (a.email.lower(), a.name.lower(), a.pseudonym)]
    gone = [a for a in everyone if not a.email and a.pseudonym == wanted]
    if not matches and gone:
        return gone[0]
    if len(matches) != 1:
        known = ", ".join(f"{a.name} <{a.email}>" for a in everyone if a.active) or "none"
        what = "no annotator" if not matches else f"{len(matches)} annotators"
        raise AnnotatorError(
            f"{what} match {who!r} (annotators: {known})",
            hint="name them by their e-mail, as `annotate annotators list` shows it",
        )
    (annotator,) = matches
    if annotator.you:
        raise AnnotatorError(
            f"{annotator.email} is the account the toolkit logs in with (the lead)",
            hint="remove other accounts only; the lead's token is needed to run the project",
        )
    if annotator.active:
        org = _org(client)
        client.call(
            "remove the annotator from the organisation",
            client.sdk.organizations.members.delete,
            id=org,
            user_pk=annotator.id,
            retry=False,
        )
    return Annotator(
        annotator.id, annotator.name, annotator.email, annotator.pseudonym, active=False
    )


def _sign_up(client: Client, email: str, password: str) -> None:
    invite = client.call("get the invite link", client.sdk.organizations.invites.get_invite_link)
    url = f"{client.connection.url}/user/signup/"
    params = {"token": invite.token or ""}

    def post() -> httpx.Response:
        # A cookie jar of its own and no API token: this is the annotator's sign-up, not ours.
        timeout = httpx.Timeout(client.timeout, connect=min(10.0, client.timeout))
        with httpx.Client(timeout=timeout) as http:
            page = http.get(url, params=params)
            page.raise_for_status()
            form = {
                "csrfmiddlewaretoken": http.cookies.get("csrftoken") or "",
                "email": email,
                "password": password,
            }
            return http.post(url, params=params, data=form, headers={"Referer": str(page.url)})

    try:
        answer = client.call("sign up the annotator", post, retry=False)
    except httpx.HTTPStatusError as exc:
        raise AnnotatorError(
            f"Label Studio's sign-up page {url} answered {exc.response.status_code}",
            hint="check that the server allows sign-up with its invite link",
        ) from exc
    # Success is a redirect into the app; a form with errors comes back as 200.
    if answer.status_code in (301, 302, 303):
        return
    errors = [html.unescape(m).strip() for m in _FORM_ERROR.findall(answer.text)]
    reason = "; ".join(e for e in errors if e) or f"status {answer.status_code}"
    raise AnnotatorError(
        f"Label Studio refused to create the account {email}: {reason}",
        hint="fix what the server says (another --email?) and run the command again",
    )


def _users(client: Client) -> list[Any]:
    return client.call("list users", lambda: list(client.sdk.users.list()))


def _org(client: Client) -> int:
    me = client.call("check the API token", client.sdk.users.whoami)
    return int(me.active_organization or 0)


def _annotator(
    user: Any, *, key: bytes, org: int, me: int, known: dict[int, str], name: str | None = None
) -> Annotator:
    uid = int(user.id)
    email = str(user.email or "")
    if not is_real_email(email):
        # Removed: the server shows a placeholder for the name and e-mail, and the
        # pseudonym is the one recorded while the e-mail was visible.
        alias = known.get(uid, "unknown (removed before the toolkit saw the account)")
        return Annotator(uid, "(removed)", "", alias, active=False, you=uid == me)
    # A soft-deleted membership moves the user's active organisation away from ours.
    active = int(user.active_organization or 0) == org
    shown = name if name is not None else (user.first_name or user.username or "")
    return Annotator(uid, shown, email, pseudonym(email, key), active, uid == me)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", ".", name.lower()).strip(".") or "annotator"
