"""Test helpers: users of each role and services acting as them, without database logins."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.db import make_sessions
from crm_desktop.models import Role, Team, User
from crm_desktop.services.actor import Actor


@dataclass
class World:
    """A migrated database with a few users; `actor(login)` gives who acts."""

    engine: Engine
    sessions: sessionmaker[Session]

    def add_user(self, login: str, role_key: str, team: str | None = None) -> Actor:
        with self.sessions.begin() as session:
            role = session.scalar(select(Role).where(Role.key == role_key))
            team_row = None
            if team is not None:
                team_row = session.scalar(select(Team).where(Team.name == team))
                if team_row is None:
                    team_row = Team(name=team)
                    session.add(team_row)
            user = User(login=login, full_name=login.title(), role=role, team=team_row)
            session.add(user)
            session.flush()
            return Actor.from_user(user)


def make_world(engine: Engine) -> World:
    return World(engine, make_sessions(engine))
