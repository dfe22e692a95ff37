window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "900001",
      "query" : "community garden Springfield"
    }
  }
]