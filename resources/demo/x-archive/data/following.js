window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "111",
      "userLink" : "https://twitter.com/intent/user?user_id=111"
    }
  }
]