window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1799999999999990001",
      "fullText" : "Ten tips for a balcony garden",
      "expandedUrl" : "https://x.com/i/web/status/1799999999999990001"
    }
  },
  {
    "like" : {
      "tweetId" : "1799999999999990002",
      "fullText" : "Local library extends opening hours",
      "expandedUrl" : "https://x.com/i/web/status/1799999999999990002"
    }
  },
  {
    "like" : {
      "tweetId" : "1799999999999990003",
      "expandedUrl" : "https://x.com/i/web/status/1799999999999990003"
    }
  }
]