"""LinkedIn importer: the public sample read in place, each CSV quirk from a small in-test
export, Basic/Complete dedupe, masking of contacts, and the scan CLI end to end."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.importers.linkedin import LinkedInImporter
from app.core.importers.linkedin_csv import clean_share_text, file_key
from app.core.importers.linkedin_dates import parse_date
from app.core.importers.sources import ArchiveSource
from app.core.importing import ImportJob
from app.core.models import FileStatus, Inventory, Item, ItemKind, Visibility

HESTIA = "linkedin/hestialabs-experiences/Linkedin-fake-data"
ROOT = Path(__file__).resolve().parents[3]


def run(*paths: Path) -> tuple[list[Item], Inventory]:
    job = ImportJob(list(paths))
    return job.run(), job.inventory


def kinds(inv: Inventory) -> dict[str, int]:
    return {kind: n for (platform, kind), n in inv.kind_counts.items() if platform == "linkedin"}


def status(inv: Inventory, name: str) -> tuple[FileStatus, int, str]:
    [f] = [f for f in inv.files if f.member.rsplit("/", 1)[-1] == name]
    return f.status, f.items, f.reason


def export(root: Path, files: dict[str, str | bytes], zipped: str | None = None) -> Path:
    """Write files into a folder, or into a zip named `zipped` under root."""
    if zipped:
        path = root / zipped
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in files.items():
                zf.writestr(f"{path.stem}/{name}", data)
        return path
    root.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode())
    return root


CONNECTIONS = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    'Ann,Lee,https://www.linkedin.com/in/annlee,,"Acme, Inc.",CTO,16 Dec 2024\n'
    "Bo,Chen,https://www.linkedin.com/in/bochen,,Globex,Engineer,03 Jan 2023\n"
)


# -- public sample, counts checked by hand ----------------------------------------------------


def test_hestialabs_sample(public_fixtures: Path) -> None:
    items, inv = run(public_fixtures / HESTIA)
    # Connections.csv: `wc -l` = 3004 = 4 preamble/header lines (Notes:, the quoted paragraph,
    # a blank line, the header) + 3000 rows; no field spans lines (`grep -c '@'` = 3000, one
    # email address per row).
    # Ad_Targeting.csv: one data row; `sed -n 2p | tr , '\n' | wc -l` = 32 pieces, one comma is
    # inside the quoted Profile Locations value → 31 cells for 31 header names; 8 are empty
    # (Company Category, Company Growth Rate, Function By Size, Member Groups, Company Revenue,
    # Job Titles ×3) → 23 inferences.
    # Inferences_about_you.csv: 18 newlines, the last row has none → header + 18 rows.
    assert kinds(inv) == {"connection_or_follow": 3000, "inference": 23 + 18}
    assert len({it.id for it in items}) == len(items)
    assert status(inv, "Connections.csv") == (FileStatus.READ, 3000, "3,000 rows")
    assert status(inv, "Ad_Targeting.csv") == (FileStatus.READ, 23, "1 rows")
    assert status(inv, "Inferences_about_you.csv") == (FileStatus.READ, 18, "18 rows")
    assert not inv.files_with(FileStatus.FAILED) and not inv.files_with(FileStatus.UNKNOWN)
    assert inv.layouts["linkedin"] == "LinkedIn export, 2021–2023 column sets, 3 CSV files"

    first = next(it for it in items if it.kind is ItemKind.CONNECTION_OR_FOLLOW)
    assert (
        first.text == "Carla Smith (Producer, television/film/video at Morris, Maddox and Harris)"
    )
    assert first.created_at == datetime(2009, 3, 15, tzinfo=UTC)
    assert first.attrs["date_tz_assumed"] is True
    assert "carla.smith" not in first.text  # a connection's e-mail is not copied into items
    # the repeated "Company Names" column keeps each of its three values
    company = [it for it in items if it.attrs.get("category") == "Company Names"]
    assert [it.attrs["occurrence"] for it in company] == [1, 2, 3]
    freelancer = next(it for it in items if it.text.startswith("Freelancer"))
    assert freelancer.text == "Freelancer: true" and freelancer.visibility is Visibility.PRIVATE
    facts = inv.accounts[0].facts
    assert facts["ad_interface_locale"] == "French"
    assert facts["ad_profile_locations"].startswith("Switzerland; Switzerland; EMEA")


def test_sniff_public_sample(public_fixtures: Path) -> None:
    with ArchiveSource.open([public_fixtures / HESTIA]) as src:
        assert LinkedInImporter().sniff(src) == 0.9
    with ArchiveSource.open([public_fixtures / "x"]) as src:
        assert LinkedInImporter().sniff(src) == 0.0


# -- quirks, each from a small in-test CSV ------------------------------------------------------


def test_notes_preamble_is_skipped(tmp_path: Path) -> None:
    items, inv = run(export(tmp_path / "e", {"Connections.csv": CONNECTIONS}))
    assert [it.text for it in items] == [
        "Ann Lee (CTO at Acme, Inc.)",
        "Bo Chen (Engineer at Globex)",
    ]
    assert items[0].target == "https://www.linkedin.com/in/annlee"
    assert "2024 or later" in inv.layouts["linkedin"]


def test_comments_backslash_quotes_all_parse(tmp_path: Path) -> None:
    body = (
        "Date,Link,Message\n"
        '2025-06-17 09:50:39,https://l/1,"Rather than \\"This is what\\", it\'s \\"better\\""\n'
        "2025-06-17 09:49:22,https://l/2,Plain comment without quotes\n"
        '2025-05-01 12:15:05,https://l/3,"\\"No\\" 🙂"\n'
        '2025-05-11 01:31:48,https://l/4,"Line one\n\n13. Fakes. \\"Grandiosity\\"?"\n'
        '2025-05-12 01:31:48,https://l/5,"a, b and C:\\\\path stays"\n'
    )
    # Python's default dialect mangles the escaped rows: fields run together
    default = list(csv.reader(io.StringIO(body)))
    assert [len(r) for r in default[1:]] != [3] * 5
    items, inv = run(export(tmp_path / "e", {"Comments.csv": body}))
    assert [it.text for it in items] == [
        'Rather than "This is what", it\'s "better"',
        "Plain comment without quotes",
        '"No" 🙂',
        'Line one\n\n13. Fakes. "Grandiosity"?',
        "a, b and C:\\\\path stays",
    ]
    assert status(inv, "Comments.csv") == (FileStatus.READ, 5, "5 rows")
    assert all(it.visibility is Visibility.UNKNOWN and it.target for it in items)
    assert "post" in items[0].visibility_basis


def test_repeated_column_names_keep_all_values(tmp_path: Path) -> None:
    body = "Member Age,Job Titles,Job Titles,Job Titles\n25 to 34,Engineer,,CTO; Founder\n"
    items, _ = run(export(tmp_path / "e", {"Ad Targeting.csv": body, "Skills.csv": "Name\nSQL\n"}))
    ads = [it for it in items if it.kind is ItemKind.INFERENCE]
    assert [it.text for it in ads] == ["Member Age: 25 to 34", "Job Titles: Engineer",
                                       "Job Titles: CTO; Founder"]  # fmt: skip
    assert ads[2].attrs == {"category": "Job Titles", "occurrence": 3, "values": ["CTO", "Founder"]}


@pytest.mark.parametrize(
    ("text", "expected", "assumed"),
    [
        ("2024-03-05 14:22:01 UTC", datetime(2024, 3, 5, 14, 22, 1, tzinfo=UTC), False),
        ("2026-04-02 22:25:49", datetime(2026, 4, 2, 22, 25, 49, tzinfo=UTC), True),
        ("05 Mar 2024", datetime(2024, 3, 5, tzinfo=UTC), True),
        ("Mar 2024", datetime(2024, 3, 1, tzinfo=UTC), True),
        ("2017", datetime(2017, 1, 1, tzinfo=UTC), True),
        ("3/5/24, 2:22 PM", datetime(2024, 3, 5, 14, 22, tzinfo=UTC), True),
        ("12/15/24, 12:05 AM", datetime(2024, 12, 15, 0, 5, tzinfo=UTC), True),
        ("11/26/24 01:32 PM UTC", datetime(2024, 11, 26, 13, 32, tzinfo=UTC), False),
        ("1/14/2020 12:13", datetime(2020, 1, 14, 12, 13, tzinfo=UTC), True),
        ("Sat Dec 14 08:57:55 UTC 2024", datetime(2024, 12, 14, 8, 57, 55, tzinfo=UTC), False),
        ("2024/12/15 08:53:43 UTC", datetime(2024, 12, 15, 8, 53, 43, tzinfo=UTC), False),
        ("You uploaded a photo on March 9, 2026 at 2:58 PM (GMT)",
         datetime(2026, 3, 9, 14, 58, tzinfo=UTC), False),
        ("Sep 23, 2022 12:00 PM - Sep 23, 2022 12:20 PM",
         datetime(2022, 9, 23, 12, 0, tzinfo=UTC), True),
        ("Mar 31", None, False),  # Profile.csv birth date without a year
        ("", None, False),
        ("not a date", None, False),
    ],
)  # fmt: skip
def test_date_formats(text: str, expected: datetime | None, assumed: bool) -> None:
    assert parse_date(text) == (expected, assumed)


def test_bom_multiline_fields_and_header_only_files(tmp_path: Path) -> None:
    messages = (
        "\ufeffCONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
        "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
        'c1,,Ann Lee,https://l/ann,Bo Chen,https://l/bo,2024-12-16 18:24:37 UTC,,"Hi Bo,\n\n'
        'how are you?",INBOX\n'
        "c1,,Bo Chen,https://l/bo,Ann Lee,https://l/ann,2024-12-16 18:30:00 UTC,,Fine!,INBOX\n"
        'c2,Team lunch,Ann Lee,https://l/ann,"Bo Chen, Cy Diaz","https://l/bo,https://l/cy",'
        "2024-12-17 09:00:00 UTC,,Noon?,INBOX\n"
        'c3,,Ann Lee,https://l/ann,"Bo Chen, Cy Diaz","https://l/bo,https://l/cy",'
        "2024-12-18 09:00:00 UTC,,Untitled group,INBOX\n"
    )
    files = {
        "messages.csv": messages.encode("utf-8"),
        "Reactions.csv": b"\xef\xbb\xbfDate,Type,Link\n2024-01-02 03:04:05,PRAISE,https://l/p\n",
        "Votes.csv": "Date,Link,OptionText\n",  # header only
        "Learning.csv": "",  # zero bytes
    }
    items, inv = run(export(tmp_path / "e", files))
    msgs = [it for it in items if it.kind in (ItemKind.MESSAGE, ItemKind.GROUP_MESSAGE)]
    assert [(it.kind.value, it.text) for it in msgs] == [
        ("message", "Hi Bo,\n\nhow are you?"),
        ("message", "Fine!"),
        ("group_message", "Noon?"),  # it has a conversation title
        ("group_message", "Untitled group"),  # three participants
    ]
    assert msgs[0].created_at == datetime(2024, 12, 16, 18, 24, 37, tzinfo=UTC)
    assert "date_tz_assumed" not in msgs[0].attrs
    assert all(it.visibility is Visibility.PRIVATE for it in msgs)
    [reaction] = [it for it in items if it.kind is ItemKind.LIKE_OR_REACTION]
    assert (reaction.text, reaction.target) == ("PRAISE", "https://l/p")
    assert status(inv, "Votes.csv") == (FileStatus.READ, 0, "0 rows")
    assert status(inv, "Learning.csv") == (FileStatus.READ, 0, "empty file")


def test_malformed_rows_report_the_first_bad_line_and_the_rest_imports(tmp_path: Path) -> None:
    reactions = (
        "Date,Type,Link\n"
        "2024-01-01 00:00:00,LIKE,https://l/1\n"
        '2024-01-02 00:00:00,"LIKE"oops,https://l/2\n'  # text after a closing quote: line 3
        "2024-01-03 00:00:00,LIKE,https://l/3\n"
        '2024-01-04 00:00:00,"LIKE"x,https://l/4\n'
    )
    files = {
        "Reactions.csv": reactions,
        "Shares.csv": b"Date,ShareLink,ShareCommentary\n2024-01-01,https://l/s,\xff\xfe bad\n",
        "Skills.csv": "Name\nPython\n",
        "Positions.csv": "Nothing,Useful\n1,2\n",
    }
    _, inv = run(export(tmp_path / "e", files))
    st, n, reason = status(inv, "Reactions.csv")
    assert (st, n) == (FileStatus.READ, 2)
    assert "2 malformed rows skipped, the first at line 3" in reason
    assert any("Reactions.csv: 2 malformed rows skipped, the first at line 3" in w
               for w in inv.warnings)  # fmt: skip
    st, n, reason = status(inv, "Shares.csv")
    assert st is FileStatus.FAILED and reason.startswith("Shares.csv is not UTF-8 text")
    assert status(inv, "Positions.csv")[0] is FileStatus.READ  # generic files take any columns
    assert kinds(inv)["profile_field"] == 2  # Skills + the odd Positions row
    # a specific converter without its columns fails with a sentence naming the file
    bad = {"Comments.csv": "When,Where\n1,2\n", "Connections.csv": CONNECTIONS}
    _, inv2 = run(export(tmp_path / "f", bad))
    st, _, reason = status(inv2, "Comments.csv")
    assert st is FileStatus.FAILED
    assert (
        reason == "Comments.csv does not have the columns Overshare expects (it has: When, Where)."
    )


def test_unknown_csvs_are_listed_with_their_columns(tmp_path: Path) -> None:
    files = {"Connections.csv": CONNECTIONS, "Brand_New_Thing.csv": "Alpha,Beta\n1,2\n"}
    _, inv = run(export(tmp_path / "e", files))
    st, n, reason = status(inv, "Brand_New_Thing.csv")
    assert (st, n) == (FileStatus.UNKNOWN, 0)
    assert reason == "a LinkedIn CSV Overshare does not read (columns: Alpha, Beta)"


# -- content -------------------------------------------------------------------------------------


def test_shares_visibility_and_quote_wrapping(tmp_path: Path) -> None:
    shares = (
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        '2025-07-01 14:33:22,https://l/s1,"I\'m off.""\n""""\n""WHAT? A retreat.""\n'
        '""Back soon.","","",MEMBER_NETWORK\n'
        '2025-07-02 14:33:22,https://l/s2,"Say ""hi"" to all",https://ex.com,"",PUBLIC\n'
        "2025-07-03 14:33:22,https://l/s3,Third,,,\n"
    )
    items, _ = run(export(tmp_path / "e", {"Shares.csv": shares}))
    assert [it.text for it in items] == [
        "I'm off.\n\nWHAT? A retreat.\nBack soon.",
        'Say "hi" to all',
        "Third",
    ]
    assert [it.visibility for it in items] == [
        Visibility.FOLLOWERS, Visibility.PUBLIC, Visibility.UNKNOWN,
    ]  # fmt: skip
    assert "MEMBER_NETWORK" in items[0].visibility_basis
    assert items[1].attrs["shared_url"] == "https://ex.com"
    assert clean_share_text('a "quote"\nnot wrapped') == 'a "quote"\nnot wrapped'


