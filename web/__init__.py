"""The staff console: a web page where the DPO team see the queue and decide.

An adapter like ``bot`` and ``mail``: every decision goes through the same :class:`Desk`
command as the other channels; the core never imports this package.
"""
