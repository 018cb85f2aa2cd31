"""The officials' desk: the worklist of a unit's dossiers (issue 5, "Desks and notifications")."""
