window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "English",
            "isDisabled" : false
          }
        ],
        "genderInfo" : {
          "gender" : "female"
        }
      },
      "interests" : {
        "interests" : [
          {
            "name" : "Gardening",
            "isDisabled" : false
          },
          {
            "name" : "Hiking",
            "isDisabled" : false
          }
        ],
        "partnerInterests" : [],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [],
          "advertisers" : [
            "@gardenshop"
          ],
          "doNotReachAdvertisers" : [],
          "catalogAudienceAdvertisers" : [],
          "numAudiences" : "0"
        },
        "shows" : []
      },
      "locationHistory" : [],
      "inferredAgeInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : ""
      }
    }
  }
]