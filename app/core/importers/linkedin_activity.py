"""Converters for LinkedIn files with their own shape: posts, comments, reactions, messages,
connections, ads and inferences. Each takes the file's Header and returns a row function
(or None when the columns it needs are missing)."""

from __future__ import annotations

from app.core.importers.linkedin_csv import Header, clean_share_text, col_key
from app.core.importers.linkedin_items import LiState, RowFn
from app.core.models import Item, ItemKind, SourceRef, Visibility

_AUDIENCE = "seen by whoever can see the post it is on; the export does not say who that is"
SHARE_VISIBILITY = {
    "PUBLIC": (Visibility.PUBLIC, "Shares.csv Visibility PUBLIC: anyone, on or off LinkedIn"),
    "ANYONE": (Visibility.PUBLIC, "Shares.csv Visibility ANYONE: anyone, on or off LinkedIn"),
    "LOGGED_IN": (Visibility.PUBLIC, "Shares.csv Visibility LOGGED_IN: any signed-in member"),
    "MEMBER_NETWORK": (
        Visibility.FOLLOWERS,
        "Shares.csv Visibility MEMBER_NETWORK: the member's network (connections and "
        "followers), not the open web",
    ),
    "CONNECTIONS": (Visibility.FRIENDS, "Shares.csv Visibility CONNECTIONS: connections only"),
    "CONTAINER": (
        Visibility.UNKNOWN,
        "Shares.csv Visibility CONTAINER: a group or event's members",
    ),
}
_AI_BASIS = "a conversation with a LinkedIn AI assistant, kept in the account"
_GROUP_BASIS = "group message: visible to the conversation's participants"
_DM_BASIS = "direct message: visible to the sender and the recipient"
_AD_FACTS = {  # region hints in Ad_Targeting.csv
    "profilelocations": "ad_profile_locations",
    "interfacelocales": "ad_interface_locale",
    "interfacelocale": "ad_interface_locale",
}


def shares(h: Header, st: LiState) -> RowFn | None:
    d, link, text = h.index("Date"), h.index("ShareLink"), h.index("ShareCommentary")
    url, media, vis = h.index("SharedUrl"), h.index("MediaUrl"), h.index("Visibility")
    if text < 0 and link < 0:
        return None

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        date, body, target = r[d].strip(), clean_share_text(r[text].strip()), r[link].strip()
        v = r[vis].strip().upper()
        visibility, basis = SHARE_VISIBILITY.get(
            v, (Visibility.UNKNOWN, f"Shares.csv gives no known audience ({v or 'empty'})")
        )
        attrs: dict[str, object] = {}
        if shared := r[url].strip():
            attrs["shared_url"] = shared
        if m := r[media].strip():
            attrs["media_url"] = m
        key = ("share", target) if target else ("share", date, body)
        out.append(st.make(ItemKind.POST, key, date, visibility, basis, body, ref, target, attrs))

    return row


def comments(h: Header, st: LiState) -> RowFn | None:
    d, link, msg = h.index("Date"), h.index("Link"), h.index("Message", "Comment")
    if msg < 0:
        return None

    basis = f"a comment is {_AUDIENCE}"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        date, target, text = r[d].strip(), r[link].strip(), r[msg].strip()
        key = ("comment", date, target, text)
        out.append(st.make(ItemKind.COMMENT, key, date, Visibility.UNKNOWN, basis, text, ref,
                           target))  # fmt: skip

    return row


def reactions(h: Header, st: LiState) -> RowFn | None:
    d, kind, link = h.index("Date"), h.index("Type"), h.index("Link")
    if link < 0:
        return None

    basis = f"a reaction is {_AUDIENCE}"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        date, typ, target = r[d].strip(), r[kind].strip() or "LIKE", r[link].strip()
        out.append(st.make(ItemKind.LIKE_OR_REACTION, ("reaction", date, typ, target), date,
                           Visibility.UNKNOWN, basis, typ, ref, target))  # fmt: skip

    return row


