"""Mail adapter: SMTP intake, IMAP polling, parsing and outbound delivery."""
