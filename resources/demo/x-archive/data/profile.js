window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Gardener, librarian, weekend hiker.",
        "website" : "https://example.org",
        "location" : "Springfield"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/demo.jpg"
    }
  }
]