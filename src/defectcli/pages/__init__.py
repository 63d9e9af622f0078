"""The publishers' pages: fetch an article from its URL, keep dated copies, compare them with the
text the fact base was checked against. Only `download` imports the HTTP library."""
