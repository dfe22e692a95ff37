"""Write a synthetic LinkedIn "Complete" export zip in the 2024–2026 format.

    python benchmarks/gen_linkedin_export.py out_dir [--messages 100000 --reactions 20000
        --comments 10000 --connections 30000 --shares 2000]

File names, columns, date formats and quirks follow archive-formats.md §2: the `Notes:`
preamble in Connections.csv, backslash-escaped quotes in Comments.csv, per-line quote wrapping
in Shares.csv, multi-line message bodies, group conversations with a title.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

WORDS = (
    "data", "model", "launch", "team", "hiring", "growth", "remote", "python", "privacy",
    "design", "product", "customer", "meeting", "thanks", "great", "idea", "project",
    "deadline", "review", "roadmap", "coffee", "conference", "talk",
)  # fmt: skip
REACTIONS = ("LIKE", "EMPATHY", "INTEREST", "ENTERTAINMENT", "PRAISE", "APPRECIATION")
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n\n'
)


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


class _Member:
    """A zip member written row by row, so the generator's memory stays small."""

    def __init__(self, zf: zipfile.ZipFile, name: str, head: str = "") -> None:
        self._raw = zf.open(name, "w")
        self.text = io.TextIOWrapper(self._raw, encoding="utf-8", newline="")
        self.text.write(head)
        self.csv = csv.writer(self.text, lineterminator="\n")

    def close(self) -> None:
        self.text.close()


def _when(rng: random.Random, start: datetime) -> datetime:
    return start + timedelta(seconds=rng.randrange(3 * 365 * 86400))


def generate(out: Path, *, messages: int = 100_000, reactions: int = 20_000,
             comments: int = 10_000, connections: int = 30_000, shares: int = 2_000,
             seed: int = 7) -> Path:  # fmt: skip
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "Complete_LinkedInDataExport_04-02-2026.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(
            "Profile.csv",
            _csv([["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                   "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles",
                   "Websites", "Instant Messengers"],
                  ["Ada", "Example", "", "", "Mar 31", "Engineer", _sentence(rng, 30),
                   "Software", "", "Lausanne, Vaud, Switzerland", "", "", ""]]),
        )  # fmt: skip
        msg = _Member(zf, "messages.csv")
        msg.csv.writerow(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL",
                 "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
                 "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"])  # fmt: skip
        for i in range(messages):
            conv = i // 8
            group = conv % 5 == 0
            body = _sentence(rng, rng.randrange(4, 40))
            if i % 10 == 0:
                body += "\n\n" + _sentence(rng, 10)
            to_urls = f"https://www.linkedin.com/in/p{conv}"
            if group:
                to_urls += f",https://www.linkedin.com/in/q{conv}"
            msg.csv.writerow([
                f"2-{conv:012d}", f"Group {conv}" if group else "", f"Person {i % 97}",
                f"https://www.linkedin.com/in/s{i % 97}", f"Person {conv}", to_urls,
                _when(rng, start).strftime("%Y-%m-%d %H:%M:%S UTC"), "", body, "INBOX",
                "No", "No",
            ])  # fmt: skip
        msg.close()
        rows = [["Date", "Type", "Link"]]
        for i in range(reactions):
            rows.append(
                [
                    _when(rng, start).strftime("%Y-%m-%d %H:%M:%S"),
                    rng.choice(REACTIONS),
                    f"https://www.linkedin.com/feed/update/urn:li:activity:{7e18 + i:.0f}",
                ]
            )
        zf.writestr("Reactions.csv", _csv(rows))
        lines = ["Date,Link,Message\n"]
        for i in range(comments):
            text = _sentence(rng, rng.randrange(3, 30))
            if i % 7 == 0:
                text = f'He said \\"{text}\\" and, well, agreed'
            lines.append(
                f"{_when(rng, start):%Y-%m-%d %H:%M:%S},"
                f"https://www.linkedin.com/feed/update/urn:li:activity:{9e17 + i:.0f},"
                f'"{text}"\n'
            )
        zf.writestr("Comments.csv", "".join(lines))
        con = _Member(zf, "Connections.csv", PREAMBLE)
        con.csv.writerow(["First Name", "Last Name", "URL", "Email Address", "Company",
                          "Position", "Connected On"])  # fmt: skip
        for i in range(connections):
            con.csv.writerow(
                [
                    f"First{i}",
                    f"Last{i}",
                    f"https://www.linkedin.com/in/c{i}",
                    "",
                    f"Company {i % 500}",
                    "Engineer, data",
                    f"{_when(rng, start):%d %b %Y}",
                ]
            )
        con.close()
        lines = ["Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"]
        for i in range(shares):
            paras = [_sentence(rng, 12) for _ in range(3)]
            body = '""\n""""\n""'.join(paras)
            lines.append(
                f"{_when(rng, start):%Y-%m-%d %H:%M:%S},"
                f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{8e17 + i:.0f},"
                f'"{body}","","",MEMBER_NETWORK\n'
            )
        zf.writestr("Shares.csv", "".join(lines))
        zf.writestr("Ad_Targeting.csv", "Member Age,Company Names,Company Names,Job Titles\n"
                    "25 to 34,Acme; Globex,Initech,Engineer\n")  # fmt: skip
        zf.writestr("Inferences_about_you.csv", "Category,Type of inference,Description,Inference\n"
                    "Career inferences,Job seeker,Based on your activity.,No\n")  # fmt: skip
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--reactions", type=int, default=20_000)
    ap.add_argument("--comments", type=int, default=10_000)
    ap.add_argument("--connections", type=int, default=30_000)
    ap.add_argument("--shares", type=int, default=2_000)
    a = ap.parse_args()
    path = generate(a.out, messages=a.messages, reactions=a.reactions, comments=a.comments,
                    connections=a.connections, shares=a.shares)  # fmt: skip
    print(f"{path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
