"""Where a conversation is. Only that: tickets and their states live in the database."""

from aiogram.fsm.state import State, StatesGroup


class Learner(StatesGroup):
    confirming = State()  # data: text, labels
    identifier = State()  # data: text, labels
    code = State()  # data: thread_key
    answering = State()  # data: ticket_id (a question from staff)
    proof = State()  # data: ticket_ids (documents expected)
    channels = State()  # data: text, labels (which marketing messages to stop)
    correction = State()  # data: labels (what to correct, after a menu pick)
    child = State()  # data: text, labels (a parent names the child)
    answer_or_new = State()  # data: text, ticket_id (typed while a question waits)


class Staff(StatesGroup):
    reject_text = State()  # data: ticket_id, reason, prompt_id
    question = State()  # data: ticket_id, prompt_id
