window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "robin@example.org",
      "createdVia" : "web",
      "username" : "robin_demo",
      "accountId" : "100",
      "createdAt" : "2018-04-12T09:58:00.000Z",
      "accountDisplayName" : "Robin Example"
    }
  }
]