def test_profile_account_facts_and_masked_contacts(tmp_path: Path) -> None:
    files = {
        "Profile.csv": (
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
            "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
            'Jane,Doe,,,Mar 31,Data engineer,"Builds things.\nLikes tea.",Software,,'
            '"Lausanne, Vaud, Switzerland",,,\n'
        ),
        "Email Addresses.csv": (
            "Email Address,Confirmed,Primary,Updated On\n"
            'old.jane@example.org,Yes,No,"11/18/20, 12:32 PM"\n'
            'jane.doe@example.com,Yes,Yes,"11/18/21, 12:32 PM"\n'
        ),
        "PhoneNumbers.csv": "Extension,Number,Type\n,+44 7700 900123,Mobile\n",
        "Registration.csv": "Registered At,Registration Ip,Subscription Types\n"
        '"11/18/20, 11:55 AM",203.0.113.9,\n',
        "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
        'Acme,Engineer,,"Geneva, Switzerland",Feb 2022,\n'
        "Globex,Intern,,Berlin,2017,2018\n",
    }
    items, inv = run(export(tmp_path / "e", files))
    acc = inv.accounts[0]
    assert acc.display_name == "Jane Doe"
    assert acc.created_at == datetime(2020, 11, 18, 11, 55, tzinfo=UTC)
    assert acc.facts == {
        "name": "Jane Doe",
        "headline": "Data engineer",
        "industry": "Software",
        "location": "Lausanne, Vaud, Switzerland",
        "email": "j***@example.com",
        "phone": "+44********23",
        "phone_country_code": "+44",
        "current_position_location": "Geneva, Switzerland",
    }
    profile = [it for it in items if it.source.member == "Profile.csv"]
    # 8 filled columns: first/last name, birth date, headline, summary, industry, geo location
    assert len(profile) == 7 and all(it.kind is ItemKind.PROFILE_FIELD for it in profile)
    assert all(it.visibility is Visibility.UNKNOWN and "public by default" in it.visibility_basis
               for it in profile)  # fmt: skip
    facts = [it for it in items if it.kind is ItemKind.ACCOUNT_FACT]
    assert sorted(it.text for it in facts) == [
        "account registered", "email j***@example.com", "email o***@example.org",
        "phone +44********23 (Mobile)",
    ]  # fmt: skip
    every_text = json.dumps([it.text for it in items] + [str(it.attrs) for it in items])
    assert "jane.doe@" not in every_text and "900123" not in every_text
    assert "203.0.113.9" not in every_text


