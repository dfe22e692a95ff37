window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800000000000000001"
          ],
          "editableUntil" : "2026-01-01T00:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://x.com\" rel=\"nofollow\">X Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "1800000000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800000000000000001",
      "created_at" : "Sat Jun 01 09:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Trying out the new community garden on Elm Street today. Tomatoes everywhere!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800000000000000002"
          ],
          "editableUntil" : "2026-01-01T00:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://x.com\" rel=\"nofollow\">X Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "City Parks",
            "screen_name" : "cityparks",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "111",
            "id" : "111"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "3",
      "id_str" : "1800000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800000000000000002",
      "created_at" : "Mon Mar 18 17:02:11 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @cityparks: Volunteers wanted for the spring clean-up this weekend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800000000000000003"
          ],
          "editableUntil" : "2026-01-01T00:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://x.com\" rel=\"nofollow\">X Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "neighbour_sam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "222",
            "id" : "222"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "3",
      "id_str" : "1800000000000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800000000000000003",
      "created_at" : "Tue Oct 22 20:45:30 +0000 2024",
      "favorited" : false,
      "full_text" : "@neighbour_sam Thanks, the workshop was great!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1799999999999999999",
      "in_reply_to_status_id" : "1799999999999999999",
      "in_reply_to_user_id_str" : "222",
      "in_reply_to_user_id" : "222",
      "in_reply_to_screen_name" : "neighbour_sam"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800000000000000004"
          ],
          "editableUntil" : "2026-01-01T00:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://x.com\" rel=\"nofollow\">X Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/abc",
            "expanded_url" : "https://x.com/privacywatch/status/1799999999999999000",
            "display_url" : "x.com/privacywatch/…",
            "indices" : [
              "44",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "id_str" : "1800000000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800000000000000004",
      "created_at" : "Wed Jan 15 08:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "This is exactly why I read privacy policies https://t.co/abc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800000000000000005"
          ],
          "editableUntil" : "2026-01-01T00:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://x.com\" rel=\"nofollow\">X Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "1800000000000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800000000000000005",
      "created_at" : "Thu Apr 12 10:00:00 +0000 2018",
      "favorited" : false,
      "full_text" : "First post! Hello world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800000000000000006"
          ],
          "editableUntil" : "2026-01-01T00:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://x.com\" rel=\"nofollow\">X Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "3",
      "id_str" : "1800000000000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800000000000000006",
      "created_at" : "Sun Aug 10 06:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Photo from the hike up the ridge this morning",
      "lang" : "en"
    }
  }
]