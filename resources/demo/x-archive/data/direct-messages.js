window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "100-222",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "222",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming to the garden meeting on Thursday?",
            "mediaUrls" : [],
            "senderId" : "100",
            "id" : "1800000000000100001",
            "createdAt" : "2024-05-30T18:00:00.000Z",
            "editHistory" : []
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "100",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, see you there",
            "mediaUrls" : [],
            "senderId" : "222",
            "id" : "1800000000000100002",
            "createdAt" : "2024-05-30T18:05:00.000Z",
            "editHistory" : []
          }
        }
      ]
    }
  }
]