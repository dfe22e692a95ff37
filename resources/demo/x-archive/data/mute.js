window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "555",
      "userLink" : "https://twitter.com/intent/user?user_id=555"
    }
  }
]