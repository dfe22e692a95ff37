window.YTD.ad_engagements.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adEngagements" : {
          "engagements" : [
            {
              "impressionAttributes" : {
                "deviceInfo" : {
                  "osType" : "Desktop"
                },
                "displayLocation" : "TimelineHome",
                "promotedTweetInfo" : {
                  "tweetId" : "1799999999999990100",
                  "tweetText" : "Spring bulbs, 20% off this week",
                  "urls" : [],
                  "mediaUrls" : []
                },
                "advertiserInfo" : {
                  "advertiserName" : "Garden Shop",
                  "screenName" : "@gardenshop"
                },
                "matchedTargetingCriteria" : [
                  {
                    "targetingType" : "Interests",
                    "targetingValue" : "Gardening"
                  },
                  {
                    "targetingType" : "Locations",
                    "targetingValue" : "Springfield"
                  }
                ],
                "impressionTime" : "2025-03-02 14:05:11"
              },
              "engagementAttributes" : [
                {
                  "engagementTime" : "2025-03-02 14:05:40",
                  "engagementType" : "ChargeableImpression"
                }
              ]
            }
          ]
        }
      }
    }
  }
]