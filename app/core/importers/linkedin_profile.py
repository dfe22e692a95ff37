"""Converters for the LinkedIn profile, account records, job applications, and a generic one
for list-like files (career sections, follows, learning, logins, ...)."""

from __future__ import annotations

from app.core.importers.linkedin_csv import Header, col_key
from app.core.importers.linkedin_items import (
    PROFILE_BASIS,
    Converter,
    LiState,
    RowFn,
    mask_email,
    mask_phone,
    phone_country_code,
)
from app.core.models import Item, ItemKind, SourceRef, Visibility

ACCOUNT_BASIS = "an account record: LinkedIn keeps it, other members do not see it"
_FACT_COLUMNS = {  # Profile.csv column → account fact (name, headline, region hints)
    "headline": "headline",
    "geolocation": "location",
    "location": "location",
    "industry": "industry",
    "zipcode": "postal_code",
    "address": "address",
}
_DATE_WORDS = ("date", "time", "createdat", "on", "at")


def profile(h: Header, st: LiState) -> RowFn | None:
    """Profile.csv / Profile Summary.csv: one profile_field per filled column."""
    first, last = h.index("First Name"), h.index("Last Name")
    names = h.names

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        name = f"{r[first].strip()} {r[last].strip()}".strip()
        if name and not st.account.display_name:
            st.account.display_name = name
            st.fact("name", name)
        for i, value in enumerate(r):
            value = value.strip()
            if not value or i >= len(names):
                continue
            col = names[i]
            if fact := _FACT_COLUMNS.get(col_key(col)):
                st.fact(fact, value)
            attrs = {"field": col}
            key = ("profile", col, value)
            out.append(st.make(ItemKind.PROFILE_FIELD, key, "", Visibility.UNKNOWN,
                               PROFILE_BASIS, f"{col}: {value}", ref, None, attrs))  # fmt: skip

    return row


def _contact(h: Header, st: LiState, what: str) -> RowFn | None:
    """Email Addresses.csv / PhoneNumbers.csv: masked account facts, never the full value."""
    val = (
        h.index("Email Address", "Email") if what == "email" else h.index("Number", "Phone Number")
    )
    if val < 0:
        return None
    primary, d = h.index("Primary"), h.index("Updated On", "Date")
    ext, typ = h.index("Extension"), h.index("Type")

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        raw = r[val].strip()
        if not raw:
            return
        masked = mask_email(raw) if what == "email" else mask_phone(raw + r[ext].strip())
        is_primary = r[primary].strip().lower() in ("yes", "true")
        if what == "email":
            if is_primary or "email" not in st.account.facts:
                st.account.facts["email"] = masked
        else:
            st.fact("phone", masked)
            st.fact("phone_country_code", phone_country_code(raw))
        label = f"{what} {masked}" + (f" ({r[typ].strip()})" if r[typ].strip() else "")
        attrs: dict[str, object] = {"masked": True}
        if is_primary:
            attrs["primary"] = True
        out.append(st.make(ItemKind.ACCOUNT_FACT, (what, raw.lower()), r[d].strip(),
                           Visibility.PRIVATE, ACCOUNT_BASIS, label, ref, None, attrs))  # fmt: skip

    return row


def emails(h: Header, st: LiState) -> RowFn | None:
    return _contact(h, st, "email")


def phones(h: Header, st: LiState) -> RowFn | None:
    return _contact(h, st, "phone")


def registration(h: Header, st: LiState) -> RowFn | None:
    d, subs = h.index("Registered At", "Registration Date"), h.index("Subscription Types")
    if d < 0:
        return None

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        item = st.make(ItemKind.ACCOUNT_FACT, ("registration", r[d].strip()), r[d].strip(),
                       Visibility.PRIVATE, ACCOUNT_BASIS, "account registered", ref)  # fmt: skip
        if item.created_at and st.account.created_at is None:
            st.account.created_at = item.created_at
        if s := r[subs].strip():
            item.attrs["subscriptions"] = s
        out.append(item)

    return row


def job_applications(h: Header, st: LiState) -> RowFn | None:
    d, company, title = h.index("Application Date"), h.index("Company Name"), h.index("Job Title")
    url, resume, qa = h.index("Job Url"), h.index("Resume Name"), h.index("Question And Answers")
    if company < 0 and qa < 0:
        return None
    basis = "sent to the employer with the job application"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        date, answers = r[d].strip(), r[qa].strip()
        job = " at ".join(x for x in (r[title].strip(), r[company].strip()) if x)
        attrs: dict[str, object] = {"job": job}
        if r[resume].strip():
            attrs["resume"] = r[resume].strip()
        text = answers or f"Applied: {job}"
        key = ("application", date, job, r[url].strip())
        out.append(st.make(ItemKind.SCREENING_ANSWER, key, date, Visibility.PRIVATE, basis,
                           text, ref, r[url].strip(), attrs))  # fmt: skip

    return row


def saved_answers(h: Header, st: LiState) -> RowFn | None:
    q, a = h.index("Question"), h.index("Answer", "Response", "Answers")
    if a < 0:
        return None
    basis = "kept in the account and sent to employers with applications that ask it"

    def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
        question, answer = r[q].strip(), r[a].strip()
        out.append(st.make(ItemKind.SCREENING_ANSWER, ("answer", question, answer), "",
                           Visibility.PRIVATE, basis, f"{question}: {answer}", ref, None,
                           {"question": question}))  # fmt: skip

    return row


def _masker(name: str) -> str:
    k = col_key(name)
    if "email" in k:
        return "email"
    if "phone" in k or k == "number":
        return "phone"
    if k in ("ip", "ipaddress", "registrationip") or k.endswith("ipaddress"):
        return "ip"
    return ""


def generic(kind: ItemKind, visibility: Visibility, basis: str, tag: str) -> Converter:
    """Any list-like CSV: text from the filled columns, date from the first date-like column.

    E-mail addresses, phone numbers and IP addresses in it are masked.
    """

    def make(h: Header, st: LiState) -> RowFn:
        names = h.names
        dates = [i for i, n in enumerate(names) if _is_date(n)]
        masks = {i: m for i, n in enumerate(names) if (m := _masker(n))}

        def row(r: list[str], ref: SourceRef, out: list[Item]) -> None:
            date = next((v for i in dates if (v := r[i].strip())), "")
            parts: list[tuple[str, str]] = []
            for i, value in enumerate(r):
                value = value.strip()
                if not value or i in dates:
                    continue
                m = masks.get(i)
                if m:
                    value = mask_email(value) if m == "email" else mask_phone(value)
                    value = "***" if m == "ip" else value
                name = names[i] if i < len(names) and names[i] else f"column {i + 1}"
                parts.append((name, value))
            if not parts and not date:
                return
            text = parts[0][1] if len(parts) == 1 else "; ".join(f"{k}: {v}" for k, v in parts)
            key = (tag, date, *(v for _, v in parts))
            attrs: dict[str, object] = {"fields": dict(parts)} if len(parts) > 1 else {}
            out.append(st.make(kind, key, date, visibility, basis, text, ref, None, attrs))

        return row

    return make


def _is_date(name: str) -> bool:
    k = col_key(name)
    if "date" in k or "time" in k or k.endswith(("createdat", "sentat", "madeat")):
        return True
    words = name.lower().split()
    return len(words) > 1 and words[-1] in _DATE_WORDS
