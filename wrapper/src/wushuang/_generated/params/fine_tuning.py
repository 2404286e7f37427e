# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the fine_tuning resource."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

from ._shared import Metadata, PromptCacheBreakpoint, ReasoningEffort

BatchSize: TypeAlias = int


LearningRateMultiplier: TypeAlias = float


NEpochs: TypeAlias = int


class CreateFineTuningJobHyperparameters(TypedDict):
    batch_size: NotRequired[Literal["auto"] | BatchSize]
    learning_rate_multiplier: NotRequired[Literal["auto"] | LearningRateMultiplier]
    n_epochs: NotRequired[Literal["auto"] | NEpochs]


Beta: TypeAlias = float


ComputeMultiplier: TypeAlias = float


EvalInterval: TypeAlias = int


EvalSamples: TypeAlias = int


class FineTuneMethodHyperparameters(TypedDict):
    batch_size: NotRequired[Literal["auto"] | str | BatchSize]
    learning_rate_multiplier: NotRequired[Literal["auto"] | str | LearningRateMultiplier]
    n_epochs: NotRequired[Literal["auto"] | str | NEpochs]
    beta: NotRequired[Literal["auto"] | str | Beta]
    compute_multiplier: NotRequired[Literal["auto"] | str | ComputeMultiplier]
    eval_interval: NotRequired[Literal["auto"] | str | EvalInterval]
    eval_samples: NotRequired[Literal["auto"] | str | EvalSamples]
    reasoning_effort: NotRequired[Literal["default", "low", "medium", "high"] | str]


class Supervised(TypedDict):
    hyperparameters: NotRequired[FineTuneMethodHyperparameters]


class Dpo(TypedDict):
    hyperparameters: NotRequired[FineTuneMethodHyperparameters]


class InputAudio1(TypedDict):
    data: NotRequired[str]
    format: NotRequired[str]


class FineTuneGraderContentPart(TypedDict):
    type: NotRequired[str]
    text: NotRequired[str]
    image_url: NotRequired[str]
    detail: NotRequired[str]
    input_audio: NotRequired[InputAudio1]
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]


class FineTuneGraderMessage(TypedDict):
    role: Literal["user", "assistant", "system", "developer"] | str
    type: NotRequired[Literal["message"]]
    content: str | FineTuneGraderContentPart | list[FineTuneGraderContentPart]


MaxCompletionsTokens: TypeAlias = int


class SamplingParams(TypedDict):
    seed: NotRequired[int | None]
    top_p: NotRequired[float | None]
    temperature: NotRequired[float | None]
    max_completions_tokens: NotRequired[MaxCompletionsTokens | None]
    reasoning_effort: NotRequired[ReasoningEffort]


class FineTuneGraderSettings(TypedDict):
    type: Literal["string_check", "text_similarity", "python", "score_model", "label_model", "multi"] | str
    name: str
    input: NotRequired[str | list[FineTuneGraderMessage]]
    reference: NotRequired[str]
    operation: NotRequired[Literal["eq", "ne", "like", "ilike"] | str]
    evaluation_metric: NotRequired[str]
    source: NotRequired[str]
    image_tag: NotRequired[str]
    model: NotRequired[str]
    sampling_params: NotRequired[SamplingParams]
    range: NotRequired[list[float]]
    labels: NotRequired[list[str]]
    passing_labels: NotRequired[list[str]]


class FineTuneGrader(FineTuneGraderSettings):
    graders: NotRequired[FineTuneGraderSettings]
    calculate_output: NotRequired[str]


class CreateFineTuningJobIntegrationWandb(TypedDict):
    project: str
    name: NotRequired[str | None]
    entity: NotRequired[str | None]
    tags: NotRequired[list[str]]


class CreateFineTuningJobIntegration(TypedDict):
    type: Literal["wandb"]
    wandb: CreateFineTuningJobIntegrationWandb


Suffix: TypeAlias = str


Seed: TypeAlias = int


class FineTuningJobError(TypedDict):
    code: NotRequired[str]
    message: NotRequired[str]
    param: NotRequired[str | None]


