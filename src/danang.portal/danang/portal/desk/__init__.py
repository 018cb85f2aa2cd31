"""The officials' desk: the worklist of a unit's dossiers (overdue first), the dossier's processing
panel, the paper intake and the printable tracking sheet and apology letter.
"""
