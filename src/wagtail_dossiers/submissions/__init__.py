"""Initiatives sent in through a dossier's form: the form, moderation, mail and privacy.

A visitor's submission waits as ``pending`` and changes nothing on the page; a moderator
approves it into a card in its section (a new revision) or rejects it with a reason.
"""
