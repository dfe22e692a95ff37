"""GDPR request texts: an Art. 21 objection to AI training and an Art. 15 access request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

GDPR_REGIONS = ("EU", "EEA", "UK", "CH")

# Who receives the letter, per platform (controller for EU/EEA/UK users; policies.md §1–§3).
CONTROLLERS = {
    "x": ("X Internet Unlimited Company (XIUC)", "https://help.x.com/forms/privacy"),
    "linkedin": ("LinkedIn Ireland Unlimited Company",
                 "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"),
    "facebook": ("Meta Platforms Ireland Limited", "https://www.facebook.com/privacy/genai"),
    "instagram": ("Meta Platforms Ireland Limited",
                  "https://help.instagram.com/contact/767264225370182"),
    "threads": ("Meta Platforms Ireland Limited",
                "https://help.instagram.com/contact/767264225370182"),
}  # fmt: skip
PLATFORM_NAMES = {"x": "X", "linkedin": "LinkedIn", "facebook": "Facebook",
                  "instagram": "Instagram", "threads": "Threads"}  # fmt: skip
LAW = {"UK": "the UK GDPR", "CH": "the Swiss Federal Act on Data Protection (FADP)"}


@dataclass(frozen=True, slots=True)
class Letter:
    platform: str
    kind: str  # "objection" | "access"
    recipient: str
    send_via: str
    subject: str
    body: str


def _law(region: str | None) -> str:
    return LAW.get(region or "", "the General Data Protection Regulation (GDPR)")


def objection_letter(
    platform: str, name: str, handle: str, region: str | None, today: date | None = None
) -> Letter:
    """Art. 21 objection to processing for AI training based on legitimate interests."""
    who, via = CONTROLLERS[platform]
    pname = PLATFORM_NAMES[platform]
    law = _law(region)
    day = (today or date.today()).isoformat()
    body = f"""To: {who}
Date: {day}
Subject: Objection to the processing of my personal data for AI training (Article 21 {law})

I hold the {pname} account {handle} in the name of {name}.

Under Article 21(1) of {law}, I object to the processing of my personal data for the
development, training, fine-tuning and improvement of artificial-intelligence models, by you
and by any affiliate or third party you share my data with for that purpose. This includes my
posts, comments, profile information, messages and my interactions with your AI features.

You base this processing on legitimate interests. I ask you to stop it for my data without
delay, unless you demonstrate compelling legitimate grounds that override my interests, rights
and freedoms, and to tell me so in writing.

Please also confirm, within one month as Article 12(3) requires:
1. that you have recorded this objection and from which date it applies;
2. whether my personal data has already been used to train any model, which models, and
   whether you will remove it or exclude it from future training;
3. which affiliates or third parties received my data for AI training.

Yours faithfully,
{name}
"""
    return Letter(platform, "objection", who, via, f"Article 21 objection: {pname} AI training",
                  body)  # fmt: skip


def access_letter(
    platform: str, name: str, handle: str, region: str | None, today: date | None = None
) -> Letter:
    """Art. 15 access request asking which data was used for AI training."""
    who, via = CONTROLLERS[platform]
    pname = PLATFORM_NAMES[platform]
    law = _law(region)
    day = (today or date.today()).isoformat()
    body = f"""To: {who}
Date: {day}
Subject: Access request about AI training (Article 15 {law})

I hold the {pname} account {handle} in the name of {name}.

Under Article 15 of {law}, please tell me:
1. which categories of my personal data you have used, or use, to develop or train AI models,
   and since when;
2. the purposes and legal basis of that processing;
3. the recipients, including affiliates and third parties, that received my data for AI
   training, and the models concerned;
4. how long you keep the data used for training, and whether it can be removed from models;
5. the source of any data about me that you did not collect from me.

Please also provide a copy of the personal data concerned, within one month as Article 12(3)
requires.

Yours faithfully,
{name}
"""
    return Letter(platform, "access", who, via, f"Article 15 request: {pname} AI training", body)
