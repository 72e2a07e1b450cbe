"""`make bench`: the program's costs measured as curves over dossier sizes (see README, "Speed").

``__main__`` runs the figures and prints the table; ``child`` measures one figure in a process of
its own; one module per figure (``paint``, ``switch``, ``search``, ``merge``, ``export``,
``memory``, ``importing``); ``server`` the run's PostgreSQL server, on which search and merge are
also measured; ``profiles`` holds their sizes; ``corpus`` and ``stores`` generate
and keep the grown dossiers; ``gui`` and ``probe`` measure the window from outside; ``runner``
does the bookkeeping (repeats, interleaving, summaries, the table); ``fingerprints`` shows that
a faster reader reads every text as before.
"""