def test_jobs_articles_numbered_series_and_ai_coach(tmp_path: Path) -> None:
    files = {
        "Jobs/Job Applications.csv": (
            "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
            "Resume Name,Question And Answers\n"
            '"3/5/24, 2:22 PM",jane@example.com'
            ",+1 555 0100,Acme,Engineer,https://l/j1,cv.pdf,"
            '"Years of Python? : 6 | Visa needed? : No"\n'
        ),
        "Jobs/Job Applicant Saved Screening Question Responses.csv": "Question,Response\nQ1,A1\n",
        "Jobs/Job Applicant Saved Screening Question Responses_1.csv": "Question,Response\nQ2,A2\n",
        "Articles/Articles/2018-03-05 10:00:00.0-my-post.html": (
            "<html><head><title>x</title></head><body><h1><a href='https://l/pulse/my'>"
            "My post</a></h1><p class='created'>Created on 2018-03-05 10:00</p>"
            "<p class='published'>Published on 2018-03-06 09:00</p><div><p>Hello &amp; bye"
            "</p><p>Second</p></div></body></html>"
        ),
        "learning_coach_messages.csv": "FROM,TO,DATE,CONTENT\nJane,Coach,2025-01-01 10:00:00 UTC,"
        "How do I negotiate?\n",
        "Connections.csv": CONNECTIONS,
    }
    items, inv = run(export(tmp_path / "e", files))
    answers = [it for it in items if it.kind is ItemKind.SCREENING_ANSWER]
    assert [it.text for it in answers] == [  # files are read in path order
        "Q1: A1", "Q2: A2", "Years of Python? : 6 | Visa needed? : No",
    ]  # fmt: skip
    assert answers[2].attrs == {
        "job": "Engineer at Acme",
        "resume": "cv.pdf",
        "date_tz_assumed": True,
    }
    assert "jane@example.com" not in str(answers[2].attrs)
    [article] = [it for it in items if it.kind is ItemKind.ARTICLE]
    assert article.text == "My post\n\nHello & bye\nSecond"
    assert article.created_at == datetime(2018, 3, 6, 9, 0, tzinfo=UTC)
    assert (article.visibility, article.target) == (Visibility.PUBLIC, "https://l/pulse/my")
    [coach] = [it for it in items if it.kind is ItemKind.AI_CHAT]
    assert coach.text == "How do I negotiate?"
    assert file_key("Job Applicant Saved Screening Question Responses_1.csv") == file_key(
        "job_applicant_saved_screening_question_responses.csv"
    )
    assert not inv.files_with(FileStatus.UNKNOWN) and not inv.files_with(FileStatus.FAILED)


