"""The officials' desk: the worklist of a unit's dossiers, overdue first."""
