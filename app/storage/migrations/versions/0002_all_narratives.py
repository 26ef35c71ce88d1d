"""Every narrative section a template can have gets a column of its own.

The first schema stored four narratives (strengths, interests, difficulties, personal
factors); the templates also ask for abilities, barriers, support so far, needs and
conclusions, which had nowhere to go.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_all_narratives"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW = ("abilities", "barriers", "support_so_far", "needs", "conclusions")


def upgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        for name in NEW:
            batch.add_column(sa.Column(name, sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        for name in NEW:
            batch.drop_column(name)
