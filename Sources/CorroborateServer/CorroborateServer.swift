// The web app and JSON API: buildApplication(...) lives here (issue 6).
