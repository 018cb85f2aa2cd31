"""The dossier workflow's rules, clock, units and transfers (docs/domain/statuses.md).

The states and guards are GenericSetup data (profiles/default/workflows/dossier_workflow); this
package checks what a transition needs, applies its effects and gives each unit its groups.
"""