def votes(h: Header, st: LiState) -> RowFn | None:
    d, link, opt = h.index("Date"), h.index("Link"), h.index("OptionText", "Option")
    if opt < 0:
        return None
    basis = "LinkedIn shows others only a poll's totals; the export does not say who else sees it"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        date, target, text = r[d].strip(), r[link].strip(), r[opt].strip()
        out.append(st.make(ItemKind.POLL_ANSWER, ("vote", date, target, text), date,
                           Visibility.UNKNOWN, basis, text, ref, target))  # fmt: skip

    return row


def _messages(h: Header, st: LiState, ai: bool) -> RowFn | None:
    conv, title = h.index("CONVERSATION ID"), h.index("CONVERSATION TITLE")
    frm, to = h.index("FROM", "SENDER"), h.index("TO", "RECIPIENT")
    urls, d = h.index("RECIPIENT PROFILE URLS"), h.index("DATE", "TIME", "CREATED AT")
    subj, body = h.index("SUBJECT"), h.index("CONTENT", "MESSAGE", "TEXT")
    folder, draft = h.index("FOLDER"), h.index("IS MESSAGE DRAFT")
    attach = h.index("ATTACHMENTS")
    if body < 0:
        return None

    if ai:
        group = direct = (ItemKind.AI_CHAT, _AI_BASIS)
    else:
        group, direct = (ItemKind.GROUP_MESSAGE, _GROUP_BASIS), (ItemKind.MESSAGE, _DM_BASIS)
    make, private = st.make, Visibility.PRIVATE

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        text, subject = r[body].strip(), r[subj].strip()
        if subject and subject not in text:
            text = f"{subject}\n{text}" if text else subject
        date, sender, conv_id = r[d].strip(), r[frm].strip(), r[conv].strip()
        conv_title = r[title].strip()
        attrs: dict[str, object] = {"conversation": conv_id, "from": sender}
        if conv_title:
            attrs["conversation_title"] = conv_title
        if f := r[folder].strip():
            attrs["folder"] = f
        if (dr := r[draft]) and dr.strip().lower() in ("yes", "true"):
            attrs["draft"] = True
        if (a := r[attach]) and (a := a.strip()):
            attrs["attachments"] = a
        kind, basis = group if conv_title or _several(r[urls], r[to]) else direct
        key = ("message", conv_id, sender, date, text)
        out.append(make(kind, key, date, private, basis, text, ref, None, attrs))

    return row


def _several(urls: str, names: str) -> bool:
    """More than one recipient: by profile URL, or by name where no URL is given."""
    for value in (urls, names):
        if "," not in value:
            if value.strip():
                return False
            continue
        n = sum(1 for v in value.split(",") if v.strip())
        if n:
            return n > 1
    return False


def messages(h: Header, st: LiState) -> RowFn | None:
    return _messages(h, st, ai=False)


def ai_messages(h: Header, st: LiState) -> RowFn | None:
    return _messages(h, st, ai=True)


def connections(h: Header, st: LiState) -> RowFn | None:
    first, last, url = h.index("First Name"), h.index("Last Name"), h.index("URL", "Profile URL")
    company, pos, d = h.index("Company"), h.index("Position"), h.index("Connected On")
    if first < 0 and url < 0:
        return None
    basis = "your connections list is visible to your connections unless you hide it"

    make, kind, unknown = st.make, ItemKind.CONNECTION_OR_FOLLOW, Visibility.UNKNOWN

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        name = f"{r[first].strip()} {r[last].strip()}".strip()
        p, c = r[pos].strip(), r[company].strip()
        role = f"{p} at {c}" if p and c else p or c
        text = f"{name} ({role})" if role else name
        date, target = r[d].strip(), r[url].strip()
        key = ("connection", target or name, date)
        out.append(make(kind, key, date, unknown, basis, text, ref, target,
                        {"relation": "connection"}))  # fmt: skip

    return row


