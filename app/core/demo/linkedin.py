"""The LinkedIn demo export: a "Complete" export's CSVs in the 2024–2026 column sets (formats §2).

Posts fall before and after 2024-09-18 and 2025-11-03 with each audience LinkedIn writes; quirks
kept: the Connections.csv `Notes:` preamble, Shares.csv per-line quote wrapping, Comments.csv
backslash-escaped quotes, a group conversation, repeated Ad_Targeting.csv column names.
"""

from __future__ import annotations

from app.core.demo.common import EMAIL, FIRST, LAST, NAME, Files, csv_text

_ME = "https://www.linkedin.com/in/robin-example-demo"
_POST = "https://www.linkedin.com/feed/update/urn:li:activity:{}"
_NOTES = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    "addresses are missing. You will only see email addresses for connections who have allowed "
    "their connections to see or download their email address using this setting "
    'https://www.linkedin.com/psettings/privacy/email."\n\n'
)


def _wrapped(*lines: str) -> str:
    """Shares.csv's multi-line commentary: each line wrapped in its own quotes."""
    first, *middle, last = lines
    return "\n".join([f'{first}"', *(f'"{m}"' for m in middle), f'"{last}'])


def _shares() -> str:
    rows = [
        ["2023-06-14 09:12:40", _POST.format("7074000000000000001"),
         "Proud to share that our library now lends gardening tools!", "", "", "PUBLIC"],
        ["2024-10-02 18:25:49", _POST.format("7247000000000000002"),
         _wrapped("Three things I learned running a seed library:", "",
                  "1. Label everything.", "2. People love sharing."),
         "", "", "MEMBER_NETWORK"],
        ["2025-06-20 07:45:03", _POST.format("7341000000000000003"),
         "Hiring: a part-time archivist for the Springfield library.",
         "https://jobs.example.org/archivist", "", "ANYONE"],
        ["2025-12-03 16:02:17", _POST.format("7402000000000000004"),
         "Photos from our winter reading night.", "",
         "https://media.licdn.com/dms/image/demo-winter-reading.jpg", "CONNECTIONS"],
        ["2026-02-11 12:30:00", _POST.format("7427000000000000005"),
         "What should a library's AI policy say? Thoughts welcome.", "", "", "MEMBER_NETWORK"],
    ]  # fmt: skip
    return csv_text(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl",
                     "Visibility"], rows)  # fmt: skip


def _messages(coach: bool) -> str:
    header = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
              "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
              "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"]  # fmt: skip
    sam = "https://www.linkedin.com/in/sam-neighbour-demo"
    ana = "https://www.linkedin.com/in/ana-lopez-demo"
    if coach:
        rows = [
            ["2-coach1", "", NAME, _ME, "LinkedIn Coach", "", "2025-10-08 09:00:12 UTC", "",
             "How do I explain a career change from retail to libraries?", "INBOX", "No", "No"],
            ["2-coach1", "", "LinkedIn Coach", "", NAME, _ME, "2025-10-08 09:00:19 UTC", "",
             "Lead with the skills that carry over: service, cataloguing stock, events.",
             "INBOX", "No", "No"],
        ]  # fmt: skip
        return csv_text(header, rows)
    rows = [
        ["2-abc1", "", "Sam Neighbour", sam, NAME, _ME, "2024-08-12 10:15:00 UTC", "",
         "Hi Robin, are you still running the seed library?", "INBOX", "No", "No"],
        ["2-abc1", "", NAME, _ME, "Sam Neighbour", sam, "2024-08-12 11:02:44 UTC", "",
         "Yes! Every first Saturday, come along.", "INBOX", "No", "No"],
        ["2-grp1", "Library volunteers", NAME, _ME, "Sam Neighbour, Ana López", f"{sam},{ana}",
         "2025-11-20 17:40:05 UTC", "", "Rota for December is up, please add your shifts.",
         "INBOX", "No", "No"],
    ]  # fmt: skip
    return csv_text(header, rows)


def _comments() -> str:
    rows = [
        ["2024-03-05 14:22:01", _POST.format("7170000000000000010"),
         'Great read. The "quiet hour" idea works well in our branch too.'],
        ["2025-12-01 08:10:45", _POST.format("7401000000000000011"),
         'We tried "fine-free" days in 2025: results were good.'],
    ]  # fmt: skip
    return csv_text(["Date", "Link", "Message"], rows, backslash=True)


