"""Telegram adapter: learner conversations and the staff approval chat (aiogram 3)."""
