window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "222",
      "userLink" : "https://twitter.com/intent/user?user_id=222"
    }
  },
  {
    "follower" : {
      "accountId" : "333",
      "userLink" : "https://twitter.com/intent/user?user_id=333"
    }
  }
]