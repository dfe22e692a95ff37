window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1800000000000200000",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [],
            "urls" : [],
            "text" : "Seed swap at the library on Saturday, who is in?",
            "mediaUrls" : [],
            "senderId" : "333",
            "id" : "1800000000000200001",
            "createdAt" : "2025-02-03T19:00:00.000Z",
            "editHistory" : []
          }
        },
        {
          "messageCreate" : {
            "reactions" : [],
            "urls" : [],
            "text" : "Count me in, I will bring tomato seeds",
            "mediaUrls" : [],
            "senderId" : "100",
            "id" : "1800000000000200002",
            "createdAt" : "2025-02-03T19:07:00.000Z",
            "editHistory" : []
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "333",
            "participantsSnapshot" : [
              "100",
              "222",
              "333"
            ],
            "createdAt" : "2025-02-03T18:59:00.000Z"
          }
        }
      ]
    }
  }
]