window.YTD.connected_application.part0 = [
  {
    "connectedApplication" : {
      "organization" : {
        "name" : "Trail Maps Ltd",
        "url" : "https://trailmaps.example",
        "privacyPolicyUrl" : "https://trailmaps.example/privacy"
      },
      "name" : "Trail Maps",
      "description" : "Share your hikes",
      "permissions" : [
        "read",
        "write"
      ],
      "approvedAt" : "2023-05-20T16:40:00.000Z",
      "id" : "28000001"
    }
  }
]