"""The channel-independent core of Privacy Desk: requests, tickets, identity, deadlines,
fulfilment.

Nothing in this package knows about Telegram, SMTP or IMAP; the adapters in ``bot`` and ``mail``
turn their events into calls on :class:`workflows.desk.Desk`.
"""
