// Replaced by the query engine (issue 4).