def files() -> Files:
    p = "https://www.linkedin.com/in/"
    csvs: dict[str, str] = {
        "Profile.csv": csv_text(
            ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
             "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
             "Instant Messengers"],
            [[FIRST, LAST, "", "", "Mar 31", "Librarian and community gardener",
              "I run the seed library at Springfield Public Library.", "Libraries", "",
              "Springfield", "robin_demo", "[PERSONAL:https://example.org]", ""]]),
        "Connections.csv": _NOTES + csv_text(
            ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
             "Connected On"],
            [["Sam", "Neighbour", f"{p}sam-neighbour-demo", "", "City Parks",
              "Volunteer coordinator", "12 Feb 2019"],
             ["Ana", "López", f"{p}ana-lopez-demo", "", "Springfield Public Library",
              "Head of collections", "03 Oct 2024"],
             ["Kai", "Berg", f"{p}kai-berg-demo", "", "Trail Maps Ltd", "Product manager",
              "16 Dec 2025"]]),
        "Shares.csv": _shares(),
        "Comments.csv": _comments(),
        "Reactions.csv": csv_text(["Date", "Type", "Link"], [
            ["2024-07-01 19:03:12", "LIKE", _POST.format("7213000000000000020")],
            ["2025-11-10 08:44:51", "PRAISE", _POST.format("7393000000000000021")]]),
        "Votes.csv": csv_text(["Date", "Link", "OptionText"], [
            ["2025-04-02 13:00:09", _POST.format("7313000000000000030"), "Weekly"]]),
        "messages.csv": _messages(coach=False),
        "coach_messages.csv": _messages(coach=True),
        "Invitations.csv": csv_text(
            ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
             "inviteeProfileUrl"],
            [[NAME, "Kai Berg", "12/15/25, 7:47 AM", "Good to meet you at the map fair!",
              "OUTGOING", _ME, f"{p}kai-berg-demo"]]),
        "Email Addresses.csv": csv_text(["Email Address", "Confirmed", "Primary", "Updated On"],
                                        [[EMAIL, "Yes", "Yes", "11/18/20, 12:32 PM"]]),
        "Registration.csv": csv_text(["Registered At", "Registration Ip", "Subscription Types"],
                                     [["11/18/20, 11:55 AM", "203.0.113.7", ""]]),
        "Positions.csv": csv_text(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [["Springfield Public Library", "Librarian", "Runs the seed library.",
              "Springfield", "Feb 2022", ""],
             ["Corner Books", "Bookseller", "", "Springfield", "2017", "Jan 2022"]]),
        "Skills.csv": csv_text(["Name"], [["Cataloguing"], ["Community outreach"]]),
        "Company Follows.csv": csv_text(["Organization", "Followed On"],
                                        [["City Parks", "Sat Dec 14 08:57:55 UTC 2024"]]),
        "SearchQueries.csv": csv_text(["Time", "Search Query"],
                                      [["2025/03/15 08:53:43 UTC", "library archivist jobs"]]),
        "Saved_Items.csv": csv_text(["savedItem", "CreatedTime"],
                                    [[_POST.format("7300000000000000040"),
                                      "2025-02-20 21:10:00"]]),
        "Rich_Media.csv": csv_text(
            ["Date/Time", "Media Description", "Media Link"],
            [["You uploaded a photo on December 3, 2025 at 4:01 PM (GMT)", "Winter reading night",
              "https://media.licdn.com/dms/image/demo-winter-reading.jpg"]]),
        "Inferences_about_you.csv": csv_text(
            ["Category", "Type of inference", "Description", "Inference"],
            [["Job seeker", "Open to new opportunities",
              "Whether you are likely to be looking for a job", "No"]]),
        "Ad_Targeting.csv": csv_text(
            ["Member Age", "Company Names", "Job Titles", "Company Names", "Job Titles",
             "Interface Locales", "Profile Locations", "Member Interests"],
            [["25 to 34", "Springfield Public Library", "Librarian", "Corner Books",
              "Bookseller", "en_US", "Springfield", "Gardening; Hiking"]]),
        "Jobs/Job Applications.csv": csv_text(
            ["Application Date", "Company Name", "Job Title", "Job Url", "Resume Name",
             "Question And Answers"],
            [["6/25/25, 9:14 AM", "Springfield Archives", "Archivist",
              "https://www.linkedin.com/jobs/view/4000000001", "Robin_Example_CV.pdf",
              "Years of experience with archives:3 | Willing to work weekends:Yes"]]),
    }  # fmt: skip
    return {name: text.encode() for name, text in csvs.items()}