class FineTuningJobHyperparameters(TypedDict):
    n_epochs: NotRequired[str | int]
    batch_size: NotRequired[str | int]
    learning_rate_multiplier: NotRequired[str | float]


class FineTuningIntegrationWandb(TypedDict):
    project: NotRequired[str]
    name: NotRequired[str | None]
    entity: NotRequired[str | None]
    tags: NotRequired[list[str]]
    run_id: NotRequired[str | None]


class FineTuningIntegration(TypedDict):
    type: str
    wandb: NotRequired[FineTuningIntegrationWandb]


class FineTuningJobEvent(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    level: NotRequired[str]
    message: NotRequired[str]
    type: NotRequired[str]
    data: NotRequired[dict[str, Any] | None]


class ListFineTuningJobEventsResponse(TypedDict):
    object: NotRequired[str]
    data: list[FineTuningJobEvent]
    has_more: NotRequired[bool]


class Metrics(TypedDict):
    step: NotRequired[float]
    train_loss: NotRequired[float]
    train_mean_token_accuracy: NotRequired[float]
    valid_loss: NotRequired[float]
    valid_mean_token_accuracy: NotRequired[float]
    full_valid_loss: NotRequired[float]
    full_valid_mean_token_accuracy: NotRequired[float]


class FineTuningJobCheckpoint(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    fine_tuned_model_checkpoint: NotRequired[str]
    fine_tuning_job_id: NotRequired[str]
    step_number: NotRequired[int]
    metrics: NotRequired[Metrics]


class ListFineTuningJobCheckpointsResponse(TypedDict):
    object: NotRequired[str]
    data: list[FineTuningJobCheckpoint]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]
    has_more: NotRequired[bool]


class Reinforcement(TypedDict):
    grader: FineTuneGrader
    hyperparameters: NotRequired[FineTuneMethodHyperparameters]


class FineTuneMethod(TypedDict):
    type: Literal["supervised", "dpo", "reinforcement"] | str
    supervised: NotRequired[Supervised]
    dpo: NotRequired[Dpo]
    reinforcement: NotRequired[Reinforcement]


class CreateFineTuningJobRequest(TypedDict):
    model: str
    training_file: str
    hyperparameters: NotRequired[CreateFineTuningJobHyperparameters]
    method: NotRequired[FineTuneMethod]
    metadata: NotRequired[Metadata | None]
    suffix: NotRequired[Suffix | None]
    validation_file: NotRequired[str | None]
    integrations: NotRequired[list[CreateFineTuningJobIntegration] | None]
    seed: NotRequired[Seed | None]


class FineTuningJob(TypedDict):
    id: str
    object: NotRequired[str]
    created_at: NotRequired[int]
    error: NotRequired[FineTuningJobError | None]
    fine_tuned_model: NotRequired[str | None]
    finished_at: NotRequired[int | None]
    hyperparameters: NotRequired[FineTuningJobHyperparameters]
    model: NotRequired[str]
    organization_id: NotRequired[str]
    result_files: NotRequired[list[str]]
    status: NotRequired[str]
    trained_tokens: NotRequired[int | None]
    training_file: NotRequired[str]
    validation_file: NotRequired[str | None]
    integrations: NotRequired[list[FineTuningIntegration] | None]
    seed: NotRequired[int | None]
    method: NotRequired[FineTuneMethod]
    metadata: NotRequired[dict[str, str] | None]
    estimated_finish: NotRequired[int | None]


class ListPaginatedFineTuningJobsResponse(TypedDict):
    object: NotRequired[str]
    data: list[FineTuningJob]
    has_more: bool


__all__ = [
    "CreateFineTuningJobHyperparameters",
    "CreateFineTuningJobIntegration",
    "CreateFineTuningJobIntegrationWandb",
    "CreateFineTuningJobRequest",
    "Dpo",
    "FineTuneGrader",
    "FineTuneGraderContentPart",
    "FineTuneGraderMessage",
    "FineTuneGraderSettings",
    "FineTuneMethod",
    "FineTuneMethodHyperparameters",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobHyperparameters",
    "InputAudio1",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListPaginatedFineTuningJobsResponse",
    "Metrics",
    "Reinforcement",
    "SamplingParams",
    "Supervised",
]
