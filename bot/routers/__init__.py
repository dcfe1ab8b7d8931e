"""One router per feature; each module exposes ``build_router()`` so that no router is global."""
