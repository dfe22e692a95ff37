window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "444",
      "userLink" : "https://twitter.com/intent/user?user_id=444"
    }
  }
]