"""The keys a model accepts at a place in its data, found by a pydantic error's ``loc``.

A misspelt key (``hour_per_week``) is an ``extra_forbidden`` error at the key's place;
the keys the model would have taken there are the fields of the model at the place
before it. The walk follows fields (by name or alias), list positions, mapping values
and the tag pydantic puts into ``loc`` for a discriminated union: a callable
discriminator's :class:`~pydantic.Tag` (``<tiers>``) or a ``kind`` value
(``personal_assistance``).
"""

import types
import typing
from collections.abc import Sequence
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, RootModel, Tag


def keys_at(model: type[BaseModel], loc: Sequence[int | str]) -> list[str]:
    """The keys the mapping at ``loc`` in ``model``'s data may hold (none if it is not
    a model there, or the walk cannot tell which)."""
    node: Any = model
    for step in loc:
        node = _child(_plain(node), step)
        if node is None:
            return []
    node = _plain(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [field.alias or name for name, field in node.model_fields.items()]
    return []


def _plain(node: Any) -> Any:
    """``node`` without what does not change its shape: ``Annotated``, an optional
    ``None``, a root model's wrapper."""
    while True:
        origin = typing.get_origin(node)
        if origin is Annotated:
            node = typing.get_args(node)[0]
        elif origin in (Union, types.UnionType):
            members = [m for m in typing.get_args(node) if m is not type(None)]
            if len(members) != 1:
                return node
            node = members[0]
        elif isinstance(node, type) and issubclass(node, RootModel):
            node = node.model_fields["root"].annotation
        else:
            return node


def _child(node: Any, step: int | str) -> Any:
    """The type at ``step`` below ``node`` (None: not known)."""
    origin = typing.get_origin(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        for name, field in node.model_fields.items():
            if step in (name, field.alias):
                return field.annotation
        return None
    if origin in (Union, types.UnionType):
        return _member(node, step)
    if origin in (tuple, list) and isinstance(step, int):
        return typing.get_args(node)[0]
    if origin is dict:
        return typing.get_args(node)[1]
    return None


def _member(union: Any, tag: int | str) -> Any:
    """The member of a discriminated union that ``tag`` picks."""
    for member in typing.get_args(union):
        metadata = getattr(member, "__metadata__", ())
        if any(isinstance(m, Tag) and m.tag == tag for m in metadata):
            return member
        plain = _plain(member)
        if (
            isinstance(plain, type)
            and issubclass(plain, BaseModel)
            and any(
                typing.get_origin(f.annotation) is Literal and tag in typing.get_args(f.annotation)
                for f in plain.model_fields.values()
            )
        ):
            return member
    return None
