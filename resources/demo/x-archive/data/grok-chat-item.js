window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "accountId" : "100",
      "chatId" : "5001",
      "createdAt" : "2025-09-01T12:00:00.000Z",
      "sender" : {
        "value" : 0,
        "name" : "User",
        "originalName" : "USER",
        "annotations" : {}
      },
      "message" : "What can I plant in a shady balcony in autumn?",
      "postIds" : [],
      "grokMode" : {
        "value" : 1,
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : {}
      },
      "attachments" : []
    }
  },
  {
    "grokChatItem" : {
      "accountId" : "100",
      "chatId" : "5001",
      "createdAt" : "2025-09-01T12:00:05.000Z",
      "sender" : {
        "value" : 1,
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : {}
      },
      "message" : "Ferns, hostas and winter pansies do well in shade.",
      "postIds" : [],
      "grokMode" : {
        "value" : 1,
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : {}
      },
      "attachments" : []
    }
  }
]