"""Numbers as English prose writes them: the one grammar `draft` (texts/drafting/quantities.py),
`verify` (texts/claims/) and `check` (factbase/checks.py: a wording states its value) read text
with. It says what a phrase states; what a figure or a claim makes of it is theirs to say. Pure,
and at the bottom with text.py (factbase/ uses it): text in, readings out (amounts.py).

An amount is a number ("12,341", "1.2 million", "twenty-two", "two thousand five hundred", "a
thousand", "half a million", "a dozen", "a decade"; "one" alone only starts a range), its range
("18 to 35", "18-35", "18 or 19", "between 18 and 35", "from 22 to 39" but not after a word of
change, "2 to 3 million", "a day or two"), its comparator before or after it ("over", "at least",
"up to", "nearly", "or more"; a range stays a range), its unit (percent, a currency word or sign,
time, storeys, a measure, an age: "aged 17", "at the age of 17", "17-year-old"; people when what
it counts are persons), its rate ("per month", "a week", "monthly") and what it counts ("junta
personnel", "soldiers and police officers", "of his comrades"). A year, a date, a time of day,
"two years ago" and a number glued to letters ("20s") are no amount; vague quantities ("dozens
of", "several thousand", "a handful", "nearly half of") are found, and state no number.
"""