def test_basic_then_complete_ids_match_and_one_import_reads_complete_only(tmp_path: Path) -> None:
    reactions = "Date,Type,Link\n2024-01-01 00:00:00,LIKE,https://l/1\n"
    basic = export(tmp_path, {"Connections.csv": CONNECTIONS, "Reactions.csv": reactions},
                   "Basic_LinkedInDataExport_04-01-2026.zip")  # fmt: skip
    extra = reactions + "2024-01-02 00:00:00,PRAISE,https://l/2\n"
    complete = export(tmp_path, {"Connections.csv": CONNECTIONS, "Reactions.csv": extra},
                      "Complete_LinkedInDataExport_04-02-2026.zip")  # fmt: skip
    items_b, inv_b = run(basic)
    items_c, _ = run(complete)
    assert {it.id for it in items_b} < {it.id for it in items_c}
    assert inv_b.layouts["linkedin"].startswith("LinkedIn Basic export")
    items_both, inv_both = run(basic, complete)
    assert sorted(it.id for it in items_both) == sorted(it.id for it in items_c)
    skipped = inv_both.files_with(FileStatus.SKIPPED)
    assert {f.member for f in skipped} == {"Connections.csv", "Reactions.csv"}
    assert all(f.archive.startswith("Basic_") for f in skipped)


# -- CLI end to end ------------------------------------------------------------------------------


def _scan(path: Path, fmt: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "app", "scan", str(path), "--format", fmt],
        capture_output=True, text=True, cwd=ROOT, check=True, timeout=120,
    )  # fmt: skip
    return out.stdout


def test_cli_scan_json_jsonl_summary(public_fixtures: Path, tmp_path: Path) -> None:
    data = json.loads(_scan(public_fixtures / HESTIA, "json"))
    assert data["items"]["linkedin"] == {"connection_or_follow": 3000, "inference": 41}
    files = {
        "Connections.csv": CONNECTIONS,
        "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On\n"
        'jane.doe@example.com,Yes,Yes,"11/18/20, 12:32 PM"\n',
    }
    folder = export(tmp_path / "e", files)
    lines = [json.loads(ln) for ln in _scan(folder, "jsonl").splitlines()]
    assert [ln["kind"] for ln in lines] == ["connection_or_follow"] * 2 + ["account_fact"]
    assert lines[0]["created_at"] == "2024-12-16T00:00:00+00:00"
    summary = _scan(folder, "summary")
    assert "linkedin" in summary.lower() and "jane.doe@example.com" not in summary