def invitations(h: Header, st: LiState) -> RowFn | None:
    frm, to, d = h.index("From"), h.index("To"), h.index("Sent At")
    msg, direction = h.index("Message"), h.index("Direction")
    inviter, invitee = h.index("inviterProfileUrl"), h.index("inviteeProfileUrl")
    if frm < 0 and to < 0:
        return None
    basis = "an invitation and its note go only to the person invited"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        date, note, way = r[d].strip(), r[msg].strip(), r[direction].strip().upper()
        target = r[invitee].strip() if way != "INCOMING" else r[inviter].strip()
        text = note or f"Invitation from {r[frm].strip()} to {r[to].strip()}"
        attrs: dict[str, object] = {"relation": "invitation", "direction": way.lower()}
        key = ("invitation", r[frm].strip(), r[to].strip(), date, note)
        out.append(st.make(ItemKind.CONNECTION_OR_FOLLOW, key, date, Visibility.PRIVATE, basis,
                           text, ref, target, attrs))  # fmt: skip

    return row


def search_queries(h: Header, st: LiState) -> RowFn | None:
    d, q = h.index("Time", "Date", "Searched At"), h.index("Search Query", "Query", "Keywords")
    if q < 0:
        return None
    basis = "search history is kept by LinkedIn and not shown to others"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        date, text = r[d].strip(), r[q].strip()
        out.append(st.make(ItemKind.SEARCH_QUERY, ("search", date, text), date,
                           Visibility.PRIVATE, basis, text, ref))  # fmt: skip

    return row


def ad_targeting(h: Header, st: LiState) -> RowFn | None:
    """One inference per filled cell; repeated column names each keep their own value."""
    basis = "LinkedIn's ad-targeting profile of the member; not shown to other members"
    names = h.names

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        seen: dict[str, int] = {}
        for i, value in enumerate(r):
            value = value.strip()
            name = names[i] if i < len(names) else f"column {i + 1}"
            seen[name] = seen.get(name, 0) + 1
            if not value:
                continue
            if fact := _AD_FACTS.get(col_key(name)):
                st.fact(fact, value)
            attrs = {"category": name, "occurrence": seen[name], "values": value.split("; ")}
            key = ("ad_targeting", name, str(seen[name]), value)
            out.append(st.make(ItemKind.INFERENCE, key, "", Visibility.PRIVATE, basis,
                               f"{name}: {value}", ref, None, attrs))  # fmt: skip

    return row


def inferences(h: Header, st: LiState) -> RowFn | None:
    cat, typ = h.index("Category"), h.index("Type of inference", "Type")
    desc, val = h.index("Description"), h.index("Inference", "Value")
    if typ < 0 or val < 0:
        return None
    basis = "what LinkedIn inferred about the member; not shown to other members"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        t, v = r[typ].strip(), r[val].strip()
        attrs = {"category": r[cat].strip(), "description": r[desc].strip(), "value": v}
        out.append(st.make(ItemKind.INFERENCE, ("inference", r[cat].strip(), t, v), "",
                           Visibility.PRIVATE, basis, f"{t}: {v}", ref, None, attrs))  # fmt: skip

    return row


def rich_media(h: Header, st: LiState) -> RowFn | None:
    d, desc, link = (
        h.index("Date/Time", "Date"),
        h.index("Media Description"),
        h.index("Media Link"),
    )
    if link < 0 and desc < 0:
        return None
    basis = "uploaded media: its audience is that of the post, message or profile it is on"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        date, text, target = r[d].strip(), r[desc].strip(), r[link].strip()
        kind = ItemKind.VIDEO if "video" in date.lower() else ItemKind.PHOTO
        out.append(st.make(kind, ("rich_media", date, target), date, Visibility.UNKNOWN, basis,
                           text or date, ref, target))  # fmt: skip

    return row
