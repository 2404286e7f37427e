# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the moderations resource."""

from typing import TYPE_CHECKING, Annotated, TypeAlias

from msgspec import Meta, field

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


class ModerationInputText(_Model, kw_only=True, tag_field="type", tag="text"):
    text: str = _ABSENT

    @property
    def type(self) -> Literal["text"]:
        """Always ``text`` (the tag that selects this type)."""
        return "text"


class ImageUrl1(_Model, kw_only=True):
    url: Annotated[str, Meta(description="A URL or a base64 data URL of the image.")] = _ABSENT


class ModerationInputImage(_Model, kw_only=True, tag_field="type", tag="image_url"):
    image_url: ImageUrl1 = _ABSENT

    @property
    def type(self) -> Literal["image_url"]:
        """Always ``image_url`` (the tag that selects this type)."""
        return "image_url"


class ModerationCategories(_Model, kw_only=True):
    hate: (
        Annotated[
            bool,
            Meta(
                description="Hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status or caste."
            ),
        ]
        | None
    ) = None
    hate_threatening: (
        Annotated[bool, Meta(description="Hateful content that also threatens violence or serious harm.")] | None
    ) = field(name="hate/threatening", default=None)
    harassment: Annotated[bool, Meta(description="Harassing language towards any target.")] | None = None
    harassment_threatening: (
        Annotated[bool, Meta(description="Harassment that also threatens violence or serious harm.")] | None
    ) = field(name="harassment/threatening", default=None)
    self_harm: Annotated[bool, Meta(description="Promotes, encourages or depicts acts of self-harm.")] | None = field(
        name="self-harm", default=None
    )
    self_harm_intent: (
        Annotated[bool, Meta(description="The speaker is engaging or intends to engage in self-harm.")] | None
    ) = field(name="self-harm/intent", default=None)
    self_harm_instructions: Annotated[bool, Meta(description="Encourages self-harm or tells how to do it.")] | None = (
        field(name="self-harm/instructions", default=None)
    )
    sexual: (
        Annotated[bool, Meta(description="Meant to arouse sexual excitement, or promotes sexual services.")] | None
    ) = None
    illicit: (
        Annotated[bool, Meta(description="Advice or instructions for wrongdoing, e.g. how to shoplift.")] | None
    ) = None
    illicit_violent: (
        Annotated[bool, Meta(description="Illicit content that also involves violence or weapons.")] | None
    ) = field(name="illicit/violent", default=None)
    sexual_minors: Annotated[bool, Meta(description="Sexual content that includes someone under 18.")] | None = field(
        name="sexual/minors", default=None
    )
    violence: Annotated[bool, Meta(description="Depicts death, violence or physical injury.")] | None = None
    violence_graphic: (
        Annotated[bool, Meta(description="Depicts death, violence or physical injury in graphic detail.")] | None
    ) = field(name="violence/graphic", default=None)


class ModerationCategoryScores(_Model, kw_only=True):
    hate: float | None = None
    hate_threatening: float | None = field(name="hate/threatening", default=None)
    harassment: float | None = None
    harassment_threatening: float | None = field(name="harassment/threatening", default=None)
    illicit: float | None = None
    illicit_violent: float | None = field(name="illicit/violent", default=None)
    self_harm: float | None = field(name="self-harm", default=None)
    self_harm_intent: float | None = field(name="self-harm/intent", default=None)
    self_harm_instructions: float | None = field(name="self-harm/instructions", default=None)
    sexual: float | None = None
    sexual_minors: float | None = field(name="sexual/minors", default=None)
    violence: float | None = None
    violence_graphic: float | None = field(name="violence/graphic", default=None)


ModerationInputTypes: TypeAlias = Annotated[list[str], Meta(description="`text`, `image`.")]


class ModerationCategoryAppliedInputTypes(_Model, kw_only=True):
    hate: ModerationInputTypes | None = None
    hate_threatening: ModerationInputTypes | None = field(name="hate/threatening", default=None)
    harassment: ModerationInputTypes | None = None
    harassment_threatening: ModerationInputTypes | None = field(name="harassment/threatening", default=None)
    illicit: ModerationInputTypes | None = None
    illicit_violent: ModerationInputTypes | None = field(name="illicit/violent", default=None)
    self_harm: ModerationInputTypes | None = field(name="self-harm", default=None)
    self_harm_intent: ModerationInputTypes | None = field(name="self-harm/intent", default=None)
    self_harm_instructions: ModerationInputTypes | None = field(name="self-harm/instructions", default=None)
    sexual: ModerationInputTypes | None = None
    sexual_minors: ModerationInputTypes | None = field(name="sexual/minors", default=None)
    violence: ModerationInputTypes | None = None
    violence_graphic: ModerationInputTypes | None = field(name="violence/graphic", default=None)


ModerationInputPart: TypeAlias = ModerationInputText | ModerationInputImage


class ModerationResult(_Model, kw_only=True):
    flagged: Annotated[bool, Meta(description="Whether any category is flagged.")] = _ABSENT
    categories: ModerationCategories = _ABSENT
    category_scores: ModerationCategoryScores = _ABSENT
    category_applied_input_types: ModerationCategoryAppliedInputTypes | None = None


class CreateModerationResponse(_Model, kw_only=True):
    results: Annotated[list[ModerationResult], Meta(description="One result per input.")] = _ABSENT
    id: Annotated[str, Meta(description="The ID of the moderation request.")] | None = None
    model: Annotated[str, Meta(description="The model that classified the input.")] | None = None


class CreateModerationRequest(_Model, kw_only=True):
    input: Annotated[
        str | list[str] | list[ModerationInputPart],
        Meta(
            description="The text, or texts, to classify; for `omni-moderation` models also an array of text and image parts."
        ),
    ] = _ABSENT
    model: (
        Annotated[
            str,
            Meta(
                description="`omni-moderation-latest` (the server's default; text and images), or the text-only `text-moderation-latest` and `text-moderation-stable`."
            ),
        ]
        | None
    ) = None


__all__ = [
    "CreateModerationRequest",
    "CreateModerationResponse",
    "ImageUrl1",
    "ModerationCategories",
    "ModerationCategoryAppliedInputTypes",
    "ModerationCategoryScores",
    "ModerationInputImage",
    "ModerationInputText",
    "ModerationResult",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
