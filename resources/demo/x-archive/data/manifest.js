window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "100",
    "userName" : "robin_demo",
    "displayName" : "Robin Example"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213",
    "generationDate" : "2026-06-01T10:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "6"
        }
      ],
      "mediaDirectory" : "data/tweets_media"
    },
    "like" : {
      "files" : [
        {
          "fileName" : "data/like.js",
          "globalName" : "YTD.like.part0",
          "count" : "3"
        }
      ]
    },
    "directMessages" : {
      "files" : [
        {
          "fileName" : "data/direct-messages.js",
          "globalName" : "YTD.direct_messages.part0",
          "count" : "1"
        }
      ]
    },
    "directMessagesGroup" : {
      "files" : [
        {
          "fileName" : "data/direct-messages-group.js",
          "globalName" : "YTD.direct_messages_group.part0",
          "count" : "1"
        }
      ]
    },
    "grokChatItem" : {
      "files" : [
        {
          "fileName" : "data/grok-chat-item.js",
          "globalName" : "YTD.grok_chat_item.part0",
          "count" : "2"
        }
      ]
    },
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "profile" : {
      "files" : [
        {
          "fileName" : "data/profile.js",
          "globalName" : "YTD.profile.part0",
          "count" : "1"
        }
      ]
    },
    "follower" : {
      "files" : [
        {
          "fileName" : "data/follower.js",
          "globalName" : "YTD.follower.part0",
          "count" : "2"
        }
      ]
    },
    "following" : {
      "files" : [
        {
          "fileName" : "data/following.js",
          "globalName" : "YTD.following.part0",
          "count" : "1"
        }
      ]
    },
    "block" : {
      "files" : [
        {
          "fileName" : "data/block.js",
          "globalName" : "YTD.block.part0",
          "count" : "1"
        }
      ]
    },
    "mute" : {
      "files" : [
        {
          "fileName" : "data/mute.js",
          "globalName" : "YTD.mute.part0",
          "count" : "1"
        }
      ]
    },
    "protectedHistory" : {
      "files" : [
        {
          "fileName" : "data/protected-history.js",
          "globalName" : "YTD.protected_history.part0",
          "count" : "2"
        }
      ]
    },
    "personalization" : {
      "files" : [
        {
          "fileName" : "data/personalization.js",
          "globalName" : "YTD.personalization.part0",
          "count" : "1"
        }
      ]
    },
    "adEngagements" : {
      "files" : [
        {
          "fileName" : "data/ad-engagements.js",
          "globalName" : "YTD.ad_engagements.part0",
          "count" : "1"
        }
      ]
    },
    "connectedApplication" : {
      "files" : [
        {
          "fileName" : "data/connected-application.js",
          "globalName" : "YTD.connected_application.part0",
          "count" : "1"
        }
      ]
    },
    "savedSearch" : {
      "files" : [
        {
          "fileName" : "data/saved-search.js",
          "globalName" : "YTD.saved_search.part0",
          "count" : "1"
        }
      ]
    }
  }
}