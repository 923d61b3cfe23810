"""Team vaults: one contact base on a PostgreSQL server shared by several desktops.

Each person signs in as their own PostgreSQL login role; ContactWeb's roles are group roles
with GRANTs, owner-only contacts are row-level security policies, and the audit chain is
signed on the server with a key no member can read. See README, "Team server".
"""
