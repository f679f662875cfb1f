"""Classification rules: small named objects with one pure check each.

noise.py screens machine mail by headers and structure (its RULES list is ordered;
spam.py holds the signs of bulk and forged mail it weighs); unsubscribe.py, rights.py,
complaint.py, breach.py and question.py read the customer's own words, with phrases
kept per language in phrases_<lang>.toml, after text.py has cut quotes and signatures
and spelling.py has read past typing slips. spam_words.py (phrases in spam_words.toml)
reads the same words for spam and phishing: it can only hold back the automatic reply.
classify.py runs them and turns their findings into one Verdict.
"""
