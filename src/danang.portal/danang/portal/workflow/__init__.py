"""The dossier workflow's rules, clock, units and transfers (issue 5).

The states and guards are GenericSetup data (profiles/default/workflows/dossier_workflow); this
package checks what a transition needs, applies its effects and gives each unit its groups.
"""
