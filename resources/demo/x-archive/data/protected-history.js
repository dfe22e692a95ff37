window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2026-01-10T21:14:03.000Z",
      "action" : "Protect"
    }
  },
  {
    "protectedHistory" : {
      "protectedAt" : "2026-02-14T08:30:41.000Z",
      "action" : "Unprotect"
    }
  }
